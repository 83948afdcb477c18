#include "rules/duration_arithmetic.hpp"

namespace wiclint::rules {

namespace {

// "an 8-year span", "an 11-year span", "an 18-year span", "a 6-year span": by how the number sounds.
std::string indefinite_article(int n) {
  const std::string digits = std::to_string(n);
  const bool eleven_or_eighteen = digits.size() % 3 == 2 && (digits.rfind("11", 0) == 0 || digits.rfind("18", 0) == 0);
  const bool an = digits[0] == '8' || eleven_or_eighteen;
  return an ? "an" : "a";
}

}  // namespace

void DurationArithmeticRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& a : ctx.articles) {
    const Series* s = ctx.series_of(a);
    if (!s) continue;
    // The year the article speaks from: the edition it reports, else its own date.
    int year = a.main_edition ? s->year_of(a.main_edition) : a.published ? a.published->year : 0;
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::duration) continue;
      const auto& d = c.as<DurationValue>();
      if (!d.series || d.unit != "year") continue;
      std::string why;
      Finding f;
      if (d.form == DurationForm::history || d.form == DurationForm::past) {
        if (!year) continue;
        // Editions held so far (inclusive count) and whole years elapsed since the first: a
        // "four-year history" at the fourth edition, "over the past five years" in 2018 (2014-2018).
        int inclusive = (year - s->first_year) / s->cadence + 1;
        int elapsed = year - s->first_year;
        if (d.amount == inclusive || d.amount == elapsed) continue;
        f = finding_at(*this, c, indefinite_article(d.amount) + " " + std::to_string(d.amount) + "-year span of the " + s->name + " does not fit " +
                                     std::to_string(year) + ": first held in " + std::to_string(s->first_year) + ", it spans " +
                                     std::to_string(inclusive) + " years then");
      } else if (d.form == DurationForm::consecutive) {
        int since = d.since_year ? d.since_year : s->first_year;
        int last = since + (d.amount - 1) * s->cadence;
        if (!a.published) continue;
        int py = a.published->year;
        if (py >= last && py <= last + s->cadence) continue;
        f = finding_at(*this, c, std::to_string(d.amount) + " consecutive years from " + std::to_string(since) + " reach " +
                                     std::to_string(last) + ", but the article is dated " + to_iso(*a.published));
      } else {
        continue;
      }
      if (a.main_edition && a.main_edition_loc)
        f.related.push_back(related_to(*a.main_edition_loc, "the article reports the " + edition_name(s, a.main_edition, "edition")));
      else if (const Location* l = date_location(a))
        f.related.push_back(related_to(*l, "the article is dated here"));
      f.related.push_back(related_to(s->first_year_loc, "the " + s->name + " was first held in " + std::to_string(s->first_year)));
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
