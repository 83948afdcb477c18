// The Markdown report, for $GITHUB_STEP_SUMMARY and pull-request comments.
//
// Contract: a heading with the counts, one line of scope, then a table with one row per finding
// (severity, location, rule, message with its related locations as `note:` lines). Every cell is
// escaped (pipes, newlines, HTML, link and emphasis syntax) so article text cannot break the table
// or inject markup. The table stops before the text passes ~60,000 characters, because a PR
// comment is capped at 65,536; a last line says how many findings were left out.
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "reports/markup.hpp"
#include "reports/reporter.hpp"

namespace wiclint {

namespace {

using markup::markdown_cell;
using markup::markdown_code;

constexpr std::size_t kMaxChars = 60000;

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string where(const Location& l) {
  if (!l.known()) return l.file;
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

class MarkdownReporter final : public Reporter {
 public:
  explicit MarkdownReporter(std::ostream& out) : out_(out) {}

  void begin(const RunInfo& run) override {
    name_ = run.tool_name.empty() ? "wiclint" : run.tool_name;
    series_ = run.series_name;
  }
  void finding(const Finding& f) override { findings_.push_back(f); }

  void end(const RunSummary& s) override {
    std::ostringstream o;
    o << "## " << markdown_cell(name_) << ": " << plural(s.errors, "error") << ", " << plural(s.warnings, "warning")
      << ", " << plural(s.notes, "note") << "\n\n";
    o << plural(s.files, "file") << " and " << plural(s.claims, "claim") << " checked";
    if (!series_.empty()) o << " (" << markdown_cell(series_) << ")";
    o << ".\n";
    if (findings_.empty()) {
      o << "\nNo findings.\n";
      out_ << o.str();
      return;
    }
    o << "\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n";
    std::size_t shown = 0;
    for (const Finding& f : findings_) {
      std::string row = "| **" + std::string(to_string(f.severity)) + "** | " + markdown_code(where(f.loc)) + " | " +
                        markdown_code(f.rule) + " | " + markdown_cell(f.message);
      for (const auto& r : f.related)
        row += "<br>note: " + markdown_code(where(r.loc)) + " " + markdown_cell(r.message);
      row += " |\n";
      if (o.tellp() + static_cast<std::streamoff>(row.size()) > static_cast<std::streamoff>(kMaxChars)) break;
      o << row;
      ++shown;
    }
    if (shown < findings_.size())
      o << "\n" << plural(findings_.size() - shown, "more finding") << " not shown; see the full report.\n";
    out_ << o.str();
  }

 private:
  std::ostream& out_;
  std::string name_ = "wiclint";
  std::string series_;
  std::vector<std::reference_wrapper<const Finding>> findings_;  // the run's, alive until end()
};

}  // namespace

std::unique_ptr<Reporter> make_markdown_reporter(std::ostream& out) {
  return std::make_unique<MarkdownReporter>(out);
}

}  // namespace wiclint
