#pragma once
// The document model's reader: splits an article's text into typed blocks (model/block.hpp) by
// the shape of its lines and the vocabulary of claims/english.yaml's `blocks:` classes.
#include <string_view>
#include <vector>

#include "kb/english.hpp"
#include "model/block.hpp"

namespace wiclint::extract {

// The blocks of `text` (the normalized view) from `body_begin` on, one per non-blank line, in
// order; `lower` is the same text in lower case. Blank lines make no block.
std::vector<Block> read_blocks(std::string_view text, std::string_view lower, std::size_t body_begin,
                               const English& english);

}  // namespace wiclint::extract
