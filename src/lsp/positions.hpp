#pragma once
// What LSP counts that wiclint does not: positions in UTF-16 code units on 0-based lines (wiclint
// counts code points on 1-based lines), and files named by file:// URIs.
#include <cstddef>
#include <string>
#include <string_view>

#include "model/location.hpp"

namespace wiclint::lsp {

struct Position {
  int line = 0;       // 0-based
  int character = 0;  // UTF-16 code units from the start of the line
};

struct Range {
  Position start, end;
};

// The UTF-16 position of byte offset `byte` of `text` (a BOM at the start is not counted: editors
// do not show it).
Position position_at(std::string_view text, std::size_t byte);
// The range of a location in `text`, the file it points into. A location known only by line and
// column (a problem found before the text was read) takes its column as is.
Range range_of(std::string_view text, const Location& loc);
// The byte offset of an LSP position in `text` (clamped to its line, and to the text).
std::size_t byte_at(std::string_view text, Position p);

// file:///a%20b.md <-> /a b.md. A URI of another scheme is kept as it is for a path.
std::string path_from_uri(const std::string& uri);
std::string uri_from_path(const std::string& absolute_path);

}  // namespace wiclint::lsp
