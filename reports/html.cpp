// The HTML report: one self-contained page for editors (inline CSS and JS from reports/assets/,
// embedded at build time; no network, no external fonts).
//
// Contract: a summary (files, claims, findings by severity); the findings grouped by rule and
// edition, groups and findings most severe first, filterable by severity, rule and file and
// searchable; a group shows its first findings in full (source line, span highlighted, beside the
// related locations' lines, each with an anchor) and the rest on request, rendered by the script
// from compact JSON that holds every finding; a claims matrix (editions x sources; cells with
// the year, dates and counts a source gives; values a finding reports or cites are marked) that,
// past a dozen sources, becomes one row per edition with each value's number of sources and a
// drill-down per edition; an inline-SVG timeline of the editions by year; and the files (at most
// kFilesListed, most findings first). Sizes stay bounded per finding: 10,000 articles with 63,000
// findings make about 7 MB (README, "Reports"). All corpus text is HTML-escaped (JSON is read by
// the script into textContent only), and a Content-Security-Policy allows only the embedded
// stylesheet and script (by SHA-256), so an article carrying <script> or onerror= shows as text
// and runs nothing. The script arranges what the engine decided and decides nothing.
// RunInfo::articles must stay valid until end(). Deterministic: no timestamps.
#include <functional>
#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "reports/markup.hpp"
#include "reports/reporter.hpp"
#include "reports/sha256.hpp"
#include "util/utf8.hpp"

// Generated from reports/assets/ by cmake/embed.cmake (see reports/reports.cmake).
extern const char wiclint_report_css_data[];
extern const std::size_t wiclint_report_css_size;
extern const char wiclint_report_js_data[];
extern const std::size_t wiclint_report_js_size;

namespace wiclint {

namespace {

using markup::html_escape;

std::string where(const Location& l) {
  if (!l.known()) return l.file;
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The source line with the span in <mark>. Long lines (an article paragraph is one line) are cut
// to a window around the span, on code-point boundaries, so the evidence stays readable.
std::string render_context(const Location& l) {
  if (!l.context) return "";
  std::string_view line = l.context->lines;
  auto eol = line.find('\n');
  if (eol != std::string_view::npos) line = line.substr(0, eol);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty()) return "";
  std::size_t b = std::min(l.context->begin, line.size());
  std::size_t e = std::min(std::max(l.context->end, b), line.size());
  while (b > 0 && b < line.size() && is_continuation(line[b])) --b;
  while (e < line.size() && is_continuation(line[e])) ++e;
  constexpr std::size_t kWindow = 110;  // a phone screen of text either side
  std::size_t from = b > kWindow ? b - kWindow : 0;
  std::size_t to = std::min(line.size(), e + kWindow);
  if (from > 0) {
    auto space = line.find(' ', from);
    from = space != std::string_view::npos && space < b ? space + 1 : from;
    while (from > 0 && is_continuation(line[from])) --from;
  }
  if (to < line.size()) {
    auto space = line.rfind(' ', to);
    to = space != std::string_view::npos && space > e ? space : to;
    while (to < line.size() && is_continuation(line[to])) ++to;
  }
  std::string out;
  if (from > 0) out += "<span class=\"cut\">\xE2\x80\xA6</span>";
  out += html_escape(line.substr(from, b - from));
  out += "<mark>" + html_escape(line.substr(b, e - b)) + "</mark>";
  out += html_escape(line.substr(e, to - e));
  if (to < line.size()) out += "<span class=\"cut\">\xE2\x80\xA6</span>";
  return out;
}

// A JSON string safe inside <script type="application/json">: '<', '>' and '&' are escaped too, so
// article text can never close the element.
std::string json_string(std::string_view raw) {
  std::string s = markup::valid_utf8(raw), out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else out += static_cast<char>(c);
  }
  return out + "\"";
}

// Strings listed once and referred to by index (paths and messages repeat across findings).
class StringTable {
 public:
  std::size_t operator()(const std::string& s) {
    auto [it, added] = index_.emplace(s, list_.size());
    if (added) list_.push_back(s);
    return it->second;
  }
  void write(std::ostream& o) const {
    o << '[';
    for (std::size_t i = 0; i < list_.size(); ++i) o << (i ? "," : "") << json_string(list_[i]);
    o << ']';
  }

 private:
  std::map<std::string, std::size_t> index_;
  std::vector<std::string> list_;
};

int severity_rank(Severity s) { return -static_cast<int>(s); }

struct LocKey {
  std::string file;
  int line = 0, column = 0;
  friend auto operator<=>(const LocKey&, const LocKey&) = default;
};
LocKey key_of(const Location& l) { return {l.file, l.line, l.column}; }

// One value a source gives for an edition, as shown in a matrix cell.
struct CellValue {
  std::string label;   // "2019", "opens 2019-10-20", "over 1600 guests"
  std::string detail;  // tooltip: where and what was written
  std::string group;   // what it must agree with: "year", "opening", "closing", "count:<unit>"
  int year = 0;        // for year comparisons
  std::string date;    // ISO, for opening/closing comparisons
  double min = 0, max = 0;
  LocKey where;
  bool conflict = false;
  std::string finding;  // anchor of a finding citing this claim, or ""
};

struct Row {
  int number = 0;
  std::optional<EditionRow> kb;
  std::map<std::string, std::vector<CellValue>> cells;  // by source path
  bool conflict = false;
};

class HtmlReporter final : public Reporter {
 public:
  explicit HtmlReporter(std::ostream& out) : out_(out) {}

  void begin(const RunInfo& run) override { run_ = run; }
  void finding(const Finding& f) override { findings_.push_back(f); }

  void end(const RunSummary& s) override {
    order_findings();
    index_findings();
    build_matrix();
    std::string css(wiclint_report_css_data, wiclint_report_css_size);
    std::string js(wiclint_report_js_data, wiclint_report_js_size);
    std::string title = (run_.tool_name.empty() ? std::string("wiclint") : run_.tool_name) + " report";
    if (!run_.series_name.empty()) title += ": " + run_.series_name;

    auto& o = out_;
    o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"color-scheme\" content=\"light dark\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      << sha256::csp_source(css) << "; script-src " << sha256::csp_source(js)
      << "; img-src data:; base-uri 'none'; form-action 'none'\">\n"
      << "<title>" << html_escape(title) << "</title>\n<style>" << css << "</style>\n"
      // In <head> so its error listeners see everything the body does while it parses.
      << "<script>" << js << "</script>\n</head>\n<body>\n";
    o << "<header class=\"top\"><div class=\"wrap\"><h1>" << html_escape(title) << "</h1><p class=\"sub\">"
      << plural(s.files, "file") << " \xC2\xB7 " << plural(s.claims, "claim") << " \xC2\xB7 "
      << plural(findings_.size(), "finding");
    if (!run_.tool_version.empty()) o << " \xC2\xB7 " << html_escape(run_.tool_name) << ' ' << html_escape(run_.tool_version);
    o << "</p><nav class=\"toc\"><a href=\"#findings\">Findings</a><a href=\"#matrix\">Claims matrix</a>"
      << "<a href=\"#timeline\">Timeline</a><a href=\"#files\">Files</a></nav></div></header>\n<main class=\"wrap\">\n";
    write_summary(s);
    write_findings();
    write_matrix();
    write_timeline();
    write_files();
    o << "</main>\n<footer class=\"wrap\">Generated by " << html_escape(run_.tool_name);
    if (!run_.tool_version.empty()) o << ' ' << html_escape(run_.tool_version);
    o << ". This page is self-contained and loads nothing from the network.</footer>\n</body>\n</html>\n";
  }

 private:
  static constexpr std::size_t kFullPerGroup = 3;    // findings a group shows with their source lines
  static constexpr std::size_t kOpenGroups = 3;      // groups open when the page loads
  static constexpr std::size_t kFileSelectMax = 300;  // more files: the search box finds a file
  static constexpr std::size_t kFilesListed = 300;   // rows of the files table
  static constexpr std::size_t kMatrixSources = 12;  // more sources: one row per edition, drill-down

  struct Group {
    std::string rule;
    int edition = 0;
    Severity severity = Severity::note;  // the highest among its findings
    std::size_t begin = 0, end = 0;      // its range of findings_
  };

  // The edition each finding's own claim is about (0: none), from the claims at its location.
  std::vector<int> finding_editions() const {
    std::map<LocKey, int> at;
    for (const Finding& f : findings_) at.emplace(key_of(f.loc), 0);
    if (run_.articles)
      for (const auto& a : *run_.articles)
        for (const auto& c : a.claims) {
          auto it = at.find(key_of(c.loc));
          if (it != at.end() && !it->second && c.edition > 0) it->second = c.edition;
        }
    std::vector<int> out;
    for (const Finding& f : findings_) out.push_back(at[key_of(f.loc)]);
    return out;
  }

  // Severity first: groups (rule x edition) by their highest severity, then rule and edition;
  // inside a group by severity, then in the engine's order. The report only arranges what the
  // engine decided; it drops nothing.
  void order_findings() {
    std::vector<int> ed = finding_editions();
    std::map<std::pair<std::string, int>, Severity> top;
    for (std::size_t i = 0; i < findings_.size(); ++i) {
      auto& t = top.try_emplace({findings_[i].get().rule, ed[i]}, Severity::off).first->second;
      t = std::max(t, findings_[i].get().severity);
    }
    std::vector<std::size_t> idx(findings_.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    auto key = [&](std::size_t i) {
      const Finding& f = findings_[i];
      return std::make_tuple(severity_rank(top[{f.rule, ed[i]}]), f.rule, ed[i], severity_rank(f.severity));
    };
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    std::vector<std::reference_wrapper<const Finding>> sorted;
    sorted.reserve(findings_.size());
    for (std::size_t i : idx) sorted.push_back(findings_[i]);
    findings_ = std::move(sorted);
    for (std::size_t n = 0; n < idx.size(); ++n) {
      const Finding& f = findings_[n];
      int e = ed[idx[n]];
      if (groups_.empty() || groups_.back().rule != f.rule || groups_.back().edition != e)
        groups_.push_back({f.rule, e, top[{f.rule, e}], n, n});
      groups_.back().end = n + 1;
    }
  }

  // Finding anchors, and which finding each location (primary or related) belongs to, so related
  // locations and matrix cells can link to the finding that explains them.
  void index_findings() {
    for (std::size_t i = 0; i < findings_.size(); ++i) {
      std::string id = "f-" + std::to_string(i + 1);
      primary_.emplace(key_of(findings_[i].get().loc), id);
      cited_.emplace(key_of(findings_[i].get().loc), id);
      for (const auto& r : findings_[i].get().related) cited_.emplace(key_of(r.loc), id);
    }
  }

  void write_summary(const RunSummary& s) {
    auto card = [&](const char* cls, const std::string& label, std::size_t n) {
      out_ << "<div class=\"card " << cls << "\"><span class=\"n\">" << n << "</span><span class=\"l\">" << label
           << "</span></div>";
    };
    out_ << "<section id=\"summary\" class=\"cards\" aria-label=\"Summary\">";
    card("files", s.files == 1 ? "file" : "files", s.files);
    card("claims", s.claims == 1 ? "claim" : "claims", s.claims);
    card("sev-error", s.errors == 1 ? "error" : "errors", s.errors);
    card("sev-warning", s.warnings == 1 ? "warning" : "warnings", s.warnings);
    card("sev-note", s.notes == 1 ? "note" : "notes", s.notes);
    out_ << "</section>\n";
  }

  void write_findings() {
    auto& o = out_;
    o << "<section id=\"findings\">\n<h2>Findings <span class=\"count\" id=\"shown-count\">" << findings_.size()
      << "</span></h2>\n";
    if (findings_.empty()) {
      o << "<p class=\"empty\">No findings: every checked claim agrees.</p>\n</section>\n";
      return;
    }
    write_filters();
    o << "<p class=\"hint\">Grouped by rule and edition, most severe first; each group shows its first "
      << kFullPerGroup << " findings with their source lines, and the rest on request.</p>\n";
    o << "<p class=\"empty\" id=\"no-match\" hidden>No finding matches these filters.</p>\n<div id=\"finding-list\">\n";
    for (std::size_t g = 0; g < groups_.size(); ++g) write_group(groups_[g], g);
    o << "</div>\n";
    write_data();
    o << "</section>\n";
  }

  void write_filters() {
    auto& o = out_;
    std::map<Severity, std::size_t> by_sev;
    std::set<std::string> rules, files;
    for (const Finding& f : findings_) {
      ++by_sev[f.severity];
      rules.insert(f.rule);
      files.insert(f.loc.file);
    }
    o << "<form class=\"filters\" id=\"filters\" role=\"search\">\n<fieldset class=\"sevs\"><legend>Severity</legend>";
    for (Severity sv : {Severity::error, Severity::warning, Severity::note}) {
      const char* n = to_string(sv);
      o << "<label class=\"chip sev-" << n << "\"><input type=\"checkbox\" name=\"sev\" value=\"" << n << "\" checked"
        << (by_sev[sv] ? "" : " disabled") << "> " << n << " <b>" << by_sev[sv] << "</b></label>";
    }
    o << "</fieldset>\n<label class=\"sel\">Rule <select id=\"f-rule\"><option value=\"\">All rules</option>";
    for (const auto& r : rules) o << "<option>" << html_escape(r) << "</option>";
    o << "</select></label>\n";
    if (files.size() <= kFileSelectMax) {
      o << "<label class=\"sel\">File <select id=\"f-file\"><option value=\"\">All files</option>";
      for (const auto& f : files) o << "<option>" << html_escape(f) << "</option>";
      o << "</select></label>\n";
    }
    o << "<label class=\"search\">Search <input type=\"search\" id=\"f-text\" "
      << "placeholder=\"Text, rule or file\" autocomplete=\"off\"></label>\n</form>\n";
  }

  void write_group(const Group& g, std::size_t gi) {
    auto& o = out_;
    const char* sev = to_string(g.severity);
    std::size_t n = g.end - g.begin, full = std::min(n, kFullPerGroup);
    o << "<details class=\"group sev-" << sev << "\" id=\"g-" << gi + 1 << "\" data-group=\"" << gi << "\""
      << (gi < kOpenGroups ? " open" : "") << "><summary><span class=\"badge sev-" << sev << "\">" << sev
      << "</span> <code class=\"rule\">" << html_escape(g.rule) << "</code> <span class=\"ged\">"
      << (g.edition ? "edition #" + std::to_string(g.edition) : std::string("no edition"))
      << "</span> <span class=\"count gcount\">" << n << "</span></summary>\n<ol class=\"findings\">\n";
    for (std::size_t i = g.begin; i < g.begin + full; ++i) write_finding(findings_[i], i + 1);
    o << "</ol>\n";
    if (n > full)
      o << "<button type=\"button\" class=\"more\" data-group=\"" << gi << "\">Show more (" << n - full
        << " not shown)</button>\n";
    o << "</details>\n";
  }

  // Every finding (those a group shows in full too) as compact JSON that report.js filters and
  // renders on request: {rules, strings, groups: [[rule, begin, end]], rows: [[severity, file,
  // line, column, message, then file, line, column, message per note]]}. Paths and messages are
  // listed once in strings. JSON, not markup, so a 60,000-finding run stays a few MB.
  void write_data() {
    StringTable str;
    std::ostringstream rows;
    for (std::size_t i = 0; i < findings_.size(); ++i) {
      const Finding& f = findings_[i];
      rows << (i ? ",[" : "[") << static_cast<int>(f.severity) << ',' << str(f.loc.file) << ',' << f.loc.line << ','
           << f.loc.column << ',' << str(f.message);
      for (const auto& r : f.related)
        rows << ',' << str(r.loc.file) << ',' << r.loc.line << ',' << r.loc.column << ',' << str(r.message);
      rows << ']';
    }
    StringTable rules;
    std::ostringstream groups;
    for (std::size_t g = 0; g < groups_.size(); ++g)
      groups << (g ? ",[" : "[") << rules(groups_[g].rule) << ',' << groups_[g].begin << ',' << groups_[g].end << ']';
    auto& o = out_;
    o << "<script type=\"application/json\" id=\"findings-data\">{\"rules\":";
    rules.write(o);
    o << ",\"strings\":";
    str.write(o);
    o << ",\"groups\":[" << groups.str() << "],\"rows\":[" << rows.str() << "]}</script>\n";
  }

  void write_finding(const Finding& f, std::size_t n) {
    auto& o = out_;
    std::string id = "f-" + std::to_string(n);
    const char* sev = to_string(f.severity);
    o << "<li class=\"finding sev-" << sev << "\" id=\"" << id << "\" data-sev=\"" << sev << "\" data-rule=\""
      << html_escape(f.rule) << "\" data-file=\"" << html_escape(f.loc.file) << "\">\n";
    o << "<div class=\"fhead\"><span class=\"badge sev-" << sev << "\">" << sev << "</span><p class=\"msg\">"
      << html_escape(f.message) << "</p><code class=\"rule\">" << html_escape(f.rule) << "</code><a class=\"permalink\" href=\"#"
      << id << "\" aria-label=\"Link to this finding\">#" << n << "</a></div>\n";
    o << "<div class=\"evidence" << (f.related.empty() ? " single" : "") << "\">\n";
    write_source(f.loc, "", id + "-loc", "", "primary");
    if (!f.related.empty()) {
      o << "<div class=\"related\">\n";
      for (std::size_t r = 0; r < f.related.size(); ++r) {
        const auto& rel = f.related[r];
        auto it = primary_.find(key_of(rel.loc));
        std::string link = it != primary_.end() && it->second != id ? it->second : "";
        write_source(rel.loc, rel.message, id + "-r" + std::to_string(r + 1), link, "note");
      }
      o << "</div>\n";
    }
    o << "</div>\n</li>\n";
  }

  void write_source(const Location& l, const std::string& note, const std::string& anchor, const std::string& link,
                    const char* cls) {
    auto& o = out_;
    o << "<figure class=\"src " << cls << "\" id=\"" << anchor << "\"><figcaption>";
    if (!note.empty()) o << "<span class=\"note-label\">note</span> <span class=\"note-msg\">" << html_escape(note) << "</span> ";
    o << "<a class=\"loc\" href=\"#" << anchor << "\">" << html_escape(where(l)) << "</a>";
    if (!link.empty()) o << " <a class=\"xref\" href=\"#" << link << "\">see finding " << link.substr(2) << "</a>";
    o << "</figcaption>";
    std::string ctx = render_context(l);
    if (!ctx.empty()) {
      o << "<pre class=\"line\">";
      if (l.known()) o << "<span class=\"ln\">" << l.line << "</span>";
      o << ctx << "</pre>";
    } else if (!l.known()) {
      o << "<p class=\"noline\">(no line: the finding is about the whole file)</p>";
    }
    o << "</figure>\n";
  }

  // ---- claims matrix ----------------------------------------------------------------------

  void build_matrix() {
    for (const auto& e : run_.editions) {
      rows_[e.number].number = e.number;
      rows_[e.number].kb = e;
    }
    if (!run_.articles) return;
    for (const auto& a : *run_.articles) {
      for (const auto& c : a.claims) {
        if (c.edition <= 0) continue;
        std::optional<CellValue> v = cell_value(c);
        if (!v) continue;
        Row& row = rows_[c.edition];
        row.number = c.edition;
        auto cited = cited_.find(v->where);
        if (cited != cited_.end()) v->finding = cited->second;
        row.cells[a.path].push_back(*v);
        sources_.insert(a.path);
      }
    }
    for (auto& [n, row] : rows_) mark_conflicts(row);
  }

  static std::optional<CellValue> cell_value(const Claim& c) {
    CellValue v;
    v.where = key_of(c.loc);
    v.detail = where(c.loc) + ": \xE2\x80\x9C" + c.text + "\xE2\x80\x9D";
    switch (c.kind()) {
      case ClaimKind::edition: {
        const auto& e = c.as<EditionValue>();
        if (e.ordinal_end) return std::nullopt;  // a range is history, not a statement about one edition
        v.group = "year";
        v.year = e.year;
        v.label = e.year ? std::to_string(e.year) : "named";
        if (!e.year) v.group = "mention";
        return v;
      }
      case ClaimKind::date: {
        const auto& d = c.as<DateValue>();
        if (!d.resolved) return std::nullopt;
        v.date = to_iso(d.begin);
        v.year = d.begin.year;
        v.label = describe_value(c);
        if (d.part == EventPart::opening) v.group = "opening", v.label = "opens " + v.label;
        else if (d.part == EventPart::closing) v.group = "closing", v.label = "closes " + v.label;
        else if (d.part == EventPart::running) v.group = "running", v.label = "runs " + v.label;
        else if (d.part == EventPart::during) v.group = "running", v.label = "a part held " + v.label;
        else v.group = "date";
        return v;
      }
      case ClaimKind::count: {
        const auto& n = c.as<CountValue>();
        v.group = "count:" + n.unit;
        v.min = n.min;
        v.max = n.max;
        std::string number = n.number ? std::to_string(n.number) : describe_value(c);
        v.label = (n.qualifier.empty() ? "" : n.qualifier + " ") + number + " " + (n.noun.empty() ? n.unit : n.noun);
        return v;
      }
      default:
        return std::nullopt;
    }
  }

  // A value is red when a finding reports it (its span is a finding's own): the reporter shows
  // what the engine decided and compares nothing itself. A row is marked when one of its values is
  // reported or cited by a finding.
  void mark_conflicts(Row& row) const {
    for (auto& [src, vals] : row.cells)
      for (auto& v : vals) {
        v.conflict = primary_.count(v.where) > 0;
        if (v.conflict || !v.finding.empty()) row.conflict = true;
      }
  }

  std::string source_label(const std::string& path) const {
    auto slash = path.find_last_of('/');
    std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    auto dot = base.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
  }

  const ArticleClaims* article(const std::string& path) const {
    if (!run_.articles) return nullptr;
    for (const auto& a : *run_.articles)
      if (a.path == path) return &a;
    return nullptr;
  }

  void write_ref_cell(const Row& row) {
    auto& o = out_;
    o << "<td class=\"ref\">";
    if (row.kb) {
      if (row.kb->year) o << "<span class=\"v\">" << row.kb->year << "</span>";
      if (!row.kb->opening.empty())
        o << "<span class=\"v\">" << html_escape(row.kb->opening)
          << (row.kb->closing.empty() || row.kb->closing == row.kb->opening ? "" : "\xE2\x80\xA6" + html_escape(row.kb->closing))
          << "</span>";
    } else {
      o << "<span class=\"none\">\xE2\x80\x94</span>";
    }
    o << "</td>";
  }

  void write_value(const CellValue& v, const std::string& label) {
    std::string cls = std::string("v") + (v.conflict ? " conflict" : "") + (v.finding.empty() ? "" : " cited");
    if (!v.finding.empty())
      out_ << "<a class=\"" << cls << "\" href=\"#" << v.finding << "\" title=\"" << html_escape(v.detail) << "\">"
           << html_escape(label) << "</a>";
    else
      out_ << "<span class=\"" << cls << "\" title=\"" << html_escape(v.detail) << "\">" << html_escape(label) << "</span>";
  }

  void write_matrix() {
    auto& o = out_;
    o << "<section id=\"matrix\">\n<h2>Claims matrix</h2>\n";
    if (rows_.empty()) {
      o << "<p class=\"empty\">No article states anything about a numbered edition.</p>\n</section>\n";
      return;
    }
    if (sources_.size() > kMatrixSources) {
      write_matrix_summary();
      return;
    }
    o << "<p class=\"hint\">What each source says about each edition: years, dates and counts. "
      << "<span class=\"v conflict\">Red</span> values are those a finding reports; "
      << "<span class=\"v cited\">outlined</span> values are cited by a finding (click to open it).</p>\n";
    o << "<div class=\"scroll\"><table class=\"matrix\" id=\"claims-matrix\">\n<thead><tr><th scope=\"col\">Edition</th>"
      << "<th scope=\"col\" class=\"ref\">Reference</th>";
    for (const auto& src : sources_) {
      const ArticleClaims* a = article(src);
      std::string tip = src + (a && !a->title.empty() ? ": " + a->title : "");
      o << "<th scope=\"col\" title=\"" << html_escape(tip) << "\">" << html_escape(source_label(src)) << "</th>";
    }
    o << "</tr></thead>\n<tbody>\n";
    for (const auto& [n, row] : rows_) {
      bool gap = row.cells.empty();
      o << "<tr class=\"" << (gap ? "gap" : row.conflict ? "row-conflict" : "row-ok") << "\"><th scope=\"row\">#" << n
        << "</th>";
      write_ref_cell(row);
      for (const auto& src : sources_) {
        auto it = row.cells.find(src);
        if (it == row.cells.end()) {
          o << "<td class=\"blank\"></td>";
          continue;
        }
        bool bad = std::any_of(it->second.begin(), it->second.end(), [](const CellValue& v) { return v.conflict; });
        o << "<td" << (bad ? " class=\"conflict-cell\"" : "") << ">";
        for (const auto& v : it->second) write_value(v, v.label);
        o << "</td>";
      }
      o << "</tr>\n";
    }
    o << "</tbody></table></div>\n</section>\n";
  }

  // With many sources a column per source is unreadable (10,000 columns): one row per edition
  // gives the values sources state, how many give each, reported ones first; a drill-down under
  // it lists sources one by one, those a finding reports or cites first.
  static constexpr std::size_t kValuesShown = 10, kDrillSources = 15;

  void write_matrix_summary() {
    auto& o = out_;
    o << "<p class=\"hint\">" << sources_.size() << " sources: what they say about each edition, with how many say it. "
      << "<span class=\"v conflict\">Red</span> values are those a finding reports; "
      << "<span class=\"v cited\">outlined</span> values are cited by a finding. Open an edition for its sources.</p>\n";
    o << "<div class=\"scroll\"><table class=\"matrix summary\" id=\"claims-matrix\">\n<thead><tr><th scope=\"col\">Edition</th>"
      << "<th scope=\"col\" class=\"ref\">Reference</th><th scope=\"col\">What the sources say</th>"
      << "<th scope=\"col\" class=\"num\">Sources</th></tr></thead>\n<tbody>\n";
    for (const auto& [n, row] : rows_) {
      o << "<tr class=\"" << (row.cells.empty() ? "gap" : row.conflict ? "row-conflict" : "row-ok") << "\"><th scope=\"row\">#"
        << n << "</th>";
      write_ref_cell(row);
      o << "<td>";
      write_value_tally(row);
      o << "</td><td class=\"num\">" << row.cells.size() << "</td></tr>\n";
      if (!row.cells.empty()) write_drill_down(n, row);
    }
    o << "</tbody></table></div>\n</section>\n";
  }

  static int rank(const CellValue& v) { return v.conflict ? 0 : v.finding.empty() ? 2 : 1; }

  // Distinct values with how many sources give each: reported, then cited, then most given.
  void write_value_tally(const Row& row) {
    struct Tally { const CellValue* first = nullptr; std::set<std::string> sources; int rank = 2; };
    std::map<std::string, Tally> by_label;
    for (const auto& [src, vals] : row.cells)
      for (const auto& v : vals) {
        Tally& t = by_label[v.label];
        if (!t.first || rank(v) < t.rank) t.first = &v, t.rank = rank(v);
        t.sources.insert(src);
      }
    std::vector<std::pair<std::string, const Tally*>> order;
    for (const auto& [label, t] : by_label) order.emplace_back(label, &t);
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
      return std::make_pair(a.second->rank, b.second->sources.size()) < std::make_pair(b.second->rank, a.second->sources.size());
    });
    std::size_t shown = std::min(order.size(), kValuesShown);
    for (std::size_t i = 0; i < shown; ++i)
      write_value(*order[i].second->first, order[i].first + " \xC3\x97" + std::to_string(order[i].second->sources.size()));
    if (order.size() > shown) out_ << "<span class=\"none\">+" << order.size() - shown << " other values</span>";
  }

  void write_drill_down(int n, const Row& row) {
    std::vector<std::pair<int, const std::string*>> srcs;
    for (const auto& [src, vals] : row.cells) {
      int best = 2;
      for (const auto& v : vals) best = std::min(best, rank(v));
      srcs.emplace_back(best, &src);
    }
    std::stable_sort(srcs.begin(), srcs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    auto& o = out_;
    o << "<tr class=\"drill\"><td colspan=\"4\"><details><summary>Edition #" << n << ": " << plural(srcs.size(), "source")
      << "</summary><ul class=\"drill\">";
    std::size_t shown = std::min(srcs.size(), kDrillSources);
    for (std::size_t i = 0; i < shown; ++i) {
      o << "<li><code>" << html_escape(*srcs[i].second) << "</code> ";
      for (const auto& v : row.cells.at(*srcs[i].second)) write_value(v, v.label);
      o << "</li>";
    }
    if (srcs.size() > shown)
      o << "<li class=\"none\">" << srcs.size() - shown << " more sources; the JSON output (wiclint claims) has every one</li>";
    o << "</ul></details></td></tr>\n";
  }

  // ---- timeline ---------------------------------------------------------------------------

  void write_timeline() {
    auto& o = out_;
    o << "<section id=\"timeline\">\n<h2>Timeline</h2>\n";
    // Per edition: the reference year, and the years sources give (a source that names the edition
    // without a year counts as agreeing with the reference).
    struct Lane {
      int number = 0, ref = 0;
      std::map<int, std::set<std::string>> at;  // year -> sources
      std::set<std::string> undated;
    };
    std::vector<Lane> lanes;
    int lo = 0, hi = 0;
    auto widen = [&](int y) {
      if (!y) return;
      lo = lo ? std::min(lo, y) : y;
      hi = std::max(hi, y);
    };
    for (const auto& [n, row] : rows_) {
      Lane lane;
      lane.number = n;
      lane.ref = row.kb ? row.kb->year : 0;
      widen(lane.ref);
      for (const auto& [src, vals] : row.cells) {
        bool dated = false;
        for (const auto& v : vals)
          if ((v.group == "year" || v.group == "opening" || v.group == "closing" || v.group == "running") && v.year) {
            lane.at[v.year].insert(src);
            widen(v.year);
            dated = true;
          }
        if (!dated) lane.undated.insert(src);
      }
      lanes.push_back(lane);
    }
    if (lanes.empty() || !lo) {
      o << "<p class=\"empty\">No edition has a known year.</p>\n</section>\n";
      return;
    }
    const int left = 64, right = 170, step = 56, top = 34, lane_h = 30;
    int width = left + (hi - lo) * step + right;
    int height = top + static_cast<int>(lanes.size()) * lane_h + 10;
    auto x = [&](int year) { return left + (year - lo) * step; };
    o << "<div class=\"scroll\"><svg class=\"timeline\" id=\"timeline-svg\" viewBox=\"0 0 " << width << ' ' << height
      << "\" width=\"" << width << "\" height=\"" << height << "\" role=\"img\" aria-label=\"Editions by year\">\n";
    for (int y = lo; y <= hi; ++y)
      o << "<line class=\"grid\" x1=\"" << x(y) << "\" y1=\"22\" x2=\"" << x(y) << "\" y2=\"" << height - 6
        << "\"/><text class=\"year\" x=\"" << x(y) << "\" y=\"14\">" << y << "</text>\n";
    for (std::size_t i = 0; i < lanes.size(); ++i) {
      const Lane& lane = lanes[i];
      int cy = top + static_cast<int>(i) * lane_h + lane_h / 2;
      std::size_t sources = lane.undated.size();
      std::set<std::string> all(lane.undated);
      for (const auto& [y, srcs] : lane.at) all.insert(srcs.begin(), srcs.end());
      sources = all.size();
      bool conflict = false;
      for (const auto& [y, srcs] : lane.at)
        if (lane.ref ? y != lane.ref : lane.at.size() > 1) conflict = true;
      o << "<g class=\"lane" << (sources == 0 ? " gap" : "") << (conflict ? " conflict" : "") << "\">";
      o << "<text class=\"ed\" x=\"8\" y=\"" << cy + 4 << "\">#" << lane.number << "</text>";
      if (lane.ref) {
        o << "<circle class=\"ref\" cx=\"" << x(lane.ref) << "\" cy=\"" << cy << "\" r=\"10\"><title>#" << lane.number
          << " was held in " << lane.ref << " (reference)</title></circle>";
      }
      std::map<int, std::set<std::string>> at = lane.at;
      if (lane.ref && !lane.undated.empty()) at[lane.ref].insert(lane.undated.begin(), lane.undated.end());
      for (const auto& [y, srcs] : at) {
        bool off = lane.ref ? y != lane.ref : lane.at.size() > 1;
        std::string tip = "#" + std::to_string(lane.number) + " in " + std::to_string(y) + " according to:";
        std::size_t listed = 0;
        for (const auto& s : srcs)
          if (++listed <= 8) tip += "\n" + s;
        if (srcs.size() > 8) tip += "\nand " + std::to_string(srcs.size() - 8) + " more";
        o << "<g class=\"dot" << (off ? " off" : "") << "\"><title>" << html_escape(tip) << "</title><circle cx=\""
          << x(y) << "\" cy=\"" << cy << "\" r=\"7\"/><text x=\"" << x(y) << "\" y=\"" << cy + 3 << "\">" << srcs.size()
          << "</text></g>";
      }
      int label_x = x(hi) + 18;
      std::string note = sources == 0 ? "no source" : plural(sources, "source");
      if (conflict) note += ", disagree";
      o << "<text class=\"lane-note\" x=\"" << label_x << "\" y=\"" << cy + 4 << "\">" << note << "</text></g>\n";
    }
    o << "</svg></div>\n<p class=\"legend\"><span class=\"key ref\"></span>reference year "
      << "<span class=\"key dot\"></span>sources agreeing (number = how many) <span class=\"key off\"></span>sources giving another year "
      << "<span class=\"key gap\"></span>edition no source mentions</p>\n</section>\n";
  }

  // ---- files ------------------------------------------------------------------------------

  // At most kFilesListed rows: files with the most findings first, then in path order.
  std::vector<const std::string*> listed_files(const std::map<std::string, std::size_t>& per_file) const {
    std::vector<const std::string*> paths;
    for (const auto& path : run_.files) paths.push_back(&path);
    auto count = [&](const std::string* p) { auto it = per_file.find(*p); return it == per_file.end() ? 0 : it->second; };
    if (paths.size() > kFilesListed) {
      std::stable_sort(paths.begin(), paths.end(), [&](auto* a, auto* b) { return count(a) > count(b); });
      paths.resize(kFilesListed);
    }
    return paths;
  }

  void write_files() {
    auto& o = out_;
    std::map<std::string, std::size_t> per_file;
    for (const Finding& f : findings_) ++per_file[f.loc.file];
    std::map<std::string, const ArticleClaims*> by_path;
    if (run_.articles)
      for (const auto& a : *run_.articles) by_path.emplace(a.path, &a);
    auto paths = listed_files(per_file);
    o << "<section id=\"files\">\n<h2>Files</h2>\n";
    if (paths.size() < run_.files.size())
      o << "<p class=\"hint\">The " << paths.size() << " files with the most findings of " << run_.files.size() << ".</p>\n";
    o << "<div class=\"scroll\"><table class=\"files\"><thead><tr>"
      << "<th scope=\"col\">File</th><th scope=\"col\">Title</th><th scope=\"col\">Published</th>"
      << "<th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\" class=\"num\">Findings</th></tr></thead><tbody>\n";
    for (const std::string* path : paths) {
      auto at = by_path.find(*path);
      write_file_row(*path, at == by_path.end() ? nullptr : at->second, per_file.count(*path) ? per_file[*path] : 0);
    }
    o << "</tbody></table></div>\n</section>\n";
  }

  void write_file_row(const std::string& path, const ArticleClaims* a, std::size_t n) {
    auto& o = out_;
    o << "<tr><td><code>" << html_escape(path) << "</code></td><td>";
    if (a) o << html_escape(a->title) << "</td><td>" << (a->published ? html_escape(to_iso(*a->published)) : "\xE2\x80\x94")
             << "</td><td class=\"num\">" << a->claims.size();
    else o << "<span class=\"none\">not read</span></td><td>\xE2\x80\x94</td><td class=\"num\">\xE2\x80\x94";
    o << "</td><td class=\"num\">";
    if (n) o << "<a href=\"#findings\" data-filter-file=\"" << html_escape(path) << "\">" << n << "</a>";
    else o << "0";
    o << "</td></tr>\n";
  }

  std::ostream& out_;
  RunInfo run_;
  std::vector<std::reference_wrapper<const Finding>> findings_;  // the run's, alive until end()
  std::map<LocKey, std::string> primary_;  // location -> first finding anchored there
  std::map<LocKey, std::string> cited_;    // location -> first finding that shows it
  std::map<int, Row> rows_;
  std::set<std::string> sources_;
  std::vector<Group> groups_;
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter(std::ostream& out) { return std::make_unique<HtmlReporter>(out); }

}  // namespace wiclint
