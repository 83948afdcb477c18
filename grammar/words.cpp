#include "grammar/words.hpp"

#include <mutex>

namespace wiclint::grammar {

namespace {
std::deque<Unit>& unit_list() {
  static std::deque<Unit> list;
  return list;
}
std::mutex unit_lock;  // additions from several Extractors at once must not corrupt the tables
}  // namespace

const std::deque<Unit>& units() { return unit_list(); }

void add_unit(const Unit& unit) {
  std::lock_guard<std::mutex> hold(unit_lock);
  if (unit_words.find(unit.noun)) return;
  unit_list().push_back(unit);
  unit_words.add(unit.noun, static_cast<int>(unit_list().size() - 1));
}

const std::vector<const char*>& plural_modifiers() {
  static const std::vector<const char*> list = {
      "news", "sports", "arts", "games", "goods", "services", "sales", "jobs", "savings", "electronics",
      "economics", "communications", "telecommunications", "logistics", "robotics", "analytics", "graphics",
      "politics", "physics", "mathematics", "statistics", "affairs", "customs", "means", "series", "species",
      "headquarters", "overseas"};
  return list;
}

std::optional<int> zone_offset(std::string_view abbreviation) {
  static const std::pair<std::string_view, int> zones[] = {
      {"utc", 0},         {"gmt", 0},        {"bst", 60},       {"cet", 60},        {"cest", 120},
      {"bjt", 8 * 60},    {"hkt", 8 * 60},   {"sgt", 8 * 60},   {"jst", 9 * 60},    {"kst", 9 * 60},
      {"est", -5 * 60},   {"edt", -4 * 60},  {"cdt", -5 * 60},  {"mst", -7 * 60},   {"mdt", -6 * 60},
      {"pst", -8 * 60},   {"pdt", -7 * 60},
  };
  for (const auto& [name, offset] : zones)
    if (name == abbreviation) return offset;
  return std::nullopt;
}

}  // namespace wiclint::grammar
