#pragma once
// The claims of one article as bytes, for the claims cache (docs/cache.md): every field of every
// claim kind, the article's own fields, its inline directives and the problems met while reading
// it, so that a cached article gives the rules exactly what extracting it again would.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/loader.hpp"
#include "model/article_claims.hpp"

namespace wiclint {

// Bumped whenever the encoding or a claim struct changes: a record of another version is never
// decoded (the cache's key includes it).
inline constexpr int kClaimCodecVersion = 2;  // 2: EditionValue::of_years, inline directives

// A record that does not decode: truncated, an unknown kind or enum value, bytes left over.
class CodecError : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The article's path is not stored: locations in the article's own file are stored without it and
// get `file` back when decoded, so a record does not depend on the folder wiclint ran from.
std::string encode_article(const ArticleClaims& a, const std::vector<InputProblem>& problems);
// Throws CodecError.
void decode_article(std::string_view bytes, const FilePath& file, ArticleClaims& a,
                    std::vector<InputProblem>& problems);

}  // namespace wiclint
