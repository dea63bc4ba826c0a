// The vi catalogue, rules part: rule summaries and `hocvu lint --explain` texts, keys rule.<CODE>.summary and rule.<CODE>.explain (codes E0xx-E2xx; with the English of every rule).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kRulesVi;
const std::vector<MessageEntry> kRulesVi = {
};

}  // namespace hocvu
