// The en catalogue, report part: messages of report, simulate roster/sittings, verify and signed credentials (src/report, src/verify, src/credential).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kReportEn;
const std::vector<MessageEntry> kReportEn = {
};

}  // namespace hocvu
