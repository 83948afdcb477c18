#pragma once
// What the extraction tests share: the default knowledge base, an article extracted from a string,
// and a claim found by kind and text.
#include <optional>
#include <string>

#include "corpus/article.hpp"
#include "extract/extractor.hpp"
#include "kb/knowledge_base.hpp"

namespace wiclint::extract_fixture {

inline const KnowledgeBase& kb() {
  static const KnowledgeBase k = [] {
    KnowledgeBase x;
    load_default_kb(x);
    return x;
  }();
  return k;
}

inline ArticleClaims extract(const std::string& text) {
  Extractor ex(kb());
  return ex.extract(Article("a.txt", text));
}

inline std::optional<CivilDate> published(const std::string& text) { return extract(text).published; }

// The first claim of kind k whose text is `text`, or null.
inline const Claim* find(const ArticleClaims& ac, ClaimKind k, const std::string& text) {
  for (const auto& c : ac.claims)
    if (c.kind() == k && c.text == text) return &c;
  return nullptr;
}

}  // namespace wiclint::extract_fixture
