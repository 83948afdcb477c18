#pragma once
// One person given, at the same time, two posts that cannot both be held.
// Docs: docs/rules/title-agreement.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class TitleAgreementRule final : public Rule {
 public:
  std::string_view id() const override { return "title-agreement"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override { return "One person given, at the same time, two posts that cannot both be held."; }
  std::vector<RuleOption> options() const override;
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
