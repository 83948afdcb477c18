#include "model/block.hpp"

namespace wiclint {

const char* to_string(BlockKind k) {
  switch (k) {
    case BlockKind::headline: return "headline";
    case BlockKind::stamp: return "stamp";
    case BlockKind::byline: return "byline";
    case BlockKind::chrome: return "chrome";
    case BlockKind::heading: return "heading";
    case BlockKind::body: return "body";
    case BlockKind::caption: return "caption";
    case BlockKind::quote: return "quote";
    case BlockKind::turn: return "turn";
    case BlockKind::list_item: return "list-item";
    case BlockKind::entry: return "entry";
    case BlockKind::table_head: return "table-head";
    case BlockKind::table_row: return "table-row";
  }
  return "?";
}

const char* to_string(Voice v) {
  switch (v) {
    case Voice::reporter: return "reporter";
    case Voice::quoted: return "quoted";
    case Voice::organiser: return "organiser";
  }
  return "?";
}

}  // namespace wiclint
