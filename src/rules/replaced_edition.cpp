#include "rules/replaced_edition.hpp"

#include <algorithm>

namespace wiclint::rules {

namespace {

// Does the article name edition n by its ordinal in sentence s ("the 7th World Internet
// Conference"), not as history or a count of years, and not by its year too ("The 2020 World
// Internet Conference Internet Development Forum, the seventh gathering of its kind, opened", "the
// 7th ... is being held in Wuzhen in November 2020": a date of its year)?
bool named_by_ordinal(const ArticleClaims& a, std::size_t s, int n, int year_of_n) {
  bool ordinal = false, year = false;
  for (const auto& c : a.claims) {
    if (c.sentence != s) continue;
    if (c.kind() == ClaimKind::date && c.as<DateValue>().resolved && c.as<DateValue>().relation == Relation::absolute &&
        !c.as<DateValue>().year_from_article && c.as<DateValue>().begin.year == year_of_n)
      year = true;
    if (c.kind() != ClaimKind::edition || c.edition != n) continue;
    const auto& e = c.as<EditionValue>();
    ordinal |= e.ordinal == n && !e.ordinal_end && !e.history && !e.of_years;
    year |= !e.ordinal && e.year;
  }
  return ordinal && !year;
}

// The first status claim of the article that gives edition n as held, naming it by its ordinal.
const Claim* held_by_ordinal(const ArticleClaims& a, int n, int year_of_n) {
  for (const auto& c : a.claims)
    if (c.kind() == ClaimKind::status && c.edition == n && c.as<StatusValue>().status == EditionStatus::held &&
        named_by_ordinal(a, c.sentence, n, year_of_n))
      return &c;
  return nullptr;
}

}  // namespace

void ReplacedEditionRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& a : ctx.articles) {
    const Series* s = ctx.series_of(a);
    if (!s) continue;
    for (const auto& fact : s->editions) {
      if (fact.status != EditionStatus::replaced) continue;
      const Claim* held = held_by_ordinal(a, fact.number, fact.year);
      if (!held) continue;
      const std::string name = ordinal_name(fact.number) + " " + s->name + " (" + std::to_string(s->year_of(fact.number)) + ")";
      Finding f = finding_at(*this, *held,
                             "this gives the " + name + " as held (\"" + held->text +
                                 "\"), but the knowledge base records it as replaced by another event held in its place" +
                                 (fact.source.empty() ? "" : " (" + fact.source + ")") +
                                 "; sources that count that event in the series call it so: say which event is meant");
      f.related.push_back(related_to(fact.status_loc.line ? fact.status_loc : fact.loc,
                                     "the knowledge base's entry for the " + name));
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
