// The JUnit XML report, for CI test tabs (Jenkins, GitLab, the GitHub test-report actions).
//
// Contract: <testsuites> holds one <testsuite> per rule that is not off (RunInfo order), named by
// the rule id, classname "wiclint.<rule>". Each finding is one <testcase> named by its location
// (`path:line:col`, or `path` for a whole-file finding; a second finding at the same place gets
// " #2"), so the location survives in every CI reader. Every suite also has one testcase
// "(files without a finding)" that passes and counts the checked files the rule found nothing in,
// so a clean rule is a passing test. This keeps the report linear in findings, not rules x files
// (at 10,000 articles and 63,000 findings the old per-file cases made 50 MB; GitLab refuses over 30).
// A finding that reaches the --fail-on threshold is a <failure> (message = the finding's message,
// type = its severity, text = `path:line:col: severity [rule]` plus its notes, those with the same
// message on one line, capped: kMaxNotes and friends); findings below the threshold go to the testcase's
// <system-out> in the same shape, so they are visible without failing the build:
//   fail_on "error"   -> errors fail;              warnings and notes in system-out
//   fail_on "warning" -> errors and warnings fail; notes in system-out
//   fail_on "note"    -> every finding fails
//   fail_on "never"   -> nothing fails (the exit status would not either); all in system-out
// An unknown threshold is read as "error". Times are "0" and there is no timestamp, so the same
// run gives the same bytes. Valid against junit-10.xsd and `validate-report junit-ci`.
#include <functional>
#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reports/markup.hpp"
#include "reports/reporter.hpp"

namespace wiclint {

namespace {

using markup::xml_escape;

// The lowest severity that fails a testcase, or off when nothing does.
Severity failing_threshold(const std::string& fail_on) {
  if (fail_on == "never" || fail_on == "none") return Severity::off;
  Severity s;
  if (parse_severity(fail_on, s) && s != Severity::off) return s;
  return Severity::error;
}

std::string where(const Location& l) {
  if (!l.known()) return l.file + ":";
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column) + ":";
}

std::string testcase_name(const Location& l) {
  if (!l.known()) return l.file;
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// Whole code points, at most n bytes, with an ellipsis when cut.
std::string capped(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "\xE2\x80\xA6";
}

constexpr std::size_t kMaxNotes = 3;       // note lines (distinct note messages) per finding
constexpr std::size_t kMaxNoteAt = 2;      // locations listed per note line
constexpr std::size_t kMaxNoteText = 64;   // bytes of a note's message
constexpr std::size_t kMaxMessage = 160;   // bytes of a finding's message

// Element text needs only &, < and > escaped; quotes stay as they are (a third of the size of a
// report full of quoted figures).
std::string text_escape(const std::string& s) {
  std::string e = xml_escape(s), out;
  out.reserve(e.size());
  for (std::size_t i = 0; i < e.size(); ++i) {
    if (e.compare(i, 6, "&quot;") == 0) out += '"', i += 5;
    else if (e.compare(i, 5, "&#39;") == 0) out += '\'', i += 4;
    else out += e[i];
  }
  return out;
}

// Notes with the same message share one line: `  note: message: path:line:col, line:col, ...`;
// a location in the same file as the one before it (first: the finding's, the testcase's name)
// does not repeat the path.
std::string grouped_notes(const Finding& f) {
  std::vector<std::pair<std::string, std::vector<const Location*>>> lines;
  for (const auto& r : f.related) {
    auto it = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.first == r.message; });
    if (it == lines.end()) it = lines.insert(lines.end(), {r.message, {}});
    it->second.push_back(&r.loc);
  }
  std::string s;
  for (std::size_t i = 0; i < lines.size() && i < kMaxNotes; ++i) {
    s += "  note: " + capped(lines[i].first, kMaxNoteText) + ":";
    const auto& at = lines[i].second;
    for (std::size_t k = 0; k < at.size() && k < kMaxNoteAt; ++k) {
      const FilePath& before = k > 0 ? at[k - 1]->file : f.loc.file;
      bool same = at[k]->file == before && at[k]->known();
      s += (k ? ", " : " ") + (same ? std::to_string(at[k]->line) + ":" + std::to_string(at[k]->column) : testcase_name(*at[k]));
    }
    if (at.size() > kMaxNoteAt) s += " (+" + std::to_string(at.size() - kMaxNoteAt) + ")";
    s += "\n";
  }
  if (lines.size() > kMaxNotes) s += "  (" + std::to_string(lines.size() - kMaxNotes) + " more notes)\n";
  return s;
}

// `path:line:col: severity: message [rule]` and the notes. In a <failure>, whose message
// attribute holds the message and whose classname the rule, the first line is `path:line:col:
// severity` (a tenth of the report at 60,000 findings).
std::string diagnostic(const Finding& f, bool in_failure) {
  std::string head = where(f.loc) + " " + to_string(f.severity);
  if (!in_failure) head += ": " + capped(f.message, kMaxMessage) + " [" + f.rule + "]";
  return head + "\n" + grouped_notes(f);
}

struct Suite {
  std::string rule;
  Severity severity = Severity::warning;
  std::string summary;
  bool announced = false;  // listed in RunInfo::rules
  std::vector<const Finding*> findings;
};

class JunitReporter final : public Reporter {
 public:
  explicit JunitReporter(std::ostream& out) : out_(out) {}

  void begin(const RunInfo& run) override {
    threshold_ = failing_threshold(run.fail_on);
    fail_on_ = run.fail_on;
    name_ = run.tool_name.empty() ? "wiclint" : run.tool_name;
    listed_.insert(run.files.begin(), run.files.end());
    for (const auto& r : run.rules) {
      if (r.severity == Severity::off) continue;
      Suite& s = suite(r.id);
      s.severity = r.severity;
      s.summary = r.summary;
      s.announced = true;
    }
  }

  void finding(const Finding& f) override { findings_.push_back(f); }

  void end(const RunSummary& summary) override {
    (void)summary;
    for (const Finding& f : findings_) {
      Suite& s = suite(f.rule);
      if (!s.announced && s.findings.empty()) s.severity = f.severity;
      s.findings.push_back(&f);
    }
    std::ostringstream body;
    std::size_t tests = 0, failures = 0;
    for (const auto& id : order_) {
      auto [t, fl] = write_suite(body, suites_.at(id));
      tests += t;
      failures += fl;
    }
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ << "<testsuites name=\"" << xml_escape(name_, true) << "\" tests=\"" << tests << "\" failures=\"" << failures
         << "\" errors=\"0\" time=\"0\">\n";
    // CI readers reject a <testsuites> without a suite, so a run with no rules still has one.
    if (order_.empty())
      body << "  <testsuite name=\"" << xml_escape(name_, true)
           << "\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\" time=\"0\"/>\n";
    out_ << body.str();
    out_ << "</testsuites>\n";
  }

 private:
  Suite& suite(const std::string& rule) {
    auto it = suites_.find(rule);
    if (it == suites_.end()) {
      order_.push_back(rule);
      it = suites_.emplace(rule, Suite{}).first;
      it->second.rule = rule;
    }
    return it->second;
  }

  bool fails(const Finding& f) const { return threshold_ != Severity::off && f.severity >= threshold_; }

  // Writes one suite and returns {testcases, failed testcases}.
  std::pair<std::size_t, std::size_t> write_suite(std::ostream& o, const Suite& s) const {
    auto files = by_file(s);
    std::size_t failed = std::count_if(files.begin(), files.end(), [&](const auto& file) {
      return std::any_of(file.second.begin(), file.second.end(), [&](auto* f) { return fails(*f); });
    });
    std::size_t tests = files.size() + 1;
    o << "  <testsuite name=\"" << xml_escape(s.rule, true) << "\" tests=\"" << tests << "\" failures=\"" << failed
      << "\" errors=\"0\" skipped=\"0\" time=\"0\">\n";
    write_properties(o, s);
    std::string classname = xml_escape("wiclint." + s.rule, true);
    write_clean_case(o, s, classname);
    for (const auto& [file, findings] : files) {
      o << "    <testcase name=\"" << xml_escape(file, true) << "\" classname=\"" << classname << "\" time=\"0\">";
      std::string out_text;
      for (const Finding* f : findings) {
        if (!fails(*f)) {
          out_text += diagnostic(*f, false);
          continue;
        }
        o << "<failure type=\"" << to_string(f->severity) << "\" message=\""
          << xml_escape(capped(f->message.empty() ? f->rule : f->message, kMaxMessage), true) << "\">"
          << text_escape(diagnostic(*f, true)) << "</failure>";
      }
      if (!out_text.empty()) o << "<system-out>" << text_escape(out_text) << "</system-out>";
      o << "</testcase>\n";
    }
    o << "  </testsuite>\n";
    return {tests, failed};
  }

  // The suite's findings by file, files in the order of their first finding.
  static std::vector<std::pair<std::string, std::vector<const Finding*>>> by_file(const Suite& s) {
    std::vector<std::pair<std::string, std::vector<const Finding*>>> out;
    std::map<std::string, std::size_t> at;
    for (const Finding* f : s.findings) {
      auto [it, added] = at.emplace(f->loc.file, out.size());
      if (added) out.push_back({f->loc.file, {}});
      out[it->second].second.push_back(f);
    }
    return out;
  }

  void write_properties(std::ostream& o, const Suite& s) const {
    o << "    <properties>\n";
    o << "      <property name=\"severity\" value=\"" << to_string(s.severity) << "\"/>\n";
    o << "      <property name=\"fail-on\" value=\"" << xml_escape(fail_on_, true) << "\"/>\n";
    if (!s.summary.empty()) o << "      <property name=\"summary\" value=\"" << xml_escape(s.summary, true) << "\"/>\n";
    o << "    </properties>\n";
  }

  // The passing check: how many checked files the rule found nothing in.
  void write_clean_case(std::ostream& o, const Suite& s, const std::string& classname) const {
    std::set<std::string> flagged;
    for (const Finding* f : s.findings)
      if (listed_.count(f->loc.file)) flagged.insert(f->loc.file);
    std::size_t files = listed_.size(), clean = files - flagged.size();
    o << "    <testcase name=\"(files without a finding)\" classname=\"" << classname << "\" time=\"0\"><system-out>"
      << clean << " of " << files << " checked files</system-out></testcase>\n";
  }

  std::ostream& out_;
  Severity threshold_ = Severity::error;
  std::string fail_on_ = "error";
  std::string name_ = "wiclint";
  std::set<std::string> listed_;  // the checked files
  std::vector<std::string> order_;
  std::map<std::string, Suite> suites_;
  std::vector<std::reference_wrapper<const Finding>> findings_;  // the run's, alive until end()
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out) { return std::make_unique<JunitReporter>(out); }

}  // namespace wiclint
