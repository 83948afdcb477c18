#include "lsp/diagnostics.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace wiclint::lsp {

namespace {

int severity_code(Severity s) { return s == Severity::error ? 1 : s == Severity::warning ? 2 : 3; }

json position_json(const Position& p) { return {{"line", p.line}, {"character", p.character}}; }

bool position_from(const json& j, Position& p) {
  if (!j.is_object() || !j.contains("line") || !j.contains("character")) return false;
  if (!j["line"].is_number_integer() || !j["character"].is_number_integer()) return false;
  p.line = j["line"].get<int>();
  p.character = j["character"].get<int>();
  return p.line >= 0 && p.character >= 0;
}

Range range_in(const Workspace::Checked& c, const Location& loc) {
  auto it = c.articles.find(loc.file.str());
  return range_of(it == c.articles.end() ? std::string_view() : std::string_view(it->second->bytes()), loc);
}

std::string where(const Location& l) {
  return l.file.str() + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// A location an editor can open: an article read, or a file on disk (a knowledge-base file).
bool openable(const Workspace::Checked& c, const Location& l) {
  std::error_code ec;
  return c.articles.count(l.file.str()) || (fs::path(l.file.str()).is_absolute() && fs::is_regular_file(l.file.str(), ec));
}

json related_json(const Workspace::Checked& c, const Location& l, const std::string& message) {
  return {{"location", {{"uri", uri_from_path(l.file.str())}, {"range", to_json(range_in(c, l))}}}, {"message", message}};
}

// `at`: where the diagnostic is shown; `anchored`: at the finding's own location (else the anchor
// is one more related entry). `fixable`: a directive at `at` would hide it.
json diagnostic(const Workspace::Checked& c, const Finding& f, const Location& at, bool anchored, bool fixable) {
  std::string message = f.message;
  json related = json::array();
  if (!anchored) related.push_back(related_json(c, f.loc, "the finding is anchored here: " + f.message));
  for (const auto& r : f.related) {
    if (!anchored && r.loc.file == at.file && r.loc.begin == at.begin) continue;  // where it is shown
    if (openable(c, r.loc)) related.push_back(related_json(c, r.loc, r.message));
    else message += "\n" + where(r.loc) + ": " + r.message;
  }
  json d = {{"range", to_json(range_in(c, at))}, {"severity", severity_code(f.severity)}, {"code", f.rule},
            {"source", "wiclint"}, {"message", message}, {"data", {{"anchored", anchored}, {"fixable", fixable}}}};
  if (!related.empty()) d["relatedInformation"] = related;
  return d;
}

}  // namespace

json to_json(const Range& r) { return {{"start", position_json(r.start)}, {"end", position_json(r.end)}}; }

bool from_json(const json& j, Range& r) {
  return j.is_object() && j.contains("start") && j.contains("end") && position_from(j["start"], r.start) &&
         position_from(j["end"], r.end);
}

json diagnostics_for(const std::string& path, const Workspace::Checked& checked) {
  json out = json::array();
  std::vector<std::pair<std::string, std::size_t>> shown;  // rule and span start already shown
  for (const auto& f : checked.result.findings)
    if (f.loc.file == path) {
      out.push_back(diagnostic(checked, f, f.loc, true, true));
      shown.emplace_back(f.rule, f.loc.begin);
    }
  for (const auto& f : checked.result.findings) {
    if (f.loc.file == path) continue;
    // A directive here hides it only when this article is the only side it cites (corpus/directives.hpp).
    const bool only_side = std::all_of(f.related.begin(), f.related.end(),
                                       [&](const Related& r) { return r.corroborates || r.loc.file == path; });
    for (const auto& r : f.related) {
      if (r.corroborates || r.loc.file != path) continue;
      if (std::find(shown.begin(), shown.end(), std::make_pair(f.rule, std::size_t{r.loc.begin})) != shown.end()) continue;
      out.push_back(diagnostic(checked, f, r.loc, false, only_side));
      shown.emplace_back(f.rule, r.loc.begin);
    }
  }
  return out;
}

namespace {

// The first line after the front matter (0-based), 0 without one.
int body_line(const std::string& text) {
  std::size_t p = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  if (text.compare(p, 3, "---") != 0) return 0;
  int line = 0;
  for (std::size_t eol; (eol = text.find('\n', p)) != std::string::npos; p = eol + 1) {
    std::string_view l(text.data() + p, eol - p);
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
    if (line > 0 && (l == "---" || l == "...")) return line + 1;
    ++line;
  }
  return 0;
}

json quick_fix(const std::string& uri, const std::string& text, const json& diag, const std::string& rule, int line) {
  const std::string eol = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  const Position at{line, 0};
  json edit = {{"range", to_json({at, at})},
               {"newText", "<!-- wiclint-disable-next-line " + rule + " -- TODO: say why -->" + eol}};
  return {{"title", "Disable " + rule + " for this line (wiclint-disable-next-line)"},
          {"kind", "quickfix"},
          {"diagnostics", json::array({diag})},
          {"edit", {{"changes", {{uri, json::array({edit})}}}}}};
}

}  // namespace

json code_actions(const std::string& uri, const std::string& text, const json& params) {
  json out = json::array();
  const json* diags = nullptr;
  if (params.contains("context") && params["context"].is_object() && params["context"].contains("diagnostics"))
    diags = &params["context"]["diagnostics"];
  if (!diags || !diags->is_array()) return out;
  const int first = body_line(text);
  for (const auto& d : *diags) {
    Range r;
    if (!d.is_object() || !from_json(d.value("range", json()), r)) continue;
    if (d.value("source", json()) != "wiclint" || !d.contains("code") || !d["code"].is_string()) continue;
    const std::string rule = d["code"].get<std::string>();
    const json data = d.value("data", json::object());
    if (rule.rfind("directive-", 0) == 0 || (data.is_object() && data.value("fixable", json(true)) == false)) continue;
    if (r.start.line < first) continue;  // a comment line would break the front matter
    out.push_back(quick_fix(uri, text, d, rule, r.start.line));
  }
  return out;
}

}  // namespace wiclint::lsp
