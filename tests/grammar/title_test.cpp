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

}  // namespace
}  // namespace wiclint::grammar
