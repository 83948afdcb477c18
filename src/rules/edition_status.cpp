#include "rules/edition_status.hpp"

#include <map>
#include <tuple>

namespace wiclint::rules {

namespace {

// Held against cancelled cannot both be true. A plan, a postponement or a move online can be true
// beside either (an edition planned, then cancelled; postponed, then held). An edition replaced by
// another event is cancelled and, as sources that count the replacement in the series say, held:
// every status fits it, and only the knowledge base's "held" or "cancelled" decides against one.
bool incompatible(EditionStatus a, EditionStatus b) {
  return (a == EditionStatus::held && b == EditionStatus::cancelled) ||
         (b == EditionStatus::held && a == EditionStatus::cancelled);
}

struct Entry {
  const ArticleClaims* article;
  const Claim* claim;
};

std::string said(const Claim& c) { return to_string(c.as<StatusValue>().status) + std::string(" (\"") + c.text + "\")"; }

}  // namespace

void EditionStatusRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  std::map<std::pair<std::string, int>, std::vector<Entry>> groups;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (c.kind() == ClaimKind::status && c.edition) groups[{a.series, c.edition}].push_back({&a, &c});
  for (const auto& [key, entries] : groups) {
    const Series* s = ctx.kb.find_series(key.first);
    const std::string name = edition_name(s, key.second, s ? s->name : key.first);
    const EditionFact* fact = s ? s->fact(key.second) : nullptr;
    // One finding per article: its later statuses of the same kind are notes of the first.
    std::map<std::pair<const ArticleClaims*, EditionStatus>, std::size_t> reported;
    auto report = [&](const Entry& e, Finding f) {
      const auto k = std::make_pair(e.article, e.claim->as<StatusValue>().status);
      if (auto it = reported.find(k); it != reported.end()) {
        out[it->second].related.push_back(related_to(*e.claim, "the same article says so here too"));
        return;
      }
      reported.emplace(k, out.size());
      out.push_back(std::move(f));
    };
    // Only held and cancelled conflict: each claim looks at the claims of the other status alone
    // (in corpus order), not at every claim of the edition.
    std::map<EditionStatus, std::vector<std::size_t>> by_status;
    for (std::size_t i = 0; i < entries.size(); ++i) by_status[entries[i].claim->as<StatusValue>().status].push_back(i);
    const std::vector<std::size_t> none;
    auto opposed = [&](EditionStatus st) -> const std::vector<std::size_t>& {
      const EditionStatus other = st == EditionStatus::held ? EditionStatus::cancelled : EditionStatus::held;
      auto it = by_status.find(other);
      return incompatible(st, other) && it != by_status.end() ? it->second : none;
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const Entry& e = entries[i];
      const EditionStatus mine = e.claim->as<StatusValue>().status;
      // The knowledge base decides: an edition it records (held, or cancelled) against a source
      // that says otherwise; one it records as replaced fits every status.
      if (fact && fact->status == EditionStatus::replaced) continue;
      if (fact) {
        if (!incompatible(mine, fact->status) &&
            !(fact->status == EditionStatus::held && mine == EditionStatus::replaced))
          continue;
        Finding f = finding_at(*this, *e.claim, "this gives the " + name + " as " + said(*e.claim) +
                                                    ", but the knowledge base records it as " + to_string(fact->status) +
                                                    (fact->source.empty() ? "" : " (" + fact->source + ")"));
        f.related.push_back(related_to(fact->status_loc.line ? fact->status_loc : fact->loc,
                                       "the knowledge base's entry for the " + name));
        report(e, std::move(f));
        continue;
      }
      // Else two sources: reported on the later article's claim (by date, then path).
      for (std::size_t j : opposed(mine)) {
        const Entry& o = entries[j];
        if (o.article == e.article || !incompatible(mine, o.claim->as<StatusValue>().status)) continue;
        const auto when = [](const Entry& x) {
          return std::make_tuple(x.article->published.value_or(CivilDate{}), x.article->path);
        };
        if (when(e) < when(o)) continue;
        Finding f = finding_at(*this, *e.claim, "this gives the " + name + " as " + said(*e.claim) +
                                                    ", another source as " + said(*o.claim));
        f.related.push_back(related_to(*o.claim, "another source gives it as " + said(*o.claim)));
        report(e, std::move(f));
        break;
      }
    }
  }
}

}  // namespace wiclint::rules
