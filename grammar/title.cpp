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

// Adds a lexicon word to one of the grammar's tables once.
void add_once(parser::lexicon_table& table, const std::string& word) {
  std::lock_guard<std::mutex> hold(lexicon_lock);
  table.add(word);
}
}  // namespace
void add_role_phrase(const std::string& phrase) { add_once(parser::role_words, phrase); }
void add_rank_phrase(const std::string& phrase) { add_once(parser::rank_words, phrase); }
void add_nationality(const std::string& word) { add_once(parser::nationality_words, word); }
void add_org_noun(const std::string& noun) { add_once(parser::org_nouns, noun); }
void add_place_noun(const std::string& noun) { add_once(parser::place_nouns, noun); }
void add_office_noun(const std::string& noun) { add_once(parser::office_words, noun); }
void add_unit_noun(const std::string& noun) { add_once(parser::unit_nouns, noun); }
void add_body_suffix(const std::string& suffix) { add_once(parser::suffix_words, suffix); }
void add_post_modifier(const std::string& word) { add_once(parser::modifier_words, word); }
void add_country_name(const std::string& name) { add_once(parser::country_names, name); }
void add_pronoun_owner(const std::string& word) { add_once(parser::pronoun_owners, word); }
}  // namespace wiclint::grammar
