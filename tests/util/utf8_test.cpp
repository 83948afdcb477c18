// UTF-8 helpers: making untrusted bytes valid, and safe for a terminal.
#include "util/utf8.hpp"

#include <gtest/gtest.h>

namespace wiclint {
namespace {

TEST(Utf8, ReplaceInvalidGivesValidText) {
  EXPECT_EQ(replace_invalid_utf8("a\xFF" "b\xC3"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_EQ(replace_invalid_utf8("caf\xC3\xA9"), "caf\xC3\xA9");
  EXPECT_EQ(find_invalid_utf8(replace_invalid_utf8("\xED\xA0\x80 \xF8")), std::string_view::npos);
}

// A file name holding a newline once forged a GitHub Actions workflow command at column 0.
TEST(Utf8, PrintableEscapesEveryControlCharacter) {
  EXPECT_EQ(printable("a\n::error file=x::forged"), "a\\n::error file=x::forged");
  EXPECT_EQ(printable("\x1b[31mred\x07\x7f\r\t"), "\\x1b[31mred\\x07\\x7f\\r\\t");
  EXPECT_EQ(printable("tab\there", true), "tab here");
  EXPECT_EQ(printable("c1 \xC2\x9B" "31m"), "c1 \\u009b31m");            // CSI as a C1 control
  EXPECT_EQ(printable("rtl \xE2\x80\xAE" "x"), "rtl \\u202ex");           // a bidirectional override
  EXPECT_EQ(printable("bad \xFF byte"), "bad \\xff byte");
  EXPECT_EQ(printable("caf\xC3\xA9 \xE2\x80\x94 ok"), "caf\xC3\xA9 \xE2\x80\x94 ok");  // text is kept
}

}  // namespace
}  // namespace wiclint
