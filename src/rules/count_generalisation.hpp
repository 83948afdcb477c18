#pragma once
// A figure said of every edition ("has drawn about 900 guests every year since it began") that one
// edition's reported attendance does not fit. A warning: a writer who generalises rounds, and the
// edition's figure may be the odd one out; the message names the edition that breaks the rule.
// Docs: docs/rules/count-generalisation.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class CountGeneralisationRule final : public Rule {
 public:
  std::string_view id() const override { return "count-generalisation"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "A figure said of every edition that one edition's reported attendance does not fit.";
  }
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
