#pragma once
// Writing a grading run's files into its output set: the row files as they stream (personal
// data: created 0600), then the statistics files at the end.
#include <memory>
#include <string>
#include <vector>

#include "grade/grade_pipeline.hpp"
#include "grade/grade_report.hpp"
#include "grade/tally.hpp"
#include "io/file.hpp"
#include "io/output_folder.hpp"

namespace hocvu {

// scores.csv, competencies.csv and rejects.csv, each an AtomicFile in the staging folder.
class RowFiles {
 public:
  RowFiles(OutputFolder& out, const GradingKey& key);
  RowSinks sinks();
  void commit();

 private:
  std::unique_ptr<AtomicFile> scores_, competencies_, rejects_;
};

// items.csv, distractors.csv, summary.json and analysis.html.
void write_statistics(OutputFolder& out, const GradingKey& key, const std::vector<std::vector<ScoringItem>>& forms,
                      const GradeTally& tally, const GradeReport& report);

}  // namespace hocvu
