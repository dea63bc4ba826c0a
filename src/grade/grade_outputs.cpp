#include "grade/grade_outputs.hpp"

#include "grade/grade_rows.hpp"
#include "grade/statistics.hpp"

namespace hocvu {

namespace {

// Scores, answers by competency and rejected rows hold candidates' personal data.
constexpr mode_t kPersonalMode = 0600;

}  // namespace

RowFiles::RowFiles(OutputFolder& out, const GradingKey& key)
    : scores_(std::make_unique<AtomicFile>(out.path_for("scores.csv"), kPersonalMode)),
      competencies_(std::make_unique<AtomicFile>(out.path_for("competencies.csv"), kPersonalMode)),
      rejects_(std::make_unique<AtomicFile>(out.path_for("rejects.csv"), kPersonalMode)) {
  scores_->write(scores_header());
  competencies_->write(competencies_header(key));
  rejects_->write(rejects_header());
}

RowSinks RowFiles::sinks() {
  return RowSinks{[this](std::string_view rows) { scores_->write(rows); },
                  [this](std::string_view rows) { competencies_->write(rows); },
                  [this](std::string_view rows) { rejects_->write(rows); }};
}

void RowFiles::commit() {
  scores_->commit();
  competencies_->commit();
  rejects_->commit();
}

void write_statistics(OutputFolder& out, const GradingKey& key, const std::vector<std::vector<ScoringItem>>& forms,
                      const GradeTally& tally, const GradeReport& report) {
  GradeStatistics statistics = compute_statistics(key, forms, tally, report.thresholds);
  out.write("items.csv", render_items_csv(statistics));
  out.write("distractors.csv", render_distractors_csv(statistics));
  out.write("summary.json", render_summary_json(statistics, report));
  out.write("analysis.html", render_analysis_html(statistics, report));
}

}  // namespace hocvu
