#include "kb/config.hpp"

#include <algorithm>
#include <filesystem>

#include "kb/yaml_error.hpp"

namespace fs = std::filesystem;

namespace wiclint {

Config load_config_text(const std::string& file, const std::string& text) {
  Config c;
  c.path = file;
  YAML::Node root = load_yaml(file, text);
  if (!root || root.IsNull()) return c;
  check_keys(file, root, {"kb", "default_kb", "include", "exclude", "rules", "suppress", "corpus"});
  fs::path base = fs::path(file).parent_path();
  if (auto kb = root["kb"]) {
    std::vector<YAML::Node> items;
    if (kb.IsSequence()) {
      for (const auto& item : kb) items.push_back(item);
    } else {
      items.push_back(kb);
    }
    for (const auto& item : items) {
      const std::string k = yaml_phrase(file, item, false);
      fs::path p(k);
      c.kb.push_back(p.is_absolute() ? k : (base / p).lexically_normal().string());
      c.kb_locations.push_back(yaml_location(file, item));
    }
  }
  if (auto corpus = root["corpus"]) {
    for (const auto& item : corpus.IsSequence() ? corpus : YAML::Node(YAML::NodeType::Sequence)) {
      const std::string k = yaml_phrase(file, item, false);
      c.corpus.push_back(fs::path(k).is_absolute() ? k : (base / k).lexically_normal().string());
    }
    if (!corpus.IsSequence()) {
      const std::string k = yaml_phrase(file, corpus, false);
      c.corpus.push_back(fs::path(k).is_absolute() ? k : (base / k).lexically_normal().string());
    }
  }
  if (auto d = root["default_kb"]) {
    auto v = yaml_string(file, d);
    if (v != "true" && v != "false") yaml_fail(file, d, "'default_kb' is true or false, got '" + v + "'");
    c.default_kb = v == "true";
  }
  if (root["include"]) c.include = yaml_strings(file, root["include"]);
  if (root["exclude"]) c.exclude = yaml_strings(file, root["exclude"]);
  if (auto rules = root["rules"]) {
    if (!rules.IsMap()) yaml_fail(file, rules, "'rules' maps rule ids to a severity or to settings");
    for (auto kv : rules) {
      RuleSettings s;
      s.loc = yaml_location(file, kv.first);
      const YAML::Node& v = kv.second;
      auto read_severity = [&](const YAML::Node& n) {
        Severity sev;
        auto text = yaml_string(file, n);
        if (!parse_severity(text, sev)) yaml_fail(file, n, "unknown severity '" + text + "' (allowed: off, note, warning, error)");
        s.severity = sev;
      };
      if (v.IsScalar()) {
        read_severity(v);
      } else if (v.IsMap()) {
        for (auto opt : v) {
          auto key = opt.first.Scalar();
          if (key == "severity") {
            read_severity(opt.second);
          } else {
            s.options[key] = yaml_double(file, opt.second);
            s.option_locations[key] = yaml_location(file, opt.first);
          }
        }
      } else {
        yaml_fail(file, v, "expected a severity (off, note, warning, error) or a mapping of settings");
      }
      c.rules[kv.first.Scalar()] = s;
    }
  }
  if (auto sup = root["suppress"]) {
    if (!sup.IsSequence()) yaml_fail(file, sup, "'suppress' must be a list of {file, rule, reason}");
    for (const auto& item : sup) {
      check_keys(file, item, {"file", "rule", "reason"});
      Suppression s;
      s.loc = yaml_location(file, item);
      if (!item["file"] || !item["rule"] || !item["reason"])
        yaml_fail(file, item, "a suppression needs 'file', 'rule' and 'reason'");
      s.file = yaml_string(file, item["file"]);
      s.rule = yaml_string(file, item["rule"]);
      s.reason = yaml_string(file, item["reason"]);
      if (s.reason.empty()) yaml_fail(file, item["reason"], "a suppression must say why");
      c.suppress.push_back(s);
    }
  }
  return c;
}

Config load_config_file(const std::string& file) {
  return load_config_text(file, read_yaml_text(file));
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
