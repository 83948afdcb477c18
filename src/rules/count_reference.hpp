#pragma once
// An article's attendance figure for an edition that fits none of the figures the knowledge base
// records for that edition and unit ("more than 1,800 guests" for the 2022 summit, which official
// sources put at more than 2,100). When the knowledge base keeps two disagreeing figures, a figure
// that fits either is silent.
// Docs: docs/rules/count-reference.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class CountReferenceRule final : public Rule {
 public:
  std::string_view id() const override { return "count-reference"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override {
    return "An attendance figure that fits none of the knowledge base's figures for the same edition and unit.";
  }
  std::vector<RuleOption> options() const override;
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
  // A figure that conflicts with another source's and with the knowledge base is one finding.
  std::string_view stated_by() const override { return "count-agreement"; }
};

}  // namespace wiclint::rules
