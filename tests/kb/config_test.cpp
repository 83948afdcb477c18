// wiclint.yaml: rule severities and options, suppressions, and located errors.
#include "kb/config.hpp"

#include <gtest/gtest.h>

#include "kb/yaml_error.hpp"

namespace wiclint {
namespace {

YamlError config_error(const std::string& text) {
  try {
    load_config_text("wiclint.yaml", text);
  } catch (const YamlError& e) {
    return e;
  }
  ADD_FAILURE() << "no YamlError for:\n" << text;
  return YamlError("", 0, 0, "");
}

TEST(Config, ReadsSeveritiesAndOptions) {
  auto c = load_config_text("wiclint.yaml",
                            "rules:\n  single-source: off\n  count-agreement:\n    severity: warning\n    tolerance: 0.1\n");
  ASSERT_EQ(c.rules.count("single-source"), 1u);
  EXPECT_EQ(c.rules["single-source"].severity, Severity::off);
  auto& ca = c.rules["count-agreement"];
  EXPECT_EQ(ca.severity, Severity::warning);
  ASSERT_EQ(ca.options.count("tolerance"), 1u);
  EXPECT_DOUBLE_EQ(ca.options["tolerance"], 0.1);
  EXPECT_EQ(ca.option_locations["tolerance"].line, 5);
}

TEST(Config, ReadsSuppressionsWithReason) {
  auto c = load_config_text("wiclint.yaml",
                            "suppress:\n  - file: old/*.txt\n    rule: single-source\n    reason: archived copy\n");
  ASSERT_EQ(c.suppress.size(), 1u);
  EXPECT_EQ(c.suppress[0].file, "old/*.txt");
  EXPECT_EQ(c.suppress[0].rule, "single-source");
  EXPECT_EQ(c.suppress[0].reason, "archived copy");
  EXPECT_EQ(c.suppress[0].loc.line, 2);
}

TEST(Config, SuppressionWithoutReasonIsAnError) {
  auto e = config_error("suppress:\n  - file: a.txt\n    rule: '*'\n");
  EXPECT_EQ(e.line(), 2);
  EXPECT_NE(e.detail().find("reason"), std::string::npos) << e.detail();
}

TEST(Config, SuppressionWithEmptyReasonIsAnError) {
  auto e = config_error("suppress:\n  - file: a.txt\n    rule: '*'\n    reason: ''\n");
  EXPECT_EQ(e.line(), 4);
  EXPECT_NE(e.detail().find("say why"), std::string::npos) << e.detail();
}

TEST(Config, UnknownSeverityIsAnErrorAtTheValue) {
  auto e = config_error("rules:\n  edition-gap: loud\n");
  EXPECT_EQ(e.file(), "wiclint.yaml");
  EXPECT_EQ(e.line(), 2);
  EXPECT_EQ(e.column(), 16);
  EXPECT_NE(e.detail().find("unknown severity 'loud'"), std::string::npos) << e.detail();
  EXPECT_NE(e.detail().find("off, note, warning, error"), std::string::npos) << e.detail();
  EXPECT_EQ(std::string(e.what()).rfind("wiclint.yaml:2:16: error:", 0), 0u) << e.what();
}

TEST(Config, UnknownTopLevelKeySuggestsTheNearestOne) {
  auto e = config_error("exclud: ['*.md']\n");
  EXPECT_EQ(e.line(), 1);
  EXPECT_NE(e.detail().find("did you mean 'exclude'"), std::string::npos) << e.detail();
}

TEST(Config, EmptyConfigKeepsDefaults) {
  auto c = load_config_text("wiclint.yaml", "");
  EXPECT_TRUE(c.default_kb);
  EXPECT_EQ(c.include, (std::vector<std::string>{"*.txt", "*.md"}));
  EXPECT_TRUE(c.rules.empty());
}

// A NaN option passed the "must not be negative" check (every comparison with NaN is false).
TEST(Config, NonFiniteOptionIsAnErrorAtTheValue) {
  for (const char* v : {".nan", ".inf", "-.inf"}) {
    auto e = config_error(std::string("rules:\n  count-agreement:\n    tolerance: ") + v + "\n");
    EXPECT_EQ(e.line(), 3) << v;
    EXPECT_EQ(e.column(), 16) << v;
    EXPECT_EQ(e.detail(), std::string("expected a finite number, got '") + v + "'");
  }
}

}  // namespace
}  // namespace wiclint
