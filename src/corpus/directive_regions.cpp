// Applying inline suppressions: the regions each directive disables, the findings they hide, and
// the findings about the directives themselves (docs/rules/directive-*.md).
#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <utility>

#include "corpus/article.hpp"
#include "corpus/directives.hpp"

namespace wiclint {

namespace {

using Pos = std::pair<int, int>;  // line, column (code points), as findings are located
constexpr Pos kFileStart{0, 0}, kFileEnd{INT_MAX, INT_MAX};

Pos start_of(const Location& l) { return {l.line, l.column}; }
Pos end_of(const Location& l) { return {l.end_line, l.end_column}; }

// Where a directive disables a rule ("" = every rule but `except`). `slot` is what gets the
// credit: the directive's index of the rule, or 0 for a directive of every rule.
struct Region {
  Pos begin, end;
  std::string rule;
  std::set<std::string> except;
  std::size_t directive = 0, slot = 0;
  bool covers(const std::string& id, const Location& loc) const {
    const Pos at = start_of(loc);
    if (at < begin || !(at < end)) return false;
    return rule.empty() ? !except.count(id) : rule == id;
  }
};

// The directives of one article, checked against the rule ids, turned into regions.
class FileDirectives {
 public:
  FileDirectives(const ArticleDirectives& a, const std::vector<std::string>& known) : a_(a), known_(known) {
    used_.resize(a.list.size());
    for (std::size_t d = 0; d < a.list.size(); ++d) add(d);
    for (const auto& o : open_) close(o, kFileEnd);
    for (const auto& p : a.problems) report(kDirectiveInvalid, Severity::error, p.loc, p.message, p.text, "");
  }

  // Is `loc` (in this file) where a directive disables rule `id`?
  bool disables(const std::string& id, const Location& loc) const {
    return std::any_of(regions_.begin(), regions_.end(), [&](const Region& r) { return r.covers(id, loc); });
  }
  // Every directive that disables rule `id` at `loc` has hidden a finding.
  void credit(const std::string& id, const Location& loc) {
    for (const auto& r : regions_)
      if (r.covers(id, loc)) used_[r.directive][r.slot] = true;
  }

  // The findings about the directives: invalid ones (already made), unused ones, no reason.
  std::vector<Finding> findings() {
    for (std::size_t d = 0; d < a_.list.size(); ++d) report_use(d);
    return std::move(out_);
  }

 private:
  struct Open {
    std::size_t directive, slot;
    std::string rule;  // "" = every rule
    Pos begin;
    std::set<std::string> except;
  };

  bool valid(const Directive& d, std::size_t k) {
    const std::string& id = d.rules[k];
    if (std::find(known_.begin(), known_.end(), id) != known_.end()) return true;
    std::string message = "unknown rule '" + id + "' in a wiclint directive";
    if (id.rfind("directive-", 0) == 0) {
      message += "; findings about directives cannot be disabled by a directive (use 'suppress:' in wiclint.yaml)";
    } else {
      const std::string best = closest_word(id, known_);
      message += best.empty() ? "; 'wiclint rules' lists them" : "; did you mean '" + best + "'?";
    }
    report(kDirectiveInvalid, Severity::error, d.rule_locs[k], message, id, std::to_string(k));
    return false;
  }

  void add(std::size_t index) {
    const Directive& d = a_.list[index];
    std::vector<std::size_t> slots;  // the valid rules' indexes
    for (std::size_t k = 0; k < d.rules.size(); ++k)
      if (valid(d, k)) slots.push_back(k);
    // A rule that is not known is reported as such, never also as unused.
    used_[index].assign(std::max<std::size_t>(d.rules.size(), 1), !d.rules.empty());
    for (std::size_t k : slots) used_[index][k] = false;
    if (!d.rules.empty() && slots.empty()) return;  // nothing to apply; its errors say why
    if (d.kind == Directive::Kind::enable) return enable(index, d, slots);
    Pos begin = end_of(d.loc), end = kFileEnd;
    if (d.kind == Directive::Kind::next_line) begin = {d.loc.end_line + 1, 0}, end = {d.loc.end_line + 2, 0};
    if (d.kind == Directive::Kind::file) begin = kFileStart;
    if (d.rules.empty()) slots.push_back(0);
    for (std::size_t k : slots) {
      const std::string rule = d.rules.empty() ? "" : d.rules[k];
      if (d.kind == Directive::Kind::disable) open_.push_back({index, k, rule, begin, {}});
      else regions_.push_back({begin, end, rule, {}, index, k});
    }
  }

  // Closes what the enable re-enables; a region of every rule goes on without the rules named.
  void enable(std::size_t index, const Directive& d, const std::vector<std::size_t>& slots) {
    std::set<std::string> named;
    for (std::size_t k : slots) named.insert(d.rules[k]);
    const Pos at = start_of(d.loc);
    bool closed = false;
    std::vector<Open> still;
    for (auto& o : open_) {
      const bool all = d.rules.empty();
      if (all || (!o.rule.empty() && named.count(o.rule))) {
        close(o, at);
        closed = true;
      } else if (o.rule.empty() && std::any_of(named.begin(), named.end(), [&](const std::string& r) { return !o.except.count(r); })) {
        close(o, at);
        closed = true;
        o.begin = end_of(d.loc);
        o.except.insert(named.begin(), named.end());
        still.push_back(o);
      } else {
        still.push_back(o);
      }
    }
    open_ = std::move(still);
    std::fill(used_[index].begin(), used_[index].end(), closed);
  }

  void close(const Open& o, Pos end) { regions_.push_back({o.begin, end, o.rule, o.except, o.directive, o.slot}); }

  void report_use(std::size_t index) {
    const Directive& d = a_.list[index];
    const std::string name = d.kind == Directive::Kind::file ? "front matter 'wiclint'" : directive_word(d);
    if (d.kind == Directive::Kind::enable) {
      if (!used_[index][0])
        report(kDirectiveUnused, Severity::warning, d.loc, "this wiclint-enable re-enables nothing: no wiclint-disable of its rules is open; remove it", d.text, "");
      return;
    }
    for (std::size_t k = 0; k < used_[index].size(); ++k) {
      if (used_[index][k]) continue;
      const std::string what = d.rules.empty() ? "no finding" : "no " + d.rules[k] + " finding";
      report(kDirectiveUnused, Severity::warning, d.rules.empty() ? d.loc : d.rule_locs[k],
             "this " + name + " suppresses " + what + "; remove it", d.text, d.rules.empty() ? "" : d.rules[k]);
    }
    if (!d.has_reason)
      report(kDirectiveNoReason, Severity::note, d.loc,
             d.kind == Directive::Kind::file ? "front matter 'wiclint' gives no reason; add 'reason: why'"
                                             : "this " + name + " gives no reason; add one after ' -- ' (<!-- " + name + " RULE -- why -->)",
             d.text, "");
  }

  static std::string directive_word(const Directive& d) {
    switch (d.kind) {
      case Directive::Kind::next_line: return "wiclint-disable-next-line";
      case Directive::Kind::disable: return "wiclint-disable";
      case Directive::Kind::enable: return "wiclint-enable";
      case Directive::Kind::file: break;
    }
    return "wiclint";
  }

  void report(const char* rule, Severity sev, const Location& loc, std::string message, std::string quote, std::string discriminator) {
    Finding f;
    f.rule = rule;
    f.severity = sev;
    f.loc = loc;
    f.message = std::move(message);
    f.quote = std::move(quote);
    f.discriminator = std::move(discriminator);
    out_.push_back(std::move(f));
  }

  const ArticleDirectives& a_;
  const std::vector<std::string>& known_;
  std::vector<Region> regions_;
  std::vector<Open> open_;
  std::vector<std::vector<bool>> used_;  // per directive, per rule slot
  std::vector<Finding> out_;
};

using Files = std::map<std::string, FileDirectives>;

// A finding is hidden where its own location is disabled, or where every source it cites against
// it is (then nothing is left for it to conflict with; a knowledge-base entry is never disabled).
// Every directive that covers one of its spans gets the credit.
bool hidden(Files& files, const Finding& f) {
  if (f.corpus_wide) return false;
  auto disabled = [&](const Location& l) {
    auto it = files.find(l.file.str());
    return it != files.end() && it->second.disables(f.rule, l);
  };
  std::vector<const Location*> sides;
  for (const auto& r : f.related)
    if (!r.corroborates) sides.push_back(&r.loc);
  const bool all_sides = !sides.empty() && std::all_of(sides.begin(), sides.end(), [&](const Location* l) { return disabled(*l); });
  if (!disabled(f.loc) && !all_sides) return false;
  sides.push_back(&f.loc);
  for (const Location* l : sides)
    if (auto it = files.find(l->file.str()); it != files.end()) it->second.credit(f.rule, *l);
  return true;
}

}  // namespace

std::size_t apply_directives(std::vector<Finding>& findings, const std::vector<std::shared_ptr<Article>>& articles,
                             const std::vector<std::string>& known_rules) {
  std::vector<std::pair<std::string, const ArticleDirectives*>> by_path;
  for (const auto& a : articles)
    if (a) by_path.emplace_back(a->path(), &a->directives);
  return apply_directives(findings, by_path, known_rules);
}

std::size_t apply_directives(std::vector<Finding>& findings,
                             const std::vector<std::pair<std::string, const ArticleDirectives*>>& by_path,
                             const std::vector<std::string>& known_rules) {
  Files files;
  for (const auto& [path, directives] : by_path)
    if (directives && !directives->empty()) files.try_emplace(path, *directives, known_rules);
  if (files.empty()) return 0;
  const std::size_t before = findings.size();
  std::erase_if(findings, [&](const Finding& f) { return hidden(files, f); });
  const std::size_t removed = before - findings.size();
  for (auto& [path, file] : files)
    for (auto& f : file.findings()) findings.push_back(std::move(f));
  return removed;
}

}  // namespace wiclint
