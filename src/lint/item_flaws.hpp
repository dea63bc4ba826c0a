#pragma once
// Item-writing flaws of one question (W410-W415): cues that let a candidate who does not know
// the answer find it anyway. Run on each bank in lint's per-file stage, while texts are at hand.
// The definitions follow the issue's reference script (cue_stats.py); the README's "Item-writing
// flaws" section states them.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"
#include "text/words.hpp"

namespace hocvu {

// Thresholds of W410 and W414, in code points (text/words.hpp text_length).
struct ItemFlawLimits {
  static constexpr double kKeyLongestRatio = 1.2;    // W410: key >= 1.2 x the next longest ...
  static constexpr size_t kKeyLongestMargin = 10;    // ... and at least 10 longer
  static constexpr double kUnequalRatio = 3.0;       // W414: longest >= 3 x shortest ...
  static constexpr size_t kUnequalMargin = 30;       // ... and at least 30 longer
};

// The absolute words ("luôn", "không bao giờ", "always") `text` holds, as listed; a word that
// is part of a longer one found ("luôn" in "luôn luôn") is not listed again.
std::vector<std::string> absolute_words_in(const Words& text);

// The "all/none of the above" phrase `text` holds ("tất cả các đáp án trên"), or "".
std::string all_or_none_phrase(const Words& text);

// The word of a negative question ("không", "not", "except", "trừ") in the question sentence
// of `stem` that is not emphasised (capitals, **bold**, <b>), or "" when there is none.
std::string unemphasised_negative(const std::string& stem);

// Reports the flaws of the active questions of `bank`, read from `path`: at most
// kMaxFindingsPerRule findings of each rule, then one that counts the rest.
void check_item_flaws(const Bank& bank, const std::string& path, Diagnostics& diagnostics);

}  // namespace hocvu
