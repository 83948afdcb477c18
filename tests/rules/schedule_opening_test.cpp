// schedule-opening, end to end from text: a scheduled span of an edition against the day a source
// says it opened, for an edition the knowledge base gives no dates (claims/wic.yaml: 2025).
#include "rules/schedule_opening.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::ScheduleOpeningRule rule;

const char* kSchedule = "Published: 2025-10-20\n\nThe 2025 World Internet Conference Wuzhen Summit is scheduled for Nov. 6 to 9 in "
                        "Wuzhen, organizers said.\n";

TEST(ScheduleOpening, ASpanThatStartsBeforeTheOpening) {
  const auto schedule = read_article("a.txt", kSchedule);
  const auto opened = read_article("b.txt", "Published: 2025-11-08\n\nThe 2025 World Internet Conference Wuzhen Summit "
                                            "opened on Nov. 7 in Wuzhen.\n");
  const auto f = run_rule(rule, {schedule, opened});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "a.txt", 3, 67);
  EXPECT_TRUE(contains(f[0].message, "span 2025-11-06 to 2025-11-09 here, but it opened on 2025-11-07 in another source"))
      << f[0].message;
  EXPECT_TRUE(contains(f[0].message, "a programme may begin before its opening ceremony")) << f[0].message;
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].loc.file.str(), "b.txt");
}

// Near misses: the span starts on the opening day; an edition the knowledge base dates (2019:
// event-date-agreement decides there); an opening without a span.
TEST(ScheduleOpening, SilentWhenTheSpanStartsWithTheOpeningOrTheKnowledgeBaseDecides) {
  const auto on_the_day = read_article("b.txt", "Published: 2025-11-08\n\nThe 2025 World Internet Conference Wuzhen Summit "
                                                "opened on Nov. 6 in Wuzhen.\n");
  EXPECT_TRUE(run_rule(rule, {read_article("a.txt", kSchedule), on_the_day}).empty());
  const auto known = read_article("a.txt", "Published: 2019-10-01\n\nThe sixth World Internet Conference is scheduled for "
                                           "Oct. 19 to 22 in Wuzhen. The sixth World Internet Conference opened on Oct. 20.\n");
  EXPECT_TRUE(run_rule(rule, {known}).empty());
  const auto opened = read_article("b.txt", "Published: 2025-11-08\n\nThe 2025 World Internet Conference Wuzhen Summit "
                                            "opened on Nov. 7 in Wuzhen.\n");
  EXPECT_TRUE(run_rule(rule, {opened}).empty());
}

}  // namespace
}  // namespace wiclint::test
