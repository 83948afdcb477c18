#pragma once
// Posts held by people: "head of the Publicity Department of the CPC Central Committee", "the United Nations under-secretary-general for economic and social affairs", "Apple's chief executive", and titles before a name: "Chinese President Xi Jinping".
#include "grammar/ast.hpp"
#include <string>

#include "grammar/config.hpp"

namespace wiclint::grammar {
namespace parser {
struct title_class;
using title_type = x3::rule<title_class, ast::PostMention>;
BOOST_SPIRIT_DECLARE(title_type)
}  // namespace parser

parser::title_type const& title();

}  // namespace wiclint::grammar

namespace wiclint::grammar {
// The lexicon is data loaded at run time (claims/lexicon.yaml): these add its phrases to the
// tables the title grammar matches. The tables are process-wide and only grow: a phrase added for
// one knowledge base stays recognised, which is harmless because the extractor maps a matched
// phrase to a role through its own lexicon and drops phrases that lexicon does not know.
// Additions are serialized; they must not overlap a parse (see Extractor).
void add_role_phrase(const std::string& phrase);
void add_rank_phrase(const std::string& phrase);
void add_nationality(const std::string& word);
void add_org_noun(const std::string& noun);
void add_unit_noun(const std::string& noun);
void add_office_noun(const std::string& noun);
void add_place_noun(const std::string& noun);
void add_body_suffix(const std::string& suffix);
void add_post_modifier(const std::string& word);
void add_pronoun_owner(const std::string& word);  // english.yaml's possessive_pronouns: "our CEO"
void add_country_name(const std::string& name);
}  // namespace wiclint::grammar
