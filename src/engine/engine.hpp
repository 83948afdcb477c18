#pragma once
// The engine: extract claims from every article, run the rules, apply the configuration
// (severities, options, suppressions, baseline) and hand back sorted, deduplicated findings.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/loader.hpp"
#include "engine/extraction.hpp"
#include "kb/config.hpp"
#include "kb/knowledge_base.hpp"
#include "reports/reporter.hpp"
#include "rules/rule.hpp"

namespace wiclint {

struct LintResult {
  std::vector<ArticleClaims> articles;
  std::vector<Finding> findings;  // sorted, deduplicated, severities applied
  std::vector<std::string> files;  // every file considered
  std::size_t claims = 0;
  std::size_t suppressed = 0, baselined = 0;
  std::size_t stale = 0;  // baseline entries no finding of this run matches
  std::size_t duplicates = 0;  // files reached twice, read once (LoadedCorpus::duplicates)
  std::string config_path;             // the config that suppressed findings or turned rules off, or ""
  std::vector<std::string> rules_off;  // rules the config turned off
  std::vector<Finding> baseline_hits;  // findings the baseline hid (kept for --write-baseline)
  std::vector<Series> series;  // the series model the rules used (first years inferred where needed)
  ExtractStats extraction;     // articles extracted, and read from the claims cache
};

// A baseline as read: each recorded fingerprint with the evidence keys (Finding::evidence) of the
// findings recorded under it. An entry of a baseline written before evidence was recorded has
// none and matches by fingerprint alone.
struct Baseline {
  struct Entry {
    bool has_evidence = false;
    std::set<std::string> evidence;
  };
  std::map<std::string, Entry> entries;
  bool empty() const { return entries.empty(); }
  // The finding is recorded: same fingerprint, and nothing it rests on is new.
  bool hides(const Finding& f) const;
};

class Engine {
 public:
  // Validates the config's rule settings against the rules; throws YamlError on an unknown rule,
  // option or bad value.
  Engine(const KnowledgeBase& kb, Config config);
  // Threads for extraction, the rules and reading sources back (0: one per core). The output does
  // not depend on it.
  void set_jobs(std::size_t jobs) { jobs_ = jobs; }
  // Whether a report will quote the findings' source lines (Location::context: the text and HTML
  // reports do). Off, locations get no context: at 100,000 articles, a quarter of a GB not held.
  void set_quote(bool quote) { quote_ = quote; }
  // The claims cache to read unchanged files from and write the others to (not owned; null: none).
  // `prune`: drop its records of files gone from the corpus folders (a lint of the whole corpus).
  void set_store(ClaimStore* store, bool prune) { store_ = store, prune_ = prune; }
  // Articles whose claims were read from the store (`check` with the index: engine/check_index.hpp):
  // display path -> their claims, moved out by the next run. Not owned; null: none.
  void set_preloaded(std::unordered_map<std::string, Preloaded>* preloaded) { preloaded_ = preloaded; }
  // `focus`: when not empty, keep only findings that involve one of these files (the editor's
  // check). `baseline`: findings to leave out (Baseline::hides). Listed files are read one per
  // worker and their texts dropped once extracted; an article in memory has its scanned view
  // released (Article::release_scan_view): run a corpus once. Reports' source lines are read back
  // from the files (engine/extraction.hpp).
  LintResult run(const LoadedCorpus& corpus, const std::vector<std::string>& focus = {},
                 const Baseline& baseline = {}) const;
  std::vector<RuleInfo> rule_infos() const;
  RunInfo run_info(const LintResult& r, const std::string& version) const;
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }

 private:
  Severity severity_of(const Rule& r) const;
  // Leaves in `all` the findings to report: those that involve the focus, not suppressed by the
  // config (counted in res.suppressed) nor hidden by the baseline (moved to res.baseline_hits).
  void keep_reported(std::vector<Finding>& all, const std::vector<std::string>& roots,
                     const std::vector<std::string>& focus, const Baseline& baseline, LintResult& res) const;
  // Every enabled rule's findings, in rule order, with the configured severity.
  std::vector<Finding> run_rules(const KnowledgeBase& kb, const std::vector<ArticleClaims>& articles,
                                 const std::vector<InputProblem>& problems) const;
  const KnowledgeBase& kb_;
  Config config_;
  std::size_t jobs_ = 0;
  bool quote_ = true;
  ClaimStore* store_ = nullptr;
  bool prune_ = false;
  std::unordered_map<std::string, Preloaded>* preloaded_ = nullptr;
  std::vector<std::unique_ptr<Rule>> rules_;
};

// Series whose knowledge base gives no first year get the one most of the corpus agrees with.
void infer_series_years(KnowledgeBase& kb, const std::vector<ArticleClaims>& articles);

// The rule's page (docs/rules/<id>.md) compiled into wiclint, or "".
std::string rule_doc(const std::string& id);

// Baselines: the findings recorded earlier (JSON, see README).
Baseline read_baseline(const std::string& path);  // throws YamlError
std::string baseline_json(const std::vector<Finding>& findings);

}  // namespace wiclint
