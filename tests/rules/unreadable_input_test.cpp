#include "rules/unreadable_input.hpp"

#include "rules/fixture.hpp"

namespace wiclint::test {
namespace {

rules::UnreadableInputRule rule;

TEST(UnreadableInput, EachProblemIsAFindingAtItsPosition) {
  std::vector<InputProblem> problems{{"bad.txt", "invalid UTF-8 at byte offset 5", 2, 3}};
  auto f = run_rule(rule, {}, problems);
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "bad.txt", 2, 3);
  EXPECT_TRUE(contains(f[0].message, "invalid UTF-8 at byte offset 5; the file was not checked")) << f[0].message;
  EXPECT_TRUE(f[0].related.empty());
}

TEST(UnreadableInput, ProblemInACheckedFileSaysTheRestWasChecked) {
  InputProblem broken{"fm.txt", "malformed front matter", 3, 7};
  broken.checked = true;
  auto f = run_rule(rule, {}, {broken});
  ASSERT_EQ(f.size(), 1u);
  expect_at(f[0].loc, "fm.txt", 3, 7);
  EXPECT_TRUE(contains(f[0].message, "the rest of the file was checked without it")) << f[0].message;
}

TEST(UnreadableInput, NoProblemsIsSilent) {
  // Readable articles alone never produce this finding.
  EXPECT_TRUE(run_rule(rule, {article("a.txt", std::nullopt)}).empty());
}

}  // namespace
}  // namespace wiclint::test
