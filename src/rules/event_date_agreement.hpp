#pragma once
// Two sources, or a source and the knowledge base, giving an edition's dates that cannot both be true.
// Docs: docs/rules/event-date-agreement.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class EventDateAgreementRule final : public Rule {
 public:
  std::string_view id() const override { return "event-date-agreement"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override { return "Two sources, or a source and the knowledge base, giving an edition's dates that cannot both be true."; }

  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
