#include "rules/count_forecast.hpp"

#include <map>
#include <tuple>

namespace wiclint::rules {

namespace {

using Key = std::tuple<std::string, int, std::string>;  // series, edition, unit

// The outcomes: counts of a whole attendance (no group), by series, edition and unit.
std::map<Key, std::vector<const Claim*>> outcomes(const RuleContext& ctx) {
  std::map<Key, std::vector<const Claim*>> by_key;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (whole_attendance(c))
        by_key[{a.series, c.edition, c.as<CountValue>().unit}].push_back(&c);
  return by_key;
}

}  // namespace

void CountForecastRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const auto by_key = outcomes(ctx);
  for (const auto& a : ctx.articles) {
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::count || !c.edition || !c.as<CountValue>().forecast) continue;
      const auto& v = c.as<CountValue>();
      const auto it = by_key.find({a.series, c.edition, v.unit});
      if (it == by_key.end()) continue;
      bool any_fits = false;
      for (const Claim* o : it->second) any_fits |= counts_meet(v, o->as<CountValue>());
      if (any_fits) continue;
      const Claim& first = *it->second.front();
      const Series* s = ctx.series_of(a);
      Finding f = finding_at(*this, c, "the forecast \"" + c.text + "\" for the " + edition_name(s, c.edition, s ? s->name : "edition") +
                                           " does not fit the attendance reported: \"" + first.text + "\"" +
                                           (it->second.size() > 1 ? " and " + std::to_string(it->second.size() - 1) + " more" : ""));
      for (const Claim* o : it->second) {
        f.related.push_back(related_to(*o, "the outcome: \"" + o->text + "\""));
        if (f.related.size() == 3) break;
      }
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
