#pragma once
// An article with no publication date.
// Docs: docs/rules/undated-article.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class UndatedArticleRule final : public Rule {
 public:
  std::string_view id() const override { return "undated-article"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override { return "An article with no publication date."; }

  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace wiclint::rules
