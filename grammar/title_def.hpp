#pragma once
#include "grammar/title.hpp"
#include "grammar/words.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace wiclint::grammar::parser {

using ast::PostMention;

// A table of lexicon phrases, matched without case. Most words of a text start no phrase: `starts`
// holds, per first letter, the second letters (folded to 64 bits) that begin one, so that a word
// that begins none is turned away before the table's tree is walked.
struct lexicon_table {
  x3::ascii::symbols<x3::unused_type> phrases;
  std::array<std::uint64_t, 256> starts{};

  static unsigned char fold(char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); }
  void add(const std::string& phrase) {
    if (phrases.find(phrase)) return;
    phrases.add(phrase);
    if (!phrase.empty())
      starts[fold(phrase[0])] |= phrase.size() == 1 ? ~std::uint64_t{0} : std::uint64_t{1} << (fold(phrase[1]) & 63);
  }
  bool may_start(const char* first, const char* last) const {
    if (first == last) return false;
    const std::uint64_t second = starts[fold(*first)];
    return last - first == 1 ? second != 0 : (second >> (fold(first[1]) & 63)) & 1;
  }
};

// Succeeds without reading where a phrase of the table may start (see lexicon_table).
struct may_start_parser : x3::parser<may_start_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const lexicon_table* table;
  explicit may_start_parser(const lexicon_table& t) : table(&t) {}
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const { return table->may_start(first, last); }
};
// A phrase of the table, without case.
inline auto phrase_of(const lexicon_table& t) { return may_start_parser(t) >> x3::no_case[t.phrases]; }

// Succeeds without reading where one of `chars` lies ahead before the end of the input (a title is
// parsed within its sentence): put before an alternative that cannot match without one, it saves
// reading the words before the place where that alternative would fail.
struct ahead_parser : x3::parser<ahead_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::string_view chars;
  explicit ahead_parser(std::string_view c) : chars(c) {}
  template <typename Ctx, typename RCtx, typename Attr>
  bool parse(const char*& first, const char* const& last, Ctx const&, RCtx&, Attr&) const {
    for (char c : chars)
      if (std::memchr(first, c, static_cast<std::size_t>(last - first))) return true;
    return false;
  }
};

// Filled from the lexicon at run time (see add_role_phrase). Lower case; matched without case.
inline lexicon_table role_words;
inline lexicon_table rank_words;
inline lexicon_table nationality_words;
inline lexicon_table org_nouns;
inline lexicon_table unit_nouns;
inline lexicon_table place_nouns;   // "province", "city": "of Zhejiang province"
inline lexicon_table office_words;  // the lexicon's office_nouns and public_nouns
inline lexicon_table suffix_words;   // the lexicon's body_suffixes: "Group", "Inc"
inline lexicon_table modifier_words; // english.yaml's post_modifiers, former_words, present_adverbs
inline lexicon_table country_names;  // the lexicon's alias groups of a nationality: "China", "People's Republic of China"
inline lexicon_table pronoun_owners; // english.yaml's possessive_pronouns: "its", "our"

inline auto put(std::string_view PostMention::*f) {
  return [f](auto& ctx) {
    auto r = x3::_attr(ctx);
    x3::_val(ctx).*f = std::string_view(r.begin(), r.end());
  };
}
inline auto const mark_before_name = [](auto& ctx) { x3::_val(ctx).before_name = true; };

inline const x3::ascii::symbols<x3::unused_type> body_connectors = [] {
  x3::ascii::symbols<x3::unused_type> s;
  for (const char* w : {"of the", "of", "for the", "for", "on", "and the", "and", "at the", "at"}) s.add(w);
  return s;
}();

auto const tsp = x3::lit(' ');
// An apostrophe as typed or as typeset (U+2019, in UTF-8): "Apple's", "Tencentâs", "Xi'an".
auto const apostrophe = x3::lit('\'') | x3::lit("\xE2\x80\x99");
auto const possessive = apostrophe >> x3::lit('s') >> !x3::ascii::alnum;
// A role word ahead ends a name: "Apple's Chief Executive" is possessive + role.
auto const role_ahead = phrase_of(role_words) >> !(x3::ascii::alnum | '-');
// A capitalized word of a body's name: "Publicity", "GSMA", "U.S.", "Ltd", "AT&T"; or a brand
// written with a small letter before a capital: "iQiyi", "eBay", "iFlytek".
// An apostrophe inside a word that is no possessive: "Xi'an".
auto const inner_apostrophe = !possessive >> apostrophe >> &x3::ascii::lower;
auto const cap_word = (x3::ascii::upper | (x3::ascii::lower >> &x3::ascii::upper)) >> *(x3::ascii::alnum | x3::ascii::char_('&') | (x3::ascii::char_('-') >> x3::ascii::alnum) |
                                     (x3::ascii::char_('.') >> x3::ascii::upper) | inner_apostrophe) >> -x3::lit('.') >>
                      // "People's Republic": a possessive inside a name, followed by another capital
                      -(possessive >> &(x3::lit(' ') >> !role_ahead >> x3::ascii::upper)) >>
                      !x3::ascii::alnum;
auto const paren_word = '(' >> cap_word >> *(tsp >> cap_word) >> ')';
auto const cap_seq = cap_word >> *(tsp >> (cap_word | paren_word));
auto const lower_word = !(body_connectors >> tsp) >> x3::ascii::lower >> *(x3::ascii::lower | (x3::ascii::char_('-') >> x3::ascii::lower)) >> !x3::ascii::alnum;
// A unit of an organisation named with its possessive: "RSF's Asia-Pacific desk", "Google's China
// office", "AsiaInfo's security department" (the lexicon's unit_nouns). Without the possessive the
// lower-case noun ends no body: "the Zhejiang Cyberspace Administration policy office" is read in
// part and left alone.
inline auto const owned = [](auto& ctx) {
  auto r = x3::_attr(ctx);
  const std::string_view v(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
  x3::_pass(ctx) = v.find("'s ") != std::string_view::npos || v.find("\xE2\x80\x99s ") != std::string_view::npos;
};
auto const unit_noun = phrase_of(unit_nouns) >> !(x3::ascii::alnum | '-');
// Up to two lower-case words may describe the unit: "AsiaInfo's security department".
auto const owned_unit = ahead_parser("'\xE2") >>
                        x3::raw[-(x3::lit("the") >> tsp) >> cap_seq >> -possessive >> tsp >>
                                x3::repeat(0, 2)[!unit_noun >> lower_word >> tsp] >> unit_noun][owned];
// A body: "the Publicity Department of the CPC Central Committee", "the first council of the WIC".
// "... Administration and President of the Zhejiang Internet Society": a role after a connector
// starts another post, not more of this body.
// A place's name may end in a lower-case noun of the lexicon's place_nouns: "the CPC Tongxiang
// Municipal Committee of Zhejiang province".
auto const place_noun = phrase_of(place_nouns) >> !(x3::ascii::alnum | '-');
// "... (SCIO) and SCIO spokesperson": capitals before a role after "and" are another post's owner.
auto const owner_of_next_post = cap_word >> *(tsp >> !role_ahead >> cap_word) >> tsp >> role_ahead;
// A name may open with a number: "360 Security Technology".
auto const numbered_name = +x3::ascii::digit >> tsp >> cap_seq;
auto const body = owned_unit |
                  -(x3::lit("the") >> tsp) >>
                  ((cap_seq >> -(tsp >> place_noun)) | numbered_name | (x3::repeat(1, 3)[lower_word >> tsp] >> body_connectors >> tsp >> cap_seq)) >>
                  *(tsp >> body_connectors >> tsp >> !role_ahead >> !owner_of_next_post >> cap_seq >> -(tsp >> place_noun));
// A portfolio in one case throughout: "economic and social affairs", "Economic and Social Affairs".
auto const lower_portfolio = lower_word >> x3::repeat(0, 5)[tsp >> lower_word | (tsp >> x3::lit("and") >> tsp >> lower_word)];
auto const portfolio = lower_portfolio |
                       (cap_word >> x3::repeat(0, 5)[tsp >> cap_word | (tsp >> x3::lit("and") >> tsp >> cap_word)]);
auto const role = phrase_of(role_words) >> !(x3::ascii::alnum | '-');
auto const rank = phrase_of(rank_words) >> (tsp | x3::lit('-'));
// A word that says when or how a post is held ("former", "new", "top"), never what it is of.
auto const modifier = phrase_of(modifier_words) >> !(x3::ascii::alnum | '-');
// An office's portfolio in one or two lower-case words between its country or owner and the role:
// "China's foreign minister", "China's cyberspace chief", "Chinese foreign minister Wang Yi". Not a
// word of when or how ("Apple's former CEO", "China's top diplomat").
auto const portfolio_word = !rank >> !role >> !modifier >> lower_word;
auto const portfolio_before_role = x3::omit[
    x3::raw[portfolio_word >> -(tsp >> portfolio_word) >> &(tsp >> role)][put(&PostMention::portfolio)] >> tsp];
// An organisation described before its name: "e-commerce giant", "the online payment firm". One
// or two lower-case words, then a noun of the lexicon's org_nouns.
auto const org_noun = phrase_of(org_nouns) >> !(x3::ascii::alnum | '-');
// Its words may follow a nationality and be joined by "and": "Indian digital payment and
// technology company Paytm".
// A place-based modifier may come first: "Bengaluru-based data startup StackRiver".
auto const based_in = x3::ascii::upper >> +x3::ascii::alpha >> x3::lit("-based") >> tsp;
auto const org_description = -(x3::lit("the") >> tsp) >> -based_in >> -(phrase_of(nationality_words) >> !x3::ascii::alnum >> tsp) >>
                             lower_word >> tsp >> x3::repeat(0, 3)[!(org_noun >> tsp) >> (lower_word | x3::lit("and")) >> tsp] >>
                             org_noun >> tsp >> &x3::ascii::upper;
// Where a described organisation's name must end, so that "the e-commerce company Jack Ma
// founded" does not read a person as the organisation.
auto const described_end = &(x3::lit(',') | ';' | ')' | '.' | " said" | " says" | " and ") | x3::eoi;
// An owner told only by its kind, named elsewhere: "head of the Russian company, Evgeny Kaspersky
// told TASS". The post has no body.
inline auto const mark_described_owner = [](auto& ctx) { x3::_val(ctx).described_owner = true; };
auto const described_owner = ((x3::lit("the") | "a" | "an") >> tsp >> -(phrase_of(nationality_words) >> !x3::ascii::alnum >> tsp) >>
                              x3::repeat(0, 2)[!(org_noun >> !x3::ascii::alnum) >> lower_word >> tsp] >> org_noun >> described_end)
                                 [mark_described_owner];
// The words of a body's name before a rank or role: "United Nations" in "United Nations
// Under-Secretary-General".
auto const cap_seq_before_role = cap_word >> *(tsp >> !rank >> !role >> (cap_word | paren_word));
// A person's name after a title: "Xi Jinping", "Tim Cook", "Nii Narku Quaynor".
auto const name_word = x3::ascii::upper >> +x3::ascii::lower >> !x3::ascii::alnum;
auto const person_name = name_word >> x3::repeat(0, 2)[tsp >> name_word];

// "a member of the Political Bureau ...", "head of the Publicity Department ...", "CEO of GSMA Ltd",
// "chairman of e-commerce giant Alibaba Group" (the body is "Alibaba Group")
auto const post_of = -((x3::lit("a") | "an" | "the") >> tsp) >> -x3::raw[rank][put(&PostMention::rank)] >>
                     x3::raw[role][put(&PostMention::role)] >> tsp >> (x3::lit("of") | "at") >> tsp >>
                     ((org_description >> x3::raw[cap_seq >> -(tsp >> +x3::ascii::digit >> !x3::ascii::alnum)][put(&PostMention::body)] >>
                       described_end) |
                      described_owner | x3::raw[body][put(&PostMention::body)] |
                      // "vice minister of industry and information technology,": a portfolio alone,
                      // in lower case, ending the phrase
                      (!((x3::lit("the") | "a" | "an") >> tsp) >> x3::raw[lower_portfolio][put(&PostMention::portfolio)] >>
                       described_end));
// "Secretary for Innovation, Technology, and Industry of the HKSAR Government", "Minister for
// Foreign Affairs": a portfolio after "for", in capitals, whose items a comma or a last "and" joins,
// then, it may be, the body the post is of. A comma goes on with the list only before a word and
// another comma: in "Minister for Foreign Affairs, Wang Yi said" the name is no item.
auto const listed_portfolio = cap_seq >> *(x3::lit(", ") >> cap_word >> &x3::lit(',')) >>
                              -((x3::lit(", and ") | x3::lit(" and ")) >> !role_ahead >> cap_seq);
auto const post_for = -((x3::lit("a") | "an" | "the") >> tsp) >> -x3::raw[rank][put(&PostMention::rank)] >>
                      x3::raw[role][put(&PostMention::role)] >> tsp >> x3::lit("for") >> tsp >>
                      x3::raw[listed_portfolio][put(&PostMention::portfolio)] >>
                      -(tsp >> x3::lit("of") >> tsp >> x3::raw[body][put(&PostMention::body)]);
// "the United Nations under-secretary-general for economic and social affairs"
auto const post_body_first = -(x3::lit("the") >> tsp) >> x3::raw[cap_seq_before_role][put(&PostMention::body)] >> tsp >>
                             -x3::raw[rank][put(&PostMention::rank)] >> x3::raw[role][put(&PostMention::role)] >>
                             -(tsp >> (x3::lit("for") | "of") >> tsp >> x3::raw[portfolio >> -(tsp >> place_noun)][put(&PostMention::portfolio)]);
// The country an envoy is sent to: "Peru's ambassador to China" (one of the lexicon's alias groups
// of a nationality).
auto const to_country = x3::lit(" to ") >> -(x3::lit("the") >> tsp) >>
                        x3::raw[phrase_of(country_names) >> !(x3::ascii::alnum | '-')][put(&PostMention::portfolio)];
// "Apple's chief executive", "Egypt's Minister of Communications and Information Technology" ("the WIC's secretary-general": the article before the owner is no part of it)
auto const post_possessive = -(x3::lit("the") >> tsp) >> x3::raw[cap_seq][put(&PostMention::body)] >> possessive >> tsp >>
                             -x3::raw[rank][put(&PostMention::rank)] >> -portfolio_before_role >> x3::raw[role][put(&PostMention::role)] >>
                             -(to_country | (tsp >> (x3::lit("for") | "of") >> tsp >> !((x3::lit("the") | "a" | "an") >> tsp) >>
                                             x3::raw[portfolio][put(&PostMention::portfolio)]));
// "the organization's secretary-general", "the company's chief executive": an owner named by one of
// the lexicon's org_nouns stands for one named before; the post is read without a body. (Not "the
// conference's chief host": a conference holds no posts.)
auto const post_common_owner = x3::lit("the") >> tsp >> org_noun >> possessive >> tsp >>
                               -x3::raw[rank][put(&PostMention::rank)] >> x3::raw[role][put(&PostMention::role)];
// "Grace Huang, our CEO,", "Ren Xianliang is its secretary-general": an owner told by a possessive
// pronoun, named elsewhere; the post is read without a body.
auto const post_pronoun_owner = (phrase_of(pronoun_owners) >> tsp >> -x3::raw[rank][put(&PostMention::rank)] >>
                                 x3::raw[role][put(&PostMention::role)])[mark_described_owner];
// The organisation before a title, without its possessive: "Baidu founder", "Apple CEO". Its words
// stop at the first role or rank word, so "Apple CEO Tim Cook" is organisation, role, name, and
// "Alibaba Executive Vice Chairman Joe Tsai" organisation, rank, role, name.
auto const org_prefix = cap_word >> *(tsp >> !role >> !rank >> (cap_word | paren_word));
// An office's name runs on through "of" to what it belongs to: "Cyberspace Administration of China
// (CAC) Director Zhuang Rongwen" (not "China Director"). The word before "of" is one of the
// lexicon's office or public nouns, so "Delegates of China Mobile CEO ..." stays with "China Mobile".
auto const office_word = phrase_of(office_words) >> !(x3::ascii::alnum | '-');
auto const office_of = *(!(office_word >> x3::lit(" of ")) >> !role >> !rank >> cap_word >> tsp) >> office_word >>
                       x3::lit(" of ") >> -(x3::lit("the") >> tsp) >> !role >> !rank >> org_prefix;
auto const named_owner = !role >> !rank >> (office_of | org_prefix);
// "Chinese President Xi Jinping", "Apple's Chief Executive Tim Cook", "Baidu founder Robin Li",
// "President Xi"
// The prefix is tried first and, when the rest then fails, the title is tried without it:
// "Premier Li Qiang's report" reads "Premier Li Qiang's" as a possessive prefix first.
inline auto const clear_body = [](auto& ctx) {
  x3::_val(ctx).body = {};
  x3::_val(ctx).rank = {};
};
// Fields set by an alternative that then failed must not leak into the next one.
inline auto const clear_post = [](auto& ctx) { x3::_val(ctx) = PostMention{}; };
// Two roles of one body may share the name: "Baidu's co-founder and chief executive Robin Li".
auto const second_role = (x3::lit(" and ") | x3::lit(", ")) >> -x3::raw[rank][put(&PostMention::rank2)] >>
                         x3::raw[role][put(&PostMention::role2)];
// A second post of another body before the same name: "Cyberspace Administration of China (CAC)
// Director and World Internet Conference (WIC) Chairman Zhuang Rongwen". The body may name a part
// of its owner in lower case: "Safe Internet League Director and WIC governing committee member
// Denis Davydov".
auto const second_post = x3::lit(" and ") >> x3::raw[named_owner >> x3::repeat(0, 2)[tsp >> portfolio_word]][put(&PostMention::body2)] >> tsp >>
                         -x3::raw[rank][put(&PostMention::rank2)] >> x3::raw[role][put(&PostMention::role2)];
// A description of the holder that is no post may stand between the role and the name, joined by
// "and": "CCP general secretary and paramount leader Xi Jinping", "Alibaba founder and billionaire
// Jack Ma". One or two lower-case words, the last right before the name.
// (Not a word of when or how, "former", which goes with a role: "Co-founder and former Executive
// Chairman of ...".)
auto const description_word = !role >> !rank >> !modifier >> lower_word;
auto const and_description = x3::lit(" and ") >> description_word >> -(tsp >> description_word) >>
                             &(tsp >> !role >> !rank >> x3::ascii::upper);
auto const before_name_core = -x3::raw[rank][put(&PostMention::rank)] >> x3::raw[role][put(&PostMention::role)] >>
                              x3::omit[-(second_role | second_post | and_description)] >> tsp >>
                              x3::raw[person_name][put(&PostMention::name)];
// After a country or a possessive owner, a portfolio in lower case may come before the role:
// "Chinese foreign minister Wang Yi", "China's cyberspace chief Lu Wei" (not after any capitalized
// word: "To quote Minister Lu Wei", "I spoke with President Xi").
auto const owned_name_core = -x3::raw[rank][put(&PostMention::rank)] >> -portfolio_before_role >> x3::raw[role][put(&PostMention::role)] >>
                             x3::omit[-(second_role | second_post)] >> tsp >> x3::raw[person_name][put(&PostMention::name)];
// "Chinese Foreign Minister Wang Yi", "Egyptian Communications Minister Amr Talaat": a country and
// a portfolio in capitals before the role.
auto const nationality_portfolio = x3::raw[phrase_of(nationality_words) >> !x3::ascii::alnum][put(&PostMention::body)] >>
                                   tsp >> x3::raw[!rank >> !role >> cap_word >> *(tsp >> !rank >> !role >> cap_word)][put(&PostMention::portfolio)] >>
                                   tsp >> before_name_core;
auto const before_name = ((x3::eps[clear_post] >> nationality_portfolio) |
                          (x3::eps[clear_post] >>
                           x3::omit[x3::raw[(phrase_of(nationality_words) >> !x3::ascii::alnum) | (cap_seq >> possessive)][put(&PostMention::body)]] >>
                           tsp >> owned_name_core) |
                          (x3::eps[clear_post] >> x3::omit[x3::raw[named_owner][put(&PostMention::body)]] >> tsp >> before_name_core) |
                          (x3::eps[clear_post] >> before_name_core))[mark_before_name];

// "Chief Executive of the Hong Kong Special Administrative Region (HKSAR) John Lee", "Director of
// the Cyberspace Administration of China (CAC) Zhuang Rongwen": a post of a body whose acronym, in
// parentheses, ends it, then the holder's name. Without the acronym nothing tells where the body
// ends and a name begins ("President of Lotus Cloud Jane Smith"), so that is not read.
// The name after it is no more of a body: no word of an office ("(CPC) Zhejiang Provincial
// Committee"), and no capitalized word after it.
auto const suffix_word = phrase_of(suffix_words) >> -x3::lit('.') >> !x3::ascii::alnum;
auto const holder_word = !(phrase_of(office_words) >> !x3::ascii::alnum) >> !suffix_word >> name_word;
auto const holder_name = holder_word >> x3::repeat(0, 2)[tsp >> holder_word] >> !(tsp >> x3::ascii::upper);
auto const body_before_acronym = cap_word >> *(tsp >> ((body_connectors >> tsp >> cap_word) | (!paren_word >> cap_word)));
auto const post_acronym_name = ahead_parser("(") >> -x3::raw[rank][put(&PostMention::rank)] >> x3::raw[role][put(&PostMention::role)] >> tsp >>
                               (x3::lit("of") | "at") >> tsp >> -(x3::lit("the") >> tsp) >>
                               x3::raw[body_before_acronym >> tsp >> paren_word][put(&PostMention::body)] >> tsp >>
                               x3::raw[holder_name][put(&PostMention::name)];

// "President of China Xi Jinping", "President of the People's Republic of China Xi Jinping": a post
// of a country (a name in one of the lexicon's alias groups of a nationality), then its holder's
// name of exactly two words. A company named after its country runs on into more capitalized words
// ("President of China Mobile Li Yue"): three words after the country are not read. The post is
// written as a title, capitalized: in "chairman of Ghana Dot Com" the capitals are a company's.
auto const country_name = phrase_of(country_names) >> !(x3::ascii::alnum | '-');
auto const post_country_name = &x3::ascii::upper >> -x3::raw[rank][put(&PostMention::rank)] >> x3::raw[role][put(&PostMention::role)] >> tsp >>
                               x3::lit("of") >> tsp >> -(x3::lit("the") >> tsp) >> x3::raw[country_name][put(&PostMention::body)] >> tsp >>
                               x3::raw[holder_word >> tsp >> holder_word][put(&PostMention::name)] >> !(tsp >> x3::ascii::upper) >>
                               !possessive;

// "Chairman of Alibaba Group Jack Ma", "President and CEO of Tencent Holdings Martin Lau": a body
// whose name ends in a company's suffix (the lexicon's body_suffixes) ends there, and a full name
// of two or three words follows. ("Head of Alibaba Group Research" names no one.)
auto const body_before_suffix = *(!(suffix_word >> tsp >> holder_word) >> cap_word >> tsp) >> suffix_word;
auto const post_suffix_core = -x3::raw[rank][put(&PostMention::rank)] >> x3::raw[role][put(&PostMention::role)] >> tsp >>
                              (x3::lit("of") | "at") >> tsp >> -(x3::lit("the") >> tsp) >>
                              x3::raw[body_before_suffix][put(&PostMention::body)] >> tsp >>
                              x3::raw[holder_word >> x3::repeat(1, 2)[tsp >> holder_word] >> !(tsp >> x3::ascii::upper)]
                                     [put(&PostMention::name)];
// The first of two roles may share the body: "President and CEO of ...", "co-founder and former
// executive chairman of Alibaba Group Jack Ma" (the word of when goes with the second role only).
auto const post_suffix_name = (x3::eps[clear_post] >> -x3::raw[rank][put(&PostMention::rank2)] >>
                               x3::raw[role][put(&PostMention::role2)] >> (x3::lit(" and ") | ", ") >>
                               x3::omit[-(x3::raw[modifier][put(&PostMention::modifier)] >> tsp)] >> post_suffix_core) |
                              (x3::eps[clear_post] >> post_suffix_core);

title_type const title = "title";
// omit[]: fields are set by the actions above, so the rule attribute is not threaded through.
auto const title_def = x3::omit[before_name | (x3::eps[clear_post] >> post_acronym_name)[mark_before_name] |
                                 (x3::eps[clear_post] >> post_country_name)[mark_before_name] |
                                 post_suffix_name[mark_before_name] |
                                 (x3::eps[clear_post] >> post_of) | (x3::eps[clear_post] >> post_for) |
                                 (x3::eps[clear_post] >> post_possessive) |
                                 (x3::eps[clear_post] >> post_common_owner) | (x3::eps[clear_post] >> post_pronoun_owner) |
                                 (x3::eps[clear_post] >> post_body_first)] >>
                       !x3::ascii::alnum;

BOOST_SPIRIT_DEFINE(title)

}  // namespace wiclint::grammar::parser
