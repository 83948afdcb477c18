#pragma once
// wiclint.yaml: which knowledge-base files to load, which files to read, and how each rule runs.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kb/yaml_error.hpp"
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

// The rules a config may name, each with the options it takes (besides 'severity').
using RuleCatalogue = std::map<std::string, std::vector<std::string>>;

// Every error of one config file, in file order; what() gives them one per line, and the
// YamlError accessors describe the first.
class ConfigErrors : public YamlError {
 public:
  explicit ConfigErrors(std::vector<YamlError> all);
  const std::vector<YamlError>& all() const { return all_; }
  const char* what() const noexcept override { return text_.c_str(); }

 private:
  std::vector<YamlError> all_;
  std::string text_;
};

// Parses a config file. Malformed YAML throws YamlError; otherwise every error found (unknown
// keys, values, and with a catalogue unknown rules and options, each with a "did you mean") is
// collected and thrown at once as ConfigErrors. An empty catalogue leaves rule ids unchecked.
Config load_config_text(const std::string& file, const std::string& text, const RuleCatalogue& catalogue = {});
Config load_config_file(const std::string& file, const RuleCatalogue& catalogue = {});
// Throws YamlError, located at the entry in the config, for a `kb` path that leads out of the
// config file's folder tree (after following links): a config dropped into a corpus must not load,
// and quote in its errors, a file elsewhere on the machine. `--allow-outside-kb` skips this.
void check_kb_paths_inside(const Config& c);
// wiclint.yaml in the current folder, else in the first corpus folder; "" when neither has one.
std::string find_config(const std::vector<std::string>& corpus_paths);

}  // namespace wiclint
