#include "rules/title_rendering.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace wiclint::rules {

namespace {

bool listed(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// A public body: one of the lexicon's public_nouns among its words ("publicity department of the
// cpc central committee", "cyberspace administration of china").
bool public_body(const std::string& body, const std::vector<std::string>& public_nouns) {
  for (std::size_t i = 0; i < body.size();) {
    const std::size_t j = std::min(body.find(' ', i), body.size());
    if (listed(public_nouns, body.substr(i, j - i))) return true;
    i = j + 1;
  }
  return false;
}

}  // namespace

void TitleRenderingRule::run(const RuleContext& ctx, std::vector<Finding>& out) const {
  const auto& heads = ctx.kb.english.words("office_head_roles");
  for (const auto& a : ctx.articles) {
    // (person, body) -> the first title of a head role read for them in this article
    std::map<std::pair<std::string, std::string>, const Claim*> first;
    for (const auto& c : a.claims) {
      if (c.kind() != ClaimKind::title) continue;
      const auto& t = c.as<TitleValue>();
      if (!t.rank.empty() || t.body.empty() || !listed(heads, t.role) ||
          !public_body(t.body, ctx.kb.titles.public_nouns))
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
