#include "engine/check_index.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string_view>

#include "cache/claim_codec.hpp"
#include "cache/claim_store.hpp"
#include "engine/extraction.hpp"
#include "extract/extractor.hpp"
#include "rules/rule.hpp"
#include "rules/title_agreement.hpp"
#include "util/parallel.hpp"

namespace wiclint {

namespace {

// Key parts are joined by a control character no series id, unit, name or body holds.
std::string key(std::initializer_list<std::string_view> parts) {
  std::string k;
  for (std::string_view p : parts) {
    if (!k.empty()) k += '\x1f';
    k += p;
  }
  return k;
}

// edition-numbering's evidence (other_count) that the corpus counts an unsettled gap the other
// way: the gap edition said to be cancelled, or a later edition numbered counting only those held.
bool numbering_evidence(const ArticleClaims& a, const Claim& c, const KnowledgeBase& kb) {
  const Series* s = a.series.empty() ? nullptr : kb.find_series(a.series);
  const EditionFact* gap = s && s->first_year ? s->numbering_gap() : nullptr;
  if (!gap) return false;
  const bool cancelled = c.kind() == ClaimKind::status && c.edition == gap->number &&
                         c.as<StatusValue>().status == EditionStatus::cancelled;
  const bool held_only = c.kind() == ClaimKind::edition && c.as<EditionValue>().ordinal &&
                         c.edition == c.as<EditionValue>().ordinal + 1;
  return cancelled || held_only;
}

// The keys of one claim. Each is what a rule groups by, or coarser (a superset of the group only
// loads more articles): see docs/cache.md for the rule behind each.
void claim_keys(const ArticleClaims& a, const Claim& c, const KnowledgeBase& kb, const std::vector<std::string>& countries,
                std::vector<std::string>& out) {
  const std::string& s = a.series;
  if (numbering_evidence(a, c, kb)) out.push_back(key({"other-count", s}));
  const std::string n = std::to_string(c.edition);
  if (c.kind() == ClaimKind::count) {
    const auto& v = c.as<CountValue>();
    // count-agreement, count-implicature, count-forecast and single-source (the unit's figures).
    if (c.edition) out.push_back(key({"count", s, n, v.unit}));
    // count-generalisation: every edition's outcomes against a figure said of every edition.
    if (whole_attendance(c)) out.push_back(key({"outcome", s, v.unit})), out.push_back(key({"outcome", s, v.unit, n}));
    if (v.every_edition) out.push_back(key({"every", s, v.unit}));
  } else if (c.kind() == ClaimKind::date) {
    // event-date-agreement, schedule-opening and single-source (every part but a mere mention).
    if (c.edition && c.as<DateValue>().part != EventPart::mention) out.push_back(key({"date", s, n}));
  } else if (c.kind() == ClaimKind::status) {
    if (c.edition) out.push_back(key({"status", s, n}));  // edition-status
  } else if (c.kind() == ClaimKind::title) {
    // title-agreement compares only posts held now (not "also", not "former"), by full names, of
    // roles one person holds at a time: one person's posts of a named body, and, in dated
    // articles, the holders of an office one person holds at a time (rules::single_holder).
    const auto& t = c.as<TitleValue>();
    const auto& exclusive = kb.titles.exclusive;
    if (t.also || t.former || t.person.find(' ') == std::string::npos ||
        std::find(exclusive.begin(), exclusive.end(), t.role) == exclusive.end())
      return;
    if (!t.body.empty()) out.push_back(key({"person", t.person}));
    if (a.published && rules::single_holder(t, kb, countries)) out.push_back(key({"office", t.role, t.body}));
  } else if (c.kind() == ClaimKind::edition) {
    const auto& e = c.as<EditionValue>();
    if (e.ordinal && !e.ordinal_end && !e.of_years) out.push_back(key({"ordinal", s}));  // edition-numbering
  }
}

bool starts_with(const std::string& k, std::string_view kind) {
  return k.size() > kind.size() && k.compare(0, kind.size(), kind) == 0 && k[kind.size()] == '\x1f';
}

// The key with its first part (the kind) replaced: "every/s/u" asks for "outcome/s/u".
std::string rekind(const std::string& k, std::string_view kind) { return std::string(kind) + k.substr(k.find('\x1f')); }

}  // namespace

namespace {

// Each key of the article's claims, with the indexes of its claims.
std::map<std::string, std::vector<std::size_t>> claims_by_key(const ArticleClaims& a, const KnowledgeBase& kb) {
  std::map<std::string, std::vector<std::size_t>> by_key;
  std::vector<std::string> keys;
  const std::vector<std::string> countries = rules::country_words(kb.titles);
  for (std::size_t i = 0; i < a.claims.size(); ++i) {
    keys.clear();
    claim_keys(a, a.claims[i], kb, countries, keys);
    for (const auto& k : keys)
      if (auto& v = by_key[k]; v.empty() || v.back() != i) v.push_back(i);
  }
  return by_key;
}

}  // namespace

std::vector<std::string> stored_keys(const ArticleClaims& a, const KnowledgeBase& kb) {
  std::vector<std::string> keys;
  for (auto& [k, claims] : claims_by_key(a, kb)) keys.push_back(k);
  return keys;
}

std::vector<ClaimStore::Keyed> keyed_claims(const ArticleClaims& a, const KnowledgeBase& kb) {
  std::vector<ClaimStore::Keyed> out;
  ArticleClaims part;  // the article's fields (its title is for people, no rule compares it)
  part.published = a.published;
  part.published_loc = a.published_loc;
  part.published_inferred = a.published_inferred;
  part.series = a.series;
  part.main_edition = a.main_edition;
  part.main_edition_loc = a.main_edition_loc;
  part.directives = a.directives;
  for (const auto& [k, claims] : claims_by_key(a, kb)) {
    ClaimStore::Keyed keyed;
    keyed.key = k;
    part.claims.clear();
    for (std::size_t i : claims) {
      keyed.positions += (keyed.positions.empty() ? "" : ",") + std::to_string(i);
      part.claims.push_back(a.claims[i]);
    }
    keyed.blob = encode_article(part, {});
    out.push_back(std::move(keyed));
  }
  return out;
}

int latest_edition(const ArticleClaims& a) {
  int latest = 0;
  for (const auto& c : a.claims)
    if (c.kind() == ClaimKind::edition) latest = std::max(latest, c.as<EditionValue>().ordinal_end ? c.as<EditionValue>().ordinal_end : c.edition);
  return latest;
}

bool check_index_applies(const KnowledgeBase& kb) {
  return std::all_of(kb.series.begin(), kb.series.end(), [](const Series& s) { return s.first_year != 0; });
}

namespace {

// One selection in the making: the listed files by the store's path, which of them the store
// vouches for, the stored columns of each, and the claims read so far.
class Selector {
 public:
  Selector(const LoadedCorpus& corpus, ClaimStore& store, std::size_t jobs) : corpus_(corpus), store_(store), jobs_(jobs) {}
  bool scan();
  std::vector<CorpusFile> untrusted() const;
  bool read_keys(const std::set<std::string>& keys);
  bool exists(const std::string& k);
  bool failed() const { return failed_; }
  void choose_gap_witnesses(const std::vector<ArticleClaims>& fresh);
  CheckSelection finish();

 private:
  struct Part {  // the claims of one article read so far, with their indexes in it
    ArticleClaims claims;
    std::vector<std::size_t> positions;
  };
  void merge(std::size_t k, const std::vector<const ClaimStore::Keyed*>& rows, Part& part) const;
  bool read_whole(std::size_t k, Preloaded& out);

  const LoadedCorpus& corpus_;
  ClaimStore& store_;
  std::size_t jobs_;
  std::vector<std::string> abs_;  // per listed file: the store's path
  std::vector<char> trusted_, whole_;
  std::map<std::size_t, Part> parts_;         // listed file -> the claims read of it
  std::unordered_map<std::string, std::size_t> index_;  // store path -> listed file
  std::unordered_map<std::string, ClaimStore::StoredFile> stored_;
  bool failed_ = false;  // a question the store could not answer: the selection is not used
};

// Reads the store's columns of every file, set against each listed file's size and modification
// time (stat'ed when listed): the store vouches for a file of the same size and modification time,
// stored under this run's key, that was settled when it was read (extraction.hpp: settled).
bool Selector::scan() {
  auto files = store_.files();
  if (!files) return false;
  stored_.clear();
  stored_.reserve(files->size());
  for (auto& f : *files) stored_.emplace(f.path, std::move(f));
  const std::size_t n = corpus_.listed.size();
  abs_.resize(n);
  trusted_.assign(n, 0);
  whole_.assign(n, 0);
  parallel_for(n, [&](std::size_t k) {
    const CorpusFile& f = corpus_.listed[k];
    abs_[k] = store_path(f.path);
    const auto it = stored_.find(abs_[k]);
    if (it == stored_.end() || !it->second.current_key || !f.id.known()) return;
    const auto& s = it->second;
    trusted_[k] = s.bytes == f.size && s.mtime == f.mtime && settled(f.mtime, s.stored_at);
  }, 256, jobs_);
  index_.clear();
  index_.reserve(n);
  for (std::size_t k = 0; k < n; ++k) index_.emplace(abs_[k], k);
  return true;
}

std::vector<CorpusFile> Selector::untrusted() const {
  std::vector<CorpusFile> out;
  for (std::size_t k = 0; k < trusted_.size(); ++k)
    if (!trusted_[k]) out.push_back(corpus_.listed[k]);
  return out;
}

std::vector<std::size_t> parse_positions(const std::string& positions) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < positions.size();) {
    std::size_t j = positions.find(',', i);
    if (j == std::string::npos) j = positions.size();
    at.push_back(std::stoul(positions.substr(i, j - i)));
    i = j + 1;
  }
  return at;
}

// One article's rows, decoded and merged: a claim falls under several keys and is kept once; a
// row whose claims were all read under another key is not decoded at all.
void Selector::merge(std::size_t k, const std::vector<const ClaimStore::Keyed*>& rows, Part& part) const {
  const FilePath file(corpus_.listed[k].path);
  std::vector<InputProblem> ignored;
  for (const ClaimStore::Keyed* row : rows) {
    const std::vector<std::size_t> at = parse_positions(row->positions);
    std::vector<char> fresh(at.size());
    for (std::size_t c = 0; c < at.size(); ++c)
      fresh[c] = std::find(part.positions.begin(), part.positions.end(), at[c]) == part.positions.end();
    if (std::find(fresh.begin(), fresh.end(), 1) == fresh.end()) continue;
    ArticleClaims claims;
    decode_article(row->blob, file, claims, ignored);
    if (claims.claims.size() != at.size()) throw CodecError("the positions do not match the claims");
    if (part.positions.empty()) {
      part.claims = std::move(claims);
      part.positions = at;
      continue;
    }
    for (std::size_t c = 0; c < at.size(); ++c)
      if (fresh[c]) part.positions.push_back(at[c]), part.claims.claims.push_back(std::move(claims.claims[c]));
  }
}

// Reads every listed file's claims under `keys` (files the store does not vouch for are read whole
// by the engine anyway), one article per worker at a time.
bool Selector::read_keys(const std::set<std::string>& keys) {
  if (keys.empty()) return true;
  auto rows = store_.keyed_claims(keys);
  if (!rows) return false;
  std::map<std::size_t, std::vector<const ClaimStore::Keyed*>> by_file;
  for (const auto& r : *rows)
    if (const auto it = index_.find(r.path); it != index_.end() && trusted_[it->second]) by_file[it->second].push_back(&r);
  std::vector<std::pair<std::size_t, std::vector<const ClaimStore::Keyed*>>> files(by_file.begin(), by_file.end());
  std::vector<Part> parts(files.size());
  std::vector<char> bad(files.size(), 0);
  parallel_for(files.size(), [&](std::size_t f) {
    try {
      merge(files[f].first, files[f].second, parts[f]);
    } catch (const std::exception&) {  // a row that does not decode, or damaged positions
      bad[f] = 1;
    }
  }, 16, jobs_);
  if (std::find(bad.begin(), bad.end(), 1) != bad.end()) return false;
  for (std::size_t f = 0; f < files.size(); ++f) parts_.emplace(files[f].first, std::move(parts[f]));
  return true;
}

// Does a listed file hold key `k`?
bool Selector::exists(const std::string& k) {
  auto paths = store_.paths_with({k});
  if (!paths) failed_ = true;
  return paths && std::any_of(paths->begin(), paths->end(), [&](const std::string& p) { return index_.count(p) != 0; });
}

// edition-gap names a series' missing editions on the first claim that reaches the latest one.
// It involves a new article only when that claim is the new article's, i.e. when no listed file
// reaches as far; the editions covered are then those up to the new article's latest. So, read
// whole: the listed file that reaches furthest (the anchor stays an old article's when one reaches
// as far), and one file per edition covered up to the new articles' latest.
void Selector::choose_gap_witnesses(const std::vector<ArticleClaims>& fresh) {
  std::map<std::string, int> reach;  // series -> the new articles' latest edition
  for (const auto& a : fresh)
    if (!a.series.empty() && latest_edition(a) > 0) reach[a.series] = std::max(reach[a.series], latest_edition(a));
  std::map<std::pair<std::string, int>, std::size_t> cover;  // (series, main edition) -> first file
  std::map<std::string, std::size_t> furthest;
  for (std::size_t k = 0; k < abs_.size(); ++k) {
    const auto it = stored_.find(abs_[k]);
    if (!trusted_[k] || it == stored_.end() || !reach.count(it->second.series)) continue;
    const auto& s = it->second;
    if (s.main_edition > 0 && s.main_edition <= reach[s.series]) cover.try_emplace({s.series, s.main_edition}, k);
    auto [f, added] = furthest.try_emplace(s.series, k);
    if (!added && stored_.at(abs_[f->second]).latest_edition < s.latest_edition) f->second = k;
  }
  for (const auto& [series, k] : furthest) whole_[k] = 1;
  for (const auto& [edition, k] : cover) whole_[k] = 1;
}

bool Selector::read_whole(std::size_t k, Preloaded& out) {
  const auto& s = stored_.at(abs_[k]);
  auto record = store_.find(abs_[k], s.hash);
  if (!record) return false;
  std::vector<InputProblem> problems;
  try {
    decode_article(*record, FilePath(corpus_.listed[k].path), out.claims, problems);
  } catch (const CodecError&) {
    return false;
  }
  out.hash = s.hash;
  return true;
}

CheckSelection Selector::finish() {
  CheckSelection sel;
  sel.corpus.articles = corpus_.articles;
  sel.corpus.problems = corpus_.problems;
  sel.corpus.files = corpus_.files;
  sel.corpus.duplicates = corpus_.duplicates;
  sel.corpus.roots = corpus_.roots;
  for (std::size_t k = 0; k < abs_.size(); ++k) {
    const CorpusFile& f = corpus_.listed[k];
    const auto part = parts_.find(k);
    if (!trusted_[k]) {
      sel.corpus.listed.push_back(f);  // read by the engine
      continue;
    }
    const std::size_t stored_claims = stored_.at(abs_[k]).claims;
    Preloaded whole;
    if (whole_[k] && read_whole(k, whole)) {
      sel.corpus.listed.push_back(f);
      sel.preloaded.emplace(f.path, std::move(whole));
    } else if (whole_[k]) {
      sel.corpus.listed.push_back(f);  // its record did not read: the engine reads the file
    } else if (part != parts_.end()) {
      // In the article's order, as a rule that walks an article's claims meets them.
      Part& p = part->second;
      std::vector<std::size_t> order(p.positions.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return p.positions[x] < p.positions[y]; });
      Preloaded pre;
      pre.hash = stored_.at(abs_[k]).hash;
      std::vector<Claim> claims = std::move(p.claims.claims);
      pre.claims = std::move(p.claims);
      pre.claims.claims.clear();
      for (std::size_t i : order) pre.claims.claims.push_back(std::move(claims[i]));
      sel.claims_not_read += stored_claims - std::min(stored_claims, pre.claims.claims.size());
      sel.corpus.listed.push_back(f);
      sel.preloaded.emplace(f.path, std::move(pre));
    } else {
      sel.others.push_back(f.path);
      sel.claims_not_read += stored_claims;
    }
  }
  return sel;
}

// The keys the new articles ask for. Most are their own; a few rules reach further:
// - count-generalisation sets a figure said of every edition against every edition's outcomes: a
//   new such figure asks for all outcomes of its series and unit; a new outcome, for all of them
//   and the figures of every edition, when it is the first outcome of its edition (the one named)
//   and the corpus has such figures.
// - edition-numbering notes the corpus's first evidence of counting the gap the other way: new
//   ordinals ask for every such evidence; new evidence, when the corpus has none, for every
//   article with an ordinal, whose findings it now becomes the note of.
std::set<std::string> wanted_keys(const std::vector<ArticleClaims>& fresh, const KnowledgeBase& kb, Selector& sel) {
  std::set<std::string> own, wanted;
  for (const auto& a : fresh)
    for (auto& k : stored_keys(a, kb)) own.insert(std::move(k));
  for (const auto& k : own) {
    if (starts_with(k, "every")) {
      wanted.insert(rekind(k, "outcome"));
    } else if (starts_with(k, "outcome")) {
      const std::string series_unit = k.substr(0, k.rfind('\x1f'));
      if (std::count(k.begin(), k.end(), '\x1f') == 3 && sel.exists(rekind(series_unit, "every")) && !sel.exists(k))
        wanted.insert(series_unit), wanted.insert(rekind(series_unit, "every"));
    } else if (starts_with(k, "ordinal")) {
      wanted.insert(rekind(k, "other-count"));
    } else if (starts_with(k, "other-count")) {
      if (!sel.exists(k)) wanted.insert(rekind(k, "ordinal"));
    } else {
      wanted.insert(k);
    }
  }
  return wanted;
}

}  // namespace

std::optional<CheckSelection> select_for_check(const LoadedCorpus& corpus, ClaimStore& store, const KnowledgeBase& kb,
                                               const Extractor& extractor, std::size_t jobs) {
  Selector sel(corpus, store, jobs);
  if (!sel.scan()) return std::nullopt;
  // Files the store cannot vouch for are extracted and stored first, so that their keys answer
  // the questions below; the engine then reads them again (from the cache, by their hash).
  if (auto changed = sel.untrusted(); !changed.empty()) {
    LoadedCorpus refresh;
    refresh.listed = std::move(changed);
    extract_corpus(refresh, extractor, ExtractOptions{jobs, 512, &store, false, &kb, nullptr},
                   [](ArticleClaims&&, std::vector<InputProblem>&&, bool) {}, nullptr);
    if (store.wants_every_record() || !sel.scan()) return std::nullopt;
  }
  std::vector<ArticleClaims> fresh(corpus.articles.size());
  for (std::size_t k = 0; k < fresh.size(); ++k) fresh[k] = extractor.extract(*corpus.articles[k]);
  const std::set<std::string> wanted = wanted_keys(fresh, kb, sel);
  if (sel.failed() || !sel.read_keys(wanted)) return std::nullopt;
  sel.choose_gap_witnesses(fresh);
  return sel.finish();
}

}  // namespace wiclint
