#include "rules/anniversary_year.hpp"

namespace wiclint::rules {

namespace {

// Why an nth anniversary does not fit `year`: the year it falls in, and, when n counts the
// editions held by then, that an edition count is no anniversary.
std::string reason(const Series& s, int n, int year) {
  const int age = year - s.first_year;
  std::string why = "the " + ordinal_name(n) + " anniversary of the " + s.name + " falls in " +
                    std::to_string(s.first_year + n) + ", not " + std::to_string(year) + ": first held in " +
                    std::to_string(s.first_year) + ", it is " + std::to_string(age) + (age == 1 ? " year" : " years") +
                    " old in " + std::to_string(year);
  if (s.edition_in(year) == n) why += " (" + std::to_string(year) + " holds its " + ordinal_name(n) + " edition)";
  return why;
}

// Why "N years on", said of the series, does not fit `year`.
std::string reason_on(const Series& s, const std::string& text, int n, int year) {
  const int age = year - s.first_year;
  std::string why = "\"" + text + "\" counts " + std::to_string(n) + " years since the " + s.name + " was first held in " +
                    std::to_string(s.first_year) + ", but " + std::to_string(year) + " is " + std::to_string(age) +
                    (age == 1 ? " year" : " years") + " after it";
  if (s.edition_in(year) == n) why += " (" + std::to_string(year) + " holds its " + ordinal_name(n) + " edition)";
  return why;
}

// The year an anniversary is told of: a year its sentence names ("In 2024 the summit marked ..."),
// else the edition the article reports, else the article's date; 0 when none is known. The series'
// first year is the one the count starts from, never the one it is told in ("Four years on, the
// conference has outgrown the venue of the first conference in 2014").
int year_told(const ArticleClaims& a, const Series& s, const Claim& c) {
  for (const auto& o : a.claims)
    if (o.sentence == c.sentence && o.kind() == ClaimKind::date && o.as<DateValue>().year_only && o.as<DateValue>().resolved &&
        o.as<DateValue>().begin == o.as<DateValue>().end &&  // a year, not a span of years ("2014-2024")
        o.as<DateValue>().begin.year != s.first_year)
      return o.as<DateValue>().begin.year;
  if (a.main_edition) return s.year_of(a.main_edition);
  return a.published ? a.published->year : 0;
}

}  // namespace

void AnniversaryYearRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& a : ctx.articles) {
    const Series* s = ctx.series_of(a);
    if (!s || !s->first_year) continue;
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::duration) continue;
      const auto& d = c.as<DurationValue>();
      const bool years_on = d.form == DurationForm::on && d.unit == "year";
      if ((d.form != DurationForm::anniversary && !years_on) || !d.series) continue;
      const int year = year_told(a, *s, c);
      if (!year || s->first_year + d.amount == year) continue;
      Finding f = finding_at(*this, c, years_on ? reason_on(*s, c.text, d.amount, year) : reason(*s, d.amount, year));
      if (const Location* l = date_location(a)) f.related.push_back(related_to(*l, "the article is dated here"));
      // "Over the past nine years": the article's own count of the years, when it has one.
      for (const auto& o : a.claims)
        if (o.kind() == ClaimKind::duration && &o != &c && o.as<DurationValue>().unit == "year" &&
            o.as<DurationValue>().amount == year - s->first_year &&
            (o.as<DurationValue>().form == DurationForm::past || o.as<DurationValue>().form == DurationForm::consecutive)) {
          f.related.push_back(related_to(o, "the article itself counts " + std::to_string(year - s->first_year) + " years"));
          break;
        }
      f.related.push_back(related_to(s->first_year_loc, "the " + s->name + " was first held in " + std::to_string(s->first_year)));
      out.push_back(std::move(f));
    }
  }
}

}  // namespace wiclint::rules
