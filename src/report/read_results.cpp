// Reading the results folders of hocvu grade: scores.csv and competencies.csv side by side.
#include <fmt/format.h>

#include <charconv>
#include <memory>
#include <sys/stat.h>
#include <unordered_map>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "report/record_stream.hpp"
#include "report/results.hpp"

namespace hocvu {

namespace {

struct ScoresColumns {
  size_t count = 0;
  size_t candidate = 0, exam = 1, form = 2, date = 3, percent = 0, passed = 0;
};

bool exists(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

std::string join_path(const std::string& folder, const char* name) {
  if (!folder.empty() && folder.back() == '/') return folder + name;
  return folder + "/" + name;
}

std::string_view header_of(RecordStream& stream, const std::string& path) {
  std::string_view record;
  uint64_t line = 0;
  if (!stream.next(record, line)) {
    throw FatalError(ui_format("report.results.empty_file", fmt::arg("path", path)));
  }
  if (record.size() >= 3 && record.substr(0, 3) == "\xEF\xBB\xBF") record.remove_prefix(3);
  return record;
}

ScoresColumns scores_columns(std::string_view header, const std::string& path) {
  std::vector<std::string_view> fields;
  std::string scratch;
  split_record(header, fields, scratch);
  ScoresColumns columns;
  columns.count = fields.size();
  bool percent = false, passed = false;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i] == "percent") columns.percent = i, percent = true;
    if (fields[i] == "passed") columns.passed = i, passed = true;
  }
  bool leading = fields.size() >= 4 && fields[0] == "candidate_id" && fields[1] == "exam" && fields[2] == "form" &&
                 fields[3] == "date";
  if (!leading || !percent || !passed) {
    throw FatalError(ui_format("report.results.not_scores", fmt::arg("path", path)));
  }
  return columns;
}

// competencies.csv: which column is which competency, and the `mastered` column.
struct CompetencyColumns {
  size_t count = 0;
  std::vector<int> competency;  // by column: index in the ids, or -1
  size_t mastered = 0;
};

class ResultsFolderReader {
 public:
  ResultsFolderReader(const std::vector<std::string>& ids, const AttemptSink& sink, DataProblems& problems,
                      ResultsRead& read)
      : sink_(sink), problems_(problems), read_(read) {
    for (size_t i = 0; i < ids.size(); ++i) index_.emplace(ids[i], static_cast<uint16_t>(i));
  }

  void read_folder(const std::string& folder) {
    std::string scores_path = join_path(folder, "scores.csv");
    if (!exists(scores_path)) {
      throw FatalError(ui_format("report.results.no_scores", fmt::arg("folder", folder)));
    }
    RecordStream scores(scores_path);
    ScoresColumns columns = scores_columns(header_of(scores, scores_path), scores_path);
    std::string competencies_path = join_path(folder, "competencies.csv");
    std::unique_ptr<RecordStream> competencies;
    if (exists(competencies_path)) {
      competencies = std::make_unique<RecordStream>(competencies_path);
      competency_columns_ = competency_columns(header_of(*competencies, competencies_path), competencies_path);
    }
    scores_file_ = static_cast<uint32_t>(read_.files.size());
    read_.files.push_back({scores_path, "", 0, 0, 0});
    if (competencies) read_.files.push_back({competencies_path, "", 0, 0, 0});
    in_step_ = competencies != nullptr;
    read_rows(scores, columns, competencies.get(), scores_path, competencies_path);
    read_.files[scores_file_].sha256 = scores.sha256();
    if (competencies) read_.files[scores_file_ + 1].sha256 = competencies->sha256();
    std::string summary_path = join_path(folder, "summary.json");
    if (exists(summary_path)) read_.files.push_back({summary_path, sha256_hex(read_file(summary_path)), 0, 0, 0});
  }

 private:
  CompetencyColumns competency_columns(std::string_view header, const std::string& path) {
    std::vector<std::string_view> fields;
    std::string scratch;
    split_record(header, fields, scratch);
    if (fields.size() < 5 || fields[0] != "candidate_id" || fields.back() != "mastered") {
      throw FatalError(ui_format("report.results.not_competencies", fmt::arg("path", path)));
    }
    CompetencyColumns columns;
    columns.count = fields.size();
    columns.mastered = fields.size() - 1;
    columns.competency.assign(fields.size(), -1);
    for (size_t i = 4; i + 1 < fields.size(); ++i) {
      auto found = index_.find(std::string(fields[i]));
      if (found != index_.end()) {
        columns.competency[i] = found->second;
      } else {
        problems_.push_back({ProblemCode::bad_result_row, path, 1, static_cast<uint32_t>(i + 1), "",
                             ui_format("report.results.unknown_competency", fmt::arg("competency", fields[i]))});
      }
    }
    return columns;
  }

  void problem(ProblemCode code, const std::string& path, uint64_t line, uint32_t column, std::string_view person,
               std::string message) {
    problems_.push_back({code, path, line, column, std::string(person), std::move(message)});
  }

  void read_rows(RecordStream& scores, const ScoresColumns& columns, RecordStream* competencies,
                 const std::string& scores_path, const std::string& competencies_path) {
    std::string_view record;
    uint64_t line = 0;
    while (scores.next(record, line)) {
      ++read_.files[scores_file_].rows;
      bool competency_row = in_step_ && next_competency_row(*competencies, competencies_path);
      if (!split_record(record, fields_, scratch_) || fields_.size() != columns.count) {
        reject(ProblemCode::bad_result_row, scores_path, line, 0, "",
               ui_format("report.results.field_count", fmt::arg("count", fields_.size()),
                         fmt::arg("expected", columns.count)));
        continue;
      }
      use_row(columns, competency_row, scores_path, competencies_path, line);
    }
    std::string_view extra;
    if (in_step_ && competencies->next(extra, competency_line_)) {
      problem(ProblemCode::bad_result_row, competencies_path, competency_line_, 0, "",
              std::string(ui_text("report.results.competencies_longer")));
    }
  }

  void reject(ProblemCode code, const std::string& path, uint64_t line, uint32_t column, std::string_view person,
              std::string message) {
    problem(code, path, line, column, person, std::move(message));
    ++read_.files[scores_file_].rejected;
  }

  bool next_competency_row(RecordStream& competencies, const std::string& path) {
    std::string_view record;
    if (!competencies.next(record, competency_line_)) {
      problem(ProblemCode::bad_result_row, path, 0, 0, "",
              std::string(ui_text("report.results.competencies_shorter")));
      in_step_ = false;
      return false;
    }
    ++read_.files[scores_file_ + 1].rows;
    competency_record_ = std::string(record);
    return true;
  }

  void use_row(const ScoresColumns& columns, bool competency_row, const std::string& scores_path,
               const std::string& competencies_path, uint64_t line) {
    std::string_view person = fields_[columns.candidate];
    auto date = parse_date(fields_[columns.date]);
    if (!date) {
      reject(ProblemCode::bad_result_date, scores_path, line, static_cast<uint32_t>(columns.date + 1), person,
             ui_format("report.results.bad_date", fmt::arg("value", fields_[columns.date])));
      return;
    }
    std::string_view passed = fields_[columns.passed];
    if (passed != "true" && passed != "false") {
      reject(ProblemCode::bad_result_row, scores_path, line, static_cast<uint32_t>(columns.passed + 1), person,
             ui_format("report.results.bad_passed", fmt::arg("value", passed)));
      return;
    }
    ResultAttempt attempt;
    attempt.person = person;
    attempt.exam = fields_[columns.exam];
    attempt.date = *date;
    attempt.passed = passed == "true";
    std::string_view percent = fields_[columns.percent];
    std::from_chars(percent.data(), percent.data() + percent.size(), attempt.percent);
    measured_.clear();
    mastered_.clear();
    if (competency_row) read_competencies(fields_[columns.candidate], competencies_path);
    attempt.measured = &measured_;
    attempt.mastered = &mastered_;
    attempt.file = scores_file_;
    attempt.scores_path = scores_path;
    attempt.line = line;
    ++read_.files[scores_file_].used;
    ++read_.attempts;
    sink_(attempt);
  }

  void read_competencies(std::string_view person, const std::string& path) {
    if (!split_record(competency_record_, competency_fields_, competency_scratch_) ||
        competency_fields_.size() != competency_columns_.count) {
      problem(ProblemCode::bad_result_row, path, competency_line_, 0, person,
              ui_format("report.results.competency_field_count", fmt::arg("count", competency_fields_.size()),
                        fmt::arg("expected", competency_columns_.count)));
      ++read_.files[scores_file_ + 1].rejected;
      return;
    }
    if (competency_fields_[0] != person) {
      problem(ProblemCode::bad_result_row, path, competency_line_, 1, person,
              ui_format("report.results.out_of_step", fmt::arg("found", competency_fields_[0]), fmt::arg("expected", person)));
      in_step_ = false;
      return;
    }
    for (size_t i = 4; i < competency_columns_.mastered; ++i) {
      int index = competency_columns_.competency[i];
      if (index >= 0 && !competency_fields_[i].empty()) measured_.push_back(static_cast<uint16_t>(index));
    }
    std::string_view list = competency_fields_[competency_columns_.mastered];
    while (!list.empty()) {
      size_t end = list.find(';');
      auto found = index_.find(std::string(list.substr(0, end)));
      if (found != index_.end()) mastered_.push_back(found->second);
      if (end == std::string_view::npos) break;
      list.remove_prefix(end + 1);
    }
    ++read_.files[scores_file_ + 1].used;
  }

  const AttemptSink& sink_;
  DataProblems& problems_;
  ResultsRead& read_;
  std::unordered_map<std::string, uint16_t> index_;
  CompetencyColumns competency_columns_;
  uint32_t scores_file_ = 0;
  bool in_step_ = false;
  uint64_t competency_line_ = 0;
  std::string competency_record_;
  std::vector<std::string_view> fields_, competency_fields_;
  std::string scratch_, competency_scratch_;
  std::vector<uint16_t> measured_, mastered_;
};

}  // namespace

ResultsRead read_results(const std::vector<std::string>& folders, const std::vector<std::string>& competencies,
                         const AttemptSink& sink, DataProblems& problems) {
  ResultsRead read;
  ResultsFolderReader reader(competencies, sink, problems, read);
  for (const auto& folder : folders) reader.read_folder(folder);
  return read;
}

}  // namespace hocvu
