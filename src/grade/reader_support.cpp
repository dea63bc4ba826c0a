// What the response readers share: the key's index, the batch being filled, a row's form.
#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "grade/reader_state.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

KeyIndex::KeyIndex(const GradingKey& key) : key_(key), questions_(key.forms.size()) {
  for (uint32_t f = 0; f < key.forms.size(); ++f) {
    const KeyForm& form = key.forms[f];
    forms_.emplace(form.id, f);
    for (uint32_t i = 0; i < form.items.size(); ++i) {
      questions_[f].emplace(form.items[i].question_id, i);
      any_form_.insert(form.items[i].question_id);
    }
  }
}

uint32_t KeyIndex::form(std::string_view id) const {
  auto found = forms_.find(id);
  return found == forms_.end() ? kNone : found->second;
}

uint32_t KeyIndex::question(uint32_t form, std::string_view question) const {
  if (uint32_t position = parse_position(question); position > 0) {
    return position <= key_.forms[form].items.size() ? position - 1 : kNone;
  }
  auto found = questions_[form].find(question);
  return found == questions_[form].end() ? kNone : found->second;
}

std::string KeyIndex::known_forms() const {
  constexpr size_t kListed = 5;
  std::string list;
  for (size_t f = 0; f < key_.forms.size() && f < kListed; ++f) {
    list += (f == 0 ? "" : ", ") + key_.forms[f].id;
  }
  if (key_.forms.size() > kListed) list += fmt::format(" and {} more", key_.forms.size() - kListed);
  return list;
}

uint32_t parse_position(std::string_view text) {
  if (text.empty() || text.size() > 9) return 0;
  uint32_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + static_cast<uint32_t>(c - '0');
  }
  return value;
}

void BatchSink::start(ResponseBatch& batch) {
  batch_ = &batch;
  used_ = 0;
  batch.rejects.clear();
  batch.rows = 0;
}

Attempt& BatchSink::add_attempt(uint32_t source, uint64_t line) {
  std::vector<Attempt>& attempts = batch_->attempts;
  if (used_ == attempts.size()) {
    if (spare_.empty()) {
      attempts.emplace_back();
    } else {
      attempts.push_back(std::move(spare_.back()));
      spare_.pop_back();
    }
  }
  Attempt& attempt = attempts[used_++];
  attempt.source = source;
  attempt.line = line;
  attempt.candidate_id.clear();
  attempt.form.clear();
  attempt.date.clear();
  attempt.rows = 1;
  return attempt;
}

void BatchSink::cancel_attempt() { --used_; }

void BatchSink::reject(uint32_t source, uint64_t line, RejectReason reason, std::string message, std::string_view raw) {
  Reject& reject = batch_->rejects.emplace_back();
  reject.source = source;
  reject.line = line;
  reject.reason = reason;
  reject.message = std::move(message);
  reject.raw.assign(raw);
}

// Attempts past the ones used go to the spares with their capacity, for the next batch.
void BatchSink::finish() {
  std::vector<Attempt>& attempts = batch_->attempts;
  for (size_t i = used_; i < attempts.size(); ++i) spare_.push_back(std::move(attempts[i]));
  attempts.resize(used_);
  uint64_t rows = batch_->rejects.size();
  for (const Attempt& attempt : attempts) rows += attempt.rows;
  batch_->rows = rows;
}

namespace {

bool is_single_byte(InputEncoding encoding) {
  return encoding == InputEncoding::windows1258 || encoding == InputEncoding::tcvn3 || encoding == InputEncoding::vni;
}

}  // namespace

ReaderCore::ReaderCore(const std::string& path, uint32_t source_, const GradingKey& key, const ReaderOptions& options_)
    : source(source_),
      options(options_),
      keys(key),
      input(path, options_.encoding),
      splitter(input, options_.max_row_bytes),
      format(options_.format) {
  if (is_single_byte(options.encoding)) legacy.emplace(options.encoding);
}

uint32_t ReaderCore::find_form(std::string_view id) {
  if (last_form != KeyIndex::kNone && id == last_form_text) return last_form;
  uint32_t form = keys.form(id);
  if (form != KeyIndex::kNone) {
    last_form = form;
    last_form_text.assign(id);
  }
  return form;
}

std::string ReaderCore::unknown_form_message(std::string_view form) const {
  if (form.empty()) return ui_format("grade.reject.form_empty", fmt::arg("forms", keys.known_forms()));
  return ui_format("grade.reject.form_unknown", fmt::arg("form", shorten(form)), fmt::arg("forms", keys.known_forms()));
}

std::string shorten(std::string_view text) {
  constexpr size_t kShown = 40;
  if (text.size() <= kShown) return std::string(text);
  size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(text.substr(0, cut)) + "…";
}

void size_answers(Attempt& attempt, size_t count) {
  attempt.answers.resize(count);
  for (std::string& answer : attempt.answers) answer.clear();
}

}  // namespace hocvu
