#pragma once
// A rule reads claims and emits findings. It never prints, opens files or reads the command line:
// everything it needs arrives in a RuleContext, and its findings go into the vector it is given.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/loader.hpp"
#include "kb/knowledge_base.hpp"
#include "model/article_claims.hpp"
#include "model/finding.hpp"

namespace wiclint {

struct RuleOption {
  std::string name;
  double default_value;
  std::string help;
};

struct RuleContext {
  const std::vector<ArticleClaims>& articles;
  const KnowledgeBase& kb;
  const std::vector<InputProblem>& problems;
  std::map<std::string, double> options;  // this rule's options, defaults filled in

  double option(const std::string& name) const { return options.at(name); }
  // The series an article is about, when its model is known (a first year given or inferred).
  const Series* series_of(const ArticleClaims& a) const {
    const Series* s = a.series.empty() ? nullptr : kb.find_series(a.series);
    return s && s->first_year ? s : nullptr;
  }
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual std::string_view id() const = 0;
  virtual Severity default_severity() const = 0;
  virtual std::string_view summary() const = 0;
  virtual std::vector<RuleOption> options() const { return {}; }
  // Appends findings; their severity is set by the engine from the configuration.
  virtual void run(const RuleContext& ctx, std::vector<Finding>& out) const = 0;
  // The rule whose finding on the same span tells the same cause more broadly, or "": one span,
  // one cause, one finding. The engine folds this rule's finding into that one, whose message then
  // states both reasons ("fits none of the knowledge base's figures" into "conflicts with another
  // source's figure").
  virtual std::string_view stated_by() const { return {}; }
};

// Every rule, in id order (registry.cpp is the catalogue).
std::vector<std::unique_ptr<Rule>> make_rules();

// Helpers shared by the rules.
Finding finding_at(const Rule& rule, const Claim& claim, std::string message);
Related related_to(const Claim& claim, std::string message);
Related related_to(const Location& loc, std::string message);
std::string ordinal_name(int n);  // "6th"
// Edition n of the series as messages name it: "6th World Internet Conference", or by its year,
// "2021 World Internet Conference", past the last edition the knowledge base numbers.
std::string edition_name(const Series* s, int n, const std::string& name);
std::string edition_name(const Series& s, int n);
// Where the series model places edition n: the KB entry when there is one, else its first year.
Related series_evidence(const Series& s, int n);
// The location that dates an article (its header date or front matter), if any.
const Location* date_location(const ArticleClaims& a);
// Does the article report as current an edition held in another year than the article's, more
// than `near_days` (edition-year's option, default 60) from its dates? Then edition-year reports
// that root cause once, and the figures and posts the article attaches to that edition are not
// set against the real edition's sources (one finding, not a cascade).
bool misnumbered(const RuleContext& ctx, const ArticleClaims& a, int edition, long near_days = 60);
// A count of an edition's whole attendance, as a source reports it: attended (not forecast, not
// said of every edition), of no group.
bool whole_attendance(const Claim& c);
// Do two counts' intervals meet ("about 1,500" and "more than 1,400" do)?
bool counts_meet(const CountValue& a, const CountValue& b);

}  // namespace wiclint
