#pragma once
// The extraction stage: article text in, normalized claims with spans out.
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
  const KnowledgeBase& kb_;
};

}  // namespace wiclint
