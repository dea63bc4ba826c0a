#pragma once
// Internal to the response readers (response_reader.cpp and read_*.cpp): what reading one file
// keeps between batches, and what the three formats share. Nothing outside src/grade uses it.
#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "grade/attempt.hpp"
#include "grade/grading_key.hpp"
#include "grade/legacy_decoder.hpp"
#include "grade/read_bytes.hpp"
#include "grade/record_splitter.hpp"
#include "grade/response_reader.hpp"

namespace hocvu {

// The key's forms and questions, for looking up what rows name.
class KeyIndex {
 public:
  explicit KeyIndex(const GradingKey& key);

  static constexpr uint32_t kNone = UINT32_MAX;

  uint32_t form(std::string_view id) const;  // index into key.forms, or kNone
  const KeyForm& form_at(uint32_t index) const { return key_.forms[index]; }
  size_t form_count() const { return key_.forms.size(); }
  // Index (0-based) on form `form` of a question given as a position ("7") or an id, or kNone.
  uint32_t question(uint32_t form, std::string_view question) const;
  bool on_any_form(std::string_view question_id) const { return any_form_.count(question_id) > 0; }
  std::string known_forms() const;  // "101, 102, 103, 104, 105 and 3 more"

 private:
  const GradingKey& key_;
  std::unordered_map<std::string_view, uint32_t> forms_;
  std::vector<std::unordered_map<std::string_view, uint32_t>> questions_;  // per form: id -> index
  std::unordered_set<std::string_view> any_form_;
};

// A whole number from 1 written with digits only ("7", "07"), or 0.
uint32_t parse_position(std::string_view text);

// `text` for a message: its first 40 bytes (whole characters) and "…" when longer.
std::string shorten(std::string_view text);

// `count` blank answers, keeping the strings' capacity.
void size_answers(Attempt& attempt, size_t count);

// Fills a batch: attempts reuse the objects (and their strings' capacity) of earlier batches.
class BatchSink {
 public:
  void start(ResponseBatch& batch);
  // An attempt with its fields reset; its answers are left as they were (see size_answers).
  Attempt& add_attempt(uint32_t source, uint64_t line);
  void cancel_attempt();                                 // the one added last
  void reject(uint32_t source, uint64_t line, RejectReason reason, std::string message, std::string_view raw);
  void finish();  // sets batch.rows

 private:
  ResponseBatch* batch_ = nullptr;
  size_t used_ = 0;
  std::vector<Attempt> spare_;
};

// The columns the header named.
struct Layout {
  static constexpr int kAbsent = -1;
  char separator = ',';
  std::vector<std::string> names;  // as written, trimmed
  int candidate = kAbsent, form = kAbsent, date = kAbsent, question = kAbsent, response = kAbsent;
  std::string default_form;  // the key's one form, when the file has no form column

  // Wide: the answer columns, and for each form where each one goes (KeyIndex::kNone: not on it).
  struct AnswerColumn {
    size_t column = 0;
    std::string question;  // the header as written: a position or a question id
    bool on_any_form = false;
  };
  std::vector<AnswerColumn> answers;
  std::vector<std::vector<uint32_t>> targets;  // [form][answer column]
};

// A JSON Lines row as parsed, reused row after row.
struct JsonRow {
  std::string candidate, form, date;
  bool has_candidate = false, has_form = false;
  std::vector<std::pair<std::string, std::string>> responses;  // key, answer
  std::string error;                                           // set when the line does not fit

  void clear() {
    candidate.clear(), form.clear(), date.clear();
    has_candidate = has_form = false;
    responses.clear();
    error.clear();
  }
};

// One row being read: where it is and its original bytes, for rejects.
struct RowPlace {
  std::string_view raw;
  uint64_t line = 0;
};

struct ReaderCore {
  ReaderCore(const std::string& path, uint32_t source, const GradingKey& key, const ReaderOptions& options);

  void reject(const RowPlace& row, RejectReason reason, std::string message) {
    sink.reject(source, row.line, reason, std::move(message), row.raw);
  }
  // The form a row names, with the last one remembered (rows of one form come in runs).
  uint32_t find_form(std::string_view id);
  std::string unknown_form_message(std::string_view form) const;

  uint32_t source;
  ReaderOptions options;
  KeyIndex keys;
  InputStream input;
  RecordSplitter splitter;
  std::optional<LegacyDecoder> legacy;
  BatchSink sink;

  ResponseFormat format = ResponseFormat::detect;
  bool started = false;
  bool header_read = false;
  bool finished = false;
  std::optional<std::string> not_responses;  // why the file is not a response file
  Layout layout;

  std::string last_form_text;
  uint32_t last_form = KeyIndex::kNone;

  // Scratch, reused row after row.
  std::vector<std::string_view> fields;
  std::string unquoted;
  std::string converted;
  JsonRow json;

  // Long format: the attempt whose rows are being read, held across batches.
  Attempt open;
  bool has_open = false;
  std::vector<bool> open_given;  // which of its questions a row has given (blank answers too)
};

// Each format's rows (read_wide.cpp, read_long.cpp, read_jsonl.cpp, read_header.cpp). `text` is
// the row in UTF-8; core.fields holds its fields for CSV formats.
void read_header(ReaderCore& core, const RowPlace& row, std::string_view text, bool quoted);
void read_wide_row(ReaderCore& core, const RowPlace& row);
void read_long_row(ReaderCore& core, const RowPlace& row);
void close_long_attempt(ReaderCore& core);
void read_jsonl_row(ReaderCore& core, const RowPlace& row, std::string_view text);

// A JSON Lines row into `row` (cleared first). The full parser (nlohmann's SAX) takes any JSON
// and is false, with row.error set, when the line does not fit the documented shape. The fast
// one takes the documented shape only and is false for anything else (the row is then parsed
// again by the full one); when it is true, `row` is what the full parser makes of the line.
bool parse_json_row_full(std::string_view text, JsonRow& row);
bool parse_json_row_fast(std::string_view text, JsonRow& row);

}  // namespace hocvu
