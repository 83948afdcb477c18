#include "cache/claim_codec.hpp"

#include <cstdint>
#include <cstring>

namespace wiclint {

namespace {

// Unsigned numbers as LEB128 varints, signed ones zigzagged first, doubles as their 8 bytes,
// strings as a length and their bytes.
class Writer {
 public:
  void u(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void i(long long v) { u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
  void b(bool v) { u(v ? 1 : 0); }
  void d(double v) {
    char raw[8];
    std::memcpy(raw, &v, 8);
    out_.append(raw, 8);
  }
  void s(std::string_view v) {
    u(v.size());
    out_.append(v);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::uint64_t u() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) throw CodecError("truncated record");
      const auto byte = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return v;
    }
    throw CodecError("malformed number");
  }
  long long i() {
    const std::uint64_t z = u();
    return static_cast<long long>((z >> 1) ^ (~(z & 1) + 1));
  }
  int i32() {
    const long long v = i();
    if (v < INT32_MIN || v > INT32_MAX) throw CodecError("number out of range");
    return static_cast<int>(v);
  }
  bool b() {
    const std::uint64_t v = u();
    if (v > 1) throw CodecError("malformed flag");
    return v == 1;
  }
  double d() {
    need(8);
    double v;
    std::memcpy(&v, in_.data() + pos_, 8);
    pos_ += 8;
    return v;
  }
  std::string s() {
    const std::uint64_t n = u();
    need(n);
    std::string v(in_.substr(pos_, n));
    pos_ += n;
    return v;
  }
  // An enum stored as its index, checked against the number of values.
  template <class E>
  E e(int count) {
    const std::uint64_t v = u();
    if (v >= static_cast<std::uint64_t>(count)) throw CodecError("unknown enum value");
    return static_cast<E>(v);
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  void need(std::uint64_t n) const {
    if (n > in_.size() - pos_) throw CodecError("truncated record");
  }
  std::string_view in_;
  std::size_t pos_ = 0;
};

constexpr int kDirectiveKinds = static_cast<int>(Directive::Kind::file) + 1;

// Tripwires: a field added to a claim struct must be encoded below, decoded, compared in
// tests/cache/claim_store_test.cpp and kClaimCodecVersion bumped. Counting an aggregate's fields
// catches a new one even where it fits in padding; the sizes (x86-64, libstdc++) catch a changed
// type. The enums' counts (claim_codec.hpp) are checked against their to_string in the tests.
template <class T>
constexpr std::size_t field_count() {
  return aggregate_fields<T>();
}
static_assert(field_count<PublishedValue>() == 3, "PublishedValue changed: encode the new field");
static_assert(field_count<DateValue>() == 11, "DateValue changed: encode the new field");
static_assert(field_count<EditionValue>() == 7, "EditionValue changed: encode the new field");
static_assert(field_count<CountValue>() == 11, "CountValue changed: encode the new field");
static_assert(field_count<TitleValue>() == 7, "TitleValue changed: encode the new field");
static_assert(field_count<DurationValue>() == 6, "DurationValue changed: encode the new field");
static_assert(field_count<StatusValue>() == 1, "StatusValue changed: encode the new field");
static_assert(field_count<Location>() == 8, "Location changed: encode the new field");
static_assert(field_count<Directive>() == 6, "Directive changed: encode the new field");
static_assert(field_count<DirectiveProblem>() == 3, "DirectiveProblem changed: encode the new field");
static_assert(field_count<Claim>() == 9, "Claim changed: encode the new field");
static_assert(field_count<ArticleClaims>() == 10, "ArticleClaims changed: encode the new field");
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Claim) == 192 && sizeof(Location) == 48 && sizeof(CountValue) == 160,
              "a claim struct changed: encode the new field");
#endif

void put(Writer& w, const CivilDate& d) {
  w.i(d.year);
  w.i(d.month);
  w.i(d.day);
}
CivilDate get_date(Reader& r) {
  CivilDate d;
  d.year = r.i32();
  d.month = r.i32();
  d.day = r.i32();
  return d;
}

// A location in the article's own file is stored without its path.
void put(Writer& w, const Location& l, const std::string& own) {
  const bool elsewhere = l.file.str() != own;
  w.b(elsewhere);
  if (elsewhere) w.s(l.file.str());
  w.u(l.begin);
  w.u(l.end);
  w.i(l.line);
  w.i(l.column);
  w.i(l.end_line);
  w.i(l.end_column);
  static const SourceContext none;
  const SourceContext& c = l.context ? *l.context : none;
  w.s(c.lines);
  w.u(c.begin);
  w.u(c.end);
}
Location get_location(Reader& r, const FilePath& own) {
  Location l;
  l.file = r.b() ? FilePath(r.s()) : own;
  l.begin = r.u();
  l.end = r.u();
  l.line = r.i32();
  l.column = r.i32();
  l.end_line = r.i32();
  l.end_column = r.i32();
  std::string lines = r.s();
  const std::size_t b = r.u(), e = r.u();
  if (!lines.empty() || b || e) l.set_context(std::move(lines), b, e);
  return l;
}

template <class T, class Put>
void put_optional(Writer& w, const std::optional<T>& v, Put put_value) {
  w.b(v.has_value());
  if (v) put_value(*v);
}

void put_value(Writer& w, const Claim& c, const std::string& own) {
  switch (c.kind()) {
    case ClaimKind::published: {
      const auto& v = c.as<PublishedValue>();
      put(w, v.date);
      w.i(v.stated_weekday);
      w.s(v.source);
      break;
    }
    case ClaimKind::date: {
      const auto& v = c.as<DateValue>();
      put(w, v.begin);
      put(w, v.end);
      w.u(static_cast<unsigned>(v.relation));
      w.i(v.relative_weekday);
      w.i(v.stated_weekday);
      w.i(v.stated_weekday_end);
      for (bool f : {v.resolved, v.year_from_article, v.year_only, v.dateline}) w.b(f);
      w.u(static_cast<unsigned>(v.part));
      break;
    }
    case ClaimKind::edition: {
      const auto& v = c.as<EditionValue>();
      w.i(v.ordinal);
      w.i(v.ordinal_end);
      w.i(v.year);
      w.b(v.current);
      w.b(v.history);
      w.b(v.of_years);
      put_optional(w, v.year_location, [&](const Location& l) { put(w, l, own); });
      break;
    }
    case ClaimKind::count: {
      const auto& v = c.as<CountValue>();
      w.i(v.number);
      w.d(v.min);
      w.d(v.max);
      for (const std::string* s : {&v.qualifier, &v.unit, &v.noun, &v.subgroup}) w.s(*s);
      w.b(v.attendance);
      w.b(v.forecast);
      w.b(v.every_edition);
      w.b(v.may_attend);
      break;
    }
    case ClaimKind::title: {
      const auto& v = c.as<TitleValue>();
      for (const std::string* s : {&v.person, &v.role, &v.rank, &v.body, &v.post}) w.s(*s);
      w.b(v.also);
      w.b(v.former);
      break;
    }
    case ClaimKind::duration: {
      const auto& v = c.as<DurationValue>();
      w.i(v.amount);
      w.s(v.unit);
      w.u(static_cast<unsigned>(v.form));
      w.i(v.since_year);
      w.b(v.series);
      w.b(v.round);
      break;
    }
    case ClaimKind::status:
      w.u(static_cast<unsigned>(c.as<StatusValue>().status));
      break;
  }
}

void get_value(Reader& r, Claim& c, const FilePath& own) {
  switch (c.kind()) {
    case ClaimKind::published: {
      auto& v = c.as<PublishedValue>();
      v.date = get_date(r);
      v.stated_weekday = r.i32();
      v.source = r.s();
      break;
    }
    case ClaimKind::date: {
      auto& v = c.as<DateValue>();
      v.begin = get_date(r);
      v.end = get_date(r);
      v.relation = r.e<Relation>(kClaimEnumCounts.relations);
      v.relative_weekday = r.i32();
      v.stated_weekday = r.i32();
      v.stated_weekday_end = r.i32();
      for (bool* f : {&v.resolved, &v.year_from_article, &v.year_only, &v.dateline}) *f = r.b();
      v.part = r.e<EventPart>(kClaimEnumCounts.event_parts);
      break;
    }
    case ClaimKind::edition: {
      auto& v = c.as<EditionValue>();
      v.ordinal = r.i32();
      v.ordinal_end = r.i32();
      v.year = r.i32();
      v.current = r.b();
      v.history = r.b();
      v.of_years = r.b();
      if (r.b()) v.year_location = get_location(r, own);
      break;
    }
    case ClaimKind::count: {
      auto& v = c.as<CountValue>();
      v.number = r.i();
      v.min = r.d();
      v.max = r.d();
      for (std::string* s : {&v.qualifier, &v.unit, &v.noun, &v.subgroup}) *s = r.s();
      v.attendance = r.b();
      v.forecast = r.b();
      v.every_edition = r.b();
      v.may_attend = r.b();
      break;
    }
    case ClaimKind::title: {
      auto& v = c.as<TitleValue>();
      for (std::string* s : {&v.person, &v.role, &v.rank, &v.body, &v.post}) *s = r.s();
      v.also = r.b();
      v.former = r.b();
      break;
    }
    case ClaimKind::duration: {
      auto& v = c.as<DurationValue>();
      v.amount = r.i32();
      v.unit = r.s();
      v.form = r.e<DurationForm>(kClaimEnumCounts.duration_forms);
      v.since_year = r.i32();
      v.series = r.b();
      v.round = r.b();
      break;
    }
    case ClaimKind::status:
      c.as<StatusValue>().status = r.e<EditionStatus>(kClaimEnumCounts.statuses);
      break;
  }
}

void put_claim(Writer& w, const Claim& c, const std::string& own) {
  w.u(static_cast<unsigned>(c.kind()));
  put(w, c.loc, own);
  w.s(c.text);
  w.i(c.edition);
  w.u(c.sentence);
  w.u(static_cast<unsigned>(c.block));
  w.u(c.block_index);
  w.u(c.scan_begin);
  w.u(c.scan_end);
  put_value(w, c, own);
}

void get_claim(Reader& r, Claim& c, const FilePath& own) {
  c.set_kind(r.e<ClaimKind>(kClaimEnumCounts.claim_kinds));
  c.loc = get_location(r, own);
  c.text = r.s();
  c.edition = r.i32();
  c.sentence = r.u();
  c.block = r.e<BlockKind>(kClaimEnumCounts.block_kinds);
  c.block_index = r.u();
  c.scan_begin = r.u();
  c.scan_end = r.u();
  get_value(r, c, own);
}

void put_directives(Writer& w, const ArticleDirectives& ds, const std::string& own) {
  w.u(ds.list.size());
  for (const auto& d : ds.list) {
    w.u(static_cast<unsigned>(d.kind));
    w.u(d.rules.size());
    for (const auto& rule : d.rules) w.s(rule);
    w.u(d.rule_locs.size());
    for (const auto& l : d.rule_locs) put(w, l, own);
    w.b(d.has_reason);
    put(w, d.loc, own);
    w.s(d.text);
  }
  w.u(ds.problems.size());
  for (const auto& p : ds.problems) {
    put(w, p.loc, own);
    w.s(p.message);
    w.s(p.text);
  }
}

// A count read from a record: each element takes at least a byte, so a count past the record's
// size is damage, not a reason to allocate.
std::uint64_t count(Reader& r, std::string_view record, const char* what) {
  const std::uint64_t n = r.u();
  if (n > record.size()) throw CodecError(std::string(what) + " count past the record");
  return n;
}

void get_directives(Reader& r, std::string_view record, const FilePath& own, ArticleDirectives& ds) {
  ds.list.resize(count(r, record, "directive"));
  for (auto& d : ds.list) {
    d.kind = r.e<Directive::Kind>(kDirectiveKinds);
    d.rules.resize(count(r, record, "rule"));
    for (auto& rule : d.rules) rule = r.s();
    d.rule_locs.resize(count(r, record, "rule location"));
    for (auto& l : d.rule_locs) l = get_location(r, own);
    d.has_reason = r.b();
    d.loc = get_location(r, own);
    d.text = r.s();
  }
  ds.problems.resize(count(r, record, "directive problem"));
  for (auto& p : ds.problems) {
    p.loc = get_location(r, own);
    p.message = r.s();
    p.text = r.s();
  }
}

}  // namespace

std::string encode_article(const ArticleClaims& a, const std::vector<InputProblem>& problems) {
  Writer w;
  w.u(kClaimCodecVersion);
  w.s(a.title);
  put_optional(w, a.published, [&](const CivilDate& d) { put(w, d); });
  put_optional(w, a.published_loc, [&](const Location& l) { put(w, l, a.path); });
  w.b(a.published_inferred);
  w.s(a.series);
  w.i(a.main_edition);
  put_optional(w, a.main_edition_loc, [&](const Location& l) { put(w, l, a.path); });
  w.u(a.claims.size());
  for (const auto& c : a.claims) put_claim(w, c, a.path);
  w.u(problems.size());
  for (const auto& p : problems) {
    w.s(p.message);
    w.i(p.line);
    w.i(p.column);
    w.b(p.checked);
  }
  put_directives(w, a.directives, a.path);
  return w.take();
}

void decode_article(std::string_view bytes, const FilePath& file, ArticleClaims& a,
                    std::vector<InputProblem>& problems) {
  Reader r(bytes);
  if (r.u() != static_cast<std::uint64_t>(kClaimCodecVersion)) throw CodecError("record of another version");
  a = ArticleClaims{};
  a.path = file.str();
  a.title = r.s();
  if (r.b()) a.published = get_date(r);
  if (r.b()) a.published_loc = get_location(r, file);
  a.published_inferred = r.b();
  a.series = r.s();
  a.main_edition = r.i32();
  if (r.b()) a.main_edition_loc = get_location(r, file);
  a.claims.resize(count(r, bytes, "claim"));
  for (auto& c : a.claims) get_claim(r, c, file);
  const std::uint64_t m = count(r, bytes, "problem");
  for (std::uint64_t k = 0; k < m; ++k) {
    InputProblem p;
    p.path = file.str();
    p.message = r.s();
    p.line = r.i32();
    p.column = r.i32();
    p.checked = r.b();
    problems.push_back(std::move(p));
  }
  get_directives(r, bytes, file, a.directives);
  if (!r.done()) throw CodecError("bytes after the record");
}

}  // namespace wiclint
