// Posts held by people, with the lexicon registered as the extractor does.
#include "grammar/title.hpp"

#include <gtest/gtest.h>

#include "extract/extractor.hpp"
#include "grammar/parse.hpp"
#include "kb/knowledge_base.hpp"

namespace wiclint::grammar {
namespace {

using ast::PostMention;
using test::parse_all;
using test::parse_prefix;

class TitleGrammar : public ::testing::Test {
 protected:
  // The tables are process-wide and only grow, so register the whole default lexicon (as the
  // extractor does) to get the same tables whichever tests ran first.
  static void SetUpTestSuite() {
    static KnowledgeBase kb = [] {
      KnowledgeBase k;
      load_default_kb(k);
      return k;
    }();
    Extractor registers_lexicon(kb);
    add_role_phrase("head");  // registering again is harmless
  }
};

TEST_F(TitleGrammar, RoleOfBody) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "head of the Publicity Department of the CPC Central Committee", p));
  EXPECT_EQ(p.role, "head");
  EXPECT_EQ(p.body, "the Publicity Department of the CPC Central Committee");
  EXPECT_FALSE(p.before_name);
}

TEST_F(TitleGrammar, RankBeforeRole) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "deputy head of the Cyberspace Administration of China", p));
  // The rank keeps its separator; the extractor trims it (extract/people.cpp).
  EXPECT_EQ(p.rank, "deputy ");
  EXPECT_EQ(p.role, "head");
}

TEST_F(TitleGrammar, BodyFirstWithPortfolio) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "the United Nations under-secretary-general for economic and social affairs", p));
  EXPECT_EQ(p.body, "United Nations");
  // "under" is a rank in the lexicon, so the role is "secretary-general" with rank "under-".
  EXPECT_EQ(p.rank, "under-");
  EXPECT_EQ(p.role, "secretary-general");
  EXPECT_EQ(p.portfolio, "economic and social affairs");
}

TEST_F(TitleGrammar, Possessive) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "Apple's chief executive", p));
  EXPECT_EQ(p.body, "Apple");
  EXPECT_EQ(p.role, "chief executive");
}

TEST_F(TitleGrammar, BeforeName) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "Chinese President Xi Jinping", p));
  EXPECT_TRUE(p.before_name);
  EXPECT_EQ(p.body, "Chinese");
  // The role keeps its case as written (ast.hpp says lower case; the extractor lowers it and
  // uses the case to find a capitalized title).
  EXPECT_EQ(p.role, "President");
  EXPECT_EQ(p.name, "Xi Jinping");
}

TEST_F(TitleGrammar, UnknownRoleIsNotATitle) {
  PostMention p;
  EXPECT_EQ(parse_prefix(title(), "janitor of the Publicity Department", p), -1);
}

// An organisation described before its name: the body is the name, without the description.
TEST_F(TitleGrammar, DescribedOrganisation) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "chairman of e-commerce giant Alibaba Group", p));
  EXPECT_EQ(p.role, "chairman");
  EXPECT_EQ(p.body, "Alibaba Group");
  p = {};
  ASSERT_TRUE(parse_all(title(), "chief executive of the online payment firm Ant Group", p));
  EXPECT_EQ(p.body, "Ant Group");
  p = {};
  ASSERT_TRUE(parse_all(title(), "chairman of the security firm Qihoo 360", p));
  EXPECT_EQ(p.body, "Qihoo 360");
}

// Only a noun the lexicon lists describes an organisation ("head of state Xi Jinping" is no post
// of Xi Jinping), and the name must end the phrase: in "the e-commerce company Jack Ma founded",
// Jack Ma is no organisation.
// A unit of an organisation named with its possessive ends with a lower-case unit noun (lexicon
// unit_nouns), typed or typeset apostrophe. Near misses: without the possessive, or with a noun
// that is no unit, the body stops at the capitals (and the extractor leaves such a post alone).
TEST_F(TitleGrammar, AnOwnedUnitEndsWithItsNoun) {
  for (const char* text : {"head of RSF's Asia-Pacific desk", "head of RSF\xE2\x80\x99s Asia-Pacific desk",
                           "head of Xinhua's Hong Kong bureau", "chairman of AsiaInfo's security department"}) {
    PostMention p;
    ASSERT_TRUE(parse_all(title(), text, p)) << text;
    EXPECT_TRUE(p.role == "head" || p.role == "chairman") << text;
    EXPECT_TRUE(p.body.ends_with(" desk") || p.body.ends_with(" bureau") || p.body.ends_with(" department")) << p.body;
  }
  PostMention p;
  EXPECT_EQ(parse_prefix(title(), "head of the Asia-Pacific desk", p), static_cast<int>(std::string("head of the Asia-Pacific").size()));
  p = {};
  EXPECT_EQ(parse_prefix(title(), "head of RSF's Asia-Pacific policy", p),
            static_cast<int>(std::string("head of RSF's Asia-Pacific").size()));
}

// A post whose body's acronym in parentheses ends it, then the holder's name. Near misses: without
// the acronym the name is not split off the body; capitalized words of an office after the acronym
// ("(CPC) Zhejiang Provincial Committee") are more of the body, not a name.
TEST_F(TitleGrammar, APostEndedByItsBodysAcronymThenTheName) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "Chief Executive of the Hong Kong Special Administrative Region (HKSAR) John Lee", p));
  EXPECT_EQ(p.role, "Chief Executive");
  EXPECT_EQ(p.body, "Hong Kong Special Administrative Region (HKSAR)");
  EXPECT_EQ(p.name, "John Lee");
  EXPECT_TRUE(p.before_name);
  p = {};
  ASSERT_TRUE(parse_all(title(), "Director of the Cyberspace Administration of China (CAC) Zhuang Rongwen", p));
  EXPECT_EQ(p.name, "Zhuang Rongwen");
  p = {};
  parse_prefix(title(), "President of Lotus Cloud Jane Smith", p);
  EXPECT_TRUE(p.name.empty()) << p.name;
  p = {};
  parse_prefix(title(), "member of the Standing Committee of the Communist Party of China (CPC) Zhejiang Provincial Committee", p);
  EXPECT_TRUE(p.name.empty()) << p.name;
  EXPECT_FALSE(p.before_name);
}

// A body whose name ends in a company's suffix (lexicon body_suffixes) ends there, and the holder's
// full name follows; the first of two roles may share the body. Near misses: one word after the
// suffix is no full name ("Head of Alibaba Group Research"), and a suffix word is no name
// ("Alibaba Group Holding Jack Ma" keeps "Holding" out of the name).
TEST_F(TitleGrammar, APostOfACompanyEndedByItsSuffixThenTheName) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "Chairman of Alibaba Group Jack Ma", p));
  EXPECT_EQ(p.role, "Chairman");
  EXPECT_EQ(p.body, "Alibaba Group");
  EXPECT_EQ(p.name, "Jack Ma");
  EXPECT_TRUE(p.before_name);
  p = {};
  ASSERT_TRUE(parse_all(title(), "President and CEO of Tencent Holdings Martin Lau", p));
  EXPECT_EQ(p.role2, "President");
  EXPECT_EQ(p.role, "CEO");
  EXPECT_EQ(p.body, "Tencent Holdings");
  EXPECT_EQ(p.name, "Martin Lau");
  p = {};
  parse_prefix(title(), "Head of Alibaba Group Research", p);
  EXPECT_TRUE(p.name.empty()) << p.name;
  p = {};
  parse_prefix(title(), "Chairman of Alibaba Group Holding Jack Ma", p);
  EXPECT_NE(p.name, "Holding Jack Ma");
}

// An office's name before a role runs on through "of" to what it belongs to, and a second post of
// another body may share the name. Near miss: a word that is no office noun before "of" does not
// carry the body on ("Delegates of China Mobile CEO Yang Jie" is China Mobile's CEO).
TEST_F(TitleGrammar, AnOfficesNameThroughOfAndASecondPostBeforeTheName) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "Cyberspace Administration of China (CAC) Director Zhuang Rongwen", p));
  EXPECT_EQ(p.body, "Cyberspace Administration of China (CAC)");
  EXPECT_EQ(p.role, "Director");
  p = {};
  ASSERT_TRUE(parse_all(title(), "Cyberspace Administration of China Director and World Internet Conference Chairman Zhuang Rongwen", p));
  EXPECT_EQ(p.body, "Cyberspace Administration of China");
  EXPECT_EQ(p.body2, "World Internet Conference");
  EXPECT_EQ(p.role2, "Chairman");
  EXPECT_EQ(p.name, "Zhuang Rongwen");
  p = {};
  EXPECT_FALSE(parse_all(title(), "Delegates of China Mobile CEO Yang Jie", p));
}

// A place's name in a body may end in a lower-case place noun (lexicon place_nouns); capitals
// before a role after "and" are the next post's owner, not more of this body. Near misses: a
// lower-case word that is no place noun ends the body before it.
TEST_F(TitleGrammar, APlaceNounEndsABodyAndAnOwnerBeforeARoleStartsTheNextPost) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "secretary of the CPC Tongxiang Municipal Committee of Zhejiang province", p));
  EXPECT_EQ(p.body, "the CPC Tongxiang Municipal Committee of Zhejiang province");
  p = {};
  EXPECT_EQ(parse_prefix(title(), "deputy head of the Press Bureau of the SCIO and SCIO spokesperson", p),
            static_cast<int>(std::string("deputy head of the Press Bureau of the SCIO").size()));
  p = {};
  EXPECT_EQ(parse_prefix(title(), "head of the Publicity Department and the Zhejiang Daily", p),
            static_cast<int>(std::string("head of the Publicity Department and the Zhejiang Daily").size()));
  p = {};
  EXPECT_EQ(parse_prefix(title(), "secretary of the Committee of Zhejiang officials", p),
            static_cast<int>(std::string("secretary of the Committee of Zhejiang").size()));
}

// A body's name may open with a number ("360 Security Technology"). Near miss: a number before
// lower-case words is no name.
TEST_F(TitleGrammar, ANameThatOpensWithANumber) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "chairman of 360 Security Technology", p));
  EXPECT_EQ(p.body, "360 Security Technology");
  p = {};
  EXPECT_EQ(parse_prefix(title(), "chairman of 360 companies", p), -1);
}

TEST_F(TitleGrammar, DescriptionNeedsAnOrgNounAndAnEnd) {
  PostMention p;
  EXPECT_EQ(parse_prefix(title(), "head of state Xi Jinping", p), -1);
  p = {};
  EXPECT_EQ(parse_prefix(title(), "chairman of the e-commerce company Jack Ma founded", p), -1);
}

// A capitalized body before its role stops at the rank: "United Nations", then
// "Under-Secretary-General", then a portfolio in capitals.
TEST_F(TitleGrammar, CapitalizedBodyRoleAndPortfolio) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "United Nations Under-Secretary-General for Economic and Social Affairs", p));
  EXPECT_EQ(p.body, "United Nations");
  EXPECT_EQ(p.rank, "Under-");
  EXPECT_EQ(p.role, "Secretary-General");
  EXPECT_EQ(p.portfolio, "Economic and Social Affairs");
}

// A possessive post may name its portfolio, but not a thing after an article ("Tencent's
// president of the cloud unit" is not read past the role).
TEST_F(TitleGrammar, PossessiveWithPortfolio) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "Egypt's Minister of Communications and Information Technology", p));
  EXPECT_EQ(p.body, "Egypt");
  EXPECT_EQ(p.role, "Minister");
  EXPECT_EQ(p.portfolio, "Communications and Information Technology");
  p = {};
  EXPECT_EQ(parse_prefix(title(), "Tencent's president of the cloud unit", p),
            static_cast<int>(std::string_view("Tencent's president").size()));
  EXPECT_TRUE(p.portfolio.empty());
}

// A portfolio alone after "of", in lower case, ending the phrase: Xinhua's way with ministries.
TEST_F(TitleGrammar, PortfolioAloneAfterOf) {
  PostMention p;
  ASSERT_EQ(parse_prefix(title(), "vice minister of industry and information technology, said", p),
            static_cast<int>(std::string_view("vice minister of industry and information technology").size()));
  EXPECT_EQ(p.rank, "vice ");
  EXPECT_EQ(p.role, "minister");
  EXPECT_TRUE(p.body.empty());
  EXPECT_EQ(p.portfolio, "industry and information technology");
  p = {};
  EXPECT_EQ(parse_prefix(title(), "head of the delegation", p), -1);  // an article: not a portfolio
}

// A country and a portfolio before the role ("Chinese Foreign Minister"), but not the first word of
// a role or a rank ("Serbian Prime Minister", "Chinese Vice Premier").
TEST_F(TitleGrammar, NationalityAndPortfolioBeforeAName) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "Chinese Foreign Minister Wang Yi", p));
  EXPECT_EQ(p.body, "Chinese");
  EXPECT_EQ(p.portfolio, "Foreign");
  EXPECT_EQ(p.role, "Minister");
  EXPECT_EQ(p.name, "Wang Yi");
  p = {};
  ASSERT_TRUE(parse_all(title(), "Serbian Prime Minister Ana Brnabic", p));
  EXPECT_EQ(p.body, "Serbian");
  EXPECT_TRUE(p.portfolio.empty());
  EXPECT_EQ(p.role, "Prime Minister");
  p = {};
  ASSERT_TRUE(parse_all(title(), "Chinese Vice Premier Han Zheng", p));
  EXPECT_EQ(p.rank, "Vice ");
  EXPECT_TRUE(p.portfolio.empty());
}

// A rank in a capitalized title belongs to the role, not to the organisation before it.
TEST_F(TitleGrammar, RankInACapitalizedTitleBeforeAName) {
  PostMention p;
  ASSERT_TRUE(parse_all(title(), "Alibaba Executive Vice Chairman Joe Tsai", p));
  EXPECT_EQ(p.body, "Alibaba");
  EXPECT_EQ(p.rank, "Executive Vice ");
  EXPECT_EQ(p.role, "Chairman");
  EXPECT_EQ(p.name, "Joe Tsai");
  p = {};
  ASSERT_TRUE(parse_all(title(), "Vice Premier Ma Kai", p));
  EXPECT_TRUE(p.body.empty());
  EXPECT_EQ(p.rank, "Vice ");
  EXPECT_EQ(p.role, "Premier");
}

}  // namespace
}  // namespace wiclint::grammar
