#pragma once
// Two attendance figures for one edition that can both be true only if one writer chose a round
// figure far from the one they had: "more than 800 guests" against "about 1,400 guests".
// Docs: docs/rules/count-implicature.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class CountImplicatureRule final : public Rule {
 public:
  std::string_view id() const override { return "count-implicature"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "A bound ('more than 800', 'fewer than 2,000') far from another source's figure for the same edition.";
  }
  std::vector<RuleOption> options() const override;
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
