#include "rules/event_date_agreement.hpp"

#include <map>
#include <vector>
#include <tuple>

namespace wiclint::rules {

namespace {

struct Entry {
  const ArticleClaims* article;
  const Claim* claim;
};

std::string how(const Claim& c) {
  const auto& d = c.as<DateValue>();
  std::string s = to_iso(d.begin);
  if (d.end != d.begin) s += " to " + to_iso(d.end);
  if (d.relation != Relation::absolute) s += " (\"" + c.text + "\" read against the article's date)";
  return s;
}

// Can the claim be true of the edition the knowledge base records (opening and closing given)? A
// programme that began before the opening ceremony (`first_day`) is open from that day.
bool fits(const DateValue& d, const EditionFact& f) {
  const CivilDate& close = *f.closing;
  switch (d.part) {
    case EventPart::opening: return f.opens_on(d.begin);
    case EventPart::closing: return d.begin == close || d.end == close;
    case EventPart::running:
    case EventPart::during: return !(d.begin < f.first_day.value_or(*f.opening)) && !(close < d.end);
    case EventPart::mention: return true;
  }
  return true;
}

// "The sixth WIC opened on Monday" in an article with no date: the day cannot be told, but its
// weekday can be checked against the knowledge base's opening or closing date.
void check_undated_weekdays(const Rule& rule, const RuleContext& ctx, std::vector<Finding>& out) {
  for (const auto& a : ctx.articles)
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::date || !c.edition) continue;
      const auto& d = c.as<DateValue>();
      const bool relative_weekday = d.relation == Relation::weekday_past || d.relation == Relation::weekday_future;
      if (d.resolved || !relative_weekday || d.stated_weekday_end >= 0 ||
          (d.part != EventPart::opening && d.part != EventPart::closing))
        continue;
      const Series* s = ctx.series_of(a);
      const EditionFact* fact = s ? s->fact(c.edition) : nullptr;
      const std::optional<CivilDate>& day = !fact ? std::nullopt : d.part == EventPart::opening ? fact->opening : fact->closing;
      if (!day || weekday(*day) == d.relative_weekday) continue;
      if (d.part == EventPart::opening && fact->first_day && weekday(*fact->first_day) == d.relative_weekday) continue;
      const std::string name = edition_name(s, c.edition, s->name);
      Finding f = finding_at(rule, c, "the " + name + "'s " + to_string(d.part) + " was on " + to_iso(*day) + ", a " +
                                          weekday_name(weekday(*day)) + ", but this article (which has no date) puts it on a " +
                                          weekday_name(d.relative_weekday));
      f.related.push_back(related_to(d.part == EventPart::closing ? fact->closing_loc : fact->opening_loc,
                                     "the knowledge base's dates for the " + name));
      out.push_back(std::move(f));
    }
}

using Groups = std::map<std::tuple<std::string, int, EventPart>, std::vector<Entry>>;

// Dated claims about an edition, grouped by (series, edition, part).
Groups dated_parts(const RuleContext& ctx) {
  Groups groups;
  for (const auto& a : ctx.articles) {
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::date || !c.edition) continue;
      const auto& d = c.as<DateValue>();
      if (!d.resolved || d.part == EventPart::mention || !is_valid(d.begin)) continue;
      // A stated weekday that does not fit the date: weekday-date reports both reasons at once.
      if (d.stated_weekday >= 0 && d.relation == Relation::absolute && weekday(d.begin) != d.stated_weekday) continue;
      // A date in another year than the edition's means the edition is misnumbered, not misdated:
      // edition-year reports that, once.
      if (const Series* s = ctx.series_of(a); s && d.begin.year != s->year_of(c.edition)) continue;
      groups[{a.series, c.edition, d.part}].push_back({&a, &c});
    }
  }
  return groups;
}

// The knowledge base decides: each claim that does not fit its dates, with the first three claims
// from other articles that do as corroboration.
void against_reference(const Rule& rule, const Series* s, int edition, EventPart part, const EditionFact& fact,
                       const std::vector<Entry>& entries, std::vector<Finding>& out) {
  const std::string name = edition_name(s, edition, s->name);
  std::vector<const Entry*> fitting;
  for (const auto& e : entries)
    if (fits(e.claim->as<DateValue>(), fact)) fitting.push_back(&e);
  for (const auto& e : entries) {
    const auto& d = e.claim->as<DateValue>();
    if (fits(d, fact)) continue;
    const std::string gives = d.part == EventPart::during ? ", but this dates a part of it (a sub-event the article names as one) on "
                                                          : ", but this gives its " + std::string(to_string(d.part)) + " as ";
    Finding f = finding_at(rule, *e.claim,
                           "the " + name + " ran from " + to_iso(*fact.opening) + " to " + to_iso(*fact.closing) + gives + how(*e.claim));
    if (d.relation != Relation::absolute)
      if (const Location* l = date_location(*e.article)) f.related.push_back(related_to(*l, "the article's date"));
    f.related.push_back(related_to(part == EventPart::closing ? fact.closing_loc : fact.opening_loc,
                                   "the knowledge base's dates for the " + name));
    std::size_t agreeing = 0;
    for (const Entry* o : fitting) {
      if (o->article == e.article) continue;
      f.related.push_back(related_to(*o->claim, "another source gives " + how(*o->claim)));
      f.related.back().corroborates = true;
      if (++agreeing == 3) break;
    }
    out.push_back(std::move(f));
  }
}

// The earliest article (by date, then path) of a list of claims.
const ArticleClaims* earliest(const std::vector<const Entry*>& list) {
  const ArticleClaims* best = nullptr;
  for (const Entry* e : list) {
    const ArticleClaims* a = e->article;
    if (!best || (a->published && (!best->published || *a->published < *best->published)) ||
        (a->published == best->published && a->path < best->path))
      best = a;
  }
  return best;
}

// The value most sources give; between equals, the one whose earliest article came first.
const std::vector<const Entry*>* majority_of(const std::map<CivilDate, std::vector<const Entry*>>& by_value) {
  const std::vector<const Entry*>* majority = nullptr;
  for (const auto& [v, list] : by_value) {
    if (!majority || list.size() > majority->size()) {
      majority = &list;
    } else if (list.size() == majority->size()) {
      const ArticleClaims* a = earliest(list);
      const ArticleClaims* b = earliest(*majority);
      if ((a->published && b->published && *a->published < *b->published) || (a->published == b->published && a->path < b->path))
        majority = &list;
    }
  }
  return majority;
}

// No reference: the value most sources give decides, and the other values are reported.
void against_majority(const Rule& rule, const std::string& name, EventPart part, const std::vector<Entry>& entries,
                      std::vector<Finding>& out) {
  std::map<CivilDate, std::vector<const Entry*>> by_value;
  for (const auto& e : entries) by_value[e.claim->as<DateValue>().begin].push_back(&e);
  if (by_value.size() < 2) return;
  const std::vector<const Entry*>* majority = majority_of(by_value);
  for (const auto& [v, list] : by_value) {
    if (&list == majority) continue;
    for (const Entry* e : list) {
      // One article against itself: "the same article" rather than "other sources".
      const bool itself = std::all_of(majority->begin(), majority->end(), [&](const Entry* m) { return m->article == e->article; });
      const std::string others = itself ? "this article elsewhere" : "other sources";
      const std::string another = itself ? "this article also gives " : "another source gives ";
      Finding f = finding_at(rule, *e->claim, "this gives the " + std::string(to_string(part)) + " of the " + name + " as " +
                                                  how(*e->claim) + ", " + others + " as " + how(*majority->front()->claim));
      for (std::size_t k = 0; k < majority->size() && k < 5; ++k)
        f.related.push_back(related_to(*(*majority)[k]->claim, another + how(*(*majority)[k]->claim)));
      if (majority->size() > 5) f.message += " (" + std::to_string(majority->size()) + " sources in all)";
      out.push_back(std::move(f));
    }
  }
}

}  // namespace

void EventDateAgreementRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  check_undated_weekdays(*this, ctx, out);
  for (const auto& [key, entries] : dated_parts(ctx)) {
    const auto& [series_id, edition, part] = key;
    const Series* s = ctx.kb.find_series(series_id);
    const EditionFact* fact = s ? s->fact(edition) : nullptr;
    if (fact && fact->opening && fact->closing) {
      against_reference(*this, s, edition, part, *fact, entries, out);
      continue;
    }
    // Parts of an edition are held on several days: without a reference there is nothing to compare.
    if (part == EventPart::during) continue;
    against_majority(*this, edition_name(s, edition, s ? s->name : series_id), part, entries, out);
  }
}

}  // namespace wiclint::rules
