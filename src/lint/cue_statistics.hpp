#pragma once
// Cues across many questions (W420-W423): how often single-choice keys are the longest option,
// where the keys sit, how many options of a multiple-response question are correct, how true/false
// keys balance. Reported per bank and per blueprint over its pool. Counts are integers that add
// across files and banks (CueCounts::merge), so a bank split over files would sum the same.
// Definitions and thresholds follow the reference script (cue_stats.py); the README's
// "Item-writing flaws" section lists them.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "blueprint/pool.hpp"
#include "diag/diagnostic.hpp"
#include "model/model.hpp"
#include "model/model_reporter.hpp"

namespace hocvu {

struct CueThresholds {
  static constexpr double kZ = 2.33;                 // one-sided 1% of the normal distribution (W420, W423 two-sided)
  static constexpr size_t kMinLongest = 10;          // W420: single-choice questions at least
  static constexpr size_t kMinPositions = 20;        // W421: single-choice questions at least
  static constexpr size_t kMinMultiple = 6;          // W422: multiple-response questions at least
  static constexpr double kModalShare = 0.5;         // W422: one number of correct options in more than half
  static constexpr size_t kMinTrueFalse = 10;        // W423: true/false questions at least
};

// The chi-square value above which p < 0.01 with `df` degrees of freedom (a table for 1 to 9,
// the Wilson-Hilferty approximation beyond).
double chi_square_critical_01(size_t df);

struct CueCounts {
  // Single choice with a parsed answer.
  uint32_t singles = 0;
  uint32_t key_longest = 0;                         // keys that are the uniquely longest option
  std::map<uint16_t, uint32_t> unique_longest;      // options -> questions with a uniquely longest option
  std::map<uint16_t, uint32_t> singles_by_options;  // options -> questions
  std::vector<uint32_t> key_positions;              // keys at each position (0: the first option)
  // Multiple response: (correct, options) -> questions.
  std::map<std::pair<uint16_t, uint16_t>, uint32_t> multiple;
  // True/false.
  uint32_t true_false = 0;
  uint32_t true_keys = 0;

  // Counts an active question (others are left out).
  void add(const Question& question);
  void merge(const CueCounts& other);
};

// What the counts show, with the numbers the messages give.
struct CueStatistics {
  double longest_expected = 0;  // keys chance makes the uniquely longest option
  double longest_z = 0;
  std::vector<double> positions_expected;  // per position
  double chi_square = 0;
  size_t df = 0;
  uint32_t multiple = 0;
  uint16_t modal_correct = 0;  // the most common number of correct options (ties: the smaller)
  uint32_t modal_questions = 0;
  double true_false_z = 0;
};
CueStatistics cue_statistics(const CueCounts& counts);

enum class KeyPositions { check, skip };

// Reports W420-W423 at `at`, each message starting with `subject` ("bank kns-6").
// KeyPositions::skip leaves out W421 (a blueprint that shuffles options).
void report_cues(const CueCounts& counts, const std::string& subject, Pos at, KeyPositions positions,
                 const ModelReporter& reporter);

// Every bank, at its id.
void check_bank_cues(const Model& model, Diagnostics& diagnostics);

// A blueprint's pool, at the blueprint's id; W421 only when it does not shuffle options.
void check_pool_cues(const Pool& pool, const Blueprint& blueprint, const ModelReporter& reporter);

}  // namespace hocvu
