#pragma once
#include <cstddef>
#include <string_view>

namespace wiclint {

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points past
// U+10FFFF count as invalid), or npos when the whole text is valid.
std::size_t find_invalid_utf8(std::string_view s);

// Decodes one code point at s[i] (s must be valid UTF-8); sets len to its byte length.
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len);

// Number of code points in s (valid UTF-8).
std::size_t count_code_points(std::string_view s);

}  // namespace wiclint
