// The text report: untrusted file names and article text cannot forge output lines or reach the
// terminal as control characters.
#include <sstream>

#include <gtest/gtest.h>

#include "reports/reporter.hpp"
#include "util/json.hpp"
#include "util/utf8.hpp"

namespace wiclint {
namespace {

Finding hostile_finding() {
  Finding f;
  f.rule = "undated-article";
  f.severity = Severity::warning;
  f.loc.file = "corpus/a\n::error file=ci.yml,line=1::forged\x1b[2J.txt";
  f.loc.line = f.loc.end_line = 1;
  f.loc.column = 1;
  f.loc.end_column = 6;
  f.loc.set_context("\x1b]0;title\x07Title\there \xC2\x9B" "2J", 0, 18);
  f.message = "no publication date for \"\x1b[31mTitle\x07\"";
  Related r;
  r.loc.file = "other\r\n::warning::x.txt";
  r.message = "see \x1b[0m";
  f.related.push_back(r);
  return f;
}

TEST(TextReport, ControlCharactersAreEscapedAndNoLineIsForged) {
  std::ostringstream out;
  auto rep = make_text_reporter(out);
  rep->begin(RunInfo{});
  rep->finding(hostile_finding());
  rep->end(RunSummary{});
  const std::string text = out.str();
  for (char c : text) EXPECT_TRUE(c == '\n' || static_cast<unsigned char>(c) >= 0x20) << int(c);
  EXPECT_EQ(text.find("\xC2\x9B"), std::string::npos);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) EXPECT_NE(line.rfind("::", 0), 0u) << line;
  EXPECT_NE(text.find("corpus/a\\n::error file=ci.yml,line=1::forged\\x1b[2J.txt:1:1: warning: "), std::string::npos)
      << text;
  // The caret stays under the span as printed: its 18 bytes are 24 columns once escaped.
  EXPECT_NE(text.find("    \\x1b]0;title\\x07Title here \\u009b2J\n    ^" + std::string(23, '~') + "\n"),
            std::string::npos)
      << text;
}

// JSON stays valid UTF-8 whatever bytes a file name holds: invalid bytes become U+FFFD.
TEST(JsonReport, InvalidUtf8InAFileNameBecomesReplacementCharacters) {
  Finding f;
  f.rule = "unreadable-input";
  f.severity = Severity::error;
  f.loc.file = "corpus/bad\xFF\xFE.txt";
  f.message = "invalid UTF-8";
  std::ostringstream out;
  auto rep = make_json_reporter(out);
  rep->begin(RunInfo{});
  rep->finding(f);
  rep->end(RunSummary{});
  EXPECT_EQ(find_invalid_utf8(out.str()), std::string_view::npos);
  EXPECT_NE(out.str().find("\"corpus/bad\xEF\xBF\xBD\xEF\xBF\xBD.txt\""), std::string::npos) << out.str();
  EXPECT_EQ(json_escape("a\xFF"), "a\xEF\xBF\xBD");
}

}  // namespace
}  // namespace wiclint
