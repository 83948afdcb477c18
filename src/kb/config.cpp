#include "kb/config.hpp"

#include <algorithm>
#include <filesystem>

#include "kb/yaml_error.hpp"

namespace fs = std::filesystem;

namespace wiclint {

namespace {

// Collects a config's errors so that one run reports them all: each part is read under guard(),
// and a part that fails leaves the others to be read.
class Errors {
 public:
  template <class F>
  void guard(F&& read) {
    try {
      read();
    } catch (const YamlError& e) {
      list.push_back(e);
    }
  }
  void add(const std::string& file, const YAML::Node& node, const std::string& what) {
    guard([&] { yaml_fail(file, node, what); });
  }
  std::vector<YamlError> list;
};

std::string list_of(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

void check_top_keys(const std::string& file, const YAML::Node& root, Errors& errors) {
  static const std::vector<std::string> allowed = {"kb", "default_kb", "include", "exclude", "rules", "suppress", "corpus"};
  if (!root.IsMap()) yaml_fail(file, root, "expected a mapping of keys");
  for (auto kv : root)
    if (std::find(allowed.begin(), allowed.end(), kv.first.Scalar()) == allowed.end())
      errors.add(file, kv.first, unknown_key_message(kv.first.Scalar(), allowed));
}

// One path or a list of paths, resolved against the config's folder.
void read_paths(const std::string& file, const YAML::Node& node, std::vector<std::string>& out,
                std::vector<Location>* locations, Errors& errors) {
  const fs::path base = fs::path(file).parent_path();
  std::vector<YAML::Node> items;
  if (node.IsSequence()) {
    for (const auto& item : node) items.push_back(item);
  } else {
    items.push_back(node);
  }
  for (const auto& item : items)
    errors.guard([&] {
      const std::string k = yaml_phrase(file, item, false);
      out.push_back(fs::path(k).is_absolute() ? k : (base / k).lexically_normal().string());
      if (locations) locations->push_back(yaml_location(file, item));
    });
}

void read_severity(const std::string& file, const YAML::Node& n, RuleSettings& s) {
  static const std::vector<std::string> names = {"off", "note", "warning", "error"};
  Severity sev;
  auto text = yaml_string(file, n);
  if (!parse_severity(text, sev))
    yaml_fail(file, n, "unknown severity '" + text + "'" + did_you_mean(text, names) + " (allowed: off, note, warning, error)");
  s.severity = sev;
}

// An option of a rule the catalogue knows: a name it takes, a value not below zero.
void check_option(const std::string& file, const std::string& rule, const YAML::Node& key, double value,
                  const std::vector<std::string>& options) {
  const std::string name = key.Scalar();
  if (std::find(options.begin(), options.end(), name) == options.end())
    yaml_fail(file, key, "rule '" + rule + "' has no option '" + name + "'" + did_you_mean(name, options) +
                             (options.empty() ? " (it takes none but 'severity')" : " (options: severity, " + list_of(options) + ")"));
  if (value < 0) yaml_fail(file, key, "option '" + name + "' must not be negative");
}

void read_rule(const std::string& file, const YAML::Node& key, const YAML::Node& v, const RuleCatalogue& catalogue,
               Config& c, Errors& errors) {
  const std::string id = key.Scalar();
  const auto known = catalogue.find(id);
  if (!catalogue.empty() && known == catalogue.end()) {
    std::vector<std::string> ids;
    for (const auto& [rule, options] : catalogue) ids.push_back(rule);
    errors.add(file, key, "unknown rule '" + id + "'" + did_you_mean(id, ids) + " (rules: " + list_of(ids) + ")");
  }
  RuleSettings s;
  s.loc = yaml_location(file, key);
  if (v.IsScalar()) {
    errors.guard([&] { read_severity(file, v, s); });
  } else if (v.IsMap()) {
    for (auto opt : v) {
      const std::string name = opt.first.Scalar();
      if (name == "severity") {
        errors.guard([&] { read_severity(file, opt.second, s); });
        continue;
      }
      errors.guard([&] {
        s.options[name] = yaml_double(file, opt.second);
        s.option_locations[name] = yaml_location(file, opt.first);
        if (known != catalogue.end()) check_option(file, id, opt.first, s.options[name], known->second);
      });
    }
  } else {
    errors.add(file, v, "expected a severity (off, note, warning, error) or a mapping of settings");
  }
  c.rules[id] = s;
}

void read_suppression(const std::string& file, const YAML::Node& item, const RuleCatalogue& catalogue, Config& c) {
  check_keys(file, item, {"file", "rule", "reason"});
  Suppression s;
  s.loc = yaml_location(file, item);
  if (!item["file"] || !item["rule"] || !item["reason"]) yaml_fail(file, item, "a suppression needs 'file', 'rule' and 'reason'");
  s.file = yaml_string(file, item["file"]);
  s.rule = yaml_string(file, item["rule"]);
  s.reason = yaml_string(file, item["reason"]);
  if (s.reason.empty()) yaml_fail(file, item["reason"], "a suppression must say why");
  if (!catalogue.empty() && s.rule != "*" && !catalogue.count(s.rule)) {
    std::vector<std::string> ids{"*"};
    for (const auto& [rule, options] : catalogue) ids.push_back(rule);
    yaml_fail(file, item["rule"], "unknown rule '" + s.rule + "'" + did_you_mean(s.rule, ids) + " (rules: " + list_of(ids) + ")");
  }
  c.suppress.push_back(s);
}

void read_sections(const std::string& file, const YAML::Node& root, const RuleCatalogue& catalogue, Config& c,
                   Errors& errors) {
  if (auto kb = root["kb"]) read_paths(file, kb, c.kb, &c.kb_locations, errors);
  if (auto corpus = root["corpus"]) read_paths(file, corpus, c.corpus, nullptr, errors);
  if (auto d = root["default_kb"])
    errors.guard([&] {
      auto v = yaml_string(file, d);
      if (v != "true" && v != "false") yaml_fail(file, d, "'default_kb' is true or false, got '" + v + "'");
      c.default_kb = v == "true";
    });
  if (root["include"]) errors.guard([&] { c.include = yaml_strings(file, root["include"]); });
  if (root["exclude"]) errors.guard([&] { c.exclude = yaml_strings(file, root["exclude"]); });
  if (auto rules = root["rules"]) {
    if (!rules.IsMap()) errors.add(file, rules, "'rules' maps rule ids to a severity or to settings");
    else
      for (auto kv : rules) read_rule(file, kv.first, kv.second, catalogue, c, errors);
  }
  if (auto sup = root["suppress"]) {
    if (!sup.IsSequence()) errors.add(file, sup, "'suppress' must be a list of {file, rule, reason}");
    else
      for (const auto& item : sup) errors.guard([&] { read_suppression(file, item, catalogue, c); });
  }
}

std::string joined(const std::vector<YamlError>& all) {
  std::string text;
  for (const auto& e : all) text += (text.empty() ? "" : "\n") + std::string(e.what());
  return text;
}

}  // namespace

ConfigErrors::ConfigErrors(std::vector<YamlError> all)
    : YamlError(all.at(0).file(), all.at(0).line(), all.at(0).column(), all.at(0).detail()),
      all_(std::move(all)), text_(joined(all_)) {}

Config load_config_text(const std::string& file, const std::string& text, const RuleCatalogue& catalogue) {
  Config c;
  c.path = file;
  YAML::Node root = load_yaml(file, text);
  if (!root || root.IsNull()) return c;
  Errors errors;
  check_top_keys(file, root, errors);
  read_sections(file, root, catalogue, c, errors);
  if (errors.list.empty()) return c;
  std::stable_sort(errors.list.begin(), errors.list.end(), [](const YamlError& a, const YamlError& b) {
    return std::pair(a.line(), a.column()) < std::pair(b.line(), b.column());
  });
  throw ConfigErrors(std::move(errors.list));
}

Config load_config_file(const std::string& file, const RuleCatalogue& catalogue) {
  return load_config_text(file, read_yaml_text(file), catalogue);
}

void check_kb_paths_inside(const Config& c) {
  if (c.kb.empty()) return;
  std::error_code ec;
  const fs::path folder = fs::weakly_canonical(fs::absolute(c.path).parent_path(), ec);
  for (std::size_t k = 0; k < c.kb.size(); ++k) {
    const fs::path target = fs::weakly_canonical(fs::absolute(c.kb[k]), ec);
    if (!ec && std::mismatch(folder.begin(), folder.end(), target.begin(), target.end()).first == folder.end()) continue;
    const Location& l = c.kb_locations[k];
    throw YamlError(l.file, l.line, l.column,
                    "knowledge-base file '" + c.kb[k] + "' is outside the folder of this config; a config may load only "
                    "files in its own folder tree (pass --allow-outside-kb to allow it)");
  }
}

std::string find_config(const std::vector<std::string>& corpus_paths) {
  std::error_code ec;
  if (fs::is_regular_file("wiclint.yaml", ec)) return "wiclint.yaml";
  for (const auto& p : corpus_paths) {
    if (fs::is_directory(p, ec)) {
      auto candidate = fs::path(p) / "wiclint.yaml";
      if (fs::is_regular_file(candidate, ec)) return candidate.string();
      break;
    }
  }
  return "";
}

}  // namespace wiclint
