// JSON Lines rows: {"candidate_id":"…","form":"…","date":"…","responses":{"1":"B","Q7":"AC"}}.
// Parsed with nlohmann's SAX interface straight into a reused row (no DOM), with the depth bounded.
#include <fmt/format.h>

#include <array>
#include <cstring>
#include <nlohmann/json.hpp>

#include "grade/reader_state.hpp"
#include "grade/row_fields.hpp"
#include "i18n/interface.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

constexpr size_t kMaxDepth = 8;

// Where a value is: what the SAX events mean depends on it.
enum class Place : uint8_t { outside, row, responses, answer_list, ignored };

class RowBuilder {
 public:
  using json = nlohmann::json;
  explicit RowBuilder(JsonRow& row) : row_(row) {}

  bool null() { return scalar(nullptr, false); }
  bool boolean(bool value) { return scalar(value ? "true" : "false", false); }
  bool number_integer(json::number_integer_t value) { return scalar(std::to_string(value), true); }
  bool number_unsigned(json::number_unsigned_t value) { return scalar(std::to_string(value), true); }
  bool number_float(json::number_float_t, const std::string& text) { return scalar(text, true); }
  bool string(std::string& value) { return text(value); }
  bool binary(json::binary_t&) { return fail(std::string(ui_text("grade.jsonl.binary"))); }
  bool key(std::string& key) {
    key_ = key;
    return true;
  }
  bool start_object(std::size_t) { return open(true); }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(false); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    if (row_.error.empty()) row_.error = ui_format("grade.jsonl.invalid_at", fmt::arg("byte", position));
    return false;
  }

 private:
  Place here() const { return depth_ == 0 ? Place::outside : stack_[depth_ - 1]; }

  bool fail(std::string why) {
    row_.error = std::move(why);
    return false;
  }

  bool open(bool object) {
    if (depth_ == kMaxDepth) return fail(ui_format("grade.jsonl.too_deep", fmt::arg("depth", kMaxDepth)));
    Place inner = Place::ignored;
    switch (here()) {
      case Place::outside:
        if (!object) return fail(std::string(ui_text("grade.jsonl.array")));
        inner = Place::row;
        break;
      case Place::row:
        if (key_ == "responses") {
          if (!object) return fail(ui_format("grade.jsonl.responses_list"));
          inner = Place::responses;
        } else if (key_ == "candidate_id" || key_ == "form" || key_ == "date") {
          return fail(ui_format("grade.jsonl.must_be_string", fmt::arg("key", key_)));
        }
        break;
      case Place::responses:
        if (object) return fail(ui_format("grade.jsonl.response_object", fmt::arg("question", shorten(key_))));
        row_.responses.emplace_back(key_, std::string());
        inner = Place::answer_list;
        break;
      case Place::answer_list: return fail(ui_format("grade.jsonl.response_nested", fmt::arg("question", shorten(key_))));
      case Place::ignored: break;
    }
    stack_[depth_++] = inner;
    return true;
  }

  bool close() {
    --depth_;
    return true;
  }

  bool text(const std::string& value) {
    switch (here()) {
      case Place::row: return row_value(value, false, false);
      case Place::responses: row_.responses.emplace_back(key_, value); return true;
      case Place::answer_list: return add_to_list(value);
      case Place::outside: return fail(std::string(ui_text("grade.jsonl.string")));
      case Place::ignored: return true;
    }
    return true;
  }

  // Numbers, true, false and null (`value` nullptr).
  bool scalar(const std::string& value, bool number) { return scalar(value.c_str(), number); }
  bool scalar(const char* value, bool number) {
    switch (here()) {
      case Place::row: return value == nullptr || row_value(value, number, true);
      case Place::responses:
        if (value != nullptr) row_.responses.emplace_back(key_, value);
        return true;
      case Place::answer_list: return value == nullptr || add_to_list(value);
      case Place::outside: return fail(std::string(ui_text("grade.jsonl.scalar")));
      case Place::ignored: return true;
    }
    return true;
  }

  bool add_to_list(std::string_view value) {
    std::string& answer = row_.responses.back().second;
    if (!answer.empty()) answer += ',';
    answer += value;
    return true;
  }

  bool row_value(std::string_view value, bool number, bool not_string) {
    if (key_ == "candidate_id") {
      if (not_string) {
        return fail(std::string(number ? ui_text("grade.jsonl.candidate_number") : ui_text("grade.jsonl.candidate_string")));
      }
      row_.candidate = value, row_.has_candidate = true;
    } else if (key_ == "form") {
      if (not_string && !number) return fail(std::string(ui_text("grade.jsonl.form_string")));
      row_.form = value, row_.has_form = true;
    } else if (key_ == "date") {
      row_.date = value;
    } else if (key_ == "responses") {
      return fail(ui_format("grade.jsonl.responses_object"));
    }
    return true;
  }

  JsonRow& row_;
  std::string key_;
  std::array<Place, kMaxDepth> stack_{};
  size_t depth_ = 0;
};

// The documented shape by hand: nlohmann's SAX parser reads about 100 MB/s, and a JSON Lines
// file of a million attempts is 450 MB. Strings without escapes or control characters, null,
// and a form as a whole number; anything else (escapes, other numbers, true/false, lists,
// deeper objects, text after the object) returns false for the full parser to read.
class FastRowParser {
 public:
  FastRowParser(std::string_view text, JsonRow& row) : text_(text), row_(row) {}

  bool parse() {
    if (!object([this](std::string_view key) { return member(key); })) return false;
    skip_space();
    return at_ == text_.size();
  }

 private:
  // `{ "key": value, ... }` with `value(key)` reading each value.
  template <typename Value>
  bool object(Value value) {
    skip_space();
    if (!eat('{')) return false;
    skip_space();
    if (eat('}')) return true;
    for (;;) {
      std::string_view key;
      if (!string(key)) return false;
      skip_space();
      if (!eat(':')) return false;
      skip_space();
      if (!value(key)) return false;
      skip_space();
      if (eat('}')) return true;
      if (!eat(',')) return false;
      skip_space();
    }
  }

  // As the SAX builder: null sets nothing; other keys' strings are ignored.
  bool member(std::string_view key) {
    if (null()) return true;
    if (key == "responses") return object([this](std::string_view question) { return response(question); });
    std::string_view value;
    if (key == "form" && whole_number(value)) {
      row_.form.assign(value), row_.has_form = true;
      return true;
    }
    if (!string(value)) return false;
    if (key == "candidate_id") {
      row_.candidate.assign(value), row_.has_candidate = true;
    } else if (key == "form") {
      row_.form.assign(value), row_.has_form = true;
    } else if (key == "date") {
      row_.date.assign(value);
    }
    return true;
  }

  bool response(std::string_view question) {
    if (null()) return true;
    std::string_view answer;
    if (!string(answer)) return false;
    row_.responses.emplace_back(question, answer);
    return true;
  }

  // A string whose text is its bytes (no escapes); UTF-8 checked as nlohmann checks it.
  bool string(std::string_view& out) {
    if (!eat('"')) return false;
    size_t start = at_;
    bool multibyte = false;
    for (; at_ < text_.size(); ++at_) {
      auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        out = text_.substr(start, at_++ - start);
        return !multibyte || find_invalid_utf8(out) == std::string_view::npos;
      }
      if (c == '\\' || c < 0x20) return false;
      multibyte |= c >= 0x80;
    }
    return false;
  }

  // 0 or [1-9][0-9]*, at most 18 digits, not followed by more of a number: nlohmann reads it as
  // an unsigned integer and the builder writes it back as these digits.
  bool whole_number(std::string_view& out) {
    size_t end = at_;
    while (end < text_.size() && text_[end] >= '0' && text_[end] <= '9') ++end;
    size_t digits = end - at_;
    if (digits == 0 || digits > 18 || (digits > 1 && text_[at_] == '0')) return false;
    if (end < text_.size() && (text_[end] == '.' || text_[end] == 'e' || text_[end] == 'E')) return false;
    out = text_.substr(at_, digits);
    at_ = end;
    return true;
  }

  bool null() {
    if (text_.compare(at_, 4, "null") != 0) return false;
    at_ += 4;
    return true;
  }

  bool eat(char c) {
    if (at_ >= text_.size() || text_[at_] != c) return false;
    ++at_;
    return true;
  }

  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) ++at_;
  }

  std::string_view text_;
  JsonRow& row_;
  size_t at_ = 0;
};

bool holds_nul(const JsonRow& row) {
  auto nul = [](const std::string& text) { return text.find('\0') != std::string::npos; };
  if (nul(row.candidate) || nul(row.form) || nul(row.date)) return true;
  for (const auto& [key, answer] : row.responses) {
    if (nul(key) || nul(answer)) return true;
  }
  return false;
}

// The answers of a parsed row on its form; false after rejecting the row.
bool place_answers(ReaderCore& core, const RowPlace& row, const JsonRow& json, uint32_t form, Attempt& attempt) {
  const KeyForm& key_form = core.keys.form_at(form);
  for (const auto& [key, answer] : json.responses) {
    std::string_view question = trim_spaces(key);
    uint32_t index = core.keys.question(form, question);
    if (index == KeyIndex::kNone) {
      core.reject(row, RejectReason::unknown_question,
                  ui_format("grade.reject.question_not_on_form", fmt::arg("question", shorten(question)),
                            fmt::arg("form", key_form.id), fmt::arg("count", key_form.items.size())));
      return false;
    }
    if (!attempt.answers[index].empty()) {
      core.reject(row, RejectReason::repeated_answer,
                  ui_format("grade.jsonl.answered_twice", fmt::arg("position", index + 1), fmt::arg("form", key_form.id)));
      return false;
    }
    attempt.answers[index].assign(trim_spaces(answer));
  }
  return true;
}

}  // namespace

bool parse_json_row_full(std::string_view text, JsonRow& row) {
  row.clear();
  RowBuilder builder(row);
  return nlohmann::json::sax_parse(text.begin(), text.end(), &builder) && row.error.empty();
}

bool parse_json_row_fast(std::string_view text, JsonRow& row) {
  row.clear();
  return FastRowParser(text, row).parse();
}

void read_jsonl_row(ReaderCore& core, const RowPlace& row, std::string_view text) {
  JsonRow& json = core.json;
  bool parsed = parse_json_row_fast(text, json) || parse_json_row_full(text, json);
  if (!parsed) {
    return core.reject(row, RejectReason::malformed_json, json.error.empty() ? std::string(ui_text("grade.jsonl.invalid")) : json.error);
  }
  if (holds_nul(json)) return core.reject(row, RejectReason::nul_byte, std::string(ui_text("grade.jsonl.nul")));
  std::string_view candidate = trim_spaces(json.candidate);
  if (candidate.empty()) return core.reject(row, RejectReason::missing_candidate, std::string(ui_text("grade.jsonl.no_candidate")));
  if (!json.has_form && core.keys.form_count() != 1) {
    return core.reject(row, RejectReason::malformed_json, std::string(ui_text("grade.jsonl.no_form")));
  }
  std::string_view form_id = json.has_form ? trim_spaces(json.form) : std::string_view(core.keys.form_at(0).id);
  uint32_t form = core.find_form(form_id);
  if (form == KeyIndex::kNone) return core.reject(row, RejectReason::unknown_form, core.unknown_form_message(form_id));
  Attempt& attempt = core.sink.add_attempt(core.source, row.line);
  attempt.raw.assign(row.raw);  // for rejects.csv, should grading find an unreadable answer
  size_answers(attempt, core.keys.form_at(form).items.size());
  if (!place_answers(core, row, json, form, attempt)) return core.sink.cancel_attempt();
  attempt.candidate_id.assign(candidate);
  attempt.form.assign(core.keys.form_at(form).id);
  attempt.date.assign(trim_spaces(json.date));
}

}  // namespace hocvu
