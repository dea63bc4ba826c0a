// The en catalogue, load part: messages of the loading stage: reading files, YAML, the model, ids and references (src/io, src/text, src/yaml, src/model, src/load).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kLoadEn;
const std::vector<MessageEntry> kLoadEn = {
};

}  // namespace hocvu
