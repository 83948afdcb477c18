// The JSON report: a stable contract other tools build on (see README, "JSON output").
#include <functional>
#include <vector>

#include "reports/reporter.hpp"
#include "util/json.hpp"

namespace wiclint {

namespace {

// docs/wiclint-output.schema.json describes this version: raise the minor number with a field
// added (and the schema with it).
constexpr const char* kJsonSchemaVersion = "1.0";

void write_location_fields(JsonWriter& w, const Location& l) {
  w.key("file").value(l.file.str());
  w.key("line").value(l.line);
  w.key("column").value(l.column);
  w.key("end_line").value(l.end_line);
  w.key("end_column").value(l.end_column);
}

class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}
  void begin(const RunInfo& run) override { version_ = run.tool_version; }
  void finding(const Finding& f) override { findings_.push_back(f); }
  void end(const RunSummary& s) override {
    JsonWriter w(out_, 2);
    w.begin_object();
    w.key("schema_version").value(kJsonSchemaVersion);
    w.key("tool").begin_object().key("name").value("wiclint").key("version").value(version_).end_object();
    w.key("files").value(s.files);
    w.key("claims").value(s.claims);
    w.key("summary").begin_object().key("errors").value(s.errors).key("warnings").value(s.warnings)
        .key("notes").value(s.notes).end_object();
    w.key("findings").begin_array();
    for (const Finding& f : findings_) {
      w.begin_object();
      w.key("rule").value(f.rule);
      w.key("severity").value(to_string(f.severity));
      write_location_fields(w, f.loc);
      w.key("message").value(f.message);
      w.key("text").value(f.quote);
      w.key("fingerprint").value(f.fingerprint());
      w.key("related").begin_array();
      for (const auto& r : f.related) {
        w.begin_object();
        write_location_fields(w, r.loc);
        w.key("message").value(r.message);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
    out_ << '\n';
  }

 private:
  std::ostream& out_;
  std::string version_;
  std::vector<std::reference_wrapper<const Finding>> findings_;  // the run's, alive until end()
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace wiclint
