#include "grade/attempt.hpp"

namespace hocvu {

const char* reject_code(RejectReason reason) {
  switch (reason) {
    case RejectReason::unknown_form: return "unknown_form";
    case RejectReason::field_count: return "field_count";
    case RejectReason::malformed_quoting: return "malformed_quoting";
    case RejectReason::unknown_question: return "unknown_question";
    case RejectReason::unreadable_answer: return "unreadable_answer";
    case RejectReason::invalid_encoding: return "invalid_encoding";
    case RejectReason::duplicate_attempt: return "duplicate_attempt";
    case RejectReason::missing_candidate: return "missing_candidate";
    case RejectReason::row_too_long: return "row_too_long";
    case RejectReason::malformed_json: return "malformed_json";
    case RejectReason::not_responses: return "not_responses";
    case RejectReason::nul_byte: return "nul_byte";
    case RejectReason::repeated_answer: return "repeated_answer";
  }
  return "unknown";
}

}  // namespace hocvu
