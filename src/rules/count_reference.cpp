#include "rules/count_reference.hpp"

namespace wiclint::rules {

std::vector<RuleOption> CountReferenceRule::options() const {
  // The same tolerances as count-agreement's: a figure means the same against a source or the
  // knowledge base.
  const CountTolerances d;
  return {{"exact_tolerance", d.exact, "a bare figure stands for [n*(1-t), n*(1+t)]"},
          {"about_tolerance", d.about, "about/around/some/roughly/approximately n: [n*(1-t), n*(1+t)]"},
          {"nearly_tolerance", d.nearly, "nearly/almost/up to/close to n: [n*(1-t), n]"}};
}

namespace {

// Two intervals that share no value cannot both hold the true figure (count-agreement's test).
bool disjoint(const CountValue& a, const CountValue& b) { return a.max < b.min || b.max < a.min; }

// The knowledge base's figures for the claim's edition and unit, or none. Only a count of the
// whole attendance is compared: a group ("300 experts", "members from 20 countries") is a part.
std::vector<const AttendanceFact*> references(const RuleContext& ctx, const ArticleClaims& a, const Claim& c) {
  std::vector<const AttendanceFact*> refs;
  if (c.kind() != ClaimKind::count || !c.edition) return refs;
  const auto& v = c.as<CountValue>();
  if (!v.attendance || !v.subgroup.empty() || misnumbered(ctx, a, c.edition)) return refs;
  const Series* s = ctx.series_of(a);
  const EditionFact* fact = s ? s->fact(c.edition) : nullptr;
  if (!fact) return refs;
  for (const auto& r : fact->attendance)
    if (r.unit == v.unit) refs.push_back(&r);
  return refs;
}

}  // namespace

void CountReferenceRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const CountTolerances t{ctx.option("exact_tolerance"), ctx.option("about_tolerance"), ctx.option("nearly_tolerance")};
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims) {
      const auto refs = references(ctx, a, c);
      if (refs.empty()) continue;
      CountValue mine = c.as<CountValue>();
      set_count_interval(mine, t);
      bool fits = false;
      for (const AttendanceFact* r : refs) fits |= !disjoint(mine, r->value(t));
      if (fits) continue;
      const Series& s = *ctx.series_of(a);
      const std::string name = edition_name(s, c.edition);
      std::string figures;
      for (const AttendanceFact* r : refs) figures += (figures.empty() ? "" : ", or ") + r->describe();
      Finding f = finding_at(*this, c, "\"" + c.text + "\" (" + mine.unit + ") for the " + name +
                                           " fits none of the knowledge base's figures (" + figures + ")");
      for (const AttendanceFact* r : refs)
        f.related.push_back(related_to(r->loc, "the knowledge base gives the " + name + "'s attendance as " +
                                                   r->describe() + " (" + r->source + ")"));
      f.discriminator = mine.unit;
      out.push_back(std::move(f));
    }
}

}  // namespace wiclint::rules
