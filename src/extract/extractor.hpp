#pragma once
// The extraction stage: article text in, normalized claims with spans out.
#include <optional>
#include <utility>

#include "corpus/article.hpp"
#include "kb/knowledge_base.hpp"
#include "model/article_claims.hpp"

namespace wiclint {

class Extractor {
 public:
  // Registers the knowledge base's title lexicon with the grammar; kb must outlive the extractor.
  explicit Extractor(const KnowledgeBase& kb);
  ArticleClaims extract(const Article& article) const;

 private:
  ArticleClaims extract_with(const Article& article, std::optional<std::pair<CivilDate, Location>> given) const;
  const KnowledgeBase& kb_;
};

}  // namespace wiclint
