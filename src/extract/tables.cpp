// The table reader: a row of a table whose header names its columns is one edition's record
// ("Year | Dates | Guests"): its year cell dates it, an ordinal cell numbers it, and a figure under
// a column of attendees is that edition's attendance, though no unit noun follows the figure.
#include <algorithm>

#include "extract/internal.hpp"
#include "grammar/number.hpp"
#include "grammar/ordinal.hpp"

namespace wiclint::extract {

namespace {

namespace x3 = grammar::x3;

enum class Column { none, people, countries, edition, dates };

Column column_of(const Work& w, std::size_t b, std::size_t e) {
  const std::string head = lower(w.text.substr(b, e - b));
  auto names = [&](const char* cls) {
    const auto& words = w.kb.english.words(cls);
    return std::find(words.begin(), words.end(), head) != words.end();
  };
  if (names("table_people")) return Column::people;
  if (names("table_countries")) return Column::countries;
  if (names("table_edition")) return Column::edition;
  if (names("table_dates")) return Column::dates;
  return Column::none;
}

// "about 1,500", "1,500+", "more than 70": the figure of a cell and its qualifier.
bool cell_figure(const Work& w, std::size_t b, std::size_t e, CountValue& v) {
  std::size_t p = b;
  while (p < e && !is_digit(w.text[p])) ++p;
  const std::string before = lower(w.text.substr(b, p - b));
  const char* first = w.text.data() + p;
  double n = 0;
  if (p == e || !x3::parse(first, w.text.data() + e, grammar::number(), n) || n <= 0 || n != static_cast<long long>(n))
    return false;
  const std::size_t after = static_cast<std::size_t>(first - w.text.data());
  if (before.find_first_not_of(' ') != std::string::npos) {
    static const std::pair<const char*, const char*> qualifiers[] = {
        {"about ", "about"}, {"around ", "about"}, {"some ", "about"}, {"over ", "over"}, {"more than ", "over"},
        {"nearly ", "nearly"}, {"almost ", "nearly"}, {"up to ", "nearly"}, {"at least ", "at-least"}};
    const auto q = std::find_if(std::begin(qualifiers), std::end(qualifiers),
                                [&](const auto& x) { return before == x.first; });
    if (q == std::end(qualifiers)) return false;
    v.qualifier = q->second;
  }
  if (after < e && w.text[after] == '+') v.qualifier = "over";
  else if (w.text.substr(after, e - after).find_first_not_of(' ') != std::string_view::npos) return false;
  v.number = static_cast<long long>(n);
  return true;
}

void add_count(Work& w, std::size_t b, std::size_t e, const char* unit, int edition) {
  CountValue v;
  if (!cell_figure(w, b, e, v)) return;
  v.unit = unit;
  v.noun = unit;
  v.attendance = true;
  set_count_interval(v);
  Claim& c = w.add_claim(ClaimKind::count, b, e);
  c.value = std::move(v);
  c.edition = edition;
}

int cell_ordinal(const Work& w, std::size_t b, std::size_t e) {
  const char* first = w.text.data() + b;
  int n = 0;
  if (x3::parse(first, w.text.data() + e, grammar::ordinal(), n) && first == w.text.data() + e) return n;
  first = w.text.data() + b;
  return x3::parse(first, w.text.data() + e, x3::int_, n) && first == w.text.data() + e && n > 0 && n < 1000 ? n : 0;
}

// The year a row's record is of: a cell that is a year alone, else the year of a dated cell.
std::pair<int, std::size_t> row_year(const Work& w, const Block& row) {
  for (const auto& [b, e] : row.cells)
    if (int y = 0; e - b == 4 && year_at(w.text, b, y)) return {y, b};
  for (const Claim& c : w.claims)
    if (c.kind() == ClaimKind::date && c.scan_begin >= row.begin && c.scan_end <= row.end &&
        !c.as<DateValue>().year_from_article && c.as<DateValue>().begin.year)
      return {c.as<DateValue>().begin.year, std::string_view::npos};
  return {0, std::string_view::npos};
}

void date_cells(Work& w, const Block& row, std::size_t b, std::size_t e, int year, int edition) {
  for (Claim& c : w.claims) {
    if (c.kind() != ClaimKind::date || c.scan_begin < b || c.scan_end > e) continue;
    auto& d = c.as<DateValue>();
    if (d.year_from_article && year) {
      d.end.year += year - d.begin.year;
      d.begin.year = year;
      d.year_from_article = false;
    }
    d.part = d.end != d.begin ? EventPart::running : EventPart::opening;
    c.edition = edition;
  }
  (void)row;
}

void read_row(Work& w, const Block& row, const Block& head) {
  const auto [year, year_at_cell] = row_year(w, row);
  int edition = year && w.series->first_year ? w.series->edition_in(year) : 0;
  std::vector<Column> columns;
  for (const auto& [b, e] : head.cells) columns.push_back(column_of(w, b, e));
  for (std::size_t i = 0; i < row.cells.size() && i < columns.size(); ++i)
    if (columns[i] == Column::edition)
      if (const int n = cell_ordinal(w, row.cells[i].first, row.cells[i].second)) {
        Claim& c = w.add_claim(ClaimKind::edition, row.cells[i].first, row.cells[i].second);
        EditionValue v;
        v.ordinal = n;
        v.year = year;
        if (year_at_cell != std::string_view::npos) v.year_location = w.article.locate_norm(year_at_cell, year_at_cell + 4);
        c.value = std::move(v);
        c.edition = edition = n;
      }
  for (std::size_t i = 0; i < row.cells.size() && i < columns.size(); ++i) {
    const auto [b, e] = row.cells[i];
    if (columns[i] == Column::people) add_count(w, b, e, "people", edition);
    if (columns[i] == Column::countries) add_count(w, b, e, "countries", edition);
    if (columns[i] == Column::dates) date_cells(w, row, b, e, year, edition);
  }
}

}  // namespace

void read_table_rows(Work& w) {
  if (!w.series) return;
  for (const Block& row : w.blocks)
    if (row.kind == BlockKind::table_row && row.head < w.blocks.size()) read_row(w, row, w.blocks[row.head]);
}

}  // namespace wiclint::extract
