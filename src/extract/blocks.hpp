#pragma once
// The document model's reader: splits an article's text into typed blocks (model/block.hpp) by
// the shape of its lines and the vocabulary of claims/english.yaml's `blocks:` classes.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "kb/english.hpp"
#include "model/block.hpp"

namespace wiclint::extract {

// The `blocks:` vocabulary, prepared once per Extractor: the classes, and for the classes looked
// up at every line's start, the set of their first letters (most lines start with none of them).
struct BlockVocabulary {
  explicit BlockVocabulary(const English& english);
  const std::vector<std::string>&stamp_fields, &byline_fields, &chrome_words, &caption_words, &caption_openers,
      &photo_agencies, &turn_labels;
  std::uint32_t stamp_initials = 0, chrome_initials = 0, opener_initials = 0;  // bit c - 'a'
};

// The blocks of `text` (the normalized view) from `body_begin` on, one per non-blank line, in
// order; `lower` is the same text in lower case. Blank lines make no block. `line_starts` are the
// text's (line_starts_of) when the caller has them; found here when empty.
std::vector<Block> read_blocks(std::string_view text, std::string_view lower, std::size_t body_begin,
                               const BlockVocabulary& vocabulary, std::span<const std::size_t> line_starts = {});

}  // namespace wiclint::extract
