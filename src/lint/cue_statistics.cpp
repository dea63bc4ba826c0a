#include "lint/cue_statistics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "i18n/interface.hpp"

namespace hocvu {

namespace {

constexpr double kChiSquare01[] = {6.635, 9.210, 11.345, 13.277, 15.086, 16.812, 18.475, 20.090, 21.666};

double percent(double part, uint32_t whole) {
  return whole == 0 ? 0.0 : 100.0 * part / whole;
}

// Sum over positions of (observed - expected)^2 / expected; expected from 1/k per question.
void key_position_statistics(const CueCounts& counts, CueStatistics& statistics) {
  size_t positions = counts.key_positions.size();
  statistics.positions_expected.assign(positions, 0.0);
  for (const auto& [options, questions] : counts.singles_by_options) {
    for (size_t j = 0; j < options && j < positions; ++j) {
      statistics.positions_expected[j] += static_cast<double>(questions) / options;
    }
  }
  size_t cells = 0;
  for (size_t j = 0; j < positions; ++j) {
    double expected = statistics.positions_expected[j];
    if (expected > 0) {
      double difference = counts.key_positions[j] - expected;
      statistics.chi_square += difference * difference / expected;
      ++cells;
    }
  }
  statistics.df = cells > 0 ? cells - 1 : 0;
}

void longest_statistics(const CueCounts& counts, CueStatistics& statistics) {
  double variance = 0;
  for (const auto& [options, questions] : counts.unique_longest) {
    double p = 1.0 / options;
    statistics.longest_expected += questions * p;
    variance += questions * p * (1 - p);
  }
  statistics.longest_z = variance > 0 ? (counts.key_longest - statistics.longest_expected) / std::sqrt(variance) : 0;
}

void multiple_statistics(const CueCounts& counts, CueStatistics& statistics) {
  std::map<uint16_t, uint32_t> by_correct;
  for (const auto& [shape, questions] : counts.multiple) {
    by_correct[shape.first] += questions;
    statistics.multiple += questions;
  }
  for (const auto& [correct, questions] : by_correct) {
    if (questions > statistics.modal_questions) {  // strictly more: ties keep the smaller
      statistics.modal_correct = correct;
      statistics.modal_questions = questions;
    }
  }
}

std::string key_position_list(const std::vector<double>& values, int decimals) {
  std::string out;
  for (size_t j = 0; j < values.size(); ++j) {
    out += fmt::format("{}{} {:.{}f}", j == 0 ? "" : ", ", static_cast<char>('a' + std::min<size_t>(j, 25)),
                       values[j], decimals);
  }
  return out;
}

// "3 of 5 correct in 41, 2 of 5 in 4": the shapes most common first.
std::string multiple_list(const CueCounts& counts) {
  std::vector<std::pair<std::pair<uint16_t, uint16_t>, uint32_t>> shapes(counts.multiple.begin(), counts.multiple.end());
  std::stable_sort(shapes.begin(), shapes.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [shape, questions] : shapes) {
    out += out.empty() ? ui_format("lint.cue.shape_first", fmt::arg("correct", shape.first),
                                   fmt::arg("options", shape.second), fmt::arg("questions", questions))
                       : ui_format("lint.cue.shape_next", fmt::arg("correct", shape.first),
                                   fmt::arg("options", shape.second), fmt::arg("questions", questions));
  }
  return out;
}

void report_longest(const CueCounts& counts, const CueStatistics& s, const std::string& subject, Pos at,
                    const ModelReporter& reporter) {
  if (counts.singles < CueThresholds::kMinLongest || s.longest_z <= CueThresholds::kZ) return;
  reporter.report(Rule::key_longest_share, at,
                  ui_format("lint.cue.longest", fmt::arg("subject", subject), fmt::arg("singles", counts.singles),
                            fmt::arg("longest", counts.key_longest),
                            fmt::arg("percent", fmt::format("{:.0f}", percent(counts.key_longest, counts.singles))),
                            fmt::arg("expected", fmt::format("{:.1f}", s.longest_expected)),
                            fmt::arg("expected_percent", fmt::format("{:.0f}", percent(s.longest_expected, counts.singles)))),
                  std::string(ui_text("lint.cue.longest.hint")));
}

void report_positions(const CueCounts& counts, const CueStatistics& s, const std::string& subject, Pos at,
                      const ModelReporter& reporter) {
  if (counts.singles < CueThresholds::kMinPositions || s.df < 1 || s.chi_square <= chi_square_critical_01(s.df)) return;
  std::vector<double> observed(counts.key_positions.begin(), counts.key_positions.end());
  reporter.report(Rule::key_position_skew, at,
                  ui_plural("lint.cue.positions", s.df, fmt::arg("subject", subject), fmt::arg("singles", counts.singles),
                            fmt::arg("observed", key_position_list(observed, 0)),
                            fmt::arg("expected", key_position_list(s.positions_expected, 1)),
                            fmt::arg("chi_square", fmt::format("{:.2f}", s.chi_square)),
                            fmt::arg("critical", fmt::format("{:.3f}", chi_square_critical_01(s.df)))),
                  std::string(ui_text("lint.cue.positions.hint")));
}

void report_correct_counts(const CueCounts& counts, const CueStatistics& s, const std::string& subject, Pos at,
                           const ModelReporter& reporter) {
  if (s.multiple < CueThresholds::kMinMultiple ||
      s.modal_questions <= CueThresholds::kModalShare * static_cast<double>(s.multiple)) {
    return;
  }
  reporter.report(Rule::correct_count_skew, at,
                  ui_format("lint.cue.correct_counts", fmt::arg("subject", subject),
                            fmt::arg("modal", s.modal_questions), fmt::arg("multiple", s.multiple),
                            fmt::arg("correct", s.modal_correct), fmt::arg("shapes", multiple_list(counts))),
                  std::string(ui_text("lint.cue.correct_counts.hint")));
}

void report_true_false(const CueCounts& counts, const CueStatistics& s, const std::string& subject, Pos at,
                       const ModelReporter& reporter) {
  if (counts.true_false < CueThresholds::kMinTrueFalse || std::fabs(s.true_false_z) <= CueThresholds::kZ) return;
  bool leans_true = s.true_false_z > 0;
  reporter.report(Rule::true_false_balance, at,
                  ui_format("lint.cue.true_false", fmt::arg("subject", subject), fmt::arg("questions", counts.true_false),
                            fmt::arg("true", counts.true_keys), fmt::arg("false", counts.true_false - counts.true_keys),
                            fmt::arg("z", fmt::format("{:.2f}", s.true_false_z)),
                            fmt::arg("limit", fmt::format("{:.2f}", CueThresholds::kZ))),
                  std::string(ui_text(leans_true ? "lint.cue.true_false.hint_leans_true" : "lint.cue.true_false.hint_leans_false")));
}

}  // namespace

double chi_square_critical_01(size_t df) {
  if (df >= 1 && df <= 9) {
    return kChiSquare01[df - 1];
  }
  double k = static_cast<double>(std::max<size_t>(df, 1));
  double term = 2.0 / (9.0 * k);
  return k * std::pow(1.0 - term + 2.3263 * std::sqrt(term), 3.0);
}

void CueCounts::add(const Question& question) {
  if (question.status != QuestionStatus::active || !question.type || !question.answer) return;
  if (*question.type == QuestionType::single && question.cues.known) {
    const OptionCues& cues = question.cues;
    ++singles;
    ++singles_by_options[cues.options];
    if (cues.longest == 1) {
      ++unique_longest[cues.options];
      key_longest += cues.key_longest ? 1 : 0;
    }
    if (key_positions.size() < cues.options) key_positions.resize(cues.options, 0);
    ++key_positions[cues.key_position];
  } else if (*question.type == QuestionType::multiple && question.cues.known) {
    const auto& keys = std::get<ChoiceAnswer>(*question.answer).keys;
    ++multiple[{static_cast<uint16_t>(std::min<size_t>(keys.size(), UINT16_MAX)), question.cues.options}];
  } else if (*question.type == QuestionType::true_false) {
    ++true_false;
    true_keys += std::get<TrueFalseAnswer>(*question.answer).value ? 1 : 0;
  }
}

void CueCounts::merge(const CueCounts& other) {
  singles += other.singles;
  key_longest += other.key_longest;
  for (const auto& [options, questions] : other.unique_longest) unique_longest[options] += questions;
  for (const auto& [options, questions] : other.singles_by_options) singles_by_options[options] += questions;
  if (key_positions.size() < other.key_positions.size()) key_positions.resize(other.key_positions.size(), 0);
  for (size_t j = 0; j < other.key_positions.size(); ++j) key_positions[j] += other.key_positions[j];
  for (const auto& [shape, questions] : other.multiple) multiple[shape] += questions;
  true_false += other.true_false;
  true_keys += other.true_keys;
}

CueStatistics cue_statistics(const CueCounts& counts) {
  CueStatistics statistics;
  longest_statistics(counts, statistics);
  key_position_statistics(counts, statistics);
  multiple_statistics(counts, statistics);
  double n = counts.true_false;
  statistics.true_false_z = n > 0 ? (counts.true_keys - n / 2) / std::sqrt(n / 4) : 0;
  return statistics;
}

void report_cues(const CueCounts& counts, const std::string& subject, Pos at, KeyPositions positions,
                 const ModelReporter& reporter) {
  CueStatistics statistics = cue_statistics(counts);
  report_longest(counts, statistics, subject, at, reporter);
  if (positions == KeyPositions::check) {
    report_positions(counts, statistics, subject, at, reporter);
  }
  report_correct_counts(counts, statistics, subject, at, reporter);
  report_true_false(counts, statistics, subject, at, reporter);
}

void check_bank_cues(const Model& model, Diagnostics& diagnostics) {
  ModelReporter reporter(model, diagnostics);
  for (const auto& bank : model.banks) {
    CueCounts counts;
    for (const auto& question : bank.questions) {
      counts.add(question);
    }
    report_cues(counts, ui_format("lint.cue.subject_bank", fmt::arg("bank", bank.id.value)), bank.id.pos, KeyPositions::check, reporter);
  }
}

void check_pool_cues(const Pool& pool, const Blueprint& blueprint, const ModelReporter& reporter) {
  CueCounts counts;
  for (const auto& item : pool.items) {
    counts.add(*item.question);
  }
  report_cues(counts, ui_format("lint.cue.subject_blueprint", fmt::arg("blueprint", blueprint.id.value),
                        fmt::arg("questions", pool.items.size())),
              blueprint.id.pos, blueprint.shuffle_options ? KeyPositions::skip : KeyPositions::check, reporter);
}

}  // namespace hocvu
