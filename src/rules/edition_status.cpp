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

// The findings of one edition's statuses: one per article and status, its later mentions as notes.
class EditionReport {
 public:
  EditionReport(const Rule& rule, std::vector<Finding>& out) : rule_(rule), out_(out) {}
  void report(const Entry& e, Finding f) {
    const auto k = std::make_pair(e.article, e.claim->as<StatusValue>().status);
    if (auto it = reported_.find(k); it != reported_.end()) {
      out_[it->second].related.push_back(related_to(*e.claim, "the same article says so here too"));
      return;
    }
    reported_.emplace(k, out_.size());
    out_.push_back(std::move(f));
  }
  // The knowledge base decides: an edition it records (held, or cancelled) against a source that
  // says otherwise.
  void against_reference(const Entry& e, const EditionFact& fact, const std::string& name) {
    const EditionStatus mine = e.claim->as<StatusValue>().status;
    if (!incompatible(mine, fact.status) && !(fact.status == EditionStatus::held && mine == EditionStatus::replaced)) return;
    Finding f = finding_at(rule_, *e.claim, "this gives the " + name + " as " + said(*e.claim) + ", but the knowledge base records it as " +
                                                to_string(fact.status) + (fact.source.empty() ? "" : " (" + fact.source + ")"));
    f.related.push_back(related_to(fact.status_loc.line ? fact.status_loc : fact.loc, "the knowledge base's entry for the " + name));
    report(e, std::move(f));
  }
  // Two sources: reported on the later article's claim (by date, then path), against the first
  // opposed claim of another article.
  void against_sources(const Entry& e, const std::vector<Entry>& entries, const std::vector<std::size_t>& opposed,
                       const std::string& name) {
    const EditionStatus mine = e.claim->as<StatusValue>().status;
    const auto when = [](const Entry& x) { return std::make_tuple(x.article->published.value_or(CivilDate{}), x.article->path); };
    for (std::size_t j : opposed) {
      const Entry& o = entries[j];
      if (o.article == e.article || !incompatible(mine, o.claim->as<StatusValue>().status)) continue;
      if (when(e) < when(o)) continue;
      Finding f = finding_at(rule_, *e.claim, "this gives the " + name + " as " + said(*e.claim) + ", another source as " + said(*o.claim));
      f.related.push_back(related_to(*o.claim, "another source gives it as " + said(*o.claim)));
      report(e, std::move(f));
      return;
    }
  }

 private:
  const Rule& rule_;
  std::vector<Finding>& out_;
  std::map<std::pair<const ArticleClaims*, EditionStatus>, std::size_t> reported_;
};

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
    // An edition the knowledge base records as replaced fits every status (replaced-edition warns).
    if (fact && fact->status == EditionStatus::replaced) continue;
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
    EditionReport report(*this, out);
    for (const Entry& e : entries) {
      if (fact) report.against_reference(e, *fact, name);
      else report.against_sources(e, entries, opposed(e.claim->as<StatusValue>().status), name);
    }
  }
}

}  // namespace wiclint::rules
