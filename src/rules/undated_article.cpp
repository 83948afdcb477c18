#include "rules/undated_article.hpp"

namespace wiclint::rules {

void UndatedArticleRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& a : ctx.articles) {
    if (a.published && !a.published_inferred) continue;
    if (a.title.empty() && a.claims.empty()) continue;  // an empty file has nothing to date
    Finding f;
    f.rule = std::string(id());
    f.severity = default_severity();
    f.loc.file = a.path;
    f.loc.line = f.loc.end_line = 1;
    f.loc.column = 1;
    f.loc.end_column = 1 + static_cast<int>(a.title.size() > 0 ? std::min<std::size_t>(a.title.size(), 200) : 0);
    f.quote = a.title;
    f.message = "no publication date found; add a date line or front matter 'date: YYYY-MM-DD'";
    // What the other claims say the date must be.
    const Series* s = ctx.series_of(a);
    if (a.published_inferred && s && a.main_edition) {
      // The dateline's day was read in the reported edition's year, so that relative dates could be
      // resolved: say so, since every date check of the article now rests on that edition's number.
      f.message += "; its dateline was read in the year of the " + edition_name(*s, a.main_edition) +
                   " it reports as current (" + to_iso(*a.published) +
                   "), so its dates are checked as if written then";
      if (a.main_edition_loc) f.related.push_back(related_to(*a.main_edition_loc, "the edition it reports"));
      if (a.published_loc) f.related.push_back(related_to(*a.published_loc, "the dateline"));
    } else if (s && a.main_edition) {
      f.message += "; it reports the " + edition_name(*s, a.main_edition) + " as current, so it is from about " +
                   std::to_string(s->year_of(a.main_edition));
      if (a.main_edition_loc) f.related.push_back(related_to(*a.main_edition_loc, "the edition it reports"));
    }
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::duration || !s) continue;
      const auto& d = c.as<DurationValue>();
      if (d.form != DurationForm::consecutive || !d.series) continue;
      int since = d.since_year ? d.since_year : s->first_year;
      int last = since + (d.amount - 1) * s->cadence;
      f.message += "; " + std::to_string(d.amount) + " consecutive years since " + std::to_string(since) +
                   " put it between " + std::to_string(last) + " and " + std::to_string(last + s->cadence);
      f.related.push_back(related_to(c, "this duration bounds the date"));
      break;
    }
    out.push_back(std::move(f));
  }
}

}  // namespace wiclint::rules
