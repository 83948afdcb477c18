#include "rules/weekday_date.hpp"

namespace wiclint::rules {

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
      if (d.year_from_article) {
        if (const Location* l = date_location(a))
          f.related.push_back(related_to(*l, "the year " + std::to_string(d.begin.year) + " comes from the article's date"));
      }
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
