#pragma once
#include <cstddef>
#include <string>

namespace wiclint {

// Where a claim or finding sits. Lines and columns are 1-based; columns count Unicode code points
// of the original file (a BOM is not counted; a tab is one column). end_column is exclusive, as in
// SARIF: the column just after the last character of the span.
struct Location {
  std::string file;         // the path as reached from the command line, or a knowledge-base file
  std::size_t begin = 0;    // byte offsets into the original file
  std::size_t end = 0;
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;

  // Filled only for locations that are reported: the source line that holds the span, and where
  // the span lies in it (byte offsets into `context`). Used by carets and the HTML report.
  std::string context;
  std::size_t context_begin = 0;
  std::size_t context_end = 0;

  bool known() const { return line > 0; }
};

}  // namespace wiclint
