#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace wiclint {

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points past
// U+10FFFF count as invalid), or npos when the whole text is valid.
std::size_t find_invalid_utf8(std::string_view s);

// Decodes one code point at s[i] (s must be valid UTF-8); sets len to its byte length.
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len);

// Number of code points in s (valid UTF-8).
std::size_t count_code_points(std::string_view s);

// s with every invalid UTF-8 sequence's first byte replaced by U+FFFD: valid UTF-8 whatever s is.
std::string replace_invalid_utf8(std::string_view s);

// s made safe for a terminal or a CI log, where a control character could recolour the screen,
// ring, or start a line that forges a workflow command (a file name holding "\n::error ..."):
// C0 controls and DEL as \n, \t, \r or \xHH, C1 controls and bidirectional overrides as
// \uHHHH, invalid UTF-8 bytes as \xHH. With `tab_as_space` a tab is one space instead (a
// source line under which a caret is drawn counts a tab as one column). The result is valid UTF-8.
std::string printable(std::string_view s, bool tab_as_space = false);

}  // namespace wiclint
