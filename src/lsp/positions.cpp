#include "lsp/positions.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace wiclint::lsp {

namespace {

bool line_end(char c) { return c == '\n' || c == '\r'; }

std::size_t bom_of(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

// UTF-16 code units of valid UTF-8: a four-byte sequence is a surrogate pair; continuation bytes
// count nothing.
int utf16_units(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

}  // namespace

Position position_at(std::string_view text, std::size_t byte) {
  byte = std::min(byte, text.size());
  Position p;
  std::size_t start = bom_of(text);
  for (std::size_t i = start; i < byte; ++i) {
    if (!line_end(text[i])) continue;
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    ++p.line;
    start = i + 1;
  }
  p.character = start <= byte ? utf16_units(text.substr(start, byte - start)) : 0;
  return p;
}

Range range_of(std::string_view text, const Location& loc) {
  const bool by_bytes = loc.end >= loc.begin && loc.end <= text.size() && (loc.begin > 0 || loc.end > 0);
  if (!by_bytes) {
    const Position at{std::max(0, loc.line - 1), std::max(0, loc.column - 1)};
    return {at, {std::max(at.line, loc.end_line - 1), std::max(at.character, loc.end_column - 1)}};
  }
  return {position_at(text, loc.begin), position_at(text, loc.end)};
}

std::size_t byte_at(std::string_view text, Position p) {
  std::size_t i = bom_of(text);
  for (int line = 0; line < p.line && i < text.size(); ++i) {
    if (!line_end(text[i])) continue;
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    ++line;
  }
  for (int units = 0; i < text.size() && !line_end(text[i]) && units < p.character;) {
    const auto c = static_cast<unsigned char>(text[i]);
    units += c >= 0xF0 ? 2 : 1;
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

std::string path_from_uri(const std::string& uri) {
  if (uri.rfind("file://", 0) != 0) return uri;
  std::string rest = uri.substr(7);
  if (rest.rfind("localhost/", 0) == 0) rest.erase(0, 9);
  std::string out;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) && hex(rest[i + 2])) {
      out.push_back(static_cast<char>(std::stoi(rest.substr(i + 1, 2), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(rest[i]);
    }
  }
  return out;
}

std::string uri_from_path(const std::string& absolute_path) {
  static const char* digits = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : absolute_path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 15];
    }
  }
  return out;
}

}  // namespace wiclint::lsp
