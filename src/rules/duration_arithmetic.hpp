#pragma once
// A duration that the series' own dates make impossible.
// Docs: docs/rules/duration-arithmetic.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class DurationArithmeticRule final : public Rule {
 public:
  std::string_view id() const override { return "duration-arithmetic"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override { return "A duration that the series' own dates make impossible."; }

  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
