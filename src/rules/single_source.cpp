#include "rules/single_source.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace wiclint::rules {

namespace {

// Does the knowledge base record the attendance of the claim's edition in the claim's unit? Then it
// is a second source of every figure of that key, a group's too, as another article would be.
bool kb_has_figure(const RuleContext& ctx, const ArticleClaims& a, const Claim& c) {
  const auto& v = c.as<CountValue>();
  const Series* s = ctx.series_of(a);
  const EditionFact* fact = s ? s->fact(c.edition) : nullptr;
  if (!fact) return false;
  return std::any_of(fact->attendance.begin(), fact->attendance.end(), [&](const AttendanceFact& r) { return r.unit == v.unit; });
}

}  // namespace

void SingleSourceRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  // (series, edition, what) -> the articles that give it, and the first claim seen.
  std::map<std::tuple<std::string, int, std::string>, std::pair<std::set<const ArticleClaims*>, const Claim*>> seen;
  for (const auto& a : ctx.articles) {
    for (const auto& c : a.claims) {
      if (!c.edition || misnumbered(ctx, a, c.edition)) continue;
      std::string what;
      if (c.kind() == ClaimKind::count && c.as<CountValue>().attendance) {
        if (kb_has_figure(ctx, a, c)) continue;  // the knowledge base is a second source (count-reference)
        what = "attendance (" + c.as<CountValue>().unit + ")";
      } else if (c.kind() == ClaimKind::date && c.as<DateValue>().resolved && c.as<DateValue>().part != EventPart::mention &&
                 c.as<DateValue>().part != EventPart::during) {
        const Series* s = ctx.series_of(a);
        const EditionFact* fact = s ? s->fact(c.edition) : nullptr;
        if (fact && fact->opening) continue;  // the knowledge base is a second source
        what = std::string(to_string(c.as<DateValue>().part)) + " date";
      } else {
        continue;
      }
      auto& entry = seen[{a.series, c.edition, what}];
      entry.first.insert(&a);
      if (!entry.second) entry.second = &c;
    }
  }
  for (const auto& [key, entry] : seen) {
    if (entry.first.size() != 1) continue;
    const auto& [series_id, edition, what] = key;
    const Series* s = ctx.kb.find_series(series_id);
    Finding f = finding_at(*this, *entry.second,
                           "only this source gives the " + what + " of the " + edition_name(s, edition, s ? s->name : series_id) +
                               "; no other article or reference confirms it");
    f.discriminator = what;
    out.push_back(std::move(f));
  }
}

}  // namespace wiclint::rules
