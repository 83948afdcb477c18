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
inline constexpr int kClaimCodecVersion = 5;  // 2: of_years, directives; 3: forecast, every_edition, anniversary; 4: DurationForm::on (renumbered); 5: TitleValue::former

// How many values each enum of a claim has: a value read past its count is damage. The tests check
// each against its to_string, which gives "?" past the last value.
struct ClaimEnumCounts {
  int relations = static_cast<int>(Relation::next_month) + 1;
  int event_parts = static_cast<int>(EventPart::during) + 1;
  int duration_forms = static_cast<int>(DurationForm::anniversary) + 1;
  int statuses = static_cast<int>(EditionStatus::online) + 1;
  int block_kinds = static_cast<int>(BlockKind::table_row) + 1;
  int claim_kinds = static_cast<int>(ClaimKind::status) + 1;
};
inline constexpr ClaimEnumCounts kClaimEnumCounts{};

// The number of fields of an aggregate (the most initializers it accepts): the codec's tripwire.
struct AnyField {
  template <class T>
  operator T() const;  // declared only: used in unevaluated requires-expressions
};
template <class T, class... A>
constexpr std::size_t aggregate_fields() {
  if constexpr (requires { T{A{}..., AnyField{}}; }) {
    return aggregate_fields<T, A..., AnyField>();
  } else {
    return sizeof...(A);
  }
}

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
