#pragma once
// The extraction stage: article text in, normalized claims with spans out.
#include <memory>
#include <optional>
#include <utility>

#include "corpus/article.hpp"
#include "kb/knowledge_base.hpp"
#include "model/article_claims.hpp"

namespace wiclint {

namespace extract {
struct TitleTables;
struct SeriesNames;
struct WordClasses;
struct EnglishTables;
struct Work;
}

// Thread safety: extract() may run on many threads at once over different articles. Constructing
// an Extractor registers the lexicon's phrases with the grammar's shared tables; do not construct
// one while another extracts.
class Extractor {
 public:
  // Registers the knowledge base's title lexicon with the grammar; kb must outlive the extractor.
  explicit Extractor(const KnowledgeBase& kb);
  ~Extractor();
  ArticleClaims extract(const Article& article) const;

 private:
  // Runs the passes over `w`, whose text has been read (tokens, blocks, sentences). `given`: a
  // publication date completed from a dateline; `event_year`: the year of the edition an undated
  // article reports (see extractor.cpp).
  ArticleClaims read(extract::Work& w, std::optional<std::pair<CivilDate, Location>> given,
                     int event_year = 0) const;
  // The same article read again with what its first reading told: the text as `w` read it is
  // kept, everything read from it is read anew.
  ArticleClaims read_again(extract::Work& w, std::optional<std::pair<CivilDate, Location>> given,
                           int event_year = 0) const;
  const KnowledgeBase& kb_;
  // The lexicon's words the grammars match (roles, ranks, count units ...), registered before the
  // tables below are built from them.
  bool grammar_words_;
  std::unique_ptr<const extract::TitleTables> tables_;
  std::unique_ptr<const extract::SeriesNames> names_;
  std::unique_ptr<const extract::WordClasses> classes_;
  std::unique_ptr<const extract::EnglishTables> english_;
};

}  // namespace wiclint
