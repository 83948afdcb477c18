// Claims: a title's and a count's values are boxed (held on the heap), the other kinds inline.
#include <gtest/gtest.h>

#include <vector>

#include "model/claim.hpp"

namespace wiclint {
namespace {

TEST(Claim, BoxedValuesReadAndCopyLikeInlineOnes) {
  static_assert(sizeof(Claim::value) < sizeof(TitleValue), "the largest values are not inline");
  Claim title;
  title.value = TitleValue{"Huang Kunming", "head", "", "publicity department", "head of the department", false, false};
  EXPECT_EQ(title.kind(), ClaimKind::title);
  EXPECT_EQ(title.as<TitleValue>().person, "Huang Kunming");
  Claim copy = title;  // a deep copy: changing it leaves the original as it was
  copy.as<TitleValue>().rank = "deputy";
  EXPECT_EQ(title.as<TitleValue>().rank, "");
  EXPECT_EQ(copy.as<TitleValue>().rank, "deputy");
  std::vector<Claim> moved;
  moved.push_back(std::move(copy));
  EXPECT_EQ(moved[0].as<TitleValue>().body, "publicity department");
  copy = moved[0];  // assignable again after a move
  EXPECT_EQ(copy.as<TitleValue>().rank, "deputy");
}

TEST(Claim, SetKindGivesAnEmptyValueOfThatKind) {
  Claim c;
  c.set_kind(ClaimKind::count);
  EXPECT_EQ(c.kind(), ClaimKind::count);
  EXPECT_EQ(c.as<CountValue>().number, 0);
  EXPECT_EQ(c.as<CountValue>().unit, "");
  c.as<CountValue>().unit = "people";
  c.set_kind(ClaimKind::date);
  EXPECT_EQ(c.kind(), ClaimKind::date);
  c.set_kind(ClaimKind::title);
  EXPECT_EQ(c.as<TitleValue>().person, "");
  EXPECT_THROW((void)c.as<CountValue>(), std::bad_variant_access);
}

}  // namespace
}  // namespace wiclint
