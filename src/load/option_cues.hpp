#pragma once
// The cues of a choice question's options (model.hpp OptionCues), worked out when the question
// is read, so that lint's cue statistics have them after the texts are dropped.
#include "model/model.hpp"

namespace hocvu {

// Call after the answer is parsed (Question::answer); `known` is false for anything but a
// single or multiple choice question with a parsed answer.
OptionCues option_cues(const Question& question);

}  // namespace hocvu
