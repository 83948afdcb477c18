#pragma once
// A file that cannot be read as UTF-8 text.
// Docs: docs/rules/unreadable-input.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class UnreadableInputRule final : public Rule {
 public:
  std::string_view id() const override { return "unreadable-input"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override { return "A file that cannot be read as UTF-8 text."; }

  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
