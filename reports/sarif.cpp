// The SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers.
//
// Contract: one log with one run; tool.driver lists every rule of the run (in RunInfo order, so
// ruleIndex is stable); one result per finding, in the order the engine sent them. Columns are
// Unicode code points (columnKind: unicodeCodePoints), end columns exclusive, exactly as Location
// has them. partialFingerprints.primaryLocationLineHash is Finding::fingerprint(), which does not
// contain line numbers, so an alert survives lines moving. No timestamps: the same run gives the
// same bytes. Artifact URIs are relative to %SRCROOT% (see UriBases), the built-in knowledge base's
// to WICLINT_KB, listed in run.artifacts. Valid against the OASIS schema and `validate-report
// sarif-github`.
#include <functional>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "reports/markup.hpp"
#include "reports/reporter.hpp"
#include "util/json.hpp"
#include "util/utf8.hpp"

namespace wiclint {

namespace {

namespace fs = std::filesystem;

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
    case Severity::off: return "none";
  }
  return "warning";
}

// Percent-encodes a '/'-separated path: everything outside RFC 3986's unreserved set, so a ':'
// can never pass for a scheme.
std::string encode_path(std::string_view p) {
  std::string out;
  for (unsigned char c : p) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string slashed(const std::string& path) {
  std::string p = path;
  std::replace(p.begin(), p.end(), '\\', '/');
  while (p.rfind("./", 0) == 0) p.erase(0, 2);
  return p;
}

bool windows_absolute(const std::string& p) {
  return p.size() >= 3 && std::isalpha(static_cast<unsigned char>(p[0])) && p[1] == ':' && p[2] == '/';
}

// The deepest folder holding both a and b (both absolute and normal).
fs::path common_folder(const fs::path& a, const fs::path& b) {
  fs::path out;
  auto i = a.begin(), j = b.begin();
  for (; i != a.end() && j != b.end() && *i == *j; ++i, ++j) out /= *i;
  return out;
}

bool inside(const fs::path& p, const fs::path& folder) {
  auto rel = p.lexically_relative(folder);
  return !rel.empty() && *rel.begin() != "..";
}

// Where artifact URIs are resolved from (SARIF 2.1.0 §3.4.4). Corpus files are relative to
// %SRCROOT%: the working folder, or, when an absolute path lies outside it, the deepest folder
// holding every checked file; so absolute command-line paths still give relative URIs that
// GitHub can map onto the checkout. The built-in knowledge base (claims/*.yaml compiled into
// wiclint, not a file of the linted repository) is relative to WICLINT_KB, its address in
// wiclint's repository.
class UriBases {
 public:
  static constexpr const char* kSrcRoot = "%SRCROOT%";
  static constexpr const char* kKb = "WICLINT_KB";

  explicit UriBases(const RunInfo& run) : listed_(run.files.begin(), run.files.end()) {
    std::error_code ec;  // a working folder that is gone: paths stay as given, under "/"
    cwd_ = fs::path(run.working_dir.empty() ? fs::current_path(ec).string() : run.working_dir).lexically_normal();
    if (cwd_.empty()) cwd_ = "/";
    root_ = cwd_;
    choose_root(run.files);
    if (!run.information_uri.empty()) kb_uri_ = run.information_uri + "/blob/main/claims/";
    version_ = run.tool_version;
  }

  // A file no checked path names, under claims/: one of the knowledge-base files compiled in.
  bool built_in_kb(const std::string& file) const {
    return !listed_.count(file) && slashed(file).rfind("claims/", 0) == 0 && !kb_uri_.empty();
  }

  struct Ref {
    std::string uri;
    const char* base = nullptr;  // null: uri is absolute
  };

  Ref ref(const std::string& file) const {
    std::string p = slashed(file);
    if (built_in_kb(file)) return {encode_path(p.substr(7)), kKb};
    if (windows_absolute(p)) return {std::string("file:///") + p.substr(0, 2) + encode_path(p.substr(2)), nullptr};
    if (!fs::path(p).is_absolute() && root_ == cwd_) return {encode_path(p), kSrcRoot};
    fs::path abs = (cwd_ / fs::path(p)).lexically_normal();
    if (!inside(abs, root_)) return {"file://" + encode_path(abs.generic_string()), nullptr};
    return {encode_path(abs.lexically_relative(root_).generic_string()), kSrcRoot};
  }

  // run.originalUriBaseIds. %SRCROOT% gets an address only when an absolute path was given (the
  // report then already names the machine's folders); otherwise it stays the working folder, so
  // the same relative run gives the same bytes anywhere.
  void write(JsonWriter& w, bool kb_used) const {
    w.key("originalUriBaseIds").begin_object();
    w.key(kSrcRoot).begin_object();
    if (absolute_) w.key("uri").value("file://" + encode_path(folder_uri(root_)));
    w.key("description").begin_object().key("text").value(absolute_ ? "The folder holding every checked file"
                                                                      : "The folder wiclint ran in").end_object();
    w.end_object();
    if (kb_used) {
      w.key(kKb).begin_object().key("uri").value(kb_uri_);
      w.key("description").begin_object().key("text").value(kb_description()).end_object();
      w.end_object();
    }
    w.end_object();
  }

  std::string kb_description() const {
    return "wiclint's built-in knowledge base (claims/*.yaml in wiclint's repository, compiled into wiclint" +
           (version_.empty() ? std::string() : " " + version_) + "); not a file of the linted repository";
  }

 private:
  // The working folder when every file is inside it, else the deepest folder holding them all.
  void choose_root(const std::vector<std::string>& files) {
    std::optional<fs::path> common;
    for (const auto& file : files) {
      std::string p = slashed(file);
      if (windows_absolute(p)) continue;
      absolute_ = absolute_ || fs::path(p).is_absolute();
      fs::path folder = (cwd_ / fs::path(p)).lexically_normal().parent_path();
      common = common ? common_folder(*common, folder) : folder;
    }
    if (absolute_ && common && !inside(*common, cwd_) && *common != cwd_) root_ = *common;
  }

  static std::string folder_uri(const fs::path& f) {
    std::string s = f.generic_string();
    return s.empty() || s.back() != '/' ? s + "/" : s;
  }

  std::set<std::string> listed_;
  fs::path cwd_, root_;
  bool absolute_ = false;
  std::string kb_uri_, version_;
};

// SARIF message text may embed links as [text](id); literal brackets and backslashes elsewhere
// must then be escaped (SARIF 2.1.0 §3.11.6).
std::string message_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string where(const Location& l) {
  if (!l.known()) return l.file;
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// Region of a location. A location without a line (an unreadable file, a whole-file finding)
// points at line 1, column 1 with no end, which SARIF reads as "all of line 1": GitHub drops a
// result whose region lacks startLine/startColumn, and the alert still lands on the right file.
void write_region(JsonWriter& w, const Location& l, const std::string& snippet) {
  w.key("region").begin_object();
  if (!l.known()) {
    w.key("startLine").value(1).key("startColumn").value(1);
    w.end_object();
    return;
  }
  int col = std::max(1, l.column);
  int end_line = l.end_line >= l.line ? l.end_line : l.line;
  int end_col = l.end_column > 0 ? l.end_column : col + 1;
  if (end_line == l.line) end_col = std::max(end_col, col);
  w.key("startLine").value(l.line).key("startColumn").value(col);
  w.key("endLine").value(end_line).key("endColumn").value(end_col);
  if (!snippet.empty()) w.key("snippet").begin_object().key("text").value(markup::valid_utf8(snippet)).end_object();
  w.end_object();
}

void write_physical(JsonWriter& w, const UriBases& bases, const Location& l, const std::string& snippet) {
  w.key("physicalLocation").begin_object();
  auto ref = bases.ref(l.file);
  w.key("artifactLocation").begin_object().key("uri").value(ref.uri);
  if (ref.base) w.key("uriBaseId").value(ref.base);
  w.end_object();
  write_region(w, l, snippet);
  w.end_object();
}

// The rule page is Markdown; fullDescription wants plain prose of at most 1024 characters, so it
// takes the page's first paragraph that is not a heading, falling back to the summary.
std::string first_paragraph(const std::string& md) {
  std::string para;
  std::size_t pos = 0;
  while (pos <= md.size()) {
    std::size_t eol = md.find('\n', pos);
    if (eol == std::string::npos) eol = md.size();
    std::string line = md.substr(pos, eol - pos);
    pos = eol + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    bool blank = line.find_first_not_of(" \t") == std::string::npos;
    if (blank || line[0] == '#' || line.rfind("```", 0) == 0) {
      if (!para.empty()) break;
      continue;
    }
    if (!para.empty()) para += ' ';
    para += line;
  }
  if (para.size() > 1000) {
    std::size_t cut = 1000;
    while (cut > 0 && (static_cast<unsigned char>(para[cut]) & 0xC0) == 0x80) --cut;  // whole code points
    para = para.substr(0, cut) + "...";
  }
  return para;
}

class SarifReporter final : public Reporter {
 public:
  explicit SarifReporter(std::ostream& out) : out_(out) {}

  void begin(const RunInfo& run) override {
    run_ = run;
    bases_.emplace(run_);
    for (std::size_t i = 0; i < run_.rules.size(); ++i) index_[run_.rules[i].id] = i;
  }

  void finding(const Finding& f) override {
    // A finding from a rule the run did not announce still needs a rule entry: GitHub rejects a
    // ruleId that names no rule.
    if (!index_.count(f.rule)) {
      RuleInfo r;
      r.id = f.rule;
      r.severity = r.default_severity = f.severity;
      index_[f.rule] = run_.rules.size();
      run_.rules.push_back(r);
    }
    findings_.push_back(f);
  }

  void end(const RunSummary& summary) override {
    (void)summary;
    if (!bases_) bases_.emplace(run_);
    JsonWriter w(out_, 2);
    w.begin_object();
    w.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    w.key("version").value("2.1.0");
    w.key("runs").begin_array().begin_object();
    write_tool(w);
    write_artifacts(w);
    w.key("columnKind").value("unicodeCodePoints");
    // GitHub code scanning rejects a run with more than 25,000 results. Keep the most severe ones
    // (stable, so the report stays deterministic) and say in the run how many were left out.
    constexpr std::size_t kMaxResults = 25000;
    std::vector<const Finding*> kept;
    for (const Finding& f : findings_) kept.push_back(&f);
    std::size_t dropped = 0;
    if (kept.size() > kMaxResults) {
      std::stable_sort(kept.begin(), kept.end(),
                       [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
      dropped = kept.size() - kMaxResults;
      kept.resize(kMaxResults);
      std::stable_sort(kept.begin(), kept.end(), [](const Finding* a, const Finding* b) { return finding_less(*a, *b); });
    }
    w.key("results").begin_array();
    for (const Finding* f : kept) write_result(w, *f);
    w.end_array();
    if (dropped) {
      w.key("properties").begin_object();
      w.key("resultsOmitted").value(dropped);
      w.key("note").value("GitHub accepts at most 25,000 results per run; the least severe findings were left out");
      w.end_object();
    }
    w.end_object().end_array();
    w.end_object();
    out_ << '\n';
  }

 private:
  // The built-in knowledge-base files the results cite, as artifacts with a description, so a
  // viewer of a repository without claims/ can tell what they are and where to read them.
  void write_artifacts(JsonWriter& w) {
    std::set<std::string> kb;
    for (const Finding& f : findings_) {
      if (bases_->built_in_kb(f.loc.file)) kb.insert(f.loc.file);
      for (const auto& r : f.related)
        if (bases_->built_in_kb(r.loc.file)) kb.insert(r.loc.file);
    }
    bases_->write(w, !kb.empty());
    if (kb.empty()) return;
    w.key("artifacts").begin_array();
    for (const auto& file : kb) {
      auto ref = bases_->ref(file);
      w.begin_object();
      w.key("location").begin_object().key("uri").value(ref.uri).key("uriBaseId").value(ref.base).end_object();
      w.key("description").begin_object().key("text").value(bases_->kb_description() + ": " + file).end_object();
      w.end_object();
    }
    w.end_array();
  }

  void write_tool(JsonWriter& w) {
    w.key("tool").begin_object().key("driver").begin_object();
    w.key("name").value(run_.tool_name.empty() ? "wiclint" : run_.tool_name);
    if (!run_.tool_version.empty()) {
      w.key("version").value(run_.tool_version);
      w.key("semanticVersion").value(run_.tool_version);
    }
    if (!run_.information_uri.empty()) w.key("informationUri").value(run_.information_uri);
    w.key("rules").begin_array();
    for (const auto& r : run_.rules) write_rule(w, r);
    w.end_array();
    w.end_object().end_object();
  }

  void write_rule(JsonWriter& w, const RuleInfo& r) {
    std::string summary = r.summary.empty() ? r.id : markup::valid_utf8(r.summary);
    std::string help = r.help.empty() ? summary : markup::valid_utf8(r.help);
    std::string full = first_paragraph(help);
    if (full.empty()) full = summary;
    if (summary.size() > 1024) summary = first_paragraph(summary);
    w.begin_object();
    w.key("id").value(r.id);
    w.key("shortDescription").begin_object().key("text").value(summary).end_object();
    w.key("fullDescription").begin_object().key("text").value(full).end_object();
    w.key("help").begin_object().key("text").value(help).key("markdown").value(help).end_object();
    // The level is the effective one for this run (what results carry); a rule switched off is
    // listed as disabled so viewers can still explain it.
    Severity level = r.severity == Severity::off ? r.default_severity : r.severity;
    w.key("defaultConfiguration").begin_object();
    if (r.severity == Severity::off) w.key("enabled").value(false);
    w.key("level").value(sarif_level(level));
    w.end_object();
    w.key("properties").begin_object();
    w.key("tags").begin_array().value("fact-check");
    auto dash = r.id.find('-');
    if (dash != std::string::npos) w.value(r.id.substr(0, dash));
    w.end_array();
    w.end_object();
    w.end_object();
  }

  void write_result(JsonWriter& w, const Finding& f) {
    w.begin_object();
    w.key("ruleId").value(f.rule);
    w.key("ruleIndex").value(index_.at(f.rule));
    w.key("level").value(sarif_level(f.severity));
    std::string text = message_text(markup::valid_utf8(f.message));
    if (!f.related.empty()) {
      text += " See ";
      for (std::size_t i = 0; i < f.related.size(); ++i) {
        if (i) text += i + 1 == f.related.size() ? " and " : ", ";
        text += "[" + message_text(markup::valid_utf8(where(f.related[i].loc))) + "](" + std::to_string(i + 1) + ")";
      }
      text += ".";
    }
    if (text.empty()) text = f.rule;
    w.key("message").begin_object().key("text").value(text).end_object();
    w.key("locations").begin_array().begin_object();
    write_physical(w, *bases_, f.loc, f.quote);
    w.end_object().end_array();
    if (!f.related.empty()) {
      w.key("relatedLocations").begin_array();
      for (std::size_t i = 0; i < f.related.size(); ++i) {
        const auto& r = f.related[i];
        w.begin_object();
        w.key("id").value(i + 1);
        write_physical(w, *bases_, r.loc, "");
        std::string msg = r.message.empty() ? where(r.loc) : r.message;
        w.key("message").begin_object().key("text").value(markup::valid_utf8(msg)).end_object();
        w.end_object();
      }
      w.end_array();
    }
    w.key("partialFingerprints").begin_object().key("primaryLocationLineHash").value(f.fingerprint()).end_object();
    w.end_object();
  }

  std::ostream& out_;
  RunInfo run_;
  std::map<std::string, std::size_t> index_;
  std::vector<std::reference_wrapper<const Finding>> findings_;  // the run's, alive until end()
  std::optional<UriBases> bases_;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out) { return std::make_unique<SarifReporter>(out); }

}  // namespace wiclint
