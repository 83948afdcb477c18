#include <yaml-cpp/yaml.h>

#include <cctype>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/loader.hpp"

namespace wiclint {

// Article has no public mutator for its scanned view; front matter parsing is its friend in
// spirit: it only blanks the block so grammars do not read metadata as prose.
namespace {

// Where front matter that opens the text at "---\n" closes: the line "---" or "..." (trailing
// spaces allowed). Sets `after` to the start of the line after it; npos when none closes it.
std::size_t front_matter_close(const std::string& n, std::size_t& after) {
  for (std::size_t pos = 4; pos <= n.size();) {
    std::size_t eol = n.find('\n', pos);
    std::string_view line(n.data() + pos, (eol == std::string::npos ? n.size() : eol) - pos);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line == "---" || line == "...") {
      after = eol == std::string::npos ? n.size() : eol + 1;
      return pos;
    }
    if (eol == std::string::npos) break;
    pos = eol + 1;
  }
  return std::string::npos;
}

// A value of the block and where it starts: its 0-based line and column within the block (as a
// YAML mark gives them).
struct FrontValue {
  std::string text;
  int line = 0, column = 0;
};

// The `date` key: YYYY-MM-DD first, located in the file (the mark is relative to the block, which
// starts at offset 4).
void read_date_key(Article& a, const FrontValue& v, std::size_t close, int first_line, std::vector<InputProblem>& problems) {
  const std::string& n = a.norm();
  const std::string& text = v.text;
  auto d = parse_iso(text.substr(0, 10));
  if (!d) {
    problems.push_back({a.path(), "front matter 'date' must start with YYYY-MM-DD, got '" + text + "'",
                        first_line + v.line, v.column + 1, true});
    return;
  }
  a.front.date = d;
  std::size_t line_off = 4;
  for (int l = 0; l < v.line; ++l) line_off = n.find('\n', line_off) + 1;
  std::size_t b = line_off + static_cast<std::size_t>(v.column);
  std::size_t e = n.find('\n', b);
  if (e == std::string::npos || e > close) e = close;
  while (e > b && n[e - 1] == ' ') --e;
  a.front.date_location = a.locate_norm(b, e);
}

// The keys of a front matter mapping. Other keys (author, tags, ...) are allowed and ignored:
// front matter is shared with static site generators.
void read_front_keys(Article& a, const YAML::Node& root, std::size_t close, int first_line,
                     std::vector<InputProblem>& problems) {
  for (auto kv : root) {
    auto key = kv.first.as<std::string>();
    const YAML::Node& v = kv.second;
    if (key == "date") read_date_key(a, {v.as<std::string>(), v.Mark().line, v.Mark().column}, close, first_line, problems);
    else if (key == "title") a.front.title = v.as<std::string>();
    else if (key == "source") a.front.source = v.as<std::string>();
    else if (key == "url") a.front.url = v.as<std::string>();
    else if (key == "wiclint") read_front_matter_directive(a, kv.first, v);  // inline suppressions: corpus/directives.cpp
  }
}

// Is `v` a value YAML reads as exactly these bytes: a one-line plain scalar that opens with no
// indicator, holds no comment, tab or ": ", and is no null ("~", "null")?
bool plain_value(std::string_view v) {
  if (v.empty() || std::string_view("-?:,[]{}#&*!|>'\"%@`").find(v[0]) != std::string_view::npos) return false;
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i] < 0x20 || v[i] > 0x7e || v[i] == '#' || (v[i] == ':' && (i + 1 == v.size() || v[i + 1] == ' ')))
      return false;
  return v != "~" && v != "null" && v != "Null" && v != "NULL";
}

// The block read without the YAML parser when every line is `key: plain value` with a distinct
// key of letters, digits, '_' or '-' (no `wiclint:` directive): the form nearly every article's
// front matter has, and a third of the cost of loading it through yaml-cpp. False, with nothing
// read, for anything else; the caller then parses the block as YAML.
bool read_plain_front_matter(Article& a, std::string_view yaml, std::size_t close, int first_line,
                             std::vector<InputProblem>& problems) {
  std::vector<std::pair<std::string_view, FrontValue>> entries;
  int line = 0;
  for (std::size_t b = 0; b < yaml.size(); ++line) {
    std::size_t e = yaml.find('\n', b);
    if (e == std::string_view::npos) e = yaml.size();
    std::string_view l = yaml.substr(b, e - b);
    b = e + 1;
    std::size_t k = 0;
    while (k < l.size() && (std::isalnum(static_cast<unsigned char>(l[k])) || l[k] == '_' || (k && l[k] == '-'))) ++k;
    if (k == 0 || k + 1 >= l.size() || l[k] != ':' || l[k + 1] != ' ') return false;
    std::size_t v = k + 1;
    while (v < l.size() && l[v] == ' ') ++v;
    std::string_view value = l.substr(v);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    const std::string_view key = l.substr(0, k);
    if (!plain_value(value) || key == "wiclint") return false;
    for (const auto& [seen, unused] : entries)
      if (seen == key) return false;
    entries.emplace_back(key, FrontValue{std::string(value), line, static_cast<int>(v)});
  }
  for (auto& [key, v] : entries) {
    if (key == "date") read_date_key(a, v, close, first_line, problems);
    else if (key == "title") a.front.title = std::move(v.text);
    else if (key == "source") a.front.source = std::move(v.text);
    else if (key == "url") a.front.url = std::move(v.text);
  }
  return !entries.empty();
}

}  // namespace

bool parse_front_matter(Article& a, std::vector<InputProblem>& problems) {
  const std::string& n = a.norm();
  if (n.compare(0, 4, "---\n") != 0) return true;
  std::size_t after = std::string::npos;
  const std::size_t close = front_matter_close(n, after);
  if (close == std::string::npos) return true;  // a lone --- is a horizontal rule, not front matter
  const int first_line = a.locate_norm(4, 4).line;
  a.front.present = true;
  if (read_plain_front_matter(a, std::string_view(n).substr(4, close - 4), close, first_line, problems)) {
    a.blank_prefix(after);
    return true;
  }
  const std::string yaml = n.substr(4, close - 4);
  try {
    YAML::Node root = YAML::Load(yaml);
    if (root && !root.IsNull() && !root.IsMap()) {
      problems.push_back({a.path(), "front matter is not a mapping of keys", first_line, 1, true});
      a.blank_prefix(after);
      return false;
    }
    if (root && !root.IsNull()) read_front_keys(a, root, close, first_line, problems);
  } catch (const YAML::Exception& e) {
    problems.push_back({a.path(), "malformed front matter: " + e.msg, first_line + std::max(0, e.mark.line),
                        std::max(0, e.mark.column) + 1, true});
    a.blank_prefix(after);  // still metadata, even when broken: keep it out of the prose
    return false;
  }
  a.blank_prefix(after);
  return true;
}

}  // namespace wiclint
