#pragma once
// An edition of the series, up to the latest the corpus mentions, that no article covers.
// Docs: docs/rules/edition-gap.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class EditionGapRule final : public Rule {
 public:
  std::string_view id() const override { return "edition-gap"; }
  Severity default_severity() const override { return Severity::note; }
  std::string_view summary() const override { return "An edition of the series, up to the latest the corpus mentions, that no article covers."; }

  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
