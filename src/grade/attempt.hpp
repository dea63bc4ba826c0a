#pragma once
// What the response readers hand to grading: attempts, each one candidate's answers to one form,
// and rejects, each a row that could not be graded with the reason why. Every row read becomes
// exactly one of the two (read = graded + rejected).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hocvu {

// Why a row was not graded. The code is what rejects.csv's `code` column says.
enum class RejectReason : uint8_t {
  unknown_form,        // the form is not in the key
  field_count,         // more or fewer fields than the header
  malformed_quoting,   // a quote that does not close, or text after a closing quote
  unknown_question,    // a question (position or id) that is not on the attempt's form
  unreadable_answer,   // an answer that fits no notation of its question's type
  invalid_encoding,    // bytes that are not UTF-8 (or not the --encoding given)
  duplicate_attempt,   // the same candidate, exam and date again, under --duplicates reject
  missing_candidate,   // the candidate id is empty
  row_too_long,        // longer than the record limit (16 MiB)
  malformed_json,      // a JSON Lines row that is not a JSON object of the documented shape
  not_responses,       // a file whose header is not a response file (no candidate_id column)
  nul_byte,            // a NUL byte in the row
  repeated_answer,     // long format: a second row for a question the attempt already answered
};

// "unknown_form", "field_count", ...: the code written in rejects.csv.
const char* reject_code(RejectReason reason);

// The rows of a file hold text in UTF-8 (converted from --encoding when given). `source` indexes
// the run's list of input files.
struct Reject {
  uint32_t source = 0;
  uint64_t line = 0;            // 1-based line where the row starts
  RejectReason reason = RejectReason::field_count;
  std::string message;          // plain words: "form 109 is not in the key (forms: 101-106)"
  std::string raw;              // the row's original text, verbatim (as read, before conversion)
};

// One candidate's answers to one form. Answers are by position on the form (answers[0] is
// question 1), as written in the file (blank: omitted). A position the file did not give is
// blank too.
struct Attempt {
  uint32_t source = 0;
  uint64_t line = 0;            // where the attempt's (first) row starts
  std::string candidate_id;     // verbatim: "000123" stays "000123"
  std::string form;
  std::string date;             // as written; empty when the file has no date
  std::vector<std::string> answers;
  uint32_t rows = 1;            // input rows it was made from (long format: one per answer)
  std::string raw;              // the original text of its row(s), verbatim (long: joined by LF),
                                // for rejects.csv when grading rejects it (unreadable answer, duplicate)
};

}  // namespace hocvu
