#pragma once
// wiclint.yaml: which knowledge-base files to load, which files to read, and how each rule runs.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/finding.hpp"
#include "model/location.hpp"

namespace wiclint {

struct RuleSettings {
  std::optional<Severity> severity;
  std::map<std::string, double> options;
  std::map<std::string, Location> option_locations;
  Location loc;
};

struct Suppression {
  std::string file;    // glob against the finding's path relative to the corpus folder (as `exclude`)
  std::string rule;    // rule id, or "*"
  std::string reason;  // required: a suppression says why
  Location loc;
};

struct Config {
  std::string path;                  // empty when no config file was read
  std::vector<std::string> kb;       // resolved relative to the config file
  std::vector<std::string> corpus;   // what to lint when no path is given, relative to the config file
  std::vector<Location> kb_locations;  // where each kb entry is written
  bool default_kb = true;            // load claims/wic.yaml compiled into wiclint
  std::vector<std::string> include = {"*.txt", "*.md"};
  std::vector<std::string> exclude;
  std::map<std::string, RuleSettings> rules;
  std::vector<Suppression> suppress;
};

// Parses a config file; throws YamlError.
Config load_config_text(const std::string& file, const std::string& text);
Config load_config_file(const std::string& file);
// Throws YamlError, located at the entry in the config, for a `kb` path that leads out of the
// config file's folder tree (after following links): a config dropped into a corpus must not load,
// and quote in its errors, a file elsewhere on the machine. `--allow-outside-kb` skips this.
void check_kb_paths_inside(const Config& c);
// wiclint.yaml in the current folder, else in the first corpus folder; "" when neither has one.
std::string find_config(const std::vector<std::string>& corpus_paths);

}  // namespace wiclint
