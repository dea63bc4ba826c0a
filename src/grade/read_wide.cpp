// Wide rows: one attempt a row, answers in columns by position or question id.
#include <fmt/format.h>

#include "grade/reader_state.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

namespace {

bool repeats_header(const ReaderCore& core) {
  const Layout& layout = core.layout;
  for (size_t i = 0; i < layout.names.size(); ++i) {
    if (core.fields[i] != layout.names[i]) return false;
  }
  return true;
}

std::string field_count_message(size_t fields, size_t columns) {
  // Not ui_plural: tests/i18n/check_message_ids.py would take its base key for a key of its own.
  return ui_format(fields == 1 ? "grade.wide.field_count_one" : "grade.wide.field_count_other", fmt::arg("count", fields),
                   fmt::arg("columns", columns));
}

std::string unplaced_message(const Layout::AnswerColumn& column, const KeyForm& form,
                             std::string_view value) {
  if (!column.on_any_form) {
    return ui_format("grade.wide.column_unknown", fmt::arg("column", shorten(column.question)),
                     fmt::arg("answer", shorten(value)));
  }
  uint32_t position = parse_position(column.question);
  if (position > 0) {
    return ui_format("grade.wide.position_beyond", fmt::arg("answer", shorten(value)), fmt::arg("position", position),
                     fmt::arg("form", form.id), fmt::arg("count", form.items.size()));
  }
  return ui_format("grade.wide.question_not_on_form", fmt::arg("question", column.question), fmt::arg("form", form.id),
                   fmt::arg("answer", shorten(value)));
}

}  // namespace

void read_wide_row(ReaderCore& core, const RowPlace& row) {
  const Layout& layout = core.layout;
  const std::vector<std::string_view>& fields = core.fields;
  if (fields.size() != layout.names.size()) {
    return core.reject(row, RejectReason::field_count, field_count_message(fields.size(), layout.names.size()));
  }
  std::string_view candidate = fields[static_cast<size_t>(layout.candidate)];
  if (candidate.empty()) return core.reject(row, RejectReason::missing_candidate, std::string(ui_text("grade.reject.no_candidate")));
  std::string_view form_id = layout.form >= 0 ? fields[static_cast<size_t>(layout.form)] : layout.default_form;
  uint32_t form = core.find_form(form_id);
  if (form == KeyIndex::kNone) {
    if (repeats_header(core)) {
      return core.reject(row, RejectReason::not_responses, std::string(ui_text("grade.wide.repeated_header")));
    }
    return core.reject(row, RejectReason::unknown_form, core.unknown_form_message(form_id));
  }
  const KeyForm& key_form = core.keys.form_at(form);
  Attempt& attempt = core.sink.add_attempt(core.source, row.line);
  attempt.raw.assign(row.raw);  // for rejects.csv, should grading find an unreadable answer
  size_answers(attempt, key_form.items.size());
  const std::vector<uint32_t>& targets = layout.targets[form];
  for (size_t k = 0; k < layout.answers.size(); ++k) {
    std::string_view value = fields[layout.answers[k].column];
    if (value.empty()) continue;
    uint32_t index = targets[k];
    if (index == KeyIndex::kNone) {
      core.sink.cancel_attempt();
      return core.reject(row, RejectReason::unknown_question, unplaced_message(layout.answers[k], key_form, value));
    }
    if (!attempt.answers[index].empty()) {
      core.sink.cancel_attempt();
      return core.reject(row, RejectReason::repeated_answer,
                         ui_format("grade.wide.two_columns", fmt::arg("position", index + 1), fmt::arg("form", key_form.id)));
    }
    std::string& answer = attempt.answers[index];  // blank, with room for short answers
    if (value.size() == 1) {
      answer.push_back(value[0]);  // inlined, unlike assign and append: most answers are one letter
    } else {
      answer.append(value);
    }
  }
  attempt.candidate_id.assign(candidate);
  attempt.form.assign(key_form.id);
  if (layout.date >= 0) attempt.date.assign(fields[static_cast<size_t>(layout.date)]);
}

}  // namespace hocvu
