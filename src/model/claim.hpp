#pragma once
// Claims: what an article states, normalized, with the exact span it was read from.
#include <cstdint>
#include <memory>
#include <optional>
#include <type_traits>
#include <string>
#include <variant>
#include <vector>

#include "model/block.hpp"
#include "model/civil_date.hpp"
#include "model/location.hpp"

namespace wiclint {

enum class ClaimKind { published, date, edition, count, title, duration, status };
const char* to_string(ClaimKind k);

// The article's own publication date.
struct PublishedValue {
  CivilDate date;
  int stated_weekday = -1;  // "Thursday, November 8, 2017" in the header: checked by weekday-date
  std::string source;  // "front-matter", "header", "dateline", or "dateline+edition" (inferred)
};

// How a date mention relates to the article's publication date.
enum class Relation {
  absolute,        // "Nov. 16, 2016"; a missing year was taken from the article
  yesterday, today, tomorrow,
  weekday_past,    // "on Sunday" in past tense: the nearest such day on or before the article's date
  weekday_future,  // "closes on Friday": on or after
  this_year, last_year, next_year,
  this_month, last_month, next_month,  // the article's month, the one before, the one after
};
const char* to_string(Relation r);

// What part of an edition a date speaks of.
// `during`: the day of a part of the edition (a sub-forum the article says is one of its parts),
// which lies within the edition's days.
enum class EventPart { mention, opening, closing, running, during };
const char* to_string(EventPart p);

struct DateValue {
  CivilDate begin;             // resolved (or absolute) date; year 0 when unresolved
  CivilDate end;               // equals begin unless a range ("Dec 3-5, 2017")
  Relation relation = Relation::absolute;
  int relative_weekday = -1;   // for weekday relations, the weekday named (0 = Monday)
  int stated_weekday = -1;     // an explicit weekday beside an absolute date ("Tuesday, Nov. 16")
  int stated_weekday_end = -1; // for "from Wednesday to Friday"
  bool resolved = true;        // false when relative and the article has no date
  bool year_from_article = false;  // "Nov. 16" took its year from the article's date
  bool year_only = false;      // "in 2015", "2015's conference"
  bool dateline = false;       // "WUZHEN, Thursday, Nov. 7 --"
  EventPart part = EventPart::mention;
};

struct EditionValue {
  int ordinal = 0;       // 6 for "6th World Internet Conference"; 0 when named by year only
  int ordinal_end = 0;   // "from the first to the fourth conference": 1..4
  int year = 0;          // a year bound in the same phrase, or 0
  bool current = false;  // the article reports it as happening (opens, runs, a letter is sent to it)
  bool history = false;  // used as history (a range, "previous", "since")
  bool of_years = false;  // "the 10th year of the Wuzhen Summit": counts calendar years, not editions
  std::optional<Location> year_location;  // where the bound year was read
};

// A count as an interval: "over 1,600" is [1601, inf); see docs/rules/count-agreement.md.
struct CountValue {
  long long number = 0;
  double min = 0;
  double max = 0;
  std::string qualifier;    // "over", "about", ... or "" for an exact figure
  std::string unit;         // normalized unit class: people, countries, organizations
  std::string noun;         // the noun as written: "guests", "countries and regions"
  bool attendance = false;  // the count is of who attended an edition
  bool forecast = false;    // who was expected to attend ("some 3,000 delegates are expected"): no outcome
  bool every_edition = false;  // said of every edition ("about 900 guests every year"): no one edition's
  bool may_attend = true;   // false for nouns that never count attendees ("internet users")
  std::string subgroup;     // "experts" for "300 experts": a part of the attendance; "" for all of it
};

struct TitleValue {
  std::string person;  // full name as first written ("Huang Kunming")
  std::string role;    // normalized role: "head", "ceo", "member", ...
  std::string rank;    // "", "deputy", "vice", "executive vice", ...
  std::string body;    // normalized body ("publicity department of the cpc central committee")
  std::string post;    // the post as written, for messages
  bool also = false;   // "Zhuang, also deputy head of ...": held beside the person's other posts
  bool former = false; // "former Alibaba chief executive Jack Ma", "Lu Wei, then head of ...": no longer held
};

// How a duration is told: "four-year history", "eight consecutive years", "over the past five
// years", "for three days" (a span), "since 2014", "two years ago", "1,300-year-old", "five years
// later", "in the next 30 years".
enum class DurationForm { history, consecutive, past, span, since, ago, age, later, on, ahead, anniversary };
const char* to_string(DurationForm f);

struct DurationValue {
  int amount = 0;
  std::string unit;       // "year", "day"
  DurationForm form = DurationForm::span;
  int since_year = 0;     // "since 2014"
  bool series = false;    // the duration is about the event series itself
  bool round = false;     // "over the past decade": a figure of speech, never an age to check
};

// What a source says became of an edition: held, to be held, cancelled, postponed, replaced by
// another event ("a forum held in place of the seventh WIC"), moved online.
enum class EditionStatus { held, planned, cancelled, postponed, replaced, online };
const char* to_string(EditionStatus s);
bool parse_edition_status(const std::string& s, EditionStatus& out);

struct StatusValue {
  EditionStatus status = EditionStatus::held;
};

// A value too large to keep inline in every claim (a title's five strings, a count's four): held
// on the heap, so the claims of other kinds are not as large as the largest. Copied deeply.
template <class T>
class Boxed {
 public:
  Boxed() : p_(std::make_unique<T>()) {}
  Boxed(T v) : p_(std::make_unique<T>(std::move(v))) {}  // implicit: `claim.value = TitleValue{...}`
  Boxed(const Boxed& o) : p_(std::make_unique<T>(*o.p_)) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& o) { return *this = Boxed(o); }
  Boxed& operator=(Boxed&&) noexcept = default;
  const T& get() const { return *p_; }
  T& get() { return *p_; }

 private:
  std::unique_ptr<T> p_;
};

// The values a claim holds boxed.
template <class T>
inline constexpr bool kBoxedValue = std::is_same_v<T, CountValue> || std::is_same_v<T, TitleValue>;

struct Claim {
  Location loc;
  std::string text;        // the source text of the span
  int edition = 0;         // the edition it is about; 0 when the text does not say
  // Indexes within one article (at most 256 MiB) fit 32 bits: a claim is kept for the whole run,
  // millions of them at scale.
  std::uint32_t sentence = 0;  // index of the sentence in its article
  BlockKind block = BlockKind::body;  // the kind of block it was read in (model/block.hpp)
  std::uint32_t block_index = 0;      // that block's index in its article
  std::size_t scan_begin = 0, scan_end = 0;  // the span in the article's normalized view
  std::variant<PublishedValue, DateValue, EditionValue, Boxed<CountValue>, Boxed<TitleValue>, DurationValue, StatusValue>
      value;
  static_assert(std::variant_size_v<decltype(value)> == 7 && static_cast<int>(ClaimKind::status) == 6,
                "the value's alternatives follow ClaimKind's order");

  // The kind is the value's: the variant's alternatives are in ClaimKind's order.
  ClaimKind kind() const { return static_cast<ClaimKind>(value.index()); }
  // An empty value of `k`, for a claim whose value is filled in afterwards.
  void set_kind(ClaimKind k);
  template <class T> const T& as() const {
    if constexpr (kBoxedValue<T>) return std::get<Boxed<T>>(value).get();
    else return std::get<T>(value);
  }
  template <class T> T& as() {
    if constexpr (kBoxedValue<T>) return std::get<Boxed<T>>(value).get();
    else return std::get<T>(value);
  }
};

// Tolerances of the count qualifiers (docs/rules/count-agreement.md); count-agreement's options
// default to these, and the extractor uses them for the intervals `wiclint claims` shows.
struct CountTolerances {
  double exact = 0.02;   // a bare figure n: [n(1-t), n(1+t)]
  double about = 0.10;   // about/around/some n: [n(1-t), n(1+t)]
  double nearly = 0.10;  // nearly/almost/up to n: [n(1-t), n]
};
// The interval a count stands for: "over 1,600" is [1601, inf). Sets v.min and v.max.
void set_count_interval(CountValue& v, const CountTolerances& t = {});

// A short normalized rendering of a claim's value ("2019-10-20", "[1601, inf) people", ...).
std::string describe_value(const Claim& c);

}  // namespace wiclint
