// scores.csv, competencies.csv and rejects.csv rows. Every text cell goes through
// append_csv_field (quoting, and the guard against spreadsheet formulas).
#include "grade/grade_rows.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>

#include "text/csv.hpp"

namespace hocvu {

namespace {

// The digits of `value`, written backwards to end just before `end`; returns where they start.
// Cells are built in a small buffer and appended once: std::string::append costs a call each.
char* write_digits(char* end, uint64_t value) {
  do {
    *--end = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  return end;
}

void append_number(std::string& out, uint64_t value) {
  char digits[20];
  char* start = write_digits(digits + sizeof digits, value);
  out.append(start, static_cast<size_t>(digits + sizeof digits - start));
}

constexpr uint64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000};

// A template on the decimals, so that dividing by 10^decimals is a multiplication.
template <int decimals>
bool append_ratio_exactly(std::string& out, int64_t numerator, int64_t denominator) {
  constexpr uint64_t scale = kPowersOfTen[decimals];
  uint64_t magnitude = numerator < 0 ? 0 - static_cast<uint64_t>(numerator) : static_cast<uint64_t>(numerator);
  if (denominator <= 0 || denominator > (int64_t{1} << 53) || magnitude >= (uint64_t{1} << 52) / scale) return false;
  auto divisor = static_cast<uint64_t>(denominator);
  uint64_t scaled = magnitude * scale;
  uint64_t rounded = scaled / divisor;
  uint64_t remainder = scaled % divisor;
  if (2 * remainder == divisor) return false;  // a tie: the double's own rounding decides
  rounded += 2 * remainder > divisor ? 1 : 0;
  char text[32];
  char* const end = text + sizeof text;
  char* start = end;
  if constexpr (decimals > 0) {
    uint64_t fraction = rounded % scale;
    for (int d = 0; d < decimals; ++d, fraction /= 10) *--start = static_cast<char>('0' + fraction % 10);
    *--start = '.';
  }
  start = write_digits(start, rounded / scale);
  if (numerator < 0 && rounded != 0) *--start = '-';
  out.append(start, static_cast<size_t>(end - start));
  return true;
}

// "-0.00" made "0.00".
void append_with_fmt(std::string& out, double value, int decimals) {
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  out += text;
}

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

void append_fixed_ratio(std::string& out, int64_t numerator, int64_t denominator, int decimals) {
  decimals = std::clamp(decimals, 0, 4);
  bool done = false;
  switch (decimals) {
    case 0: done = append_ratio_exactly<0>(out, numerator, denominator); break;
    case 1: done = append_ratio_exactly<1>(out, numerator, denominator); break;
    case 2: done = append_ratio_exactly<2>(out, numerator, denominator); break;
    case 3: done = append_ratio_exactly<3>(out, numerator, denominator); break;
    default: done = append_ratio_exactly<4>(out, numerator, denominator); break;
  }
  if (!done) {
    append_with_fmt(out, static_cast<double>(numerator) / static_cast<double>(denominator), decimals);
  }
}

void append_points(std::string& out, Units units) {
  if (units % kUnitsPerPoint == 0) {
    if (units < 0) out += '-';
    append_number(out, static_cast<uint64_t>(units < 0 ? -(units / kUnitsPerPoint) : units / kUnitsPerPoint));
    return;
  }
  size_t start = out.size();
  append_fixed_ratio(out, units, kUnitsPerPoint, 4);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  if (out.compare(start, std::string::npos, "-0") == 0) out.replace(start, 2, "0");
}

// The double 100.0 * earned is the integer 100 * earned while that is below 2^53, which
// append_ratio_exactly requires.
void append_percent(std::string& out, Units earned, Units possible) {
  if (possible <= 0) return;
  constexpr Units kExact = Units{1} << 50;
  if (earned < kExact && earned > -kExact && append_ratio_exactly<2>(out, 100 * earned, possible)) return;
  append_with_fmt(out, 100.0 * static_cast<double>(earned) / static_cast<double>(possible), 2);
}

namespace {

// candidate_id,exam,form,date: the cells every per-attempt file starts with.
void append_attempt_cells(std::string& out, const GradingKey& key, const Attempt& attempt) {
  append_csv_field(out, attempt.candidate_id);
  out += ',';
  append_csv_field(out, key.exam);
  out += ',';
  append_csv_field(out, attempt.form);
  out += ',';
  append_csv_field(out, attempt.date);
}

}  // namespace

void append_score_row(std::string& out, const GradingKey& key, const Attempt& attempt, const FormGrader& form,
                      const GradedAttempt& graded, std::string_view source) {
  append_attempt_cells(out, key, attempt);
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
  append_attempt_cells(out, key, attempt);
  thread_local std::string mastered;  // kept, so that no row allocates it
  mastered.clear();
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
