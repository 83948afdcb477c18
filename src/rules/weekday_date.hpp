#pragma once
// A weekday that does not fall on the date it names.
// Docs: docs/rules/weekday-date.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class WeekdayDateRule final : public Rule {
 public:
  std::string_view id() const override { return "weekday-date"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override { return "A weekday that does not fall on the date it names."; }

  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
