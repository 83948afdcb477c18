#include "rules/weekday_date.hpp"

namespace wiclint::rules {

namespace {

// "opened on Tuesday, Oct. 21" when the edition opened on Monday, Oct. 20: the weekday and the date
// disagree, and the date disagrees with the knowledge base. One finding states both reasons
// (event-date-agreement leaves such a claim to this rule).
void add_reference_reason(const RuleContext& ctx, const ArticleClaims& a, const Claim& c, Finding& f) {
  const auto& d = c.as<DateValue>();
  if (!c.edition || (d.part != EventPart::opening && d.part != EventPart::closing)) return;
  const Series* s = ctx.series_of(a);
  const EditionFact* fact = s ? s->fact(c.edition) : nullptr;
  const std::optional<CivilDate>& day = !fact ? std::nullopt : d.part == EventPart::opening ? fact->opening : fact->closing;
  if (!day || *day == d.begin || (d.part == EventPart::opening && fact->opens_on(d.begin))) return;
  f.message += "; and the knowledge base gives the " + edition_name(s, c.edition, s->name) + "'s " +
               to_string(d.part) + " as " + to_iso(*day) + ", a " + weekday_name(weekday(*day));
  f.related.push_back(related_to(d.part == EventPart::opening ? fact->opening_loc : fact->closing_loc,
                                 "the knowledge base's dates for the " + edition_name(s, c.edition, s->name)));
}

}  // namespace

void WeekdayDateRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& a : ctx.articles) {
    for (const auto& c : a.claims) {
      // A header stamp's weekday: "Thursday, November 8, 2017 09:30" over a live blog.
      if (c.kind() == ClaimKind::published) {
        const auto& p = c.as<PublishedValue>();
        if (p.stated_weekday >= 0 && is_valid(p.date) && weekday(p.date) != p.stated_weekday)
          out.push_back(finding_at(*this, c, std::string(month_name(p.date.month)) + " " + std::to_string(p.date.day) +
                                                 ", " + std::to_string(p.date.year) + " was a " +
                                                 weekday_name(weekday(p.date)) + ", not a " +
                                                 weekday_name(p.stated_weekday)));
        continue;
      }
      if (c.kind() != ClaimKind::date) continue;
      const auto& d = c.as<DateValue>();
      if (d.stated_weekday < 0 || d.relation != Relation::absolute || !is_valid(d.begin)) continue;
      int actual = weekday(d.begin);
      if (actual == d.stated_weekday) continue;
      Finding f = finding_at(*this, c, std::string(month_name(d.begin.month)) + " " + std::to_string(d.begin.day) + ", " +
                                           std::to_string(d.begin.year) + " was a " + weekday_name(actual) + ", not a " +
                                           weekday_name(d.stated_weekday));
      add_reference_reason(ctx, a, c, f);
      if (d.year_from_article) {
        if (const Location* l = date_location(a))
          f.related.push_back(related_to(*l, "the year " + std::to_string(d.begin.year) + " comes from the article's date"));
      }
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
