#include "engine/engine.hpp"

#include <algorithm>
#include <map>

#include "corpus/directives.hpp"
#include "corpus/loader.hpp"
#include "extract/extractor.hpp"
#include "kb/yaml_error.hpp"
#include "util/hash.hpp"
#include "util/parallel.hpp"

namespace wiclint {

namespace {

using ArticleIndex = std::map<std::string, const Article*>;

std::string evidence_key(const Location& loc, const Article& a) {
  const std::string& bytes = a.bytes();
  const std::size_t b = std::min(loc.begin, bytes.size()), e = std::min(std::max(loc.end, loc.begin), bytes.size());
  return hex64(fnv1a64(loc.file.str() + '\x1f' + bytes.substr(b, e - b)));
}

// The article spans a finding rests on: its anchor (unless it is about the whole corpus) and every
// conflicting source. Knowledge-base entries are not articles, and a source that only corroborates
// the reference is no side of the finding (as for `check`'s focus).
void set_evidence(Finding& f, const ArticleIndex& by_path) {
  auto add = [&](const Location& loc) {
    if (auto it = by_path.find(loc.file); it != by_path.end()) f.evidence.push_back(evidence_key(loc, *it->second));
  };
  if (!f.corpus_wide) add(f.loc);
  for (const auto& r : f.related)
    if (!r.corroborates) add(r.loc);
  std::sort(f.evidence.begin(), f.evidence.end());
  f.evidence.erase(std::unique(f.evidence.begin(), f.evidence.end()), f.evidence.end());
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
  // Articles are independent: extract them on every core. The extractor is shared read-only.
  Extractor extractor(kb_);
  res.articles.resize(corpus.articles.size());
  parallel_for(corpus.articles.size(), [&](std::size_t k) {
    res.articles[k] = extractor.extract(*corpus.articles[k]);
    corpus.articles[k]->release_scan_view();  // from here on, reports need only the bytes
  });
  ArticleIndex by_path;
  for (std::size_t k = 0; k < corpus.articles.size(); ++k) {
    res.claims += res.articles[k].claims.size();
    by_path[corpus.articles[k]->path()] = corpus.articles[k].get();
    res.files.push_back(corpus.articles[k]->path());
  }
  for (const auto& p : corpus.problems) res.files.push_back(p.path);
  std::sort(res.files.begin(), res.files.end());
  res.files.erase(std::unique(res.files.begin(), res.files.end()), res.files.end());

  KnowledgeBase kb = kb_;
  infer_series_years(kb, res.articles);
  res.series = kb.series;
  // Rules read the claims and the knowledge base and write only their own findings: run them on
  // every core, then gather their findings in rule order, so the report does not depend on timing.
  std::vector<std::vector<Finding>> by_rule(rules_.size());
  parallel_for(
      rules_.size(),
      [&](std::size_t r) {
        const Rule& rule = *rules_[r];
        Severity sev = severity_of(rule);
        if (sev == Severity::off) return;
        RuleContext ctx{res.articles, kb, corpus.problems, {}};
        for (const auto& o : rule.options()) ctx.options[o.name] = o.default_value;
        if (auto it = config_.rules.find(std::string(rule.id())); it != config_.rules.end())
          for (const auto& [k, v] : it->second.options) ctx.options[k] = v;
        rule.run(ctx, by_rule[r]);
        for (auto& f : by_rule[r]) f.severity = sev;
      },
      1);
  std::vector<Finding> all;
  for (auto& found : by_rule)
    for (auto& f : found) all.push_back(std::move(f));
  res.suppressed += apply_directives(all, corpus.articles, rule_ids(rules_));  // inline suppressions
  for (auto& f : all) set_evidence(f, by_path);
  res.stale = count_stale(baseline, all);
  auto involves = [&](const Finding& f) {
    if (focus.empty()) return true;
    auto hit = [&](const std::string& file) { return std::find(focus.begin(), focus.end(), file) != focus.end(); };
    if (hit(f.loc.file)) return true;
    // A new article that only agrees with the reference against an old claim is not involved.
    return std::any_of(f.related.begin(), f.related.end(), [&](const Related& r) { return !r.corroborates && hit(r.loc.file); });
  };
  for (auto& f : all) {
    if (!involves(f)) continue;
    const std::string rel = corpus_relative(f.loc.file, corpus.roots);
    bool suppressed = std::any_of(config_.suppress.begin(), config_.suppress.end(), [&](const Suppression& s) {
      return (s.rule == "*" || s.rule == f.rule) && glob_match(s.file, rel);
    });
    if (suppressed) {
      ++res.suppressed;
      continue;
    }
    if (baseline.hides(f)) {
      ++res.baselined;
      res.baseline_hits.push_back(std::move(f));
      continue;
    }
    if (auto it = by_path.find(f.loc.file); it != by_path.end()) it->second->fill_context(f.loc);
    for (auto& r : f.related)
      if (auto it = by_path.find(r.loc.file); it != by_path.end()) it->second->fill_context(r.loc);
    res.findings.push_back(std::move(f));
  }
  std::sort(res.findings.begin(), res.findings.end(), finding_less);
  res.findings.erase(std::unique(res.findings.begin(), res.findings.end(),
                                 [](const Finding& a, const Finding& b) {
                                   return a.rule == b.rule && a.loc.file == b.loc.file && a.loc.begin == b.loc.begin &&
                                          a.loc.line == b.loc.line && a.message == b.message;
                                 }),
                     res.findings.end());
  return res;
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
