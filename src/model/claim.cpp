#include "model/claim.hpp"

#include <cmath>
#include <cstdio>
#include <tuple>

#include "model/finding.hpp"
#include "util/hash.hpp"

namespace wiclint {

void Claim::set_kind(ClaimKind k) {
  // emplace, not assignment from a temporary: the value is built in place, not built and moved.
  switch (k) {
    case ClaimKind::published: value.emplace<PublishedValue>(); break;
    case ClaimKind::date: value.emplace<DateValue>(); break;
    case ClaimKind::edition: value.emplace<EditionValue>(); break;
    case ClaimKind::count: value.emplace<Boxed<CountValue>>(); break;
    case ClaimKind::title: value.emplace<Boxed<TitleValue>>(); break;
    case ClaimKind::duration: value.emplace<DurationValue>(); break;
    case ClaimKind::status: value.emplace<StatusValue>(); break;
  }
}

const char* to_string(EditionStatus s) {
  switch (s) {
    case EditionStatus::held: return "held";
    case EditionStatus::planned: return "planned";
    case EditionStatus::cancelled: return "cancelled";
    case EditionStatus::postponed: return "postponed";
    case EditionStatus::replaced: return "replaced";
    case EditionStatus::online: return "online";
  }
  return "?";
}

bool parse_edition_status(const std::string& s, EditionStatus& out) {
  for (EditionStatus e : {EditionStatus::held, EditionStatus::planned, EditionStatus::cancelled, EditionStatus::postponed,
                          EditionStatus::replaced, EditionStatus::online})
    if (s == to_string(e)) {
      out = e;
      return true;
    }
  return false;
}

const char* to_string(DurationForm f) {
  switch (f) {
    case DurationForm::history: return "history";
    case DurationForm::consecutive: return "consecutive";
    case DurationForm::past: return "past";
    case DurationForm::span: return "span";
    case DurationForm::since: return "since";
    case DurationForm::ago: return "ago";
    case DurationForm::age: return "age";
    case DurationForm::later: return "later";
    case DurationForm::on: return "on";
    case DurationForm::ahead: return "ahead";
    case DurationForm::anniversary: return "anniversary";
  }
  return "?";
}

const char* to_string(ClaimKind k) {
  switch (k) {
    case ClaimKind::published: return "published";
    case ClaimKind::date: return "date";
    case ClaimKind::edition: return "edition";
    case ClaimKind::count: return "count";
    case ClaimKind::title: return "title";
    case ClaimKind::duration: return "duration";
    case ClaimKind::status: return "status";
  }
  return "?";
}

const char* to_string(Relation r) {
  switch (r) {
    case Relation::absolute: return "absolute";
    case Relation::yesterday: return "yesterday";
    case Relation::today: return "today";
    case Relation::tomorrow: return "tomorrow";
    case Relation::weekday_past: return "weekday-past";
    case Relation::weekday_future: return "weekday-future";
    case Relation::this_year: return "this-year";
    case Relation::last_year: return "last-year";
    case Relation::next_year: return "next-year";
    case Relation::this_month: return "this-month";
    case Relation::last_month: return "last-month";
    case Relation::next_month: return "next-month";
  }
  return "?";
}

const char* to_string(EventPart p) {
  switch (p) {
    case EventPart::mention: return "mention";
    case EventPart::opening: return "opening";
    case EventPart::closing: return "closing";
    case EventPart::running: return "running";
    case EventPart::during: return "during";
  }
  return "?";
}

static std::string bound(double v) {
  if (std::isinf(v)) return "inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

void set_count_interval(CountValue& v, const CountTolerances& t) {
  double n = static_cast<double>(v.number);
  const std::string& q = v.qualifier;
  if (q == "over") {
    v.min = n + 1, v.max = INFINITY;
  } else if (q == "at-least") {
    v.min = n, v.max = INFINITY;
  } else if (q == "about") {
    v.min = n * (1 - t.about), v.max = n * (1 + t.about);
  } else if (q == "nearly") {
    v.min = n * (1 - t.nearly), v.max = n;
  } else if (q == "under") {
    v.min = 0, v.max = n - 1;
  } else {
    v.min = n * (1 - t.exact), v.max = n * (1 + t.exact);
  }
}

std::string describe_value(const Claim& c) {
  switch (c.kind()) {
    case ClaimKind::published: return to_iso(c.as<PublishedValue>().date);
    case ClaimKind::date: {
      const auto& d = c.as<DateValue>();
      if (!d.resolved) return std::string("unresolved ") + to_string(d.relation);
      std::string s = to_iso(d.begin);
      if (d.end != d.begin) s += ".." + to_iso(d.end);
      return s;
    }
    case ClaimKind::edition: {
      const auto& e = c.as<EditionValue>();
      std::string s = e.ordinal ? "#" + std::to_string(e.ordinal) : std::string("edition");
      if (e.ordinal_end) s += "..#" + std::to_string(e.ordinal_end);
      if (e.year) s += " in " + std::to_string(e.year);
      return s;
    }
    case ClaimKind::count: {
      const auto& n = c.as<CountValue>();
      return "[" + bound(n.min) + ", " + bound(n.max) + "] " + n.unit + (n.subgroup.empty() ? "" : " (" + n.subgroup + ")");
    }
    case ClaimKind::title: {
      const auto& t = c.as<TitleValue>();
      return t.person + ": " + (t.former ? "former " : "") + (t.rank.empty() ? "" : t.rank + " ") + t.role + (t.body.empty() ? "" : " of " + t.body);
    }
    case ClaimKind::duration: {
      const auto& d = c.as<DurationValue>();
      return std::to_string(d.amount) + " " + d.unit + (d.amount == 1 ? "" : "s") + " (" + to_string(d.form) + ")";
    }
    case ClaimKind::status: return to_string(c.as<StatusValue>().status);
  }
  return "";
}

const char* to_string(Severity s) {
  switch (s) {
    case Severity::off: return "off";
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "?";
}

bool parse_severity(const std::string& s, Severity& out) {
  for (Severity v : {Severity::off, Severity::note, Severity::warning, Severity::error}) {
    if (s == to_string(v)) {
      out = v;
      return true;
    }
  }
  return false;
}

std::string Finding::fingerprint() const {
  std::string key = corpus_wide ? rule + "\x1f*\x1f" + discriminator
                                : rule + '\x1f' + loc.file + '\x1f' + quote + '\x1f' + discriminator;
  return hex64(fnv1a64(key));
}

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.loc.file, a.loc.line, a.loc.column, a.rule, a.message) <
         std::tie(b.loc.file, b.loc.line, b.loc.column, b.rule, b.message);
}

}  // namespace wiclint
