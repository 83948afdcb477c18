#pragma once
// Word lists the grammars share. Each list is data, written once here; the grammars refer to the
// tables, never to the words. Tables are inline variables so that every rule definition that
// uses one (in a later-included header) is initialized after it.
#include <cctype>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace wiclint::grammar {

struct Unit {
  std::string noun;     // lower case, as written
  std::string unit;     // the class counts are compared in
  bool attends = true;  // can count who attended an edition ("internet users" cannot)
  bool total = true;    // can count all who attended; "experts" counts only some of them
};

// A time zone's offset from UTC in minutes, by its abbreviation (lower case); none for an unknown
// or ambiguous one ("cst" is both China's and US Central time).
std::optional<int> zone_offset(std::string_view abbreviation);

// Count units: people, countries and organizations (see docs/rules/count-agreement.md). They are
// English vocabulary, so they come from claims/english.yaml (`count_*` classes): the extractor
// adds them with add_unit before it reads; the list only grows, and an index stays valid.
const std::deque<Unit>& units();
void add_unit(const Unit& unit);

// Lower-case words ending in "-s" that still modify a noun ("news reporters", "sports fans"). Any
// other such word between a number and its unit noun is a verb ("Nov. 19, 2014 shows guests").
const std::vector<const char*>& plural_modifiers();

template <class T>
x3::ascii::symbols<T> make_symbols(std::initializer_list<std::pair<const char*, T>> items) {
  x3::ascii::symbols<T> s;
  for (const auto& [word, value] : items) s.add(word, value);
  return s;
}

// Months, capitalized or in capitals ("Nov", "NOV"; "Nov." is the abbreviation plus an optional
// dot). Lower case is left out on purpose: "may" and "march" are verbs.
inline const x3::ascii::symbols<int> month_words = [] {
  x3::ascii::symbols<int> s;
  const std::pair<const char*, int> months[] = {
      {"January", 1}, {"February", 2}, {"March", 3}, {"April", 4}, {"May", 5}, {"June", 6},
      {"July", 7}, {"August", 8}, {"September", 9}, {"October", 10}, {"November", 11}, {"December", 12},
      {"Jan", 1}, {"Feb", 2}, {"Mar", 3}, {"Apr", 4}, {"Jun", 6}, {"Jul", 7}, {"Aug", 8},
      {"Sep", 9}, {"Sept", 9}, {"Oct", 10}, {"Nov", 11}, {"Dec", 12}};
  for (const auto& [name, n] : months) {
    std::string upper(name);
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    s.add(name, n);
    s.add(upper, n);
  }
  return s;
}();

inline const x3::ascii::symbols<int> weekday_words = make_symbols<int>({
    {"Monday", 0}, {"Tuesday", 1}, {"Wednesday", 2}, {"Thursday", 3}, {"Friday", 4}, {"Saturday", 5},
    {"Sunday", 6}, {"Mon", 0}, {"Tue", 1}, {"Tues", 1}, {"Wed", 2}, {"Thu", 3}, {"Thur", 3}, {"Thurs", 3},
    {"Fri", 4}, {"Sat", 5}, {"Sun", 6}});

// Cardinal words, matched case-insensitively (entries are lower case).
inline const x3::ascii::symbols<int> cardinal_unit_words = make_symbols<int>({
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}});
inline const x3::ascii::symbols<int> cardinal_teen_words = make_symbols<int>({
    {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}});
inline const x3::ascii::symbols<int> tens_words = make_symbols<int>({
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
    {"eighty", 80}, {"ninety", 90}});
inline const x3::ascii::symbols<double> scale_words = make_symbols<double>({
    {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}});

// Ordinal words up to the nineteenth, and the tens ("twentieth"); "twenty-first" is tens + unit.
inline const x3::ascii::symbols<int> ordinal_unit_words = make_symbols<int>({
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
    {"seventh", 7}, {"eighth", 8}, {"ninth", 9}});
inline const x3::ascii::symbols<int> ordinal_teen_words = make_symbols<int>({
    {"tenth", 10}, {"eleventh", 11}, {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14},
    {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
    {"twentieth", 20}, {"thirtieth", 30}, {"fortieth", 40}, {"fiftieth", 50}, {"hundredth", 100}});
inline const x3::ascii::symbols<x3::unused_type> ordinal_suffixes = [] {
  x3::ascii::symbols<x3::unused_type> s;
  for (const char* w : {"st", "nd", "rd", "th"}) s.add(w);
  return s;
}();

// Count qualifiers (lower case; matched case-insensitively). Each maps to an interval class.
inline const x3::ascii::symbols<ast::Qualifier> qualifier_words = make_symbols<ast::Qualifier>({
    {"over", ast::Qualifier::over}, {"more than", ast::Qualifier::over}, {"above", ast::Qualifier::over},
    {"upwards of", ast::Qualifier::over}, {"in excess of", ast::Qualifier::over},
    {"at least", ast::Qualifier::at_least}, {"no fewer than", ast::Qualifier::at_least},
    {"no less than", ast::Qualifier::at_least},
    {"about", ast::Qualifier::about}, {"around", ast::Qualifier::about}, {"some", ast::Qualifier::about},
    {"roughly", ast::Qualifier::about}, {"approximately", ast::Qualifier::about},
    {"an estimated", ast::Qualifier::about}, {"close to", ast::Qualifier::nearly},
    {"nearly", ast::Qualifier::nearly}, {"almost", ast::Qualifier::nearly}, {"up to", ast::Qualifier::nearly},
    {"fewer than", ast::Qualifier::under}, {"less than", ast::Qualifier::under}, {"under", ast::Qualifier::under}});

// Unit nouns (lower case), longest match first: "countries and regions" is one unit. Filled by
// add_unit.
inline x3::ascii::symbols<int> unit_words;

}  // namespace wiclint::grammar
