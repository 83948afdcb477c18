#pragma once
// One person's office rendered two ways in one article: "minister of the Publicity Department" and
// "head of the Publicity Department", "director" and "minister" of the Cyberspace Administration.
// Translations of one Chinese title differ, so both may name the same post; a warning that asks the
// editor to pick one rendering. The roles that name a body's head are english.yaml's
// office_head_roles; only public bodies count (a company's chairman may also be its CEO).
// Docs: docs/rules/title-rendering.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class TitleRenderingRule final : public Rule {
 public:
  std::string_view id() const override { return "title-rendering"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "One person's office rendered two ways in one article (minister and head of one public body).";
  }
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
