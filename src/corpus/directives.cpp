// Reading inline suppressions: directive comments in the text, and the front matter's `wiclint:`.
#include "corpus/directives.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string_view>

#include "corpus/article.hpp"

namespace wiclint {

namespace {

const std::vector<std::string>& directive_names() {
  static const std::vector<std::string> names = {"wiclint-disable", "wiclint-disable-next-line", "wiclint-enable"};
  return names;
}

bool space(char c) { return c == ' ' || c == '\n'; }

std::size_t skip_space(std::string_view n, std::size_t p, std::size_t end) {
  while (p < end && space(n[p])) ++p;
  return p;
}

// Only spaces between the comment and the ends of its line(s) (the scanned view folds tabs and
// odd spaces to ' ').
bool alone_on_line(std::string_view n, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i > 0 && n[i - 1] != '\n'; --i)
    if (n[i - 1] != ' ') return false;
  for (std::size_t i = e; i < n.size() && n[i] != '\n'; ++i)
    if (n[i] != ' ') return false;
  return true;
}

// Where the reason starts: a "--" standing alone (after a space, before a space or the end).
std::size_t reason_separator(std::string_view n, std::size_t p, std::size_t end) {
  for (std::size_t i = p; i + 1 < end; ++i)
    if (n[i] == '-' && n[i + 1] == '-' && (i == p || space(n[i - 1])) && (i + 2 == end || space(n[i + 2]))) return i;
  return end;
}

// The rule ids of [p, end): separated by commas and spaces.
void read_rule_list(const Article& a, std::size_t p, std::size_t end, Directive& d) {
  std::string_view n = a.norm();
  while (p < end) {
    while (p < end && (space(n[p]) || n[p] == ',')) ++p;
    std::size_t q = p;
    while (q < end && !space(n[q]) && n[q] != ',') ++q;
    if (q > p) {
      d.rules.emplace_back(a.original(p, q));
      d.rule_locs.push_back(a.locate_norm(p, q));
    }
    p = q;
  }
}

bool kind_of(std::string_view word, Directive::Kind& kind) {
  if (word == "wiclint-disable-next-line") kind = Directive::Kind::next_line;
  else if (word == "wiclint-disable") kind = Directive::Kind::disable;
  else if (word == "wiclint-enable") kind = Directive::Kind::enable;
  else return false;
  return true;
}

// The comment [b, e) (from "<!--" to after "-->"), when it is a directive.
void read_comment(Article& a, std::size_t b, std::size_t e) {
  std::string_view n = a.norm();
  const std::size_t end = e - 3;
  const std::size_t p = skip_space(n, b + 4, end);
  if (n.compare(p, 8, "wiclint-") != 0) return;  // an ordinary comment: left as it is
  std::size_t q = p;
  while (q < end && !space(n[q])) ++q;
  const std::string word(n.substr(p, q - p));
  Directive d;
  d.loc = a.locate_norm(b, e);
  d.text = std::string(a.original(b, e));
  if (!kind_of(word, d.kind)) {
    const std::string best = closest_word(word, directive_names());
    a.directives.problems.push_back(
        {a.locate_norm(p, q),
         "unknown directive '" + std::string(a.original(p, q)) + "'" + (best.empty() ? "" : "; did you mean '" + best + "'?") +
             " (directives: wiclint-disable, wiclint-disable-next-line, wiclint-enable)",
         d.text});
  } else {
    const std::size_t sep = reason_separator(n, q, end);
    read_rule_list(a, q, sep, d);
    d.has_reason = sep < end && skip_space(n, sep + 2, end) < end;
    a.directives.list.push_back(std::move(d));
  }
  a.blank(b, e);  // written as a directive: never prose, even when it cannot be read
}

}  // namespace

bool markdown_path(const std::string& path) {
  auto ends = [&](std::string_view s) { return path.size() >= s.size() && path.compare(path.size() - s.size(), s.size(), s) == 0; };
  return ends(".md") || ends(".markdown") || ends(".MD");
}

void read_directives(Article& a) {
  const bool markdown = markdown_path(a.path());
  const std::string& n = a.norm();
  for (std::size_t b = n.find("<!--", a.body_begin); b != std::string::npos; b = n.find("<!--", b + 1)) {
    const std::size_t close = n.find("-->", b + 4);
    if (close == std::string::npos) {
      // Unterminated: a directive the writer meant is reported; anything else is left as text.
      const std::size_t p = skip_space(n, b + 4, n.size());
      if (n.compare(p, 8, "wiclint-") == 0)
        a.directives.problems.push_back({a.locate_norm(b, p + 8), "directive comment without its closing '-->'",
                                         std::string(a.original(b, p + 8))});
      return;
    }
    if (!markdown && !alone_on_line(n, b, close + 3)) continue;
    read_comment(a, b, close + 3);
    b = close + 2;
  }
}

namespace {

// The location in the file of a YAML node of the front matter block, which starts at index 4 of
// the scanned view (after "---\n"); the span runs to the end of a plain scalar.
Location front_matter_location(const Article& a, const YAML::Mark& m) {
  const std::string& n = a.norm();
  std::size_t p = 4;
  for (int l = 0; l < m.line && p < n.size(); ++l) p = std::min(n.find('\n', p), n.size() - 1) + 1;
  const std::size_t b = std::min(p + static_cast<std::size_t>(std::max(0, m.column)), n.size());
  std::size_t e = b;
  while (e < n.size() && !space(n[e]) && n[e] != ',' && n[e] != ']' && n[e] != '}') ++e;
  return a.locate_norm(b, e);
}

std::string scalar(const YAML::Node& node) { return node.IsScalar() ? node.Scalar() : std::string(); }

void front_matter_problem(Article& a, const YAML::Node& at, const std::string& message) {
  a.directives.problems.push_back({front_matter_location(a, at.Mark()), message, "wiclint: " + scalar(at)});
}

// `disable:` is one rule id or a list of them.
bool read_disable_list(Article& a, const YAML::Node& v, Directive& d) {
  std::vector<YAML::Node> items;
  if (v.IsScalar()) items.push_back(v);
  if (v.IsSequence())
    for (const auto& item : v) items.push_back(item);
  for (const auto& item : items) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      front_matter_problem(a, item, "'disable' lists rule ids");
      return false;
    }
    d.rules.push_back(item.Scalar());
    d.rule_locs.push_back(front_matter_location(a, item.Mark()));
  }
  if (d.rules.empty()) front_matter_problem(a, v, "'disable' names no rule; write wiclint: {disable: [rule-id, ...], reason: why}");
  return !d.rules.empty();
}

}  // namespace

void read_front_matter_directive(Article& a, const YAML::Node& key, const YAML::Node& value) {
  Directive d;
  d.kind = Directive::Kind::file;
  d.loc = front_matter_location(a, key.Mark());
  d.text = "wiclint:";
  if (!value.IsMap()) {
    front_matter_problem(a, key, "front matter 'wiclint' is a mapping: wiclint: {disable: [rule-id, ...], reason: why}");
    return;
  }
  bool disable_seen = false;
  for (const auto& kv : value) {
    const std::string k = scalar(kv.first);
    if (k == "reason") {
      d.has_reason = !scalar(kv.second).empty();
    } else if (k == "disable") {
      disable_seen = true;
      if (!read_disable_list(a, kv.second, d)) return;
    } else {
      const std::string best = closest_word(k, {"disable", "reason"});
      front_matter_problem(a, kv.first, "unknown key '" + k + "' in front matter 'wiclint'" +
                                            (best.empty() ? "" : "; did you mean '" + best + "'?") + " (keys: disable, reason)");
      return;
    }
  }
  if (!disable_seen) {
    front_matter_problem(a, key, "front matter 'wiclint' needs 'disable': wiclint: {disable: [rule-id, ...], reason: why}");
    return;
  }
  a.directives.list.insert(a.directives.list.begin(), std::move(d));
}

std::string closest_word(const std::string& word, const std::vector<std::string>& candidates) {
  auto distance = [](const std::string& x, const std::string& y) {
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= y.size(); ++j) {
        const std::size_t up = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
        diagonal = up;
      }
    }
    return row[y.size()];
  };
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(3, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    const std::size_t d = distance(word, c);
    if (d < best_distance) best_distance = d, best = c;
  }
  return best;
}

}  // namespace wiclint
