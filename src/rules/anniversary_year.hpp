#pragma once
// An anniversary of the series that does not fall in the year the article speaks from: "marks the
// 10th anniversary of the World Internet Conference" in 2023, nine years after the first edition
// in 2014 (the 2023 summit is the tenth edition: an edition count is not an anniversary). A
// warning, since celebrations round and begin early; the reason names both counts.
// Docs: docs/rules/anniversary-year.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class AnniversaryYearRule final : public Rule {
 public:
  std::string_view id() const override { return "anniversary-year"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "An anniversary of the series that does not fall in the article's year.";
  }
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
