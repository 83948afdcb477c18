#include "rules/count_implicature.hpp"

#include <map>
#include <tuple>

namespace wiclint::rules {

std::vector<RuleOption> CountImplicatureRule::options() const {
  return {{"ratio", 0.6,
           "'more than n' is doubtful when n is below ratio times another source's figure; 'fewer than n' when "
           "another source's figure is below ratio times n"}};
}

namespace {

struct Entry {
  const ArticleClaims* article;
  const Claim* claim;
  double number;  // the figure as written
};

// The entries of other articles whose figures lie furthest from a lower bound (the largest figure)
// or an upper bound (the smallest): one pass keeps the best two articles for each side.
struct Extremes {
  const Entry* top[2] = {nullptr, nullptr};     // the largest figures, of two different articles
  const Entry* bottom[2] = {nullptr, nullptr};  // the smallest
  void offer(const Entry& e) {
    keep(top, e, [](const Entry& a, const Entry& b) { return a.number > b.number; });
    keep(bottom, e, [](const Entry& a, const Entry& b) { return a.number < b.number; });
  }
  template <class Better>
  static void keep(const Entry* (&best)[2], const Entry& e, Better better) {
    if (!best[0] || better(e, *best[0])) {
      if (best[0] && best[0]->article != e.article) best[1] = best[0];
      best[0] = &e;
    } else if (e.article != best[0]->article && (!best[1] || better(e, *best[1]))) {
      best[1] = &e;
    }
  }
  // The best entry that is not of `article`.
  static const Entry* other(const Entry* const (&best)[2], const ArticleClaims* article) {
    return best[0] && best[0]->article != article ? best[0] : best[1];
  }
};

}  // namespace

void CountImplicatureRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const double ratio = ctx.option("ratio");
  std::map<std::tuple<std::string, int, std::string, std::string>, std::vector<Entry>> groups;
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims)
      if (c.kind() == ClaimKind::count && c.edition && c.as<CountValue>().attendance && !misnumbered(ctx, a, c.edition)) {
        const auto& v = c.as<CountValue>();
        groups[{a.series, c.edition, v.unit, v.subgroup}].push_back({&a, &c, static_cast<double>(v.number)});
      }
  for (const auto& group : groups) {
    const auto& entries = group.second;
    Extremes ex;
    for (const auto& e : entries) ex.offer(e);
    const Series* s = ctx.kb.find_series(std::get<0>(group.first));
    const std::string edition = edition_name(s, std::get<1>(group.first), s ? s->name : std::get<0>(group.first));
    for (const auto& e : entries) {
      const auto& v = e.claim->as<CountValue>();
      const double n = static_cast<double>(v.number);
      const bool lower_bound = v.qualifier == "over" || v.qualifier == "at-least";
      const bool upper_bound = v.qualifier == "under";
      const Entry* far = nullptr;
      // "more than 800" against "about 1,400": the bound is below `ratio` of the other figure.
      if (lower_bound)
        if (const Entry* o = Extremes::other(ex.top, e.article); o && n < o->number * ratio) far = o;
      // "fewer than 2,000" against "about 1,000": the other figure is below `ratio` of the bound.
      if (upper_bound)
        if (const Entry* o = Extremes::other(ex.bottom, e.article); o && o->number < n * ratio) far = o;
      if (!far) continue;
      Finding f = finding_at(*this, *e.claim,
                             "\"" + e.claim->text + "\" for the " + edition + " is true of another source's \"" +
                                 far->claim->text + "\", but far from it: a writer who knew that figure would hardly round it so");
      f.related.push_back(related_to(*far->claim, "another source gives \"" + far->claim->text + "\""));
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
