#include <yaml-cpp/yaml.h>

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

// The `date` key: YYYY-MM-DD first, located in the file (the YAML mark is 0-based and relative to
// the block, which starts at offset 4).
void read_date_key(Article& a, const YAML::Node& v, std::size_t close, int first_line, std::vector<InputProblem>& problems) {
  const std::string& n = a.norm();
  auto text = v.as<std::string>();
  auto d = parse_iso(text.substr(0, 10));
  if (!d) {
    problems.push_back({a.path(), "front matter 'date' must start with YYYY-MM-DD, got '" + text + "'",
                        first_line + v.Mark().line, v.Mark().column + 1, true});
    return;
  }
  a.front.date = d;
  std::size_t line_off = 4;
  for (int l = 0; l < v.Mark().line; ++l) line_off = n.find('\n', line_off) + 1;
  std::size_t b = line_off + v.Mark().column;
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
    if (key == "date") read_date_key(a, v, close, first_line, problems);
    else if (key == "title") a.front.title = v.as<std::string>();
    else if (key == "source") a.front.source = v.as<std::string>();
    else if (key == "url") a.front.url = v.as<std::string>();
    else if (key == "wiclint") read_front_matter_directive(a, kv.first, v);  // inline suppressions: corpus/directives.cpp
  }
}

}  // namespace

bool parse_front_matter(Article& a, std::vector<InputProblem>& problems) {
  const std::string& n = a.norm();
  if (n.compare(0, 4, "---\n") != 0) return true;
  std::size_t after = std::string::npos;
  const std::size_t close = front_matter_close(n, after);
  if (close == std::string::npos) return true;  // a lone --- is a horizontal rule, not front matter
  std::string yaml = n.substr(4, close - 4);
  const int first_line = a.locate_norm(4, 4).line;
  a.front.present = true;
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
