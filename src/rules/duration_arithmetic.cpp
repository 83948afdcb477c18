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

// The year of "since <year>" in c's sentence, or 0.
int since_year_in_sentence(const ArticleClaims& a, const Claim& c) {
  for (const auto& o : a.claims)
    if (o.sentence == c.sentence && o.kind() == ClaimKind::date && o.as<DateValue>().year_only &&
        o.as<DateValue>().resolved && o.text.size() > 6 && (o.text.rfind("since ", 0) == 0 || o.text.rfind("Since ", 0) == 0))
      return o.as<DateValue>().begin.year;
  return 0;
}

// "We have exhibited at Wuzhen every year since 2016 - nine straight years now", said in 2023: a run
// of consecutive years and the year it began, in one sentence about anyone, must agree with the
// article's year (counted with or without the year it began).
void own_run_of_years(const Rule& rule, const ArticleClaims& a, const Claim& c, std::vector<Finding>& out) {
  const auto& d = c.as<DurationValue>();
  const int since = since_year_in_sentence(a, c);
  if (!since || !a.published) return;
  const int py = a.published->year;
  if (d.amount == py - since || d.amount == py - since + 1) return;
  Finding f = finding_at(rule, c, std::to_string(d.amount) + " consecutive years since " + std::to_string(since) +
                                      " do not fit the article's date: " + std::to_string(since) + " to " + std::to_string(py) +
                                      " is " + std::to_string(py - since + 1) + " years, counted with both");
  if (const Location* l = date_location(a)) f.related.push_back(related_to(*l, "the article is dated here"));
  out.push_back(std::move(f));
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
      if (!d.series && d.form == DurationForm::consecutive && d.unit == "year") own_run_of_years(*this, a, c, out);
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
