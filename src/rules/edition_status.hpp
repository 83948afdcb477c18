#pragma once
// Two sources, or a source and the knowledge base, giving one edition statuses that cannot both be
// true: held against cancelled, held against replaced by another event.
// Docs: docs/rules/edition-status.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class EditionStatusRule final : public Rule {
 public:
  std::string_view id() const override { return "edition-status"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override {
    return "Statuses of one edition that cannot both be true (held against cancelled or replaced).";
  }
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
