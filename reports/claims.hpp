#pragma once
// Writers of the claims an extraction read (`wiclint claims`), beside the writers of findings.
#include <ostream>
#include <vector>

#include "model/article_claims.hpp"

namespace wiclint {

// {"claims": [...]}: one object per claim with its location, kind, text, value and block.
void write_claims_json(std::ostream& out, const std::vector<ArticleClaims>& articles);
// One line per claim: "path:line:col: kind: value [edition N]  \"text\"", control characters escaped.
void write_claims_text(std::ostream& out, const std::vector<ArticleClaims>& articles);

}  // namespace wiclint
