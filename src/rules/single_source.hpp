#pragma once
// An edition's attendance count or date that only one source gives.
// Docs: docs/rules/single-source.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class SingleSourceRule final : public Rule {
 public:
  std::string_view id() const override { return "single-source"; }
  Severity default_severity() const override { return Severity::note; }
  std::string_view summary() const override { return "An edition's attendance count or date that only one source gives."; }

  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
