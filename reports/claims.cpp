// `wiclint claims`: the claims wiclint read, as JSON (a stable contract, see README) or as text
// lines, so a user can see what the parser saw.
#include "reports/claims.hpp"

#include "util/json.hpp"
#include "util/utf8.hpp"

namespace wiclint {

namespace {

void write_date(JsonWriter& w, const DateValue& d) {
  w.key("subject").value(to_string(d.part));
  if (!d.resolved) {
    w.key("value").null();
  } else if (d.end != d.begin) {
    w.key("value").begin_object().key("begin").value(to_iso(d.begin)).key("end").value(to_iso(d.end)).end_object();
  } else {
    w.key("value").value(to_iso(d.begin));
  }
  w.key("relation").value(to_string(d.relation));
  if (d.stated_weekday >= 0) w.key("weekday").value(weekday_name(d.stated_weekday));
}

void write_edition(JsonWriter& w, const std::string& series, const EditionValue& e) {
  w.key("subject").value(series);
  if (e.ordinal_end) {
    w.key("value").begin_object().key("min").value(e.ordinal).key("max").value(e.ordinal_end).end_object();
  } else if (e.ordinal) {
    w.key("value").value(e.ordinal);
  } else {
    w.key("value").null();
  }
  if (e.year) w.key("year").value(e.year);
  w.key("current").value(e.current).key("history").value(e.history);
  if (e.of_years) w.key("of_years").value(true);
}

void write_count(JsonWriter& w, const CountValue& n) {
  w.key("subject").value(n.attendance ? "attendance" : "other");
  w.key("value").begin_object().key("min").value(n.min).key("max").value(n.max).end_object();
  w.key("number").value(static_cast<long long>(n.number));
  w.key("qualifier").value(n.qualifier);
  w.key("unit").value(n.unit);
  w.key("group").value(n.subgroup);
  if (n.forecast) w.key("forecast").value(true);
  if (n.every_edition) w.key("every_edition").value(true);
}

void write_title(JsonWriter& w, const TitleValue& t) {
  w.key("subject").value(t.person);
  w.key("value").begin_object().key("role").value(t.role).key("rank").value(t.rank).key("body").value(t.body).end_object();
  if (t.also) w.key("also").value(true);
  if (t.former) w.key("former").value(true);
}

void write_duration(JsonWriter& w, const DurationValue& d) {
  w.key("subject").value(d.series ? "series" : "other");
  w.key("value").value(d.amount).key("unit").value(d.unit).key("form").value(to_string(d.form));
  if (d.since_year) w.key("since").value(d.since_year);
}

// The kind's own fields: subject, value and what qualifies it.
void write_value(JsonWriter& w, const ArticleClaims& a, const Claim& c) {
  switch (c.kind()) {
    case ClaimKind::published:
      w.key("subject").value("article").key("value").value(to_iso(c.as<PublishedValue>().date));
      break;
    case ClaimKind::date: write_date(w, c.as<DateValue>()); break;
    case ClaimKind::edition: write_edition(w, a.series, c.as<EditionValue>()); break;
    case ClaimKind::count: write_count(w, c.as<CountValue>()); break;
    case ClaimKind::title: write_title(w, c.as<TitleValue>()); break;
    case ClaimKind::duration: write_duration(w, c.as<DurationValue>()); break;
    case ClaimKind::status: w.key("subject").value(a.series).key("value").value(to_string(c.as<StatusValue>().status)); break;
  }
}

// One claim as an object of the contract (README, "wiclint claims --format json").
void write_claim(JsonWriter& w, const ArticleClaims& a, const Claim& c) {
  w.begin_object();
  w.key("file").value(c.loc.file.empty() ? a.path : c.loc.file.str());
  w.key("line").value(c.loc.line).key("column").value(c.loc.column);
  w.key("end_line").value(c.loc.end_line).key("end_column").value(c.loc.end_column);
  w.key("kind").value(to_string(c.kind()));
  w.key("text").value(c.text);
  write_value(w, a, c);
  if (c.kind() != ClaimKind::count) w.key("qualifier").null();  // every claim has the contract's fields
  w.key("block").begin_object().key("kind").value(to_string(c.block)).key("index").value(static_cast<long long>(c.block_index)).end_object();
  if (c.edition) {
    w.key("edition").value(c.edition);
  } else {
    w.key("edition").null();
  }
  w.key("series").value(a.series);  // the article's: a group-by on (series, edition, ...) needs it
  w.end_object();
}

}  // namespace

ClaimsWriter::ClaimsWriter(std::ostream& out, const std::string& format) : out_(out), format_(format) {
  if (format_ == "json") {
    json_ = std::make_unique<JsonWriter>(out_, 2);
    json_->begin_object().key("claims").begin_array();
  }
}

ClaimsWriter::~ClaimsWriter() = default;

void ClaimsWriter::article(const ArticleClaims& a) {
  if (format_ == "json") {
    for (const auto& c : a.claims) write_claim(*json_, a, c);
  } else if (format_ == "jsonl") {
    for (const auto& c : a.claims) {
      JsonWriter line(out_, 0);
      write_claim(line, a, c);
      out_.put('\n');
    }
  } else {
    write_claims_text(out_, a);
  }
}

void ClaimsWriter::finish() {
  if (format_ == "json") {
    json_->end_array().end_object();
    out_ << '\n';
  }
  out_.flush();
}

void write_claims_json(std::ostream& out, const std::vector<ArticleClaims>& articles) {
  ClaimsWriter w(out, "json");
  for (const auto& a : articles) w.article(a);
  w.finish();
}

void write_claims_text(std::ostream& out, const ArticleClaims& a) {
  for (const auto& c : a.claims) {
    out << printable(c.loc.file.empty() ? a.path : c.loc.file.str()) << ':' << c.loc.line << ':' << c.loc.column
        << ": " << to_string(c.kind()) << ": " << printable(describe_value(c));
    if (c.edition) out << " [edition " << c.edition << "]";
    out << "  \"" << printable(c.text) << "\"\n";
  }
}

void write_claims_text(std::ostream& out, const std::vector<ArticleClaims>& articles) {
  for (const auto& a : articles) write_claims_text(out, a);
}

}  // namespace wiclint
