// The header line of a CSV response file: its separator, its format (wide or long) and what
// each column holds.
#include <fmt/format.h>

#include "grade/reader_state.hpp"
#include "grade/row_fields.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

namespace {

enum class Role { candidate, form, date, question, response, answer };

std::string lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// Column names, in any case; the Vietnamese ones as the platform's exports write them.
Role role_of(std::string_view name) {
  std::string lower = lowercase(name);
  if (lower == "candidate_id" || lower == "candidate" || lower == "ma_thi_sinh") return Role::candidate;
  if (lower == "form" || lower == "form_id" || lower == "ma_de") return Role::form;
  if (lower == "date" || lower == "ngay" || lower == "ngay_thi") return Role::date;
  if (lower == "question" || lower == "question_id" || lower == "cau_hoi") return Role::question;
  if (lower == "response" || lower == "answer" || lower == "tra_loi") return Role::response;
  return Role::answer;
}

int* column_of(Layout& layout, Role role) {
  switch (role) {
    case Role::candidate: return &layout.candidate;
    case Role::form: return &layout.form;
    case Role::date: return &layout.date;
    case Role::question: return &layout.question;
    case Role::response: return &layout.response;
    case Role::answer: return nullptr;
  }
  return nullptr;
}

void not_responses(ReaderCore& core, const RowPlace& row, const std::string& why) {
  core.reject(row, RejectReason::not_responses, ui_format("grade.header.expected", fmt::arg("reason", why)));
  core.not_responses = ui_format("grade.header.not_responses", fmt::arg("line", row.line));
}

// Roles of the named columns; false (with `why`) when one is named twice.
bool assign_roles(Layout& layout, const std::vector<std::string_view>& fields, std::string& why) {
  layout.names.assign(fields.begin(), fields.end());
  for (size_t i = 0; i < fields.size(); ++i) {
    int* column = column_of(layout, role_of(fields[i]));
    if (column == nullptr) continue;
    if (*column != Layout::kAbsent) {
      why = ui_format("grade.header.column_twice", fmt::arg("first", *column + 1), fmt::arg("second", i + 1),
                      fmt::arg("name", shorten(fields[i])));
      return false;
    }
    *column = static_cast<int>(i);
  }
  return true;
}

// Wide: every column that is not an id, form or date is an answer, by position or question id.
void plan_answers(Layout& layout, const KeyIndex& keys) {
  for (size_t i = 0; i < layout.names.size(); ++i) {
    int column = static_cast<int>(i);
    if (column == layout.candidate || column == layout.form || column == layout.date) continue;
    Layout::AnswerColumn answer;
    answer.column = i;
    answer.question = layout.names[i];
    answer.on_any_form = parse_position(answer.question) > 0 || keys.on_any_form(answer.question);
    layout.answers.push_back(std::move(answer));
  }
  layout.targets.assign(keys.form_count(), {});
  for (uint32_t f = 0; f < keys.form_count(); ++f) {
    for (const Layout::AnswerColumn& answer : layout.answers) layout.targets[f].push_back(keys.question(f, answer.question));
  }
}

ResponseFormat format_of(const ReaderCore& core) {
  if (core.format != ResponseFormat::detect) return core.format;
  const Layout& layout = core.layout;
  bool long_rows = layout.question != Layout::kAbsent && layout.response != Layout::kAbsent;
  return long_rows ? ResponseFormat::long_rows : ResponseFormat::wide;
}

}  // namespace

void read_header(ReaderCore& core, const RowPlace& row, std::string_view text, bool quoted) {
  Layout& layout = core.layout;
  layout.separator = core.options.separator != 0 ? core.options.separator : detect_separator(text);
  core.splitter.set_mode(SplitMode::csv, layout.separator);
  cut_fields(text, layout.separator, quoted, core.fields, core.unquoted);
  std::string why;
  if (!assign_roles(layout, core.fields, why)) return not_responses(core, row, why);
  if (layout.candidate == Layout::kAbsent) return not_responses(core, row, std::string(ui_text("grade.header.no_candidate")));
  ResponseFormat format = format_of(core);
  if (format == ResponseFormat::long_rows && (layout.question == Layout::kAbsent || layout.response == Layout::kAbsent)) {
    return not_responses(core, row, std::string(ui_text("grade.header.long_columns")));
  }
  if (layout.form == Layout::kAbsent) {
    if (core.keys.form_count() != 1) {
      return not_responses(core, row, ui_format("grade.header.no_form", fmt::arg("count", core.keys.form_count())));
    }
    layout.default_form = core.keys.form_at(0).id;
  }
  core.format = format;
  if (format == ResponseFormat::wide) plan_answers(layout, core.keys);
}

}  // namespace hocvu
