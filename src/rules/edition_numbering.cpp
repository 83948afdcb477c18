#include "rules/edition_numbering.hpp"

#include <map>

namespace wiclint::rules {

namespace {

// The two readings of ordinal n past the gap, as a sentence.
std::string readings(const Series& s, const EditionFact& gap, int n) {
  const std::string year = std::to_string(gap.year);
  const std::string what = gap.status == EditionStatus::replaced
                               ? "the " + year + " gathering held in place of the " + ordinal_name(gap.number)
                               : "the cancelled " + year + " edition";
  return "counting " + what + ", it is the " + std::to_string(s.year_of(n)) + " edition; counting only the " +
         "editions held, the " + std::to_string(s.year_counting_held(n)) + " one";
}

// Where the corpus itself counts the other way: a source that says the gap year's edition was
// cancelled (so it was not held), or numbers a later edition counting only those held. Without
// either, an ordinal that follows the knowledge base's count is what readers of the corpus expect.
std::map<std::string, const Claim*> other_count(const RuleContext& ctx) {
  std::map<std::string, const Claim*> evidence;  // series id -> the first such claim
  for (const auto& a : ctx.articles) {
    const Series* s = ctx.series_of(a);
    const EditionFact* gap = s ? s->numbering_gap() : nullptr;
    if (!gap || evidence.count(a.series)) continue;
    for (const auto& c : a.claims) {
      const bool cancelled = c.kind() == ClaimKind::status && c.edition == gap->number &&
                             c.as<StatusValue>().status == EditionStatus::cancelled;
      const bool held_only = c.kind() == ClaimKind::edition && c.as<EditionValue>().ordinal &&
                             c.edition == c.as<EditionValue>().ordinal + 1;
      if (cancelled || held_only) {
        evidence.emplace(a.series, &c);
        break;
      }
    }
  }
  return evidence;
}

}  // namespace

void EditionNumberingRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const auto evidence = other_count(ctx);
  for (const auto& a : ctx.articles) {
    const Series* s = ctx.series_of(a);
    const EditionFact* gap = s ? s->numbering_gap() : nullptr;
    if (!gap) continue;
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::edition) continue;
      const auto& e = c.as<EditionValue>();
      if (!e.ordinal || e.ordinal_end || e.of_years || e.ordinal < gap->number) continue;
      // The gap's own ordinal is unsettled only when it is read as the next year's edition.
      const bool counted_held = c.edition == e.ordinal + 1;
      if (e.ordinal == gap->number && !counted_held) continue;
      // Counting the gap as the knowledge base does is doubtful only where the corpus counts the
      // other way (and the other way only where the corpus counts the gap).
      const auto it = evidence.find(a.series);
      if (!counted_held && it == evidence.end()) continue;
      const std::string meant = counted_held ? "the " + std::to_string(s->year_counting_held(e.ordinal)) + " edition"
                                             : "the " + std::to_string(s->year_of(e.ordinal)) + " edition";
      Finding f = finding_at(*this, c, "\"" + c.text + "\" numbers " + meant + " one way of two: no ordinal is " +
                                           "settled after " + std::to_string(gap->year) + "; " +
                                           readings(*s, *gap, e.ordinal));
      f.related.push_back(related_to(gap->numbering_loc, "the knowledge base: ordinals after " +
                                                              std::to_string(gap->year) + " are unsettled"));
      if (it != evidence.end() && it->second != &c)
        f.related.push_back(related_to(*it->second, it->second->kind() == ClaimKind::status
                                                         ? "here the " + ordinal_name(gap->number) + " is said to be cancelled"
                                                         : "here a later edition is numbered counting only those held"));
      out.push_back(std::move(f));
      break;  // once per article: its other ordinals follow the same count
    }
  }
}

}  // namespace wiclint::rules
