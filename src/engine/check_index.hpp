#pragma once
// The claims cache's index for `wiclint check` (docs/cache.md, "The check index").
//
// A rule that compares articles compares claims that share a key (docs/scale.md's group-by): the
// figures of one edition and unit, the dates of one edition, one person's posts, one office's
// holders. A finding that involves a new article comes out of a group the new article's claims
// fall in, so `check` needs only the claims of the corpus that share such a group with them, and
// their articles' own fields (date, series, edition, directives): in every group a new claim falls
// in, all members are there, and what the rules say of the other claims is about old articles
// alone and is left out of `check`'s report anyway (docs/cache.md, "The check index", rule by rule).
//
// Each stored article carries, per key of the groups its claims fall in (each key a superset of
// what one or more rules group by), those claims encoded apart (keyed_claims); the new articles ask
// for their keys (and for a few rules, which look across a whole series only in some cases, for
// more: wanted_keys in check_index.cpp).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "cache/claim_store.hpp"
#include "corpus/loader.hpp"
#include "engine/extraction.hpp"
#include "kb/knowledge_base.hpp"
#include "model/article_claims.hpp"

namespace wiclint {

class Extractor;

// The keys an article's claims can meet other articles' by. Depends on the knowledge base (which
// editions' numbering is unsettled, which roles one person holds at a time), which is part of the
// cache's run key.
std::vector<std::string> stored_keys(const ArticleClaims& a, const KnowledgeBase& kb);
// The same keys, each with the article's claims under it encoded as a record of their own (the
// article's fields but its title, those claims, its directives): what the store keeps for `check`.
std::vector<ClaimStore::Keyed> keyed_claims(const ArticleClaims& a, const KnowledgeBase& kb);
// The highest edition the article's edition claims reach (edition-gap's "latest"), or 0.
int latest_edition(const ArticleClaims& a);

// Can `check` use the index with this knowledge base? Not when a series has no first year: the
// engine infers it from the votes of the whole corpus (infer_series_years).
bool check_index_applies(const KnowledgeBase& kb);

// What `check` reads: the corpus files to run the rules over (in corpus order), and what the
// report says of the whole corpus (every file considered, every claim counted).
struct CheckSelection {
  LoadedCorpus corpus;                 // the chosen listed files, and the new articles
  std::vector<std::string> others;     // the listed files left out (display paths)
  // The chosen files the store vouches for (unchanged by size and modification time), with the
  // claims read for them; the engine does not read these files.
  std::unordered_map<std::string, Preloaded> preloaded;
  // What the report's claim count lacks: the claims of the files left out and those of the
  // preloaded files that were not read.
  std::size_t claims_not_read = 0;
};

// Chooses the articles of `corpus` (listed files, then the new articles in memory) that `check`
// must run the rules over. Files the store does not vouch for are extracted (and stored) first
// and always chosen. Returns none when the store cannot answer (then the whole corpus is read).
std::optional<CheckSelection> select_for_check(const LoadedCorpus& corpus, ClaimStore& store, const KnowledgeBase& kb,
                                               const Extractor& extractor, std::size_t jobs);

}  // namespace wiclint
