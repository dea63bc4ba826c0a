#include "load/option_cues.hpp"

#include <algorithm>
#include <limits>

#include "text/words.hpp"

namespace hocvu {

namespace {

uint16_t narrow(size_t value) {
  return static_cast<uint16_t>(std::min<size_t>(value, std::numeric_limits<uint16_t>::max()));
}

}  // namespace

OptionCues option_cues(const Question& question) {
  OptionCues cues;
  const auto* choice = question.answer ? std::get_if<ChoiceAnswer>(&*question.answer) : nullptr;
  if (choice == nullptr || question.options.empty() || choice->keys.empty()) {
    return cues;
  }
  std::vector<size_t> lengths;
  for (const auto& option : question.options) {
    lengths.push_back(text_length(option.text.value));
  }
  size_t top = *std::max_element(lengths.begin(), lengths.end());
  cues.options = narrow(lengths.size());
  cues.longest = narrow(static_cast<size_t>(std::count(lengths.begin(), lengths.end(), top)));
  for (size_t i = 0; i < question.options.size(); ++i) {
    if (question.options[i].key.value == choice->keys.front()) {
      cues.key_position = narrow(i);
      cues.key_longest = cues.longest == 1 && lengths[i] == top;
    }
  }
  cues.known = true;
  return cues;
}

}  // namespace hocvu
