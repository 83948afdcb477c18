#include "rules/edition_year.hpp"

#include <map>

namespace wiclint::rules {

std::vector<RuleOption> EditionYearRule::options() const {
  return {{"near_days", 60, "an article dated this many days before the edition opens or after it closes may report it as current"}};
}

namespace {

// An article about an edition may appear a little before it opens or after it closes (a preview
// in the same year, a wrap-up in the new year): with reference dates, near_days either side count.
bool dated_near(const Series& s, int n, const CivilDate& published, long near_days) {
  int year = s.year_of(n);
  if (published.year == year) return true;
  const EditionFact* f = s.fact(n);
  // With no reference dates: a wrap-up in the first weeks of the next year ("Year in review",
  // dated Jan. 3) still reports the edition of the year before.
  if (!f || !f->opening || !f->closing)
    return published.year == year + 1 && days_from_civil(published) - days_from_civil({published.year, 1, 1}) < near_days;
  long p = days_from_civil(published);
  return p >= days_from_civil(*f->opening) - near_days && p <= days_from_civil(*f->closing) + near_days;
}

// Is the article dated near edition n + 1, the one ordinal n means counting only the editions
// held? Its expected opening stands in for reference dates it lacks.
bool held_count_near(const Series& s, int n, const CivilDate& published, long near_days) {
  const auto opening = s.expected_opening(n + 1);
  if (!opening) return dated_near(s, n + 1, published, near_days);
  const long p = days_from_civil(published), o = days_from_civil(*opening);
  return p >= o - near_days && p <= o + 2 * near_days;
}

}  // namespace

void EditionYearRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  for (const auto& a : ctx.articles) {
    const Series* s = ctx.series_of(a);
    if (!s) continue;
    // One finding per edition an article misdates, at its first mention; the others are its notes.
    std::map<int, std::size_t> reported;  // ordinal -> its finding in `out`
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::edition) continue;
      const auto& e = c.as<EditionValue>();
      if (!e.ordinal || e.ordinal_end || e.history) continue;
      int expected = s->year_of(e.ordinal);
      // Past a year whose ordinals are unsettled, an ordinal that counts only the editions held
      // is a reading edition-numbering reports, not a wrong year.
      const int held = s->year_counting_held(e.ordinal);
      if (e.year) {
        if (e.year == expected || e.year == held) continue;
        Finding f = finding_at(*this, c, "the " + ordinal_name(e.ordinal) + " " + s->name + " was held in " +
                                             std::to_string(expected) + ", not " + std::to_string(e.year));
        if (e.year_location) f.related.push_back(related_to(*e.year_location, "the year " + std::to_string(e.year) + " is given here"));
        f.related.push_back(series_evidence(*s, e.ordinal));
        out.push_back(std::move(f));
      } else if (e.current && a.published &&
                 !dated_near(*s, e.ordinal, *a.published, static_cast<long>(ctx.option("near_days"))) &&
                 !(held && held_count_near(*s, e.ordinal, *a.published, static_cast<long>(ctx.option("near_days"))))) {
        // An earlier edition beside the one the article is about is history told in the past
        // tense ("at the opening of the second WIC, Xi proposed ..."), not a misdated edition.
        if (a.main_edition && e.ordinal != a.main_edition && expected < a.published->year) continue;
        if (const auto it = reported.find(e.ordinal); it != reported.end()) {
          out[it->second].related.push_back(related_to(c, "reported as current here too"));
          continue;
        }
        reported.emplace(e.ordinal, out.size());
        Finding f = finding_at(*this, c, "the article, dated " + to_iso(*a.published) + ", reports the " +
                                             ordinal_name(e.ordinal) + " " + s->name + " as current, but it was held in " +
                                             std::to_string(expected));
        if (const Location* d = date_location(a)) f.related.push_back(related_to(*d, "the article is dated " + to_iso(*a.published) + " here"));
        f.related.push_back(series_evidence(*s, e.ordinal));
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace wiclint::rules
