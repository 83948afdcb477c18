#include "rules/title_agreement.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace wiclint::rules {

std::vector<RuleOption> TitleAgreementRule::options() const {
  return {{"window_days", 365, "two posts conflict only when the articles are at most this many days apart"}};
}

namespace {

struct Entry {
  const ArticleClaims* article;
  const Claim* claim;
};

std::string post(const TitleValue& t) { return (t.rank.empty() ? "" : t.rank + " ") + t.role + " of " + t.body; }

}  // namespace

void TitleAgreementRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const auto& exclusive = ctx.kb.titles.exclusive;
  long window = static_cast<long>(ctx.option("window_days"));
  std::map<std::string, std::vector<Entry>> people;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (c.kind == ClaimKind::title) {
        const auto& t = c.as<TitleValue>();
        if (t.body.empty() || std::find(exclusive.begin(), exclusive.end(), t.role) == exclusive.end()) continue;
        people[t.person].push_back({&a, &c});
      }
  auto same_time = [&](const Entry& x, const Entry& y) {
    if (x.article == y.article) return true;
    if (!x.article->published || !y.article->published) return false;
    return std::labs(days_from_civil(*x.article->published) - days_from_civil(*y.article->published)) <= window;
  };
  auto conflict = [&](const TitleValue& x, const TitleValue& y) {
    if (x.role != y.role) return false;
    if (x.body != y.body) return x.rank == y.rank;  // the same role of two bodies
    return x.rank != y.rank;                         // two ranks of one body
  };
  for (const auto& [person, entries] : people) {
    std::vector<int> support(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
      for (std::size_t j = 0; j < entries.size(); ++j)
        if (post(entries[i].claim->as<TitleValue>()) == post(entries[j].claim->as<TitleValue>())) ++support[i];
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto& ti = entries[i].claim->as<TitleValue>();
      std::vector<std::size_t> against;
      bool report = false;
      for (std::size_t j = 0; j < entries.size(); ++j) {
        const auto& tj = entries[j].claim->as<TitleValue>();
        if (!conflict(ti, tj) || !same_time(entries[i], entries[j])) continue;
        against.push_back(j);
        // The post fewer mentions give is the one reported; between equals, the one in the later file
        // (or later in the same file), so the report is stable.
        if (support[i] < support[j] || (support[i] == support[j] && entries[j].claim->loc.file < entries[i].claim->loc.file) ||
            (support[i] == support[j] && entries[j].claim->loc.file == entries[i].claim->loc.file &&
             entries[j].claim->loc.begin < entries[i].claim->loc.begin))
          report = true;
      }
      if (!report) continue;
      Finding f = finding_at(*this, *entries[i].claim,
                             person + " is given as " + post(ti) + " here, but as " +
                                 post(entries[against.front()].claim->as<TitleValue>()) + " at the same time elsewhere");
      for (std::size_t j : against)
        f.related.push_back(related_to(*entries[j].claim, "gives " + person + " as " + post(entries[j].claim->as<TitleValue>())));
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
