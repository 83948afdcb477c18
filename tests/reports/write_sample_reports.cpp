// Writes the sample run (sample_run.hpp) as SARIF, JUnit, HTML and Markdown into a folder, plus
// edge cases (an empty run; fail_on=warning), so ctest can hand them to validate-report and the
// browser test. Usage: write_sample_reports OUTDIR
#include <fstream>
#include <iostream>
#include <sstream>

#include "reports/atomic_file.hpp"
#include "tests/reports/sample_run.hpp"

using namespace wiclint;

static bool write(const std::string& dir, const std::string& name, const std::string& format, const test::SampleRun& s) {
  std::ostringstream out;
  auto rep = make_reporter(format, out);
  if (!rep) {
    std::cerr << "write_sample_reports: no reporter for " << format << '\n';
    return false;
  }
  test::run_reporter(*rep, s);
  std::string err = write_file_atomically(dir + "/" + name, out.str());
  if (!err.empty()) std::cerr << "write_sample_reports: " << err << '\n';
  return err.empty();
}

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: write_sample_reports OUTDIR\n";
    return 2;
  }
  std::string dir = argv[1];
  test::SampleRun s = test::sample_run();
  test::SampleRun empty;
  empty.info.tool_version = "0.1.0";
  test::SampleRun strict = s;
  strict.info.fail_on = "warning";
  bool ok = write(dir, "sample.sarif", "sarif", s) && write(dir, "sample.junit.xml", "junit", s) &&
            write(dir, "sample.html", "html", s) && write(dir, "sample.md", "markdown", s) &&
            write(dir, "empty.sarif", "sarif", empty) && write(dir, "empty.junit.xml", "junit", empty) &&
            write(dir, "empty.html", "html", empty) && write(dir, "strict.junit.xml", "junit", strict);
  return ok ? 0 : 1;
}
