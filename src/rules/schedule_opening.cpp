#include "rules/schedule_opening.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace wiclint::rules {

namespace {

struct Dated {
  const ArticleClaims* article;
  const Claim* claim;
};

// The spans ("held from Nov. 6 to 9") and the opening days ("opened on Nov. 7") of each edition
// whose dates the knowledge base does not give.
struct EditionDays {
  std::vector<Dated> spans, openings;
};

std::map<std::pair<std::string, int>, EditionDays> collect(const RuleContext& ctx) {
  std::map<std::pair<std::string, int>, EditionDays> days;
  for (const auto& a : ctx.articles) {
    const Series* s = ctx.series_of(a);
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::date || !c.edition) continue;
      const auto& d = c.as<DateValue>();
      if (!d.resolved || !is_valid(d.begin) || (s && s->year_of(c.edition) != d.begin.year)) continue;
      if (const EditionFact* fact = s ? s->fact(c.edition) : nullptr; fact && fact->opening) continue;
      if (d.part == EventPart::running && d.begin < d.end) days[{a.series, c.edition}].spans.push_back({&a, &c});
      if (d.part == EventPart::opening && d.begin == d.end) days[{a.series, c.edition}].openings.push_back({&a, &c});
    }
  }
  return days;
}

std::string span_of(const DateValue& d) { return to_iso(d.begin) + " to " + to_iso(d.end); }

}  // namespace

void ScheduleOpeningRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& [key, days] : collect(ctx)) {
    const Series* s = ctx.kb.find_series(key.first);
    const std::string name = edition_name(s, key.second, s ? s->name : key.first);
    for (const Dated& span : days.spans) {
      const auto& d = span.claim->as<DateValue>();
      const auto other = std::find_if(days.openings.begin(), days.openings.end(),
                                      [&](const Dated& o) { return o.claim->as<DateValue>().begin != d.begin; });
      if (other == days.openings.end()) continue;
      const CivilDate& opened = other->claim->as<DateValue>().begin;
      const bool inside = d.begin < opened && !(d.end < opened);
      const std::string why = inside ? "a programme may begin before its opening ceremony, or one of the two is wrong"
                                     : "the opening falls outside the span";
      Finding f = finding_at(*this, *span.claim,
                             "the " + name + " is given the span " + span_of(d) + " here, but it opened on " + to_iso(opened) +
                                 (other->article == span.article ? " in this article" : " in another source") + ": " + why);
      f.related.push_back(related_to(*other->claim, "gives its opening as " + to_iso(opened)));
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
