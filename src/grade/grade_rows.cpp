// scores.csv, competencies.csv and rejects.csv rows. Every text cell goes through
// append_csv_field (quoting, and the guard against spreadsheet formulas).
#include "grade/grade_rows.hpp"

#include <fmt/format.h>

#include <cmath>
#include <iterator>

#include "text/csv.hpp"

namespace hocvu {

namespace {

void append_number(std::string& out, uint64_t value) { fmt::format_to(std::back_inserter(out), "{}", value); }

}  // namespace

std::string scores_header() {
  return "candidate_id,exam,form,date,answered,earned,possible,percent,passed,source,line,flags\n";
}

std::string competencies_header(const GradingKey& key) {
  std::string header = "candidate_id,exam,form,date";
  for (const auto& competency : key.competencies) {
    header += ',';
    append_csv_field(header, competency);
  }
  return header + ",mastered\n";
}

std::string rejects_header() { return "file,line,code,reason,raw\n"; }

void append_points(std::string& out, Units units) {
  if (units % kUnitsPerPoint == 0) {
    fmt::format_to(std::back_inserter(out), "{}", units / kUnitsPerPoint);
    return;
  }
  std::string text = fmt::format("{:.4f}", to_points(units));
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  out += text == "-0" ? "0" : text;
}

void append_percent(std::string& out, Units earned, Units possible) {
  if (possible <= 0) return;
  double percent = 100.0 * static_cast<double>(earned) / static_cast<double>(possible);
  std::string text = fmt::format("{:.2f}", percent);
  out += text == "-0.00" ? "0.00" : text;
}

void append_score_row(std::string& out, const GradingKey& key, const Attempt& attempt, const FormGrader& form,
                      const GradedAttempt& graded, std::string_view source) {
  append_csv_field(out, attempt.candidate_id);
  out += ',';
  append_csv_field(out, key.exam);
  out += ',';
  append_csv_field(out, attempt.form);
  out += ',';
  append_csv_field(out, attempt.date);
  out += ',';
  append_number(out, graded.answered);
  out += ',';
  append_points(out, graded.total);
  out += ',';
  append_points(out, form.possible());
  out += ',';
  append_percent(out, graded.total, form.possible());
  out += graded.passed ? ",true," : ",false,";
  append_csv_field(out, source);
  out += ',';
  append_number(out, attempt.line);
  out += ',';
  out += attempt_flags_text(graded.flags);
  out += '\n';
}

void append_competency_row(std::string& out, const GradingKey& key, const Attempt& attempt,
                           const FormGrader& form, const GradedAttempt& graded) {
  append_csv_field(out, attempt.candidate_id);
  out += ',';
  append_csv_field(out, key.exam);
  out += ',';
  append_csv_field(out, attempt.form);
  out += ',';
  append_csv_field(out, attempt.date);
  std::string mastered;
  for (size_t c = 0; c < key.competencies.size(); ++c) {
    out += ',';
    if (graded.mastery[c] < 0) continue;
    append_percent(out, graded.competency_earned[c], form.competency_possible(c));
    if (graded.mastery[c] > 0) {
      mastered += mastered.empty() ? "" : ";";
      mastered += key.competencies[c];
    }
  }
  out += ',';
  append_csv_field(out, mastered);
  out += '\n';
}

void append_reject_row(std::string& out, const Reject& reject, std::string_view source) {
  append_csv_field(out, source);
  out += ',';
  append_number(out, reject.line);
  out += ',';
  out += reject_code(reject.reason);
  out += ',';
  append_csv_field(out, reject.message);
  out += ',';
  append_csv_field(out, reject.raw);
  out += '\n';
}

}  // namespace hocvu
