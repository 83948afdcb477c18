#pragma once
// Reporters are sinks: the engine pushes findings into them and never formats anything itself.
// Each reporter writes only to the std::ostream it was given, so tests can pass a string stream.
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "model/article_claims.hpp"
#include "model/finding.hpp"

namespace wiclint {

struct RuleInfo {
  std::string id;
  Severity severity = Severity::warning;  // effective severity for this run (after config)
  Severity default_severity = Severity::warning;
  std::string summary;                    // one line
  std::string help;                       // the rule's page (docs/rules/<id>.md), Markdown
};

// One row per edition of the series, as the knowledge base or the corpus model has it.
struct EditionRow {
  int number = 0;
  int year = 0;
  std::string opening, closing;  // ISO dates from the knowledge base, or ""
};

struct RunInfo {
  std::string tool_name = "wiclint";
  std::string tool_version;
  std::string information_uri = "https://github.com/wiclint/wiclint";
  std::vector<RuleInfo> rules;              // every rule, in id order
  std::vector<std::string> files;           // every file checked, in path order
  const std::vector<ArticleClaims>* articles = nullptr;  // claims per readable article
  std::string series_name;                  // the series the corpus is about, or ""
  std::vector<EditionRow> editions;         // editions 1..latest the corpus mentions
  std::string fail_on = "error";            // the --fail-on threshold ("error", "warning", "never")
  std::string working_dir;                  // absolute folder relative paths start from; "": the current one
};

struct RunSummary {
  std::size_t files = 0;
  std::size_t claims = 0;
  std::size_t errors = 0, warnings = 0, notes = 0;
  std::size_t duplicates = 0;  // files reached twice (two paths, several links) and read once
  std::size_t suppressed = 0, baselined = 0;  // findings hidden by the config, by the baseline
  bool baseline = false;                      // a baseline was read (its counts are then always said)
  std::size_t stale = 0;                      // baseline entries no finding matches any more
  std::string config;                  // the config file read, or ""
  std::vector<std::string> rules_off;  // rules the config turned off
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void begin(const RunInfo& run) { (void)run; }
  // A reporter that needs every finding before it writes keeps a reference, not a copy (the
  // findings of 100,000 articles take a GB): `f` must stay alive until end() returns.
  virtual void finding(const Finding& f) = 0;
  virtual void end(const RunSummary& summary) = 0;
};

struct TextOptions {
  bool color = false;
  bool quiet = false;   // no closing summary line
};

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, TextOptions opts = {});
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out);
std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out);
std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out);
std::unique_ptr<Reporter> make_html_reporter(std::ostream& out);
std::unique_ptr<Reporter> make_markdown_reporter(std::ostream& out);

// The format table: "text", "json", "sarif", "junit", "html", "markdown". Returns null for an
// unknown name.
std::unique_ptr<Reporter> make_reporter(const std::string& format, std::ostream& out, TextOptions text = {});
const std::vector<std::string>& report_formats();
// Does the report quote the source lines of findings (Location::context)? Text and HTML do.
bool report_quotes(const std::string& format);

}  // namespace wiclint
