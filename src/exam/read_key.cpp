// Reading key.csv back into typed answers (the writer is write_key.cpp).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

#include "exam/key_file.hpp"
#include "exam/write_exam.hpp"
#include "i18n/interface.hpp"
#include "model/field_reader.hpp"
#include "text/csv.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) {
      return parts;
    }
    start = end + 1;
  }
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<double> plain_number(std::string_view text) {
  if (!is_plain_number(text)) {
    return std::nullopt;
  }
  double value = std::strtod(std::string(text).c_str(), nullptr);
  return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

std::optional<Answer> parse_letters(QuestionType type, std::string_view text, std::string& reason) {
  ChoiceAnswer choice;
  for (std::string_view part : split(text, ';')) {
    std::string letters(trim(part));
    std::transform(letters.begin(), letters.end(), letters.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    bool valid = !letters.empty() && letters.size() <= 3 &&
                 std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!valid) {
      reason = ui_format("exam.key.not_a_letter", fmt::arg("text", std::string(trim(part))));
      return std::nullopt;
    }
    if (std::find(choice.keys.begin(), choice.keys.end(), letters) != choice.keys.end()) {
      reason = ui_format("exam.key.letter_twice", fmt::arg("letter", letters));
      return std::nullopt;
    }
    choice.keys.push_back(letters);
  }
  if (type == QuestionType::single && choice.keys.size() != 1) {
    reason = ui_format("exam.key.single_not_one", fmt::arg("count", choice.keys.size()));
    return std::nullopt;
  }
  return choice;
}

std::optional<Answer> parse_numeric(std::string_view text, std::string& reason) {
  std::vector<std::string_view> parts = split(text, ':');
  std::optional<double> value = plain_number(trim(parts[0]));
  std::optional<double> tolerance = parts.size() == 2 ? plain_number(trim(parts[1])) : std::optional<double>(0.0);
  if (parts.size() > 2 || !value || !tolerance || *tolerance < 0) {
    reason = ui_text("exam.key.bad_numeric");
    return std::nullopt;
  }
  return NumericAnswer{*value, *tolerance};
}

std::optional<Answer> parse_texts(std::string_view text, std::string& reason) {
  TextAnswer texts;
  for (std::string_view part : split(text, '|')) {
    if (is_blank(part)) {
      reason = ui_text("exam.key.empty_text");
      return std::nullopt;
    }
    texts.accepted.push_back(to_nfc(part));
  }
  return texts;
}

// Drops the ' that csv_field puts before a text a spreadsheet would run as a formula.
std::string_view unguarded(std::string_view text) {
  if (text.size() >= 2 && text[0] == '\'' && std::string_view("=+-@\t\r").find(text[1]) != std::string_view::npos) {
    text.remove_prefix(1);
  }
  return text;
}

class KeyReader {
 public:
  KeyReader(const std::string& path, Diagnostics& diagnostics) : path_(path), diagnostics_(diagnostics) {}

  bool read_header(const std::vector<CsvField>& header) {
    std::set<std::string_view> seen;
    for (size_t i = 0; i < header.size(); ++i) {
      std::string name = lowercase(trim(header[i].text));
      auto known = std::find(key_columns().begin(), key_columns().end(), name);
      if (known == key_columns().end()) {
        report(header[i], ui_format("exam.key.unknown_column", fmt::arg("column", header[i].text)));
        continue;
      }
      if (!seen.insert(*known).second) {
        report(header[i], ui_format("exam.key.column_twice", fmt::arg("column", name)));
        continue;
      }
      columns_[*known] = i;
      width_ = std::max(width_, i + 1);
    }
    bool complete = true;
    for (std::string_view column : key_columns()) {
      if (columns_.count(column) == 0) {
        report(header.front(), ui_format("exam.key.missing_column", fmt::arg("column", column)));
        complete = false;
      }
    }
    return complete;
  }

  std::optional<KeyRow> read_row(const std::vector<CsvField>& row) {
    if (row.size() == 1 && is_blank(row[0].text)) {
      return std::nullopt;  // a blank line
    }
    if (row.size() < width_) {
      // The columns read may lie anywhere in the header: a row must reach the last of them.
      report(row.back(), ui_format("exam.key.row_width", fmt::arg("fields", row.size()), fmt::arg("header", width_)));
      return std::nullopt;
    }
    KeyRow key;
    key.line = row.front().line;
    key.form = std::string(trim(field(row, "form").text));
    key.question_id = std::string(unguarded(trim(field(row, "question_id").text)));
    key.competency = std::string(trim(field(row, "competency").text));
    key.level = std::string(trim(field(row, "level").text));
    for (std::string_view column : {"form", "question_id", "competency", "level"}) {
      if (is_blank(field(row, column).text)) {
        return fail(field(row, column), ui_format("exam.key.empty_field", fmt::arg("column", column)));
      }
    }
    const CsvField& position = field(row, "position");
    std::optional<double> number = plain_number(trim(position.text));
    if (!number || *number < 1 || *number > 100000 || *number != std::floor(*number)) {
      return fail(position, ui_format("exam.key.bad_position", fmt::arg("position", position.text)));
    }
    key.position = static_cast<uint32_t>(*number);
    const CsvField& type = field(row, "type");
    std::optional<QuestionType> parsed_type = parse_question_type(trim(type.text));
    if (!parsed_type) {
      return fail(type, ui_format("exam.key.bad_type", fmt::arg("type", type.text)));
    }
    key.type = *parsed_type;
    const CsvField& answer = field(row, "answer");
    std::string reason;
    std::optional<Answer> parsed = parse_key_answer(key.type, unguarded(answer.text), reason);
    if (!parsed) {
      return fail(answer, ui_format("exam.key.bad_answer", fmt::arg("answer", answer.text), fmt::arg("type", type.text),
                                    fmt::arg("question", key.question_id), fmt::arg("reason", reason)));
    }
    key.answer = std::move(*parsed);
    const CsvField& points = field(row, "points");
    std::optional<double> worth = plain_number(trim(points.text));
    if (!worth || *worth <= 0 || *worth > 1000) {
      return fail(points, ui_format("exam.key.bad_points", fmt::arg("points", points.text)));
    }
    key.points = *worth;
    if (!seen_.emplace(key.form, key.position).second) {
      return fail(position, ui_format("exam.key.second_answer", fmt::arg("form", key.form), fmt::arg("position", key.position)));
    }
    return key;
  }

  void report(const CsvField& at, std::string message) {
    diagnostics_.push_back(Diagnostic{Rule::key_format, Location{path_, at.line, at.column}, std::move(message),
                                      std::string(ui_text("exam.key.hint"))});
  }

 private:
  const CsvField& field(const std::vector<CsvField>& row, std::string_view column) const {
    return row[columns_.at(column)];
  }

  std::optional<KeyRow> fail(const CsvField& at, std::string message) {
    report(at, std::move(message));
    return std::nullopt;
  }

  const std::string& path_;
  Diagnostics& diagnostics_;
  std::map<std::string_view, size_t> columns_;
  size_t width_ = 0;  // one past the last column read
  std::set<std::pair<std::string, uint32_t>> seen_;
};

}  // namespace

const std::vector<std::string_view>& key_columns() {
  static const std::vector<std::string_view> columns = {"form",   "position",   "question_id", "type",
                                                        "answer", "points",     "competency",  "level"};
  return columns;
}

std::string format_key_answer(const Answer& answer) {
  if (const auto* choice = std::get_if<ChoiceAnswer>(&answer)) {
    return fmt::format("{}", fmt::join(choice->keys, ";"));
  }
  if (const auto* truth = std::get_if<TrueFalseAnswer>(&answer)) {
    return truth->value ? "true" : "false";
  }
  if (const auto* numeric = std::get_if<NumericAnswer>(&answer)) {
    std::string text = format_number(numeric->value);
    return numeric->tolerance != 0 ? text + ":" + format_number(numeric->tolerance) : text;
  }
  return fmt::format("{}", fmt::join(std::get<TextAnswer>(answer).accepted, "|"));
}

std::optional<Answer> parse_key_answer(QuestionType type, std::string_view text, std::string& reason) {
  switch (type) {
    case QuestionType::single:
    case QuestionType::multiple:
      return parse_letters(type, text, reason);
    case QuestionType::true_false: {
      std::string word = lowercase(trim(text));
      if (word == "true" || word == "false") {
        return TrueFalseAnswer{word == "true"};
      }
      reason = ui_text("exam.key.bad_true_false");
      return std::nullopt;
    }
    case QuestionType::numeric:
      return parse_numeric(text, reason);
    case QuestionType::short_text:
      return parse_texts(text, reason);
  }
  reason = ui_text("exam.key.unknown_type");
  return std::nullopt;
}

std::vector<KeyRow> read_key_csv(std::string_view bytes, const std::string& path, Diagnostics& diagnostics) {
  std::vector<KeyRow> rows;
  KeyReader reader(path, diagnostics);
  if (size_t bad = find_invalid_utf8(bytes); bad != std::string_view::npos) {
    LineColumn at = line_column_at(bytes, bad);
    reader.report(CsvField{"", at.line, at.column}, std::string(ui_text("exam.key.not_utf8")));
    return rows;
  }
  CsvReader csv(bytes);
  std::optional<std::vector<CsvField>> header = csv.next_row();
  if (!header) {
    reader.report(CsvField{"", 1, 1}, std::string(ui_text("exam.key.empty_file")));
    return rows;
  }
  if (!reader.read_header(*header)) {
    return rows;
  }
  while (auto row = csv.next_row()) {
    if (auto key = reader.read_row(*row)) {
      rows.push_back(std::move(*key));
    }
  }
  if (csv.problem()) {
    const CsvProblem& problem = *csv.problem();
    reader.report(CsvField{"", problem.line, problem.column}, problem.message);
  }
  return rows;
}

}  // namespace hocvu
