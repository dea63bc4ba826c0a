// Long rows: one answer a row; the consecutive rows of one candidate, form and date are one
// attempt, held across batches until a row of another attempt (or the end) closes it.
#include <fmt/format.h>

#include "grade/reader_state.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

namespace {

bool continues_open(const ReaderCore& core, std::string_view candidate, const KeyForm& form, std::string_view date) {
  return core.has_open && core.open.candidate_id == candidate && core.open.form == form.id && core.open.date == date;
}

void open_attempt(ReaderCore& core, const RowPlace& row, std::string_view candidate, const KeyForm& form,
                  std::string_view date) {
  close_long_attempt(core);
  Attempt& open = core.open;
  open.source = core.source;
  open.line = row.line;
  open.candidate_id.assign(candidate);
  open.form.assign(form.id);
  open.date.assign(date);
  open.rows = 0;
  open.raw.clear();
  size_answers(open, form.items.size());
  core.open_given.assign(form.items.size(), false);
  core.has_open = true;
}

}  // namespace

void close_long_attempt(ReaderCore& core) {
  if (!core.has_open) return;
  Attempt& attempt = core.sink.add_attempt(core.source, core.open.line);
  std::swap(attempt, core.open);  // the batch's spare object, with its capacity, becomes the next open one
  core.has_open = false;
}

void read_long_row(ReaderCore& core, const RowPlace& row) {
  const Layout& layout = core.layout;
  const std::vector<std::string_view>& fields = core.fields;
  if (fields.size() != layout.names.size()) {
    return core.reject(row, RejectReason::field_count,
                       ui_format("grade.long.field_count", fmt::arg("fields", fields.size()),
                                 fmt::arg("columns", layout.names.size())));
  }
  auto field = [&](int column) { return column >= 0 ? fields[static_cast<size_t>(column)] : std::string_view(); };
  std::string_view candidate = field(layout.candidate);
  if (candidate.empty()) return core.reject(row, RejectReason::missing_candidate, std::string(ui_text("grade.reject.no_candidate")));
  std::string_view form_id = layout.form >= 0 ? field(layout.form) : std::string_view(layout.default_form);
  uint32_t form = core.find_form(form_id);
  if (form == KeyIndex::kNone) return core.reject(row, RejectReason::unknown_form, core.unknown_form_message(form_id));
  const KeyForm& key_form = core.keys.form_at(form);
  std::string_view question = field(layout.question);
  uint32_t index = core.keys.question(form, question);
  if (index == KeyIndex::kNone) {
    return core.reject(row, RejectReason::unknown_question,
                       ui_format("grade.reject.question_not_on_form", fmt::arg("question", shorten(question)),
                                 fmt::arg("form", key_form.id), fmt::arg("count", key_form.items.size())));
  }
  std::string_view date = field(layout.date);
  if (!continues_open(core, candidate, key_form, date)) open_attempt(core, row, candidate, key_form, date);
  if (core.open_given[index]) {
    return core.reject(row, RejectReason::repeated_answer,
                       ui_format("grade.long.answered_before", fmt::arg("position", index + 1), fmt::arg("form", key_form.id)));
  }
  core.open_given[index] = true;
  core.open.answers[index].assign(field(layout.response));
  if (core.open.rows > 0) core.open.raw += '\n';  // the attempt's rows, joined, for rejects.csv
  core.open.raw.append(row.raw);
  ++core.open.rows;
}

}  // namespace hocvu
