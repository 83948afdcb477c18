#pragma once
// An ordinal given to an edition after a year that was no regular edition and whose later
// ordinals the knowledge base records as unsettled ("the eighth edition" of 2021, after the 2020
// forum held in place of the seventh): sources count that year or not, so the ordinal names the
// edition only under one reading. A warning that states both readings, once per article.
// Docs: docs/rules/edition-numbering.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class EditionNumberingRule final : public Rule {
 public:
  std::string_view id() const override { return "edition-numbering"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "An ordinal past a year that was no regular edition, where sources number the later editions two ways.";
  }
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
