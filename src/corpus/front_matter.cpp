#include <yaml-cpp/yaml.h>

#include "corpus/loader.hpp"

namespace wiclint {

// Article has no public mutator for its scanned view; front matter parsing is its friend in
// spirit: it only blanks the block so grammars do not read metadata as prose.
bool parse_front_matter(Article& a, std::vector<InputProblem>& problems) {
  const std::string& n = a.norm();
  if (n.compare(0, 4, "---\n") != 0) return true;
  // Find the closing line: "---" or "...".
  std::size_t pos = 4, close = std::string::npos, after = std::string::npos;
  while (pos <= n.size()) {
    std::size_t eol = n.find('\n', pos);
    std::size_t len = (eol == std::string::npos ? n.size() : eol) - pos;
    std::string_view line(n.data() + pos, len);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line == "---" || line == "...") {
      close = pos;
      after = eol == std::string::npos ? n.size() : eol + 1;
      break;
    }
    if (eol == std::string::npos) break;
    pos = eol + 1;
  }
  if (close == std::string::npos) return true;  // a lone --- is a horizontal rule, not front matter
  std::string yaml = n.substr(4, close - 4);
  const int first_line = a.locate_norm(4, 4).line;
  a.front.present = true;
  try {
    YAML::Node root = YAML::Load(yaml);
    if (root && !root.IsNull()) {
      if (!root.IsMap()) {
        problems.push_back({a.path(), "front matter is not a mapping of keys", first_line, 1, true});
        a.blank_prefix(after);
        return false;
      }
      for (auto kv : root) {
        auto key = kv.first.as<std::string>();
        const YAML::Node& v = kv.second;
        if (key == "date") {
          auto text = v.as<std::string>();
          auto d = parse_iso(text.substr(0, 10));
          if (!d) {
            problems.push_back({a.path(), "front matter 'date' must start with YYYY-MM-DD, got '" + text + "'",
                                first_line + v.Mark().line, v.Mark().column + 1, true});
            continue;
          }
          a.front.date = d;
          // Map the YAML mark (0-based, relative to the block) back to the file.
          std::size_t line_off = 4;
          for (int l = 0; l < v.Mark().line; ++l) line_off = n.find('\n', line_off) + 1;
          std::size_t b = line_off + v.Mark().column;
          std::size_t e = n.find('\n', b);
          if (e == std::string::npos || e > close) e = close;
          while (e > b && n[e - 1] == ' ') --e;
          a.front.date_location = a.locate_norm(b, e);
        } else if (key == "title") {
          a.front.title = v.as<std::string>();
        } else if (key == "source") {
          a.front.source = v.as<std::string>();
        } else if (key == "url") {
          a.front.url = v.as<std::string>();
        } else if (key == "wiclint") {
          read_front_matter_directive(a, kv.first, v);  // inline suppressions: corpus/directives.cpp
        }
        // Other keys (author, tags, ...) are allowed and ignored: front matter is shared with
        // static site generators.
      }
    }
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
