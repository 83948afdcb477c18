#pragma once
// What the extraction tests share: the default knowledge base, an article extracted from a string,
// and a claim found by kind and text.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

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

// The editions read, in text order: their ordinals, or the years of those named by year.
inline std::vector<int> edition_ordinals(const ArticleClaims& ac) {
  std::vector<int> v;
  for (const auto& c : ac.claims)
    if (c.kind() == ClaimKind::edition) v.push_back(c.as<EditionValue>().ordinal);
  return v;
}
inline std::vector<int> edition_years(const ArticleClaims& ac) {
  std::vector<int> v;
  for (const auto& c : ac.claims)
    if (c.kind() == ClaimKind::edition) v.push_back(c.as<EditionValue>().year);
  return v;
}

// The first claim of kind k whose text is `text`, or null.
inline const Claim* find(const ArticleClaims& ac, ClaimKind k, const std::string& text) {
  for (const auto& c : ac.claims)
    if (c.kind() == k && c.text == text) return &c;
  return nullptr;
}

// The first day of the date claim written `text` (which must be there), or an empty date when the
// claim is unresolved.
inline CivilDate date_begin(const ArticleClaims& ac, const std::string& text) {
  const Claim* c = find(ac, ClaimKind::date, text);
  EXPECT_NE(c, nullptr) << text;
  return c && c->as<DateValue>().resolved ? c->as<DateValue>().begin : CivilDate{};
}

}  // namespace wiclint::extract_fixture
