#pragma once
// Two sources giving attendance counts for one edition that cannot both be true.
// Docs: docs/rules/count-agreement.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class CountAgreementRule final : public Rule {
 public:
  std::string_view id() const override { return "count-agreement"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override { return "Two sources giving attendance counts for one edition that cannot both be true."; }
  std::vector<RuleOption> options() const override;
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
