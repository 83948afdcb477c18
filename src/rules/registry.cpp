// The catalogue: one line per rule, in id order. Written out by hand (no static
// self-registration), so nothing depends on the linker keeping an unused object file.
#include "rules/count_agreement.hpp"
#include "rules/count_implicature.hpp"
#include "rules/count_reference.hpp"
#include "rules/duration_arithmetic.hpp"
#include "rules/edition_gap.hpp"
#include "rules/anniversary_year.hpp"
#include "rules/count_forecast.hpp"
#include "rules/count_generalisation.hpp"
#include "rules/title_rendering.hpp"
#include "rules/edition_numbering.hpp"
#include "rules/edition_status.hpp"
#include "rules/edition_year.hpp"
#include "rules/event_date_agreement.hpp"
#include "rules/replaced_edition.hpp"
#include "rules/schedule_opening.hpp"
#include "rules/single_source.hpp"
#include "rules/title_agreement.hpp"
#include "rules/undated_article.hpp"
#include "rules/unreadable_input.hpp"
#include "rules/weekday_date.hpp"

namespace wiclint {

std::vector<std::unique_ptr<Rule>> make_rules() {
  std::vector<std::unique_ptr<Rule>> r;
  r.push_back(std::make_unique<rules::CountAgreementRule>());
  r.push_back(std::make_unique<rules::CountImplicatureRule>());
  r.push_back(std::make_unique<rules::CountReferenceRule>());
  r.push_back(std::make_unique<rules::DurationArithmeticRule>());
  r.push_back(std::make_unique<rules::EditionGapRule>());
  r.push_back(std::make_unique<rules::EditionStatusRule>());
  r.push_back(std::make_unique<rules::EditionNumberingRule>());
  r.push_back(std::make_unique<rules::AnniversaryYearRule>());
  r.push_back(std::make_unique<rules::CountForecastRule>());
  r.push_back(std::make_unique<rules::CountGeneralisationRule>());
  r.push_back(std::make_unique<rules::TitleRenderingRule>());
  r.push_back(std::make_unique<rules::EditionYearRule>());
  r.push_back(std::make_unique<rules::EventDateAgreementRule>());
  r.push_back(std::make_unique<rules::ReplacedEditionRule>());
  r.push_back(std::make_unique<rules::ScheduleOpeningRule>());
  r.push_back(std::make_unique<rules::SingleSourceRule>());
  r.push_back(std::make_unique<rules::TitleAgreementRule>());
  r.push_back(std::make_unique<rules::UndatedArticleRule>());
  r.push_back(std::make_unique<rules::UnreadableInputRule>());
  r.push_back(std::make_unique<rules::WeekdayDateRule>());
  return r;
}

}  // namespace wiclint
