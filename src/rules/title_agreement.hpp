#pragma once
// One person given, at the same time, two posts that cannot both be held.
// Docs: docs/rules/title-agreement.md
#include "rules/rule.hpp"

namespace wiclint::rules {

class TitleAgreementRule final : public Rule {
 public:
  std::string_view id() const override { return "title-agreement"; }
  Severity default_severity() const override { return Severity::error; }
  std::string_view summary() const override { return "One person given, at the same time, two posts that cannot both be held."; }
  std::vector<RuleOption> options() const override;
  void run(const RuleContext& ctx, std::vector<Finding>& out) const override;
};

// Shared with title-rendering. A public body: a public noun of the lexicon or a country among its
// words, or a country and a portfolio ("china / foreign affairs").
bool is_public(const std::string& body, const std::vector<std::string>& public_nouns,
               const std::vector<std::string>& countries);
// The lexicon's nationalities and "china", in lower case: the words that name a country.
std::vector<std::string> country_words(const TitleLexicon& titles);
// Can the post have one holder at a time, so that two people given it at once contradict each
// other? Full names, no rank, held now, an exclusive role, and a public body of two or more words
// or the series itself. Shared with the check index (engine/check_index.cpp), which must group
// claims exactly as the rule does.
bool single_holder(const TitleValue& t, const KnowledgeBase& kb, const std::vector<std::string>& countries);

}  // namespace wiclint::rules
