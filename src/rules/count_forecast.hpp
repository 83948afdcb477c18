#pragma once
// A forecast of an edition's attendance ("some 3,000 delegates are expected") that no outcome
// another source reports fits ("about 1,500 delegates attended"). Both can be true (the forecast
// was wrong), so this is a note on the forecast, never an error and never placed on the outcome.
// Docs: docs/rules/count-forecast.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class CountForecastRule final : public Rule {
 public:
  std::string_view id() const override { return "count-forecast"; }
  Severity default_severity() const override { return Severity::note; }
  std::string_view summary() const override {
    return "A forecast of an edition's attendance that no reported outcome fits.";
  }
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
