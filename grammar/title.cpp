#include <mutex>

#include "grammar/title_def.hpp"

namespace wiclint::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(title_type, iterator_type, context_type)
}
parser::title_type const& title() { return parser::title; }
}  // namespace wiclint::grammar

namespace wiclint::grammar {
namespace {
std::mutex lexicon_lock;  // additions from several Extractors at once must not corrupt the tables
}
void add_role_phrase(const std::string& phrase) {
  std::lock_guard<std::mutex> hold(lexicon_lock);
  if (!parser::role_words.find(phrase)) parser::role_words.add(phrase);
}
void add_rank_phrase(const std::string& phrase) {
  std::lock_guard<std::mutex> hold(lexicon_lock);
  if (!parser::rank_words.find(phrase)) parser::rank_words.add(phrase);
}
void add_nationality(const std::string& word) {
  std::lock_guard<std::mutex> hold(lexicon_lock);
  if (!parser::nationality_words.find(word)) parser::nationality_words.add(word);
}
void add_org_noun(const std::string& noun) {
  std::lock_guard<std::mutex> hold(lexicon_lock);
  if (!parser::org_nouns.find(noun)) parser::org_nouns.add(noun);
}
void add_place_noun(const std::string& noun) {
  std::lock_guard<std::mutex> hold(lexicon_lock);
  if (!parser::place_nouns.find(noun)) parser::place_nouns.add(noun);
}
void add_office_noun(const std::string& noun) {
  std::lock_guard<std::mutex> hold(lexicon_lock);
  if (!parser::office_words.find(noun)) parser::office_words.add(noun);
}
void add_unit_noun(const std::string& noun) {
  std::lock_guard<std::mutex> hold(lexicon_lock);
  if (!parser::unit_nouns.find(noun)) parser::unit_nouns.add(noun);
}
}  // namespace wiclint::grammar
