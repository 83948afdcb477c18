#include "reports/reporter.hpp"

namespace wiclint {

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> names = {"text", "json", "sarif", "junit", "html", "markdown"};
  return names;
}

bool report_quotes(const std::string& format) { return format == "text" || format == "html"; }

std::unique_ptr<Reporter> make_reporter(const std::string& format, std::ostream& out, TextOptions text) {
  if (format == "text") return make_text_reporter(out, text);
  if (format == "json") return make_json_reporter(out);
  if (format == "sarif") return make_sarif_reporter(out);
  if (format == "junit") return make_junit_reporter(out);
  if (format == "html") return make_html_reporter(out);
  if (format == "markdown") return make_markdown_reporter(out);
  return nullptr;
}

}  // namespace wiclint
