#pragma once
// The document model: an article is a sequence of typed blocks, decided once before any claim is
// read (src/extract/blocks.cpp). A claim knows its block, and takes its time, edition and voice
// from it: a caption may show a file photo of another year, a live-blog entry has its own time
// stamp, a table row is a record whose columns the header names.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/civil_date.hpp"

namespace wiclint {

enum class BlockKind {
  headline,   // the page's title line
  stamp,      // a header field line: "Updated: 2019-10-21 08:15", "Source: Xinhua | 2017-12-03"
  byline,     // "By Jane Doe", "Editor: Li Ming"
  chrome,     // navigation, share/print/font-size controls, comment counts, copyright, related links
  heading,    // a heading inside the text: "## Day two", a timeline's year alone on its line
  body,       // a paragraph of prose
  caption,    // a photo caption or credit: "[Photo/Xinhua]", "File photo", "(Xinhua/Wang Ye)"
  quote,      // a paragraph that is one quotation
  turn,       // a turn of an interview or transcript: "Q: ...", "Moderator: ..."
  list_item,  // "- ...", "* ...", "1. ..."
  entry,      // a live-blog entry opened by its own time stamp: "08:40 Nov 7 - ..."
  table_head, // the header row of a table: "Year | Dates | Guests"
  table_row,  // a row of a table: a record
};
const char* to_string(BlockKind k);

// Who is speaking in a block.
enum class Voice { reporter, quoted, organiser };
const char* to_string(Voice v);

struct Block {
  BlockKind kind = BlockKind::body;
  std::size_t begin = 0, end = 0;  // [begin, end) in the article's normalized view, end at the line end
  Voice voice = Voice::reporter;
  // The time the block speaks from, where it has its own: a live-blog entry's stamp (month and
  // day, year 0 when the stamp gives none), a timeline heading's or table row's year.
  std::optional<CivilDate> anchor;
  int anchor_year = 0;
  std::string speaker;  // a turn's label as written ("Moderator", "Q", "Wang Jian")
  // For table rows: the index of the table's head block and each cell's [begin, end).
  std::size_t head = static_cast<std::size_t>(-1);
  std::vector<std::pair<std::size_t, std::size_t>> cells;
};

}  // namespace wiclint
