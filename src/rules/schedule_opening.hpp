#pragma once
// A scheduled span against the day an edition opened: "scheduled for Nov. 6 to 9" in one place,
// "opened on Nov. 7" in another (or the same article). Both may be true (a programme that starts a
// day before its opening ceremony), so a warning that asks which one the reader means. Only for
// editions whose dates the knowledge base does not give: with them, event-date-agreement decides.
// Docs: docs/rules/schedule-opening.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class ScheduleOpeningRule final : public Rule {
 public:
  std::string_view id() const override { return "schedule-opening"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "A scheduled span of an edition that does not start on the day a source says it opened.";
  }
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
