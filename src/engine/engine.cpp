#include "engine/engine.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "corpus/directives.hpp"
#include "corpus/loader.hpp"
#include "engine/extraction.hpp"
#include "extract/extractor.hpp"
#include "kb/yaml_error.hpp"
#include "util/hash.hpp"
#include "util/parallel.hpp"

namespace wiclint {

namespace {

// The evidence key of a span (Finding::evidence) is the hex of this hash.
std::uint64_t evidence_hash(const Location& loc, const std::string& bytes) {
  const std::size_t b = std::min<std::size_t>(loc.begin, bytes.size()),
                    e = std::min<std::size_t>(std::max(loc.end, loc.begin), bytes.size());
  return fnv1a64(loc.file.str() + '\x1f' + bytes.substr(b, e - b));
}

// One location of a finding in an article: its anchor or a related source.
struct LocationRef {
  std::size_t finding;
  Location* loc;
  std::string* message;  // the finding's or the related note's
  bool evidence;         // a span the finding rests on (Finding::evidence)
};

std::vector<LocationRef> article_locations(std::vector<Finding>& all, const SourceTexts& sources) {
  std::size_t n = 0;
  for (const Finding& f : all) n += 1 + f.related.size();
  std::vector<LocationRef> refs;
  refs.reserve(n);  // an upper bound: millions of locations at scale, never doubled
  for (std::size_t k = 0; k < all.size(); ++k) {
    Finding& f = all[k];
    // The anchor of a finding about the whole corpus is only where to show it; a source that only
    // corroborates the reference is no side of the finding (as for `check`'s focus).
    if (sources.has(f.loc.file)) refs.push_back({k, &f.loc, &f.message, !f.corpus_wide});
    for (auto& r : f.related)
      if (sources.has(r.loc.file)) refs.push_back({k, &r.loc, &r.message, !r.corroborates});
  }
  return refs;
}

// Reads the articles back once the rules have run: each finding's evidence keys (the article spans
// it rests on, so a baseline can tell a recorded finding from one a new source has joined) and,
// when `quote`, the source lines its report quotes. A file that changed since its claims were read
// is said to have changed rather than quoted.
void read_back_sources(std::vector<Finding>& all, const SourceTexts& sources, std::size_t jobs, bool quote) {
  const std::vector<LocationRef> refs = article_locations(all, sources);
  std::vector<Location*> locs(refs.size());
  for (std::size_t r = 0; r < refs.size(); ++r) locs[r] = refs[r].loc;
  std::vector<std::uint64_t> keys(refs.size());
  std::vector<char> changed(refs.size(), 0);
  static const std::string none;
  sources.visit(locs, jobs, [&](const SourceTexts::Visit& v) {
    if (refs[v.index].evidence) keys[v.index] = evidence_hash(*v.loc, v.article ? v.article->bytes() : none);
    changed[v.index] = v.changed;
    if (quote && !v.changed && v.article) v.article->fill_context(*v.loc);
  });
  for (std::size_t r = 0; r < refs.size(); ++r) {
    if (refs[r].evidence) all[refs[r].finding].evidence.push_back(keys[r]);
    if (changed[r])
      *refs[r].message += " (" + refs[r].loc->file.str() + " changed after wiclint read it: its text is not quoted)";
  }
  for (auto& f : all) {
    std::sort(f.evidence.begin(), f.evidence.end());
    f.evidence.erase(std::unique(f.evidence.begin(), f.evidence.end()), f.evidence.end());
  }
}

// Inline suppressions (corpus/directives.hpp), from the directives kept with each article's claims.
std::size_t apply_inline_suppressions(std::vector<Finding>& all, const std::vector<ArticleClaims>& articles,
                                      const std::vector<std::string>& known_rules) {
  std::vector<std::pair<std::string, const ArticleDirectives*>> by_path;
  for (const auto& a : articles)
    if (!a.directives.empty()) by_path.emplace_back(a.path, &a.directives);
  return apply_directives(all, by_path, known_rules);
}

// Does the finding involve one of `focus` (check's new articles; every finding when empty)?
bool involves_focus(const Finding& f, const std::vector<std::string>& focus) {
  if (focus.empty()) return true;
  auto hit = [&](const std::string& file) { return std::find(focus.begin(), focus.end(), file) != focus.end(); };
  if (hit(f.loc.file)) return true;
  // A new article that only agrees with the reference against an old claim is not involved.
  return std::any_of(f.related.begin(), f.related.end(), [&](const Related& r) { return !r.corroborates && hit(r.loc.file); });
}

// Inline suppressions, counted as the report says them: with a focus (`check`), only the
// suppressed findings that involve the new articles. The corpus's own are no concern of `check`,
// and a `check` that reads only the groups of the new articles (engine/check_index.hpp) could not
// count them.
std::size_t suppress_inline(std::vector<Finding>& all, const std::vector<ArticleClaims>& articles,
                            const std::vector<std::string>& known_rules, const std::vector<std::string>& focus) {
  auto involves = [&](const Finding& f) { return involves_focus(f, focus); };
  const std::size_t before = all.size();
  const auto involved = std::count_if(all.begin(), all.end(), involves);
  const std::size_t removed = apply_inline_suppressions(all, articles, known_rules);
  if (focus.empty()) return removed;
  // The findings kept come first, in their order; the findings about directives follow them.
  const auto kept = static_cast<std::ptrdiff_t>(before - removed);
  return static_cast<std::size_t>(involved - std::count_if(all.begin(), all.begin() + kept, involves));
}

// A finding's path relative to the corpus folder that holds it, as `exclude` globs see it; a file
// named on its own (outside every folder) keeps its path.
std::string corpus_relative(const std::string& file, const std::vector<std::string>& roots) {
  for (const auto& r : roots) {
    if (r == ".") return file;  // display paths under "." carry no "./"
    if (file.size() > r.size() && file.compare(0, r.size(), r) == 0 && (file[r.size()] == '/' || r.back() == '/'))
      return file.substr(r.size() + (r.back() == '/' ? 0 : 1));
  }
  return file;
}

// One span, one cause, one finding: a finding of a rule that names another in `stated_by` is
// folded into that rule's finding on the same span, when there is one. The message keeps the words
// both share once ('"About 1,000 guests" (people) for the 3rd World Internet Conference') and
// states both reasons; the related locations of both are kept.
void fold_same_cause(const std::vector<std::unique_ptr<Rule>>& rules, std::vector<Finding>& all) {
  std::map<std::string_view, std::string_view> folds;  // rule -> the rule that states its cause too
  for (const auto& r : rules)
    if (!r->stated_by().empty()) folds[r->id()] = r->stated_by();
  if (folds.empty()) return;
  // The first finding of each host rule at each span, found in one pass: a search of every finding
  // for each folded one was quadratic (a generated corpus gives tens of thousands of each).
  std::set<std::string_view> hosts;
  for (const auto& [rule, host] : folds) hosts.insert(host);
  std::map<std::tuple<std::string_view, std::string_view, int, int>, std::size_t> first_host;
  for (std::size_t k = 0; k < all.size(); ++k)
    if (hosts.count(all[k].rule))
      first_host.try_emplace({all[k].rule, all[k].loc.file.str(), all[k].loc.line, all[k].loc.column}, k);
  std::vector<bool> gone(all.size(), false);
  for (std::size_t k = 0; k < all.size(); ++k) {
    const auto fold = folds.find(all[k].rule);
    if (fold == folds.end()) continue;
    const Finding& f = all[k];
    const auto found = first_host.find({fold->second, f.loc.file.str(), f.loc.line, f.loc.column});
    if (found == first_host.end()) continue;
    Finding* host = &all[found->second];
    std::size_t shared = 0;  // the words both messages open with
    for (std::size_t i = 0; i < std::min(f.message.size(), host->message.size()) && f.message[i] == host->message[i]; ++i)
      if (f.message[i] == ' ') shared = i + 1;
    host->message += ", and " + f.message.substr(shared);
    host->related.insert(host->related.end(), f.related.begin(), f.related.end());
    gone[k] = true;
  }
  std::size_t k = 0;
  std::erase_if(all, [&](const Finding&) { return gone[k++]; });
}

// Entries no finding of the run has the fingerprint of: the problem they recorded is gone.
std::size_t count_stale(const Baseline& baseline, const std::vector<Finding>& all) {
  std::set<std::string> live;
  for (const auto& f : all) live.insert(f.fingerprint());
  return std::count_if(baseline.entries.begin(), baseline.entries.end(),
                       [&](const auto& e) { return !live.count(e.first); });
}

}  // namespace

Engine::Engine(const KnowledgeBase& kb, Config config) : kb_(kb), config_(std::move(config)), rules_(make_rules()) {
  // No structured bindings here: the lambdas below capture these names, which clang accepts only
  // from version 16 (Debian 12 has 14).
  for (const auto& rule_entry : config_.rules) {
    const std::string& id = rule_entry.first;
    const RuleSettings& settings = rule_entry.second;
    auto it = std::find_if(rules_.begin(), rules_.end(), [&](const auto& r) { return r->id() == id; });
    if (it == rules_.end()) {
      std::string list;
      for (const auto& r : rules_) list += (list.empty() ? "" : ", ") + std::string(r->id());
      throw YamlError(settings.loc.file, settings.loc.line, settings.loc.column,
                      "unknown rule '" + id + "' (rules: " + list + ")");
    }
    auto opts = (*it)->options();
    for (const auto& option : settings.options) {
      const std::string& name = option.first;
      const double value = option.second;
      auto o = std::find_if(opts.begin(), opts.end(), [&](const RuleOption& x) { return x.name == name; });
      const Location& l = settings.option_locations.at(name);
      if (o == opts.end()) {
        std::string list;
        for (const auto& x : opts) list += (list.empty() ? "" : ", ") + x.name;
        throw YamlError(l.file, l.line, l.column,
                        "rule '" + id + "' has no option '" + name + "'" + (list.empty() ? " (it takes none but 'severity')" : " (options: severity, " + list + ")"));
      }
      if (value < 0) throw YamlError(l.file, l.line, l.column, "option '" + name + "' must not be negative");
    }
  }
}

void infer_series_years(KnowledgeBase& kb, const std::vector<ArticleClaims>& articles) {
  for (auto& s : kb.series) {
    if (s.first_year) continue;
    // Each numbered edition with a year (bound in its phrase, or the article's own year for the
    // edition it reports as current) votes for a first year; the most votes win, ties the earliest.
    std::map<int, std::pair<int, Location>> votes;
    for (const auto& a : articles) {
      if (a.series != s.id) continue;
      for (const auto& c : a.claims) {
        if (c.kind() != ClaimKind::edition) continue;
        const auto& e = c.as<EditionValue>();
        if (!e.ordinal || e.ordinal_end || e.history) continue;
        int year = e.year ? e.year : (e.current && a.published ? a.published->year : 0);
        if (!year) continue;
        auto& v = votes[year - (e.ordinal - 1) * s.cadence];
        if (!v.first++) v.second = c.loc;
      }
    }
    int best = 0;
    for (const auto& [first, v] : votes)
      if (v.first > best) best = v.first, s.first_year = first, s.first_year_loc = v.second;
    s.inferred = best > 0;
  }
}

Severity Engine::severity_of(const Rule& r) const {
  auto it = config_.rules.find(std::string(r.id()));
  if (it != config_.rules.end() && it->second.severity) return *it->second.severity;
  return r.default_severity();
}

LintResult Engine::run(const LoadedCorpus& corpus, const std::vector<std::string>& focus,
                       const Baseline& baseline) const {
  LintResult res;
  res.duplicates = corpus.duplicates;
  res.config_path = config_.path;
  for (const auto& [id, settings] : config_.rules)
    if (settings.severity == Severity::off) res.rules_off.push_back(id);
  // Articles are independent: each worker reads, extracts (or takes from the cache) and drops one
  // text at a time; the extractor is shared read-only.
  Extractor extractor(kb_);
  std::vector<InputProblem> problems = corpus.problems;
  SourceTexts sources;
  const ExtractOptions xo{jobs_, 512, store_, prune_, &kb_, preloaded_};
  res.articles.reserve(corpus.listed.size() + corpus.articles.size());
  res.extraction = extract_corpus(corpus, extractor, xo, [&](ArticleClaims&& a, std::vector<InputProblem>&& p, bool readable) {
    problems.insert(problems.end(), std::make_move_iterator(p.begin()), std::make_move_iterator(p.end()));
    if (!readable) return;
    // The extractor's vector grew by doubling: up to half of it is spare, kept for the whole run.
    a.claims.shrink_to_fit();
    res.articles.push_back(std::move(a));
  }, &sources);
  for (const auto& a : res.articles) {
    res.claims += a.claims.size();
    res.files.push_back(a.path);
  }
  for (const auto& p : problems) res.files.push_back(p.path);
  std::sort(res.files.begin(), res.files.end());
  res.files.erase(std::unique(res.files.begin(), res.files.end()), res.files.end());

  KnowledgeBase kb = kb_;
  infer_series_years(kb, res.articles);
  res.series = kb.series;
  std::vector<Finding> all = run_rules(kb, res.articles, problems);
  res.suppressed += suppress_inline(all, res.articles, rule_ids(rules_), focus);
  fold_same_cause(rules_, all);  // after: a finding its directive silences folds in nothing
  auto involves = [&](const Finding& f) { return involves_focus(f, focus); };
  // `check` with no baseline reports only the findings that involve the new articles: the others
  // are dropped before their sources are read back (at 100,000 articles, most of the corpus's
  // files). A baseline counts its stale entries against every finding, so it keeps them all.
  if (baseline.empty()) std::erase_if(all, [&](const Finding& f) { return !involves(f); });
  read_back_sources(all, sources, jobs_, quote_);  // after: the findings about directives quote them too
  res.stale = count_stale(baseline, all);
  keep_reported(all, corpus.roots, focus, baseline, res);
  res.findings = std::move(all);
  std::sort(res.findings.begin(), res.findings.end(), finding_less);
  res.findings.erase(std::unique(res.findings.begin(), res.findings.end(),
                                 [](const Finding& a, const Finding& b) {
                                   return a.rule == b.rule && a.loc.file == b.loc.file && a.loc.begin == b.loc.begin &&
                                          a.loc.line == b.loc.line && a.message == b.message;
                                 }),
                     res.findings.end());
  return res;
}

void Engine::keep_reported(std::vector<Finding>& all, const std::vector<std::string>& roots,
                           const std::vector<std::string>& focus, const Baseline& baseline, LintResult& res) const {
  // Is the finding reported? Else it is counted as suppressed, or moved to the baseline's hits.
  auto reported = [&](Finding& f) {
    if (!involves_focus(f, focus)) return false;
    const std::string rel = corpus_relative(f.loc.file, roots);
    bool suppressed = std::any_of(config_.suppress.begin(), config_.suppress.end(), [&](const Suppression& s) {
      return (s.rule == "*" || s.rule == f.rule) && glob_match(s.file, rel);
    });
    if (suppressed) ++res.suppressed;
    if (suppressed || !baseline.hides(f)) return !suppressed;
    ++res.baselined;
    res.baseline_hits.push_back(std::move(f));
    return false;
  };
  // Sorted out in place: the findings of 100,000 articles are never held twice.
  std::size_t kept = 0;
  for (std::size_t k = 0; k < all.size(); ++k)
    if (reported(all[k]) && kept++ != k) all[kept - 1] = std::move(all[k]);
  all.erase(all.begin() + static_cast<std::ptrdiff_t>(kept), all.end());
}

std::vector<Finding> Engine::run_rules(const KnowledgeBase& kb, const std::vector<ArticleClaims>& articles,
                                       const std::vector<InputProblem>& problems) const {
  // Rules read the claims and the knowledge base and write only their own findings: run them on
  // every core, then gather their findings in rule order, so the report does not depend on timing.
  std::vector<std::vector<Finding>> by_rule(rules_.size());
  parallel_for(
      rules_.size(),
      [&](std::size_t r) {
        const Rule& rule = *rules_[r];
        Severity sev = severity_of(rule);
        if (sev == Severity::off) return;
        RuleContext ctx{articles, kb, problems, {}};
        for (const auto& o : rule.options()) ctx.options[o.name] = o.default_value;
        if (auto it = config_.rules.find(std::string(rule.id())); it != config_.rules.end())
          for (const auto& [k, v] : it->second.options) ctx.options[k] = v;
        rule.run(ctx, by_rule[r]);
        for (auto& f : by_rule[r]) f.severity = sev;
      },
      1, jobs_);
  std::size_t total = 0;
  for (const auto& found : by_rule) total += found.size();
  std::vector<Finding> all;
  all.reserve(total);
  for (auto& found : by_rule) {
    std::move(found.begin(), found.end(), std::back_inserter(all));
    std::vector<Finding>().swap(found);  // each rule's vector is freed as soon as it is moved
  }
  return all;
}

std::vector<RuleInfo> Engine::rule_infos() const {
  std::vector<RuleInfo> out;
  for (const auto& r : rules_) {
    RuleInfo info;
    info.id = std::string(r->id());
    info.severity = severity_of(*r);
    info.default_severity = r->default_severity();
    info.summary = std::string(r->summary());
    info.help = rule_doc(info.id);
    out.push_back(std::move(info));
  }
  return out;
}

RunInfo Engine::run_info(const LintResult& r, const std::string& version) const {
  RunInfo info;
  info.tool_version = version;
  info.rules = rule_infos();
  info.files = r.files;
  info.articles = &r.articles;
  // The series most articles are about, and its editions up to the latest mentioned.
  std::map<std::string, int> votes;
  for (const auto& a : r.articles)
    if (!a.series.empty()) ++votes[a.series];
  std::string best;
  int most = 0;
  for (const auto& [id, n] : votes)
    if (n > most) most = n, best = id;
  auto it = std::find_if(r.series.begin(), r.series.end(), [&](const Series& s) { return s.id == best; });
  if (const Series* s = it == r.series.end() ? nullptr : &*it; s && s->first_year) {
    info.series_name = s->name;
    int latest = 0;
    for (const auto& a : r.articles)
      for (const auto& c : a.claims)
        if (c.kind() == ClaimKind::edition) latest = std::max({latest, c.edition, c.as<EditionValue>().ordinal_end});
    for (int n = 1; n <= latest; ++n) {
      EditionRow row;
      row.number = n;
      row.year = s->year_of(n);
      if (const EditionFact* f = s->fact(n)) {
        if (f->opening) row.opening = to_iso(*f->opening);
        if (f->closing) row.closing = to_iso(*f->closing);
      }
      info.editions.push_back(row);
    }
  }
  return info;
}

}  // namespace wiclint
