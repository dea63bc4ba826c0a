// The en catalogue, grade part: messages of grade, merge and simulate responses, and of export (src/grade, src/export).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kGradeEn;
const std::vector<MessageEntry> kGradeEn = {
};

}  // namespace hocvu
