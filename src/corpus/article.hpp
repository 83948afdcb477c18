#pragma once
// One article as read from disk: its original bytes (never modified), a normalized view the
// grammars scan, and the maps between the two.
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/directives.hpp"
#include "model/civil_date.hpp"
#include "model/location.hpp"
#include "util/input_file.hpp"
#include "util/uninit_allocator.hpp"

namespace wiclint {

// Front matter keys (a YAML block between --- lines at the top of the file).
struct FrontMatter {
  bool present = false;
  std::optional<CivilDate> date;
  std::optional<Location> date_location;
  std::string title, source, url;
};

// The copyright sign scans as this byte in the normalized view, so a line of page chrome
// ("(c) 2014 Southern Cross Media") can be told from prose; other symbols scan as '\x1a'.
inline constexpr char kCopyrightSign = '\x1c';

class Article {
 public:
  // Takes the file's bytes; they must already be valid UTF-8 without NUL (see load_article).
  Article(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  // The same path, shared with every location in this article.
  const FilePath& file_path() const { return file_path_; }
  const std::string& bytes() const { return bytes_; }
  // The normalized text: one byte per code point, curly quotes, dashes and odd spaces folded to
  // ASCII, CRLF and CR to LF, a line break inside a hard-wrapped sentence as a space (see
  // join_wrapped_lines), front matter blanked, other non-ASCII as '\x1a'.
  const std::string& norm() const { return norm_; }
  std::size_t byte_offset(std::size_t norm_index) const {
    return map_.empty() ? norm_index : map_[norm_index];
  }
  // Location of the normalized range [b, e).
  Location locate_norm(std::size_t b, std::size_t e) const;
  // Location of the original byte range [b, e).
  Location locate(std::size_t b, std::size_t e) const;
  // Original text of the normalized range [b, e).
  std::string_view original(std::size_t b, std::size_t e) const;
  // Fills loc.context with the source line(s) holding the span. Locations of the same span share
  // one context (a claim that conflicts with many others is quoted by each of their findings).
  void fill_context(Location& loc) const;
  std::pair<int, int> line_col(std::size_t byte) const;
  // Blanks the first n normalized characters (keeping line breaks) and starts the body there.
  void blank_prefix(std::size_t n);
  // Blanks the normalized range [b, e), keeping line breaks: an inline directive comment.
  void blank(std::size_t b, std::size_t e);
  // Frees the normalized view and its offset map once the claims are extracted: locations and
  // context lines are computed from the bytes, and a lint of a large corpus keeps every article.
  // Only path(), bytes(), locate(), line_col() and fill_context() may be used afterwards.
  void release_scan_view() {
    std::string().swap(norm_);
    OffsetMap().swap(map_);
  }

  FrontMatter front;
  ArticleDirectives directives;  // inline suppressions (corpus/directives.hpp)
  FileId id;  // of the file it was read from; unknown for standard input and text in memory
  std::size_t body_begin = 0;  // normalized index where the article's text starts (after front matter)

 private:
  void build();
  void fill_new_context(Location& loc) const;
  void join_wrapped_lines();
  std::string path_;
  FilePath file_path_;
  std::string bytes_;
  std::string norm_;
  // norm index -> byte offset; empty when identical. Sized for the worst case and then written in
  // full, so it is allocated without zero-filling.
  using OffsetMap = std::vector<std::uint32_t, UninitAllocator<std::uint32_t>>;
  OffsetMap map_;
  std::vector<std::uint32_t> line_starts_;  // byte offsets
  std::vector<bool> line_ascii_;            // columns on an ASCII line are byte differences
  // The last position located; not thread-safe, like the rest of an Article's use by one extractor.
  mutable std::size_t col_cache_line_ = static_cast<std::size_t>(-1), col_cache_byte_ = 0, col_cache_col_ = 0;
  std::size_t bom_ = 0;
  // The contexts filled so far, by span (begin, end, line, column, end line).
  mutable std::map<std::array<std::size_t, 5>, std::shared_ptr<const SourceContext>> contexts_;
};

// Sets loc.context to the part of `lines` (the source line(s) of a reported span) that reports
// can show around the span [begin, end) of it: the whole of a line of up to 4,000 bytes, else a
// window of it on code-point boundaries. context_begin/context_end locate the span in it.
void set_context(Location& loc, std::string_view lines, std::size_t begin, std::size_t end);

}  // namespace wiclint
