#include <algorithm>
#include <sstream>

#include "engine/engine.hpp"
#include "kb/yaml_error.hpp"
#include "util/hash.hpp"
#include "util/json.hpp"

namespace wiclint {

bool Baseline::hides(const Finding& f) const {
  auto it = entries.find(f.fingerprint());
  if (it == entries.end()) return false;
  if (!it->second.has_evidence) return true;
  const auto& known = it->second.evidence;
  return std::all_of(f.evidence.begin(), f.evidence.end(), [&](std::uint64_t k) { return known.count(hex64(k)) > 0; });
}

// A baseline is JSON: {"version": 1, "findings": [{"fingerprint", "rule", "file", "text", "evidence"}]}.
// The fingerprint and the evidence keys are matched; the rest is there for people reading the file.
// Entries of one fingerprint pool their evidence.
Baseline read_baseline(const std::string& path) {
  YAML::Node root = load_yaml_file(path);  // JSON is YAML
  Baseline out;
  if (!root.IsMap() || !root["findings"] || !root["findings"].IsSequence())
    throw YamlError(path, 1, 1, "not a wiclint baseline: expected {\"version\": 1, \"findings\": [...]}");
  for (const auto& f : root["findings"]) {
    if (!f.IsMap() || !f["fingerprint"]) yaml_fail(path, f, "a baseline entry needs a 'fingerprint'");
    auto& entry = out.entries[yaml_string(path, f["fingerprint"])];
    if (!f["evidence"]) continue;
    if (!f["evidence"].IsSequence()) yaml_fail(path, f["evidence"], "'evidence' must be a list of keys");
    entry.has_evidence = true;
    for (const auto& k : f["evidence"]) entry.evidence.insert(yaml_string(path, k));
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
    w.key("evidence").begin_array();
    for (const std::uint64_t k : f.evidence) w.value(hex64(k));
    w.end_array();
    w.end_object();
  }
  w.end_array().end_object();
  out << '\n';
  return out.str();
}

}  // namespace wiclint
