#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>
#include <sstream>
#include <thread>

#include "cache/claim_store.hpp"
#include "engine/check_index.hpp"
#include "engine/engine.hpp"
#include "extract/extractor.hpp"
#include "kb/yaml_error.hpp"
#include "lsp/server.hpp"
#include "reports/atomic_file.hpp"
#include "reports/claims.hpp"
#include "rules/rule.hpp"
#include "util/json.hpp"
#include "util/utf8.hpp"

#ifndef WICLINT_VERSION
#define WICLINT_VERSION "0.0.0"
#endif

namespace wiclint {

namespace {

struct Options {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::vector<std::string> reports;
  std::string config;
  std::vector<std::string> kb;
  bool no_default_kb = false;
  bool allow_outside_kb = false;
  std::string fail_on = "error";
  bool quiet = false;
  std::string baseline, write_baseline;
  std::string corpus;  // check
  std::size_t jobs = 0;  // 0: one per core
  std::string cache;
  bool no_cache = false;
  std::string color = "auto";
};

class UsageError : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

namespace fs = std::filesystem;

fs::path resolved(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec).lexically_normal();
  return p.has_filename() ? p : p.parent_path();
}

bool lies_under(const fs::path& p, const fs::path& root) {
  auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
  return r == root.end();
}

// Every file wiclint will write: -o, each --report, --write-baseline ("-" is standard output).
std::vector<std::string> output_targets(const Options& o) {
  std::vector<std::string> out;
  if (!o.output.empty() && o.output != "-") out.push_back(o.output);
  for (const auto& spec : o.reports) out.push_back(spec.substr(spec.find('=') + 1));
  if (!o.write_baseline.empty()) out.push_back(o.write_baseline);
  return out;
}

// No output lands in a corpus folder being linted: the next run would read it back, and a
// report could replace an article. Checked before anything is read or written. When no path was
// given (the corpus is the current folder by default), only a target that would be read as an
// article (a *.txt or *.md name) is refused: `wiclint -o report.json` in a repository stays usable.
void refuse_outputs_in_corpus(const Options& o, const std::vector<std::string>& corpus_paths, bool defaulted) {
  for (const auto& folder : corpus_paths) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    const fs::path root = resolved(folder);
    for (const auto& target : output_targets(o)) {
      const std::string ext = fs::path(target).extension().string();
      if (defaulted && ext != ".txt" && ext != ".md") continue;
      if (lies_under(resolved(target), root))
        throw UsageError("output " + target + " is inside the corpus folder " + folder +
                         " being linted; write it outside the corpus");
    }
  }
}

// The rules and their options, so a config's typo is named with a "did you mean".
RuleCatalogue rule_catalogue() {
  RuleCatalogue catalogue;
  for (const auto& rule : make_rules()) {
    auto& options = catalogue[std::string(rule->id())];
    for (const auto& o : rule->options()) options.push_back(o.name);
  }
  return catalogue;
}

Config load_settings(const Options& o, KnowledgeBase& kb) {
  Config config;
  std::string path = o.config.empty() ? find_config(o.corpus.empty() ? o.paths : std::vector<std::string>{o.corpus}) : o.config;
  if (!path.empty()) config = load_config_file(path, rule_catalogue());
  if (!o.allow_outside_kb) check_kb_paths_inside(config);
  load_default_kb(kb, config.default_kb && !o.no_default_kb);
  for (const auto& f : config.kb) load_kb_file(kb, f);
  for (const auto& f : o.kb) load_kb_file(kb, f);
  return config;
}

// Says on standard error what a long run is doing: nothing for its first `after` seconds (most
// runs are over by then), then the phase and the time so far, rewritten in place four times a
// second; the line is erased when the run ends. Only when standard error is a terminal.
class Progress {
 public:
  Progress(std::ostream& err, bool on, double after) : err_(err), after_(after) {
    if (on) thread_ = std::thread([this] { loop(); });
  }
  ~Progress() { stop(); }
  void phase(std::string what) {
    std::lock_guard lock(m_);
    phase_ = std::move(what);
  }
  void stop() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(m_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

 private:
  void loop() {
    using namespace std::chrono;
    std::unique_lock lock(m_);
    const auto start = steady_clock::now();
    bool shown = false;
    // With no delay the line shows at least once, however short the run (and the test of it).
    if (after_ <= 0 || !cv_.wait_for(lock, duration<double>(after_), [this] { return done_; })) {
      do {
        const double s = duration<double>(steady_clock::now() - start).count();
        err_ << "\r\033[Kwiclint: " << phase_ << "... " << std::to_string(static_cast<int>(s * 10) / 10) << '.'
             << static_cast<int>(s * 10) % 10 << " s" << std::flush;
        shown = true;
      } while (!cv_.wait_for(lock, milliseconds(250), [this] { return done_; }));
    }
    if (shown) err_ << "\r\033[K" << std::flush;
  }

  std::ostream& err_;
  double after_;
  std::mutex m_;
  std::condition_variable cv_;
  std::string phase_ = "reading the corpus";
  bool done_ = false;
  std::thread thread_;
};

// WICLINT_PROGRESS_AFTER: seconds before progress shows (default 1.5).
double progress_delay() {
  const char* v = std::getenv("WICLINT_PROGRESS_AFTER");
  char* end = nullptr;
  const double d = v && *v ? std::strtod(v, &end) : 1.5;
  return end && *end ? 1.5 : std::max(0.0, d);
}

bool env_set(const char* name) {
  const char* v = std::getenv(name);
  return v && *v;
}

bool colour_wanted(const Options& o, const Terminals& t) {
  if (o.format != "text") return false;
  const bool to_stdout = o.output.empty() || o.output == "-";
  return colour_enabled(o.color, env_set("NO_COLOR"), env_set("FORCE_COLOR"), to_stdout && t.out);
}

RunSummary summarize(const LintResult& r, bool baseline) {
  RunSummary s;
  s.baseline = baseline;
  s.stale = r.stale;
  s.files = r.files.size();
  s.claims = r.claims;
  s.duplicates = r.duplicates;
  s.suppressed = r.suppressed;
  s.baselined = r.baselined;
  s.config = r.config_path;
  s.rules_off = r.rules_off;
  for (const auto& f : r.findings) {
    if (f.severity == Severity::error) ++s.errors;
    if (f.severity == Severity::warning) ++s.warnings;
    if (f.severity == Severity::note) ++s.notes;
  }
  return s;
}

void render_to(std::ostream& out, const std::string& format, const RunInfo& info, const LintResult& r, TextOptions text,
               bool baseline) {
  auto rep = make_reporter(format, out, text);
  if (!rep) throw UsageError("the " + format + " report is not available in this build");
  rep->begin(info);
  for (const auto& f : r.findings) rep->finding(f);
  rep->end(summarize(r, baseline));
}

std::string render(const std::string& format, const RunInfo& info, const LintResult& r, TextOptions text,
                   bool baseline) {
  std::ostringstream buf;
  render_to(buf, format, info, r, text, baseline);
  return std::move(buf).str();  // C++20: the report is not copied (tens of MB at 10k articles)
}

int exit_for(const LintResult& r, const std::string& fail_on) {
  for (const auto& f : r.findings) {
    if (fail_on == "error" && f.severity == Severity::error) return kExitFindings;
    if (fail_on == "warning" && (f.severity == Severity::error || f.severity == Severity::warning)) return kExitFindings;
    if (fail_on == "note" && f.severity != Severity::off) return kExitFindings;
  }
  return kExitClean;
}

// Today's findings, including those an old baseline hid, so rewriting a baseline keeps them.
std::vector<Finding> baseline_findings(const LintResult& r) {
  std::vector<Finding> all = r.findings;
  all.insert(all.end(), r.baseline_hits.begin(), r.baseline_hits.end());
  std::sort(all.begin(), all.end(), finding_less);
  return all;
}

// Does a report of the run quote source lines (the main output, any --report)?
bool quotes_wanted(const Options& o) {
  return report_quotes(o.format) || std::any_of(o.reports.begin(), o.reports.end(), [](const std::string& spec) {
           return report_quotes(spec.substr(0, spec.find('=')));
         });
}

// Opens `path` among `files`, or throws.
std::ostream& open_output(AtomicFiles& files, const std::string& path) {
  std::string error;
  std::ostream* s = files.open(path, error);
  if (!s) throw UsageError(error);
  return *s;
}

int emit(const Options& o, const Engine& engine, const LintResult& r, std::ostream& out, std::ostream& err,
         const Terminals& terminals) {
  RunInfo info = engine.run_info(r, WICLINT_VERSION);
  info.fail_on = o.fail_on;
  const bool baseline = !o.baseline.empty();
  TextOptions text;
  text.color = colour_wanted(o, terminals);
  text.quiet = o.quiet;
  const bool to_stdout = o.output.empty() || o.output == "-";
  if (o.reports.empty() && to_stdout && o.write_baseline.empty()) {
    // Nothing to write all-or-nothing: the report goes out as it is rendered, never held whole
    // (770 MB of JSON at 100,000 generated articles).
    render_to(out, o.format, info, r, text, baseline);
    return exit_for(r, o.fail_on);
  }
  // All or nothing: every file is streamed into a temporary file as it is rendered, and the
  // temporary files are renamed only when all were written; a failure removes them.
  // The report on standard output waits for the files; it is rendered first, as before files were
  // streamed, so an unavailable format writes none of them.
  std::string main;
  if (to_stdout) main = render(o.format, info, r, text, baseline);
  AtomicFiles files;
  for (const auto& spec : o.reports) {
    auto eq = spec.find('=');
    render_to(open_output(files, spec.substr(eq + 1)), spec.substr(0, eq), info, r, {}, baseline);
  }
  std::size_t recorded = 0;
  if (!o.write_baseline.empty()) {
    auto all = baseline_findings(r);
    recorded = all.size();
    open_output(files, o.write_baseline) << baseline_json(all);
  }
  if (!to_stdout) render_to(open_output(files, o.output), o.format, info, r, text, baseline);
  if (auto e = files.commit(); !e.empty()) throw UsageError(e);
  // Recording a baseline accepts today's findings: it says what it wrote instead of listing them.
  if (!o.write_baseline.empty()) {
    err << "wiclint: wrote " << recorded << (recorded == 1 ? " finding" : " findings") << " to "
        << printable(o.write_baseline) << '\n';
    return kExitClean;
  }
  if (to_stdout) out << main;
  return exit_for(r, o.fail_on);
}

// Which build of wiclint runs: the executable's size and modification time. A rebuilt binary reads
// the same version yet may read articles differently, so its claims are never taken from a cache
// another build wrote (an installed binary keeps its cache).
std::string build_identity() {
  std::error_code ec;
  const std::filesystem::path self("/proc/self/exe");
  const auto size = std::filesystem::file_size(self, ec);
  if (ec) return "";
  const auto time = std::filesystem::last_write_time(self, ec);
  if (ec) return "";
  return " build " + std::to_string(size) + "/" + std::to_string(time.time_since_epoch().count());
}

// The claims cache of this run, or null: --no-cache (or WICLINT_CACHE=off), or a default folder
// that falls inside a corpus folder. Checked before anything is read, like the outputs.
std::unique_ptr<ClaimStore> open_store(const Options& o, const Config& config,
                                       const std::vector<std::string>& corpus_folders, std::ostream& err) {
  std::string dir = o.cache;
  bool off = o.no_cache;
  if (const char* env = std::getenv("WICLINT_CACHE"); dir.empty() && !off && env && *env) {
    if (std::string(env) == "off") {
      off = true;
    } else {
      dir = env;
    }
  }
  std::string error;
  const std::string folder = cache_folder(dir, off, config.path, corpus_folders, error);
  if (!error.empty()) throw UsageError(error);
  if (folder.empty()) return nullptr;
  std::vector<std::string> kb_files = config.kb;
  kb_files.insert(kb_files.end(), o.kb.begin(), o.kb.end());
  return ClaimStore::open(folder,
                          cache_key(WICLINT_VERSION + build_identity(), config.default_kb && !o.no_default_kb, kb_files,
                                    config.path),
                          err);
}

// `wiclint claims`: each chunk of articles is written as soon as it is extracted.
int run_claims(const Options& co, std::ostream& out, std::ostream& err) {
  KnowledgeBase kb;
  Config config = load_settings(co, kb);
  auto store = open_store(co, config, co.paths, err);
  LoadedCorpus corpus = list_corpus(co.paths, LoadOptions{config.include, config.exclude, co.jobs});
  bool problems = false;
  auto report = [&](const std::vector<InputProblem>& ps) {
    for (const auto& p : ps)
      err << printable(p.path) << (p.line ? ":" + std::to_string(p.line) + ":" + std::to_string(p.column) : std::string())
          << ": error: " << printable(p.message) << " [unreadable-input]\n";
    problems = problems || !ps.empty();
  };
  report(corpus.problems);
  Extractor ex(kb);
  ClaimsWriter writer(out, co.format);
  extract_corpus(corpus, ex, ExtractOptions{co.jobs, 512, store.get(), true, &kb, nullptr},
                 [&](ArticleClaims&& a, std::vector<InputProblem>&& ps, bool readable) {
                   report(ps);
                   if (readable) writer.article(a);
                 }, nullptr);
  writer.finish();
  return problems ? kExitFindings : kExitClean;
}

void add_run_options(CLI::App& app, Options& o) {
  app.add_option("-j,--jobs", o.jobs, "Threads that read and extract articles and run the rules (default: one per core)")
      ->check(CLI::Range(1, 256));
  app.add_option("--cache", o.cache,
                 "Claims cache folder (default: .wiclint-cache beside the config, else in the current folder; never inside a corpus folder)");
  app.add_flag("--no-cache", o.no_cache, "Neither read nor write the claims cache");
}

// `check`: the corpus (listed, read by the engine) with each new article added, replacing a corpus
// file of the same path or the same file reached by another path (re-checking an edited article),
// so none is counted twice. `focus` receives the new articles' paths.
LoadedCorpus load_check_corpus(const Options& opts, const LoadOptions& lo, std::istream& in,
                               std::vector<std::string>& focus) {
  LoadedCorpus corpus = list_corpus({opts.corpus}, lo);
  for (const auto& p : opts.paths) {
    std::vector<InputProblem> problems;
    const std::string shown = p == "-" ? "<stdin>" : p;
    std::shared_ptr<Article> a = p == "-" ? load_stream(shown, in, problems) : load_article(shown, problems);
    focus.push_back(shown);
    corpus.problems.insert(corpus.problems.end(), problems.begin(), problems.end());
    if (!a) continue;
    std::erase_if(corpus.listed, [&](const CorpusFile& x) { return x.path == a->path() || (a->id.known() && x.id == a->id); });
    std::erase_if(corpus.articles, [&](const auto& x) { return x->path() == a->path() || (a->id.known() && x->id == a->id); });
    corpus.articles.push_back(a);
  }
  return corpus;
}

// `check` through the claims cache's index (engine/check_index.hpp): the rules run over the new
// articles and the corpus articles that share a group with them, read from the cache; the report
// still names every file and counts every claim. Not with a baseline (its stale entries are counted
// against every finding of the corpus), nor for the HTML and Markdown reports (their tables of
// editions are drawn from every article), nor when the engine infers a series' first year from
// the whole corpus: then, and when the store cannot answer, none is returned and the whole corpus
// is read as before.
std::optional<LintResult> run_check_indexed(const Options& o, Engine& engine, const KnowledgeBase& kb, ClaimStore* store,
                                            const LoadedCorpus& corpus, const std::vector<std::string>& focus,
                                            std::ostream& err) {
  if (!store || !o.baseline.empty() || !check_index_applies(kb)) return std::nullopt;
  // WICLINT_CHECK_INDEX=off: read the whole corpus from the cache, as before the index (to compare).
  if (const char* v = std::getenv("WICLINT_CHECK_INDEX"); v && std::string(v) == "off") return std::nullopt;
  std::vector<std::string> formats{o.format};
  for (const auto& spec : o.reports) formats.push_back(spec.substr(0, spec.find('=')));
  if (std::any_of(formats.begin(), formats.end(), [](const std::string& f) { return f == "html" || f == "markdown"; }))
    return std::nullopt;
  Extractor extractor(kb);
  auto selection = select_for_check(corpus, *store, kb, extractor, o.jobs);
  if (!selection) return std::nullopt;
  // WICLINT_CHECK_STATS: say how much of the corpus the index chose (tests and benchmarks).
  if (const char* v = std::getenv("WICLINT_CHECK_STATS"); v && *v)
    err << "wiclint: check read " << selection->corpus.listed.size() << " of "
        << selection->corpus.listed.size() + selection->others.size() << " corpus files (" << selection->preloaded.size()
        << " from the cache alone)\n";
  engine.set_preloaded(&selection->preloaded);
  LintResult r = engine.run(selection->corpus, focus, Baseline{});
  engine.set_preloaded(nullptr);
  r.files.insert(r.files.end(), selection->others.begin(), selection->others.end());
  std::sort(r.files.begin(), r.files.end());
  r.files.erase(std::unique(r.files.begin(), r.files.end()), r.files.end());
  r.claims += selection->claims_not_read;
  return r;
}

void add_output_options(CLI::App& app, Options& o) {
  std::vector<std::string> formats = report_formats();
  app.add_option("--format", o.format, "Output format")->check(CLI::IsMember(formats));
  app.add_option("-o,--output", o.output,
                 "Write the output to FILE instead of standard output ('-'); a FIFO or device is written into, a file replaced atomically");
  app.add_option("--report", o.reports, "Also write a report: FORMAT=PATH (repeatable)")
      ->allow_extra_args(false)  // one value per --report: "--report json=x.json corpus" keeps corpus a path
      ->check([formats](const std::string& s) -> std::string {
        auto eq = s.find('=');
        if (eq == std::string::npos || eq + 1 == s.size()) return "expected FORMAT=PATH";
        if (std::find(formats.begin(), formats.end(), s.substr(0, eq)) == formats.end())
          return "unknown report format '" + s.substr(0, eq) + "'";
        return "";
      });
  app.add_option("--fail-on", o.fail_on, "Exit with status 1 when a finding reaches this severity")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  app.add_flag("-q,--quiet", o.quiet, "No closing summary line");
  app.add_option("--color", o.color,
                 "Colour the text output: auto (on a terminal; NO_COLOR off, FORCE_COLOR on), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--baseline", o.baseline, "Report only findings not recorded in this baseline file");
  app.add_option("--write-baseline", o.write_baseline, "Record today's findings in FILE");
}

void add_kb_options(CLI::App& app, Options& o) {
  app.add_option("--config", o.config, "Config file (default: wiclint.yaml here or in the corpus folder)");
  app.add_option("--kb", o.kb, "Knowledge-base file to add; a series with an existing id replaces it (repeatable)")
      ->allow_extra_args(false);
  app.add_flag("--no-default-kb", o.no_default_kb, "Do not load the built-in claims/wic.yaml");
  app.add_flag("--allow-outside-kb", o.allow_outside_kb,
               "Let the config's 'kb' paths leave the config's folder tree (off: a config found in a corpus stays in it)");
}

// The options a subcommand shares with the lint, given before its name ("wiclint --no-cache claims
// f.txt", "wiclint --kb extra.yaml check ..."), apply to it as if given after it.
void inherit_shared(Options& sub, const Options& top) {
  if (sub.config.empty()) sub.config = top.config;
  sub.kb.insert(sub.kb.begin(), top.kb.begin(), top.kb.end());
  sub.no_default_kb |= top.no_default_kb;
  sub.allow_outside_kb |= top.allow_outside_kb;
  if (!sub.jobs) sub.jobs = top.jobs;
  if (sub.cache.empty()) sub.cache = top.cache;
  sub.no_cache |= top.no_cache;
}

}  // namespace

bool colour_enabled(const std::string& mode, bool no_color, bool force_color, bool terminal) {
  if (mode == "always" || mode == "never") return mode == "always";
  if (no_color) return false;
  return force_color || terminal;
}

int run_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  return run_cli(args, in, out, err, Terminals{});
}

int run_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
            const Terminals& terminals) {
  CLI::App app{"wiclint: a fact-checking and consistency linter for news corpora about a recurring event", "wiclint"};
  app.set_version_flag("--version", std::string("wiclint ") + WICLINT_VERSION);
  Options o;
  app.add_option("paths", o.paths, "Files and folders to lint (default: .)");
  add_output_options(app, o);
  add_kb_options(app, o);
  add_run_options(app, o);

  auto* claims_cmd = app.add_subcommand("claims", "Print the claims found in articles");
  Options co;
  claims_cmd->add_option("paths", co.paths, "Files and folders")->required();
  claims_cmd->add_option("--format", co.format, "text, json, or jsonl (one claim per line)")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  add_kb_options(*claims_cmd, co);
  add_run_options(*claims_cmd, co);

  auto* rules_cmd = app.add_subcommand("rules", "List the rules");

  auto* check_cmd = app.add_subcommand("check", "Check new articles against a corpus before adding them");
  Options ko;
  check_cmd->add_option("articles", ko.paths, "New articles ('-' reads standard input)")->required();
  check_cmd->add_option("--corpus", ko.corpus, "The existing corpus")->required();
  add_output_options(*check_cmd, ko);
  add_kb_options(*check_cmd, ko);
  add_run_options(*check_cmd, ko);

  auto* lsp_cmd = app.add_subcommand("lsp", "Run a Language Server Protocol server on standard input and output");
  lsp::Settings lsp_settings;
  lsp_cmd->add_option("--corpus", lsp_settings.corpus, "The corpus (default: the config's 'corpus', else the workspace folder)");
  lsp_cmd->add_option("--config", lsp_settings.config, "Config file (default: wiclint.yaml in the workspace folder)");
  lsp_cmd->add_option("--kb", lsp_settings.kb, "Knowledge-base file to add (repeatable)")->allow_extra_args(false);
  lsp_cmd->add_flag("--no-default-kb", lsp_settings.no_default_kb, "Do not load the built-in claims/wic.yaml");
  lsp_cmd->add_flag("--allow-outside-kb", lsp_settings.allow_outside_kb, "Let the config's 'kb' paths leave its folder tree");
  bool stdio = true;  // the only transport; the flag is accepted for clients that pass it
  lsp_cmd->add_flag("--stdio", stdio, "Talk over standard input and output (the default and only way)");

  std::vector<std::string> argv_rev(args.rbegin(), args.rend());
  try {
    app.parse(argv_rev);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitClean;
  } catch (const CLI::CallForVersion&) {
    out << "wiclint " << WICLINT_VERSION << '\n';
    return kExitClean;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      out << (claims_cmd->parsed() ? claims_cmd->help() : check_cmd->parsed() ? check_cmd->help() : app.help());
      return kExitClean;
    }
    err << "wiclint: error: " << e.what() << "\n(run 'wiclint --help' for usage)\n";
    return kExitUsage;
  }

  if (lsp_cmd->parsed()) return lsp::run_server(in, out, lsp_settings);
  inherit_shared(co, o);
  inherit_shared(ko, o);
  try {
    if (rules_cmd->parsed()) {
      KnowledgeBase kb;
      Engine engine(kb, Config{});
      for (const auto& r : engine.rule_infos())
        out << r.id << std::string(r.id.size() < 22 ? 22 - r.id.size() : 1, ' ') << to_string(r.default_severity)
            << std::string(9 - std::string(to_string(r.default_severity)).size(), ' ') << r.summary << '\n';
      return kExitClean;
    }
    if (claims_cmd->parsed()) return run_claims(co, out, err);
    Options& opts = check_cmd->parsed() ? ko : o;
    const bool defaulted = !check_cmd->parsed() && opts.paths.empty();
    if (defaulted) opts.paths.push_back(".");
    refuse_outputs_in_corpus(opts, check_cmd->parsed() ? std::vector<std::string>{opts.corpus} : opts.paths, defaulted);
    KnowledgeBase kb;
    Config config = load_settings(opts, kb);
    // With no path, the config's `corpus:` names what to lint.
    if (defaulted && !config.corpus.empty()) {
      opts.paths = config.corpus;
      refuse_outputs_in_corpus(opts, opts.paths, false);
    }
    Engine engine(kb, config);
    Baseline baseline;
    if (!opts.baseline.empty()) baseline = read_baseline(opts.baseline);
    auto store = open_store(opts, config, check_cmd->parsed() ? std::vector<std::string>{opts.corpus} : opts.paths, err);
    engine.set_jobs(opts.jobs);
    engine.set_quote(quotes_wanted(opts));
    engine.set_store(store.get(), !check_cmd->parsed());
    LoadOptions lo{config.include, config.exclude, opts.jobs};
    Progress progress(err, terminals.err, progress_delay());
    std::vector<std::string> focus;
    LoadedCorpus corpus = check_cmd->parsed() ? load_check_corpus(opts, lo, in, focus) : list_corpus(opts.paths, lo);
    progress.phase("checking " + std::to_string(corpus.listed.size() + corpus.articles.size()) + " articles");
    std::optional<LintResult> indexed;
    if (check_cmd->parsed()) indexed = run_check_indexed(opts, engine, kb, store.get(), corpus, focus, err);
    LintResult result = indexed ? std::move(*indexed) : engine.run(corpus, focus, baseline);
    progress.phase("writing the output");
    progress.stop();
    return emit(opts, engine, result, out, err, terminals);
  } catch (const ConfigErrors& e) {
    for (const auto& one : e.all()) err << printable(one.what()) << '\n';
    return kExitUsage;
  } catch (const YamlError& e) {
    err << printable(e.what()) << '\n';
    return kExitUsage;
  } catch (const UsageError& e) {
    err << "wiclint: error: " << printable(e.what()) << '\n';
    return kExitUsage;
  }
}

}  // namespace wiclint
