#pragma once
// An edition the knowledge base records as replaced (another event held in its place: the 2020
// forum in place of the seventh summit), given by its own ordinal as held or under way: "China's
// 7th World Internet Conference is still being held". Sources that count the replacement in the
// series may call it so, and the reader cannot tell which event is meant: a warning, once per
// article. (edition-status lets every status of a replaced edition stand as no contradiction.)
// Docs: docs/rules/replaced-edition.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class ReplacedEditionRule final : public Rule {
 public:
  std::string_view id() const override { return "replaced-edition"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "An edition another event replaced, given by its ordinal as held or under way.";
  }
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
