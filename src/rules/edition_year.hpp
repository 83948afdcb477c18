#pragma once
// An edition placed in a year the series does not allow.
// Docs: docs/rules/edition-year.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class EditionYearRule final : public Rule {
 public:
  std::string_view id() const override { return "edition-year"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override { return "An edition placed in a year the series does not allow."; }
  std::vector<RuleOption> options() const override;

  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
