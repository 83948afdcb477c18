// The status reader: what a source says became of an edition (held, to be held, cancelled,
// postponed, replaced by another event, moved online), from the phrases of claims/english.yaml's
// status_* classes said of an edition named in the same sentence: after it as its verb ("The
// seventh WIC was cancelled"), or before it as its object ("called off the seventh WIC", "a forum
// held in place of the seventh WIC").
#include <algorithm>

#include "extract/readers.hpp"

namespace wiclint::extract {

namespace {

// The phrases of the status classes a side reads, with the status of each, in list order. Before
// an edition stand its cancellation, postponement or replacement ("called off the seventh WIC")
// and an act at it told in the past ("told the seventh WIC"); after it, its own verb of anything
// but a replacement (whose phrase always precedes).
std::pair<std::vector<std::string>, std::vector<EditionStatus>> status_phrases(const English& e, bool before) {
  struct Class {
    EditionStatus status;
    const char* name;
    bool before, after;
  };
  static const Class classes[] = {
      {EditionStatus::held, "status_held", false, true},          {EditionStatus::planned, "status_planned", false, true},
      {EditionStatus::online, "status_online", false, true},      {EditionStatus::postponed, "status_postponed", true, true},
      {EditionStatus::cancelled, "status_cancelled", true, true}, {EditionStatus::replaced, "status_replaced", true, false},
      {EditionStatus::held, "status_held_at", true, false}};
  std::pair<std::vector<std::string>, std::vector<EditionStatus>> out;
  for (const auto& c : classes) {
    if (!(before ? c.before : c.after)) continue;
    for (const auto& phrase : e.words(c.name)) {
      out.first.push_back(phrase);
      out.second.push_back(c.status);
    }
  }
  return out;
}

}  // namespace

StatusTables::StatusTables(const English& e)
    : after_status(status_phrases(e, false).second),
      before_status(status_phrases(e, true).second),
      after(status_phrases(e, false).first),
      before(status_phrases(e, true).first) {}

namespace {

constexpr std::size_t kAfter = 60;   // a verb of the edition follows it closely
constexpr std::size_t kBefore = 48;  // "called off the", "cancel the hosting of the" stand right before it

// Are the words in [b, e) only what may stand between a status phrase and the edition it is said
// of: determiners, "of", and a nominalized verb ("cancel the hosting of the 7th WIC", "the
// staging of this year's summit")? Not "cancelled flights ahead of the 7th WIC".
bool object_gap(const Work& w, std::size_t b, std::size_t e) {
  static const WordSet fillers = {"the", "a", "an", "this", "its", "of", "year's", "planned", "annual"};
  bool ok = true;
  each_word(w.lower, b, e, [&](std::string_view word) {
    if (!fillers.contains(word) && !(word.size() > 4 && word.ends_with("ing"))) ok = false;
  });
  for (std::size_t p = b; p < e; ++p)
    if (w.text[p] == ',' || w.text[p] == ';' || w.text[p] == '.') ok = false;
  return ok;
}

// "which was scheduled to be held this month": a plan told in the past says nothing of now.
bool past_plan(const Work& w, std::size_t at) {
  const auto before = w.words_back(at, 3);  // nearest last
  bool past = false, plan = false;
  for (const auto& word : before) {
    past |= word == "was" || word == "were" || word == "had" || word == "been";
    plan |= word == "scheduled" || word == "planned" || word == "due" || word == "set" || word == "originally";
  }
  return past && plan;
}

bool negated_before(const Work& w, std::size_t at) {
  for (const auto& word : w.words_back(at, 3))
    if (word == "not" || word == "never" || word == "n't" || word.ends_with("n't") || word == "no") return true;
  return false;
}

// The status phrase said of the edition at [b, e) in sentence s, and where it stands.
struct Found {
  EditionStatus status = EditionStatus::held;
  std::size_t begin = 0, end = 0;
};

std::optional<Found> status_of(const Work& w, const Sentence& s, std::size_t b, std::size_t e) {
  const StatusTables& t = w.english.statuses;
  // Before: "called off the seventh WIC", "in place of the seventh WIC" (the object decides).
  const std::size_t from = b > s.begin + kBefore ? b - kBefore : s.begin;
  if (auto [at, k] = t.before.last_in(w, from, b);
      k >= 0 && !negated_before(w, at) && object_gap(w, at + t.before.phrase(k).size(), b))
    return Found{t.before_status[static_cast<std::size_t>(k)], at, at + t.before.phrase(k).size()};
  // After: the edition's own verb, with no other event or part of one between.
  const std::size_t until = std::min(s.end, e + kAfter);
  if (auto [at, k] = t.after.first_in(w, e, until);
      k >= 0 && !other_than_series(w.english.parts, w, e, at) && !negated_before(w, at) && !past_plan(w, at))
    return Found{t.after_status[static_cast<std::size_t>(k)], at, at + t.after.phrase(k).size()};
  return std::nullopt;
}

}  // namespace

void read_statuses(Work& w) {
  const std::size_t n = w.claims.size();
  std::vector<std::pair<std::size_t, int>> said;  // (sentence, edition) already given a status
  for (std::size_t k = 0; k < n; ++k) {
    const Claim& c = w.claims[k];
    if (c.kind() != ClaimKind::edition || !c.edition || c.as<EditionValue>().ordinal_end) continue;
    const std::pair<std::size_t, int> key{c.sentence, c.edition};
    if (std::find(said.begin(), said.end(), key) != said.end()) continue;
    const auto found = status_of(w, w.sentences[c.sentence], c.scan_begin, c.scan_end);
    if (!found) continue;
    said.push_back(key);
    const int edition = c.edition;  // (c is invalidated by add_claim)
    Claim& st = w.add_claim(ClaimKind::status, found->begin, found->end);
    st.value = StatusValue{found->status};
    st.edition = edition;
  }
}

}  // namespace wiclint::extract
