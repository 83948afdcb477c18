#include "rules/count_generalisation.hpp"

#include <map>
#include <tuple>

namespace wiclint::rules {

namespace {

using Key = std::tuple<std::string, std::string>;  // series, unit

// Each edition's outcomes (counts of the whole attendance), by series and unit, then edition.
std::map<Key, std::map<int, std::vector<const Claim*>>> outcomes(const RuleContext& ctx) {
  std::map<Key, std::map<int, std::vector<const Claim*>>> by_key;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (whole_attendance(c))
        by_key[{a.series, c.as<CountValue>().unit}][c.edition].push_back(&c);
  return by_key;
}

// The editions none of whose outcomes fits `v`, in edition order.
std::vector<const std::vector<const Claim*>*> misfits(const std::map<int, std::vector<const Claim*>>& editions,
                                                      const CountValue& v) {
  std::vector<const std::vector<const Claim*>*> out;
  for (const auto& [n, claims] : editions) {
    bool any = false;
    for (const Claim* o : claims) any |= counts_meet(v, o->as<CountValue>());
    if (!any) out.push_back(&claims);
  }
  return out;
}

}  // namespace

void CountGeneralisationRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const auto by_key = outcomes(ctx);
  for (const auto& a : ctx.articles) {
    const Series* s = ctx.series_of(a);
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::count || !s || !c.as<CountValue>().every_edition) continue;
      const auto it = by_key.find({a.series, c.as<CountValue>().unit});
      if (it == by_key.end()) continue;
      const auto bad = misfits(it->second, c.as<CountValue>());
      if (bad.empty()) continue;
      const Claim& first = *bad.front()->front();
      std::string msg = "\"" + c.text + "\" is said of every edition, but the " + edition_name(s, first.edition, s->name) +
                        " is reported with \"" + first.text + "\"";
      if (bad.size() > 1) msg += " (and " + std::to_string(bad.size() - 1) + " more editions do not fit)";
      Finding f = finding_at(*this, c, msg);
      for (const auto* claims : bad) {
        f.related.push_back(related_to(*claims->front(), "the " + edition_name(s, claims->front()->edition, s->name) + ": \"" +
                                                             claims->front()->text + "\""));
        if (f.related.size() == 3) break;
      }
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
