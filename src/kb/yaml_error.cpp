#include "kb/yaml_error.hpp"

#include <algorithm>
#include <cmath>

#include "util/input_file.hpp"

namespace wiclint {

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

YamlError::YamlError(const std::string& file, int line, int column, const std::string& what)
    : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + what),
      file_(file), line_(line), column_(column), detail_(what) {}

void yaml_fail(const std::string& file, const YAML::Node& node, const std::string& what) {
  auto m = node.Mark();
  throw YamlError(file, m.line + 1, m.column + 1, what);
}

Location yaml_location(const std::string& file, const YAML::Node& node) {
  Location loc;
  loc.file = file;
  auto m = node.Mark();
  loc.line = loc.end_line = m.line + 1;
  loc.column = m.column + 1;
  loc.end_column = loc.column + 1;
  return loc;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& allowed) {
  std::string best;
  std::size_t best_d = 3;
  for (const auto& a : allowed) {
    auto d = edit_distance(word, a);
    if (d < best_d) best_d = d, best = a;
  }
  return best.empty() ? "" : "; did you mean '" + best + "'?";
}

std::string unknown_key_message(const std::string& key, const std::vector<std::string>& allowed) {
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  return "unknown key '" + key + "'" + did_you_mean(key, allowed) + " (allowed: " + list + ")";
}

void check_keys(const std::string& file, const YAML::Node& map, const std::vector<std::string>& allowed) {
  if (!map.IsMap()) yaml_fail(file, map, "expected a mapping of keys");
  for (auto kv : map) {
    auto key = kv.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      yaml_fail(file, kv.first, unknown_key_message(key, allowed));
  }
}

YAML::Node load_yaml(const std::string& file, const std::string& text) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw YamlError(file, e.mark.line + 1, e.mark.column + 1, "malformed YAML: " + e.msg);
  }
}

std::string read_yaml_text(const std::string& file) {
  std::string error;
  auto text = read_regular_file(file, kMaxInputBytes, error);
  if (!text) throw YamlError(file, 1, 1, "cannot read file: " + error);
  return std::move(*text);
}

YAML::Node load_yaml_file(const std::string& file) { return load_yaml(file, read_yaml_text(file)); }

std::string yaml_string(const std::string& file, const YAML::Node& node) {
  if (!node.IsScalar()) yaml_fail(file, node, "expected a text value");
  return node.Scalar();
}

int yaml_int(const std::string& file, const YAML::Node& node) {
  try {
    if (node.IsScalar()) return node.as<int>();
  } catch (const YAML::Exception&) {
  }
  yaml_fail(file, node, "expected a whole number, got '" + (node.IsScalar() ? node.Scalar() : std::string("a collection")) + "'");
}

double yaml_double(const std::string& file, const YAML::Node& node) {
  try {
    // Not .nan or .inf: every comparison with NaN is false, so no range check would catch it.
    if (node.IsScalar())
      if (const double v = node.as<double>(); std::isfinite(v)) return v;
  } catch (const YAML::Exception&) {
  }
  yaml_fail(file, node, "expected a finite number, got '" + (node.IsScalar() ? node.Scalar() : std::string("a collection")) + "'");
}

int yaml_int_between(const std::string& file, const YAML::Node& node, int lo, int hi, const std::string& what) {
  const int v = yaml_int(file, node);
  if (v < lo || v > hi)
    yaml_fail(file, node, what + " must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ", got " +
                              std::to_string(v));
  return v;
}

std::string yaml_phrase(const std::string& file, const YAML::Node& node, bool ascii) {
  std::string text = yaml_string(file, node);
  if (text.find_first_not_of(" \t") == std::string::npos)
    yaml_fail(file, node, "an empty phrase is not allowed; remove it or write the phrase");
  if (ascii && std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    yaml_fail(file, node, "'" + text + "' is not ASCII: the title grammar reads ASCII letters only; spell it without accents");
  return text;
}

std::vector<std::string> yaml_phrases(const std::string& file, const YAML::Node& node, bool ascii) {
  std::vector<std::string> out;
  if (node.IsScalar()) {
    out.push_back(yaml_phrase(file, node, ascii));
    return out;
  }
  if (!node.IsSequence()) yaml_fail(file, node, "expected a list of phrases");
  for (const auto& item : node) out.push_back(yaml_phrase(file, item, ascii));
  return out;
}

std::vector<std::string> yaml_strings(const std::string& file, const YAML::Node& node) {
  std::vector<std::string> out;
  if (node.IsScalar()) {
    out.push_back(node.Scalar());
    return out;
  }
  if (!node.IsSequence()) yaml_fail(file, node, "expected a list of texts");
  for (const auto& item : node) out.push_back(yaml_string(file, item));
  return out;
}

}  // namespace wiclint
