#include "kb/english.hpp"

#include <algorithm>
#include <stdexcept>

#include "kb/yaml_error.hpp"

namespace wiclint {

namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string third_person(const std::string& v) {
  if (v.ends_with("s") || v.ends_with("x") || v.ends_with("z") || v.ends_with("ch") || v.ends_with("sh"))
    return v + "es";
  if (v.size() > 1 && v.back() == 'y' && !vowel(v[v.size() - 2])) return v.substr(0, v.size() - 1) + "ies";
  return v + "s";
}

std::string past(const std::string& v) {
  if (v.ends_with("e")) return v + "d";
  if (v.size() > 1 && v.back() == 'y' && !vowel(v[v.size() - 2])) return v.substr(0, v.size() - 1) + "ied";
  return v + "ed";
}

std::string gerund(const std::string& v) {
  if (v.size() > 2 && v.back() == 'e' && !v.ends_with("ee") && !v.ends_with("ye") && !v.ends_with("oe"))
    return v.substr(0, v.size() - 1) + "ing";
  return v + "ing";
}

}  // namespace

const std::vector<std::string>& English::words(std::string_view cls) const {
  auto it = classes.find(cls);
  if (it == classes.end()) throw std::out_of_range("English class not loaded: " + std::string(cls));
  return it->second;
}

std::vector<std::string> inflect(std::string_view lemma, const std::map<std::string, IrregularVerb>& irregular) {
  const std::size_t space = lemma.find(' ');
  const std::string head(lemma.substr(0, space));
  const std::string rest = space == std::string_view::npos ? "" : std::string(lemma.substr(space));
  IrregularVerb forms{third_person(head), past(head), past(head), gerund(head)};
  if (auto it = irregular.find(head); it != irregular.end()) {
    const IrregularVerb& i = it->second;
    if (!i.third.empty()) forms.third = i.third;
    if (!i.past.empty()) forms.past = i.past;
    forms.participle = !i.participle.empty() ? i.participle : forms.past;
    if (!i.gerund.empty()) forms.gerund = i.gerund;
  }
  std::vector<std::string> out;
  for (const std::string& f : {head, forms.third, forms.past, forms.participle, forms.gerund})
    if (std::find(out.begin(), out.end(), f + rest) == out.end()) out.push_back(f + rest);
  return out;
}

const std::vector<std::string>& english_verb_classes() {
  static const std::vector<std::string> v = {"opening",          "closing",          "running",
                                             "attendance",       "hosting",          "status_cancelled",
                                             "status_postponed", "status_replaced",  "status_planned",
                                             "status_held",      "status_held_at",   "status_online",
                                             "total_verbs"};
  return v;
}
const std::vector<std::string>& english_noun_classes() {
  static const std::vector<std::string> v = {"event_parts", "sub_events", "count_people", "count_groups",
                                             "count_not_attendance", "membership_nouns", "count_countries", "count_organizations", "count_other_organizations",
                                             "time_parts"};
  return v;
}
const std::vector<std::string>& english_word_classes() {
  static const std::vector<std::string> v = {"place_prepositions", "anniversary_nouns", "ordinal_intensifiers", "every_edition", "name_stop_words", "office_head_roles", "saying_verbs", "plan_verbs", "former_words", "post_modifiers", "dateline_agency_words",
                                             "present_adverbs", "relative_pronouns", "event_field_labels", "footer_stamp_labels", "number_nouns", "year_prepositions", "relative_post_verbs", "relative_former_verbs", "list_openers", "not_owner_words", "report_nouns", "possessive_pronouns", "personal_possessives", "year_not_naming", "event_name_nouns",
                                             "sponsor_participles", "have_auxiliaries", "state_verbs", "day_things", "subject_blockers",
                                             "elided_ordinal_owners", "counterfactual_phrases",
                                             "running_year_words", "after_elided_one",
                                             "span_words", "span_fillers", "forecast_words", "plan_words",
                                             "plan_past_words", "attendance_ways", "day_prepositions",
                                             "stamp_labels"};
  return v;
}
const std::vector<std::string>& english_block_classes() {
  static const std::vector<std::string> v = {"caption_words", "caption_openers", "photo_agencies", "stamp_fields",
                                             "byline_fields", "chrome_words", "turn_labels", "table_people",
                                             "table_countries", "table_edition", "table_dates"};
  return v;
}

namespace {

// A phrase of a class: lower-case ASCII words, no empty string (the readers match it word by word).
std::string phrase(const std::string& file, const YAML::Node& node) {
  std::string s = yaml_string(file, node);
  if (s.empty() || s.front() == ' ' || s.back() == ' ') yaml_fail(file, node, "a phrase must be non-empty words");
  for (char& c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) yaml_fail(file, node, "a phrase must be ASCII: '" + s + "'");
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

void add_unique(std::vector<std::string>& to, std::string s) {
  if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(std::move(s));
}

void parse_irregular(const std::string& file, const YAML::Node& node, English& e) {
  if (!node.IsMap()) yaml_fail(file, node, "expected a map of lemma: {past, participle, third, gerund}");
  for (const auto& kv : node) {
    check_keys(file, kv.second, {"third", "past", "participle", "gerund"});
    IrregularVerb v;
    if (kv.second["third"]) v.third = phrase(file, kv.second["third"]);
    if (kv.second["past"]) v.past = phrase(file, kv.second["past"]);
    if (kv.second["participle"]) v.participle = phrase(file, kv.second["participle"]);
    if (kv.second["gerund"]) v.gerund = phrase(file, kv.second["gerund"]);
    e.irregular[phrase(file, kv.first)] = v;
  }
}

void parse_verb_class(const std::string& file, const std::string& name, const YAML::Node& node, English& e) {
  check_keys(file, node, {"lemmas", "forms", "except"});
  std::vector<std::string> except;
  if (node["except"])
    for (const auto& x : node["except"]) except.push_back(phrase(file, x));
  std::vector<std::string>& words = e.classes[name];
  if (node["lemmas"])
    for (const auto& l : node["lemmas"])
      for (std::string& f : inflect(phrase(file, l), e.irregular))
        if (std::find(except.begin(), except.end(), f) == except.end()) add_unique(words, std::move(f));
  if (node["forms"])
    for (const auto& f : node["forms"]) add_unique(words, phrase(file, f));
}

void parse_plain_classes(const std::string& file, const YAML::Node& node, const std::vector<std::string>& names,
                         English& e) {
  if (!node.IsMap()) yaml_fail(file, node, "expected a map of class: [phrases]");
  check_keys(file, node, names);
  for (const auto& kv : node) {
    if (!kv.second.IsSequence()) yaml_fail(file, kv.second, "expected a list of phrases");
    auto& words = e.classes[kv.first.as<std::string>()];
    for (const auto& w : kv.second) add_unique(words, phrase(file, w));
  }
}

}  // namespace

void parse_english(const std::string& file, const YAML::Node& node, English& e) {
  if (!node.IsMap()) yaml_fail(file, node, "expected a map with irregular, verbs, nouns, words, blocks");
  check_keys(file, node, {"irregular", "verbs", "nouns", "words", "blocks"});
  // Every class exists, empty until a file fills it, so a reader never asks for a missing one.
  for (const auto* names : {&english_verb_classes(), &english_noun_classes(), &english_word_classes(),
                            &english_block_classes()})
    for (const auto& n : *names) e.classes[n];
  if (node["irregular"]) parse_irregular(file, node["irregular"], e);
  if (const YAML::Node verbs = node["verbs"]) {
    if (!verbs.IsMap()) yaml_fail(file, verbs, "expected a map of verb classes");
    check_keys(file, verbs, english_verb_classes());
    for (const auto& kv : verbs) parse_verb_class(file, kv.first.as<std::string>(), kv.second, e);
  }
  if (node["nouns"]) parse_plain_classes(file, node["nouns"], english_noun_classes(), e);
  if (node["words"]) parse_plain_classes(file, node["words"], english_word_classes(), e);
  if (node["blocks"]) parse_plain_classes(file, node["blocks"], english_block_classes(), e);
}

}  // namespace wiclint
