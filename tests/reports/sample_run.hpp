#pragma once
// A hand-built run shared by the report tests and write_sample_reports: three articles about the
// World Internet Conference, one of them carrying script payloads, findings of every severity,
// a finding without a line, related locations in other files and in the knowledge base.
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "reports/reporter.hpp"

namespace wiclint::test {

inline Location loc(const std::string& file, int line, int col, const std::string& context = "",
                    const std::string& span = "") {
  Location l;
  l.file = file;
  l.line = line;
  l.column = col;
  l.end_line = line;
  l.end_column = col + static_cast<int>(span.empty() ? 1 : span.size());
  auto at = span.empty() ? std::string::npos : context.find(span);
  if (!context.empty())
    l.set_context(context, at == std::string::npos ? 0 : at, at == std::string::npos ? 0 : at + span.size());
  l.begin = static_cast<std::size_t>(line) * 100 + static_cast<std::size_t>(col);
  l.end = l.begin + span.size();
  return l;
}

inline Claim edition_claim(const Location& l, int number, int year, const std::string& text) {
  Claim c;
  c.set_kind(ClaimKind::edition);
  c.loc = l;
  c.text = text;
  c.edition = number;
  EditionValue v;
  v.ordinal = number;
  v.year = year;
  c.value = v;
  return c;
}

inline Claim date_claim(const Location& l, int number, CivilDate d, EventPart part, const std::string& text) {
  Claim c;
  c.set_kind(ClaimKind::date);
  c.loc = l;
  c.text = text;
  c.edition = number;
  DateValue v;
  v.begin = v.end = d;
  v.part = part;
  c.value = v;
  return c;
}

inline Claim count_claim(const Location& l, int number, long long n, double min, double max, const std::string& qualifier,
                         const std::string& noun, const std::string& text) {
  Claim c;
  c.set_kind(ClaimKind::count);
  c.loc = l;
  c.text = text;
  c.edition = number;
  CountValue v;
  v.number = n;
  v.min = min;
  v.max = max;
  v.qualifier = qualifier;
  v.unit = "people";
  v.noun = noun;
  v.attendance = true;
  c.value = v;
  return c;
}

struct SampleRun {
  RunInfo info;
  std::vector<ArticleClaims> articles;
  std::vector<Finding> findings;
  RunSummary summary;
};

inline const char* kEvilLine =
    "Guests said \"AI & the <b>net</b>\" <script>window.PWNED=1</script> at the 5th WIC in 2018 "
    "<img src=x onerror=\"document.title='PWNED'\"> it's fine.";

inline SampleRun sample_run() {
  SampleRun s;
  const std::string a = "corpus/000_wuzhen.txt", b = "corpus/001_recap.txt", e = "corpus/002_evil.txt";
  const std::string a1 = "The 7th World Internet Conference opens in Wuzhen";
  const std::string a3 = "Wuzhen, Oct. 20 -- The sixth edition, which opened on Oct. 20, 2019, drew about 1,500 guests.";
  const std::string b2 = "Last year's 6th World Internet Conference in 2018 attracted over 1,600 guests from 80 countries.";
  Location a_head = loc(a, 1, 5, a1, "7th World Internet Conference");
  Location a_sixth = loc(a, 3, 25, a3, "sixth edition");
  Location a_open = loc(a, 3, 58, a3, "Oct. 20, 2019");
  Location a_count = loc(a, 3, 79, a3, "about 1,500 guests");
  Location b_sixth = loc(b, 2, 13, b2, "6th World Internet Conference in 2018");
  Location b_count = loc(b, 2, 64, b2, "over 1,600 guests");
  Location e_fifth = loc(e, 4, 74, kEvilLine, "5th WIC in 2018");
  Location kb = loc("claims/wic.yaml", 31, 5, "  - {number: 6, year: 2019, opening: 2019-10-20}", "year: 2019");

  ArticleClaims art_a;
  art_a.path = a;
  art_a.title = a1;
  art_a.published = CivilDate{2019, 10, 20};
  art_a.main_edition = 6;
  art_a.claims = {edition_claim(a_head, 7, 2019, "7th World Internet Conference"),
                  edition_claim(a_sixth, 6, 2019, "sixth edition"),
                  date_claim(a_open, 6, {2019, 10, 20}, EventPart::opening, "Oct. 20, 2019"),
                  count_claim(a_count, 6, 1500, 1400, 1600, "about", "guests", "about 1,500 guests")};
  ArticleClaims art_b;
  art_b.path = b;
  art_b.title = "A look back at Wuzhen";
  art_b.published = CivilDate{2019, 11, 2};
  art_b.claims = {edition_claim(b_sixth, 6, 2018, "6th World Internet Conference in 2018"),
                  count_claim(b_count, 6, 1600, 1601, std::numeric_limits<double>::infinity(), "over", "guests", "over 1,600 guests")};
  ArticleClaims art_e;
  art_e.path = e;
  art_e.title = "<script>window.PWNED=1</script> Evil & \"quoted\" title";
  art_e.claims = {edition_claim(e_fifth, 5, 2018, "5th WIC in 2018")};
  s.articles = {art_a, art_b, art_e};

  RunInfo& r = s.info;
  r.tool_version = "0.1.0";
  r.series_name = "World Internet Conference";
  r.files = {a, b, "corpus/003_broken.txt", e};
  r.fail_on = "error";
  for (int n = 1; n <= 7; ++n) r.editions.push_back({n, 2013 + n, n == 6 ? "2019-10-20" : "", n == 6 ? "2019-10-22" : ""});
  auto rule = [](std::string id, Severity sev, std::string summary, std::string help) {
    RuleInfo ri;
    ri.id = std::move(id);
    ri.severity = ri.default_severity = sev;
    ri.summary = std::move(summary);
    ri.help = std::move(help);
    return ri;
  };
  r.rules = {
      rule("count-agreement", Severity::warning, "Attendance counts for one edition must overlap", ""),
      rule("edition-year", Severity::error, "An edition's ordinal must match its year",
           "# edition-year\n\nFlags an edition ordinal that does not match the year the article gives.\n\n"
           "## Example\n\n`The 7th WIC opens` in a 2019 article.\n"),
      rule("single-source", Severity::note, "A fact only one article states", ""),
      rule("unreadable-input", Severity::error, "A file could not be read", ""),
      rule("weekday-date", Severity::off, "A weekday must match its date", ""),
  };

  auto finding = [](std::string rule_id, Severity sev, std::string msg, Location l, std::string quote,
                    std::vector<Related> related) {
    Finding f;
    f.rule = std::move(rule_id);
    f.severity = sev;
    f.message = std::move(msg);
    f.loc = std::move(l);
    f.quote = std::move(quote);
    f.related = std::move(related);
    return f;
  };
  s.findings = {
      finding("edition-year", Severity::error,
              "the headline calls the 2019 conference the 7th [sic]; the 6th was held in 2019; write '6th'", a_head,
              "7th World Internet Conference",
              {{kb, "the knowledge base: the 6th edition was in 2019"}, {a_sixth, "the same article says 'sixth edition'"}}),
      finding("count-agreement", Severity::warning, "'about 1,500 guests' cannot match 'over 1,600 guests' for the 6th edition",
              a_count, "about 1,500 guests", {{b_count, "another article gives over 1,600"}}),
      finding("edition-year", Severity::error, "the 6th edition was held in 2019, not 2018", b_sixth,
              "6th World Internet Conference in 2018", {{kb, "the knowledge base: 2019"}, {a_sixth, "this article: 2019"}}),
      finding("unreadable-input", Severity::error, "cannot read the file: not valid UTF-8 at byte 12",
              loc("corpus/003_broken.txt", 0, 0), "", {}),
      finding("single-source", Severity::note, "only this article says the 5th edition was in 2018 <b>& \"so\"</b>", e_fifth,
              "5th WIC in 2018", {}),
  };
  s.summary.files = 4;
  s.summary.claims = 7;
  s.summary.errors = 3;
  s.summary.warnings = 1;
  s.summary.notes = 1;
  return s;
}

// RunInfo::articles is set here, not in sample_run(), so copies of a SampleRun never dangle.
inline void run_reporter(Reporter& rep, const SampleRun& s) {
  RunInfo info = s.info;
  info.articles = &s.articles;
  rep.begin(info);
  for (const auto& f : s.findings) rep.finding(f);
  rep.end(s.summary);
}

// The report of `format` for a sample run, as a string.
inline std::string render(const std::string& format, const SampleRun& s) {
  std::ostringstream out;
  auto rep = make_reporter(format, out);
  run_reporter(*rep, s);
  return out.str();
}

// How often `needle` occurs in `hay`.
inline std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

}  // namespace wiclint::test
