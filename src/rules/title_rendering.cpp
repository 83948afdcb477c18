#include "rules/title_rendering.hpp"

#include "rules/title_agreement.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace wiclint::rules {

namespace {

bool listed(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

void TitleRenderingRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const auto& heads = ctx.kb.english.words("office_head_roles");
  const std::vector<std::string> countries = country_words(ctx.kb.titles);
  for (const auto& a : ctx.articles) {
    // (person, body) -> the first title of a head role read for them in this article
    std::map<std::pair<std::string, std::string>, const Claim*> first;
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::title) continue;
      const auto& t = c.as<TitleValue>();
      if (!t.rank.empty() || t.former || t.body.empty() || !listed(heads, t.role) ||
          !is_public(t.body, ctx.kb.titles.public_nouns, countries))
        continue;
      const auto [it, added] = first.emplace(std::make_pair(t.person, t.body), &c);
      if (added || it->second == nullptr || it->second->as<TitleValue>().role == t.role) continue;
      const Claim& before = *it->second;
      Finding f = finding_at(*this, c, t.person + " is \"" + c.text + "\" here and \"" + before.text +
                                           "\" earlier in this article: two renderings of one office");
      f.related.push_back(related_to(before, "the other rendering"));
      out.push_back(std::move(f));
      it->second = nullptr;  // once per person and body
    }
  }
}

}  // namespace wiclint::rules
