#include <sstream>

#include "engine/engine.hpp"
#include "kb/yaml_error.hpp"
#include "util/json.hpp"

namespace wiclint {

// A baseline is JSON: {"version": 1, "findings": [{"fingerprint", "rule", "file", "text"}]}.
// Only the fingerprint is matched; the rest is there for people reading the file.
std::set<std::string> read_baseline(const std::string& path) {
  YAML::Node root = load_yaml_file(path);  // JSON is YAML
  std::set<std::string> out;
  if (!root.IsMap() || !root["findings"] || !root["findings"].IsSequence())
    throw YamlError(path, 1, 1, "not a wiclint baseline: expected {\"version\": 1, \"findings\": [...]}");
  for (const auto& f : root["findings"]) {
    if (!f.IsMap() || !f["fingerprint"]) yaml_fail(path, f, "a baseline entry needs a 'fingerprint'");
    out.insert(yaml_string(path, f["fingerprint"]));
  }
  return out;
}

std::string baseline_json(const std::vector<Finding>& findings) {
  std::ostringstream out;
  JsonWriter w(out, 2);
  w.begin_object().key("version").value(1).key("findings").begin_array();
  for (const auto& f : findings) {
    w.begin_object();
    w.key("fingerprint").value(f.fingerprint()).key("rule").value(f.rule).key("file").value(f.loc.file.str()).key("text").value(f.quote);
    w.end_object();
  }
  w.end_array().end_object();
  out << '\n';
  return out.str();
}

}  // namespace wiclint
