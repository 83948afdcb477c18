#pragma once
// Writers of the claims an extraction read (`wiclint claims`), beside the writers of findings.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "model/article_claims.hpp"

namespace wiclint {

class JsonWriter;

// Writes claims as they come, article by article, so that `wiclint claims` never holds the output
// (nor, with the engine's chunks, more than a chunk of articles): "json" ({"claims": [...]}, one
// object per claim), "jsonl" (the same objects, one per line, nothing around them) or "text".
class ClaimsWriter {
 public:
  ClaimsWriter(std::ostream& out, const std::string& format);
  ~ClaimsWriter();
  void article(const ArticleClaims& a);
  void finish();  // closes the JSON document

 private:
  std::ostream& out_;
  std::string format_;
  std::unique_ptr<JsonWriter> json_;
};

// {"claims": [...]}: one object per claim with its location, kind, text, value and block.
void write_claims_json(std::ostream& out, const std::vector<ArticleClaims>& articles);
// One line per claim: "path:line:col: kind: value [edition N]  \"text\"", control characters escaped.
void write_claims_text(std::ostream& out, const std::vector<ArticleClaims>& articles);
void write_claims_text(std::ostream& out, const ArticleClaims& article);

}  // namespace wiclint
