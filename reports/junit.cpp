// The JUnit XML report, for CI test tabs (Jenkins, GitLab, the GitHub test-report actions).
//
// Contract: <testsuites> holds one <testsuite> per rule that is not off (RunInfo order), named by
// the rule id; each suite holds one <testcase> per checked file (RunInfo::files, then any other
// file a finding points at), named by the path, with classname "wiclint.<rule>". So a clean
// article is a passing test and CI counts real checks, and suite+classname+name is unique.
// Each finding that reaches the --fail-on threshold is a <failure> (message = the finding's
// message, type = its severity, text = `path:line:col: severity: message [rule]` plus one
// `note:` line per related location); findings below the threshold go to the testcase's
// <system-out> in the same shape, so they are visible without failing the build:
//   fail_on "error"   -> errors fail;              warnings and notes in system-out
//   fail_on "warning" -> errors and warnings fail; notes in system-out
//   fail_on "note"    -> every finding fails
//   fail_on "never"   -> nothing fails (the exit status would not either); all in system-out
// An unknown threshold is read as "error". Times are "0" and there is no timestamp, so the same
// run gives the same bytes. Valid against junit-10.xsd and `validate-report junit-ci`.
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

std::string diagnostic(const Finding& f) {
  std::string s = where(f.loc) + " " + to_string(f.severity) + ": " + f.message + " [" + f.rule + "]\n";
  for (const auto& r : f.related) s += "  " + where(r.loc) + " note: " + r.message + "\n";
  return s;
}

struct Suite {
  std::string rule;
  Severity severity = Severity::warning;
  std::string summary;
  bool announced = false;  // listed in RunInfo::rules
  std::map<std::string, std::vector<const Finding*>> by_file;
};

class JunitReporter final : public Reporter {
 public:
  explicit JunitReporter(std::ostream& out) : out_(out) {}

  void begin(const RunInfo& run) override {
    threshold_ = failing_threshold(run.fail_on);
    fail_on_ = run.fail_on;
    name_ = run.tool_name.empty() ? "wiclint" : run.tool_name;
    files_ = run.files;
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
    for (const auto& f : findings_) {
      Suite& s = suite(f.rule);
      if (!s.announced && s.by_file.empty()) s.severity = f.severity;
      s.by_file[f.loc.file].push_back(&f);
    }
    // Files a finding names but the run did not list (a knowledge-base file, say) still get their
    // testcase, after the checked files and in path order.
    std::set<std::string> listed(files_.begin(), files_.end());
    std::set<std::string> extra;
    for (const auto& f : findings_)
      if (!listed.count(f.loc.file)) extra.insert(f.loc.file);
    files_.insert(files_.end(), extra.begin(), extra.end());

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
    std::size_t failed = 0;
    for (const auto& file : files_) {
      auto it = s.by_file.find(file);
      if (it != s.by_file.end() && std::any_of(it->second.begin(), it->second.end(), [&](auto* f) { return fails(*f); }))
        ++failed;
    }
    o << "  <testsuite name=\"" << xml_escape(s.rule, true) << "\" tests=\"" << files_.size() << "\" failures=\""
      << failed << "\" errors=\"0\" skipped=\"0\" time=\"0\">\n";
    o << "    <properties>\n";
    o << "      <property name=\"severity\" value=\"" << to_string(s.severity) << "\"/>\n";
    o << "      <property name=\"fail-on\" value=\"" << xml_escape(fail_on_, true) << "\"/>\n";
    if (!s.summary.empty()) o << "      <property name=\"summary\" value=\"" << xml_escape(s.summary, true) << "\"/>\n";
    o << "    </properties>\n";
    for (const auto& file : files_) {
      o << "    <testcase name=\"" << xml_escape(file, true) << "\" classname=\"wiclint." << xml_escape(s.rule, true)
        << "\" time=\"0\"";
      auto it = s.by_file.find(file);
      if (it == s.by_file.end()) {
        o << "/>\n";
        continue;
      }
      o << ">\n";
      std::string out_text;
      for (const Finding* f : it->second) {
        if (!fails(*f)) {
          out_text += diagnostic(*f);
          continue;
        }
        o << "      <failure type=\"" << to_string(f->severity) << "\" message=\""
          << xml_escape(f->message.empty() ? f->rule : f->message, true) << "\">" << xml_escape(diagnostic(*f))
          << "</failure>\n";
      }
      if (!out_text.empty()) o << "      <system-out>" << xml_escape(out_text) << "</system-out>\n";
      o << "    </testcase>\n";
    }
    o << "  </testsuite>\n";
    return {files_.size(), failed};
  }

  std::ostream& out_;
  Severity threshold_ = Severity::error;
  std::string fail_on_ = "error";
  std::string name_ = "wiclint";
  std::vector<std::string> files_;
  std::vector<std::string> order_;
  std::map<std::string, Suite> suites_;
  std::vector<Finding> findings_;
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out) { return std::make_unique<JunitReporter>(out); }

}  // namespace wiclint
