#include "rules/rule.hpp"

namespace wiclint {

Finding finding_at(const Rule& rule, const Claim& claim, std::string message) {
  Finding f;
  f.rule = std::string(rule.id());
  f.severity = rule.default_severity();
  f.message = std::move(message);
  f.loc = claim.loc;
  f.quote = claim.text;
  return f;
}

Related related_to(const Claim& claim, std::string message) { return Related{claim.loc, std::move(message)}; }
Related related_to(const Location& loc, std::string message) { return Related{loc, std::move(message)}; }

std::string ordinal_name(int n) {
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

std::string edition_name(const Series* s, int n, const std::string& name) {
  if (s && s->first_year && s->named_by_year(n)) return std::to_string(s->year_of(n)) + " " + name;
  return ordinal_name(n) + " " + name;
}
std::string edition_name(const Series& s, int n) { return edition_name(&s, n, s.name); }

Related series_evidence(const Series& s, int n) {
  if (const EditionFact* f = s.fact(n))
    return {f->year_loc, "the knowledge base places the " + ordinal_name(n) + " " + s.name + " in " + std::to_string(f->year)};
  if (s.inferred)
    return {s.first_year_loc, "most of the corpus places the first " + s.name + " in " + std::to_string(s.first_year) +
                                  ", so the " + ordinal_name(n) + " falls in " + std::to_string(s.year_of(n))};
  return {s.first_year_loc, "the " + s.name + " was first held in " + std::to_string(s.first_year) +
                                (s.cadence == 1 ? " and is annual" : " and is held every " + std::to_string(s.cadence) + " years") +
                                ", so the " + ordinal_name(n) + " falls in " + std::to_string(s.year_of(n))};
}

const Location* date_location(const ArticleClaims& a) { return a.published_loc ? &*a.published_loc : nullptr; }

bool misnumbered(const RuleContext& ctx, const ArticleClaims& a, int edition, long near_days) {
  const Series* s = ctx.series_of(a);
  if (!s || !a.published || edition != a.main_edition || !edition) return false;
  const int year = s->year_of(edition);
  if (!year || year == a.published->year) return false;
  const EditionFact* f = s->fact(edition);
  const long p = days_from_civil(*a.published);
  if (f && f->opening && f->closing)
    return !(p >= days_from_civil(*f->opening) - near_days && p <= days_from_civil(*f->closing) + near_days);
  // (As edition-year: a wrap-up in the first weeks of the next year is near.)
  return !(a.published->year == year + 1 && p - days_from_civil({a.published->year, 1, 1}) < near_days);
}

bool whole_attendance(const Claim& c) {
  return c.kind() == ClaimKind::count && c.edition && c.as<CountValue>().attendance && c.as<CountValue>().subgroup.empty();
}

bool counts_meet(const CountValue& a, const CountValue& b) { return a.min <= b.max && b.min <= a.max; }

}  // namespace wiclint
