// The shard state of a GradeTally: writing it (serialize) and reading it back (merge_serialized).
// A state file comes from another machine: everything in it is checked before it is added.
#include <fmt/format.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

#include "grade/form_tally.hpp"
#include "grade/tally.hpp"
#include "i18n/interface.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kFormat = "hocvu grade state";
constexpr int kVersion = 1;

Json layout_json(const ItemLayout& item) {
  Json json;
  json["question"] = item.question_id;
  json["dropped"] = item.dropped;
  json["levels"] = item.levels;
  json["options"] = item.options;
  return json;
}

Json bucket_json(const FormTally& form, size_t bucket) {
  const uint64_t* row = form.row(bucket);
  Json json;
  json["total"] = form.bucket_total(bucket);
  json["attempts"] = row[0];
  json["marks"] = std::vector<uint64_t>(row + 1, row + 1 + form.mark_width());
  json["chosen"] = std::vector<uint64_t>(row + 1 + form.mark_width(), row + form.row_width());
  return json;
}

Json form_json(const FormTally& form) {
  Json json;
  json["items"] = Json::array();
  for (const ItemLayout& item : form.layout()) {
    json["items"].push_back(layout_json(item));
  }
  json["attempts"] = form.attempts;
  json["passed"] = form.passed;
  json["omitted"] = form.omitted;
  json["invalid"] = form.invalid;
  json["buckets"] = Json::array();
  for (size_t bucket : form.sorted_buckets()) {
    json["buckets"].push_back(bucket_json(form, bucket));
  }
  return json;
}

std::string units_list(const std::vector<Units>& levels) {
  return "[" + fmt::format("{}", fmt::join(levels, ",")) + "]";
}

// Reading: each function returns the problem in plain words, or nothing.
using Problem = std::optional<std::string>;

const Json* member(const Json& object, const char* name) {
  if (!object.is_object()) {
    return nullptr;
  }
  auto found = object.find(name);
  return found != object.end() ? &*found : nullptr;
}

Problem read_count(const Json* value, const std::string& what, uint64_t& count) {
  if (value == nullptr || !value->is_number_unsigned()) {
    return ui_format("merge.state.not_count", fmt::arg("what", what));
  }
  count = value->get<uint64_t>();
  return std::nullopt;
}

Problem read_counts(const Json* value, const std::string& what, size_t size, std::vector<uint64_t>& counts) {
  if (value == nullptr || !value->is_array() || value->size() != size) {
    return ui_format("merge.state.not_counts", fmt::arg("what", what), fmt::arg("count", size));
  }
  counts.assign(size, 0);
  for (size_t i = 0; i < size; ++i) {
    if (Problem problem = read_count(&(*value)[i], what + " " + std::to_string(i + 1), counts[i])) {
      return problem;
    }
  }
  return std::nullopt;
}

Problem read_total(const Json* value, const std::string& what, Units& total) {
  if (value != nullptr && value->is_number_integer() && !value->is_number_unsigned()) {
    total = value->get<int64_t>();
    return std::nullopt;
  }
  if (value != nullptr && value->is_number_unsigned() &&
      value->get<uint64_t>() <= static_cast<uint64_t>(std::numeric_limits<Units>::max())) {
    total = static_cast<Units>(value->get<uint64_t>());
    return std::nullopt;
  }
  return ui_format("merge.state.not_units", fmt::arg("what", what));
}

Problem compare_item(const Json& json, const ItemLayout& key, const std::string& where) {
  const Json* question = member(json, "question");
  const Json* dropped = member(json, "dropped");
  const Json* levels = member(json, "levels");
  const Json* options = member(json, "options");
  if (question == nullptr || !question->is_string() || dropped == nullptr || !dropped->is_boolean() ||
      levels == nullptr || !levels->is_array() || options == nullptr || !options->is_number_unsigned()) {
    return ui_format("merge.state.item_shape", fmt::arg("where", where));
  }
  if (question->get<std::string>() != key.question_id) {
    return ui_format("merge.state.question_differs", fmt::arg("where", where),
                     fmt::arg("state", question->get<std::string>()), fmt::arg("key", key.question_id));
  }
  if (dropped->get<bool>() != key.dropped) {
    return ui_format(key.dropped ? "merge.state.dropped_in_key" : "merge.state.dropped_in_state", fmt::arg("where", where),
                     fmt::arg("id", key.question_id));
  }
  std::vector<Units> state_levels;
  for (size_t k = 0; k < levels->size(); ++k) {
    Units level = 0;
    if (Problem problem = read_total(&(*levels)[k], where + " mark", level)) {
      return problem;
    }
    state_levels.push_back(level);
  }
  if (state_levels != key.levels) {
    return ui_format("merge.state.marks_differ", fmt::arg("where", where), fmt::arg("id", key.question_id),
                     fmt::arg("state", units_list(state_levels)), fmt::arg("key", units_list(key.levels)));
  }
  if (options->get<uint64_t>() != key.options) {
    return ui_format("merge.state.options_differ", fmt::arg("where", where), fmt::arg("id", key.question_id),
                     fmt::arg("state", options->get<uint64_t>()), fmt::arg("key", key.options));
  }
  return std::nullopt;
}

Problem compare_layout(const Json& form, const FormTally& key, const std::string& where) {
  const Json* items = member(form, "items");
  if (items == nullptr || !items->is_array()) {
    return ui_format("merge.state.no_items", fmt::arg("where", where));
  }
  if (items->size() != key.layout().size()) {
    return ui_format("merge.state.question_count", fmt::arg("where", where), fmt::arg("state", items->size()),
                     fmt::arg("key", key.layout().size()));
  }
  for (size_t j = 0; j < items->size(); ++j) {
    if (Problem problem = compare_item((*items)[j], key.layout()[j], ui_format("merge.state.at_position", fmt::arg("where", where), fmt::arg("position", j + 1)))) {
      return problem;
    }
  }
  return std::nullopt;
}

// The marks of each counted item add up to the bucket's attempts; no option is chosen more often.
Problem check_row(const FormTally& form, const uint64_t* row, const std::string& where) {
  for (const ItemLayout& item : form.layout()) {
    if (item.dropped) {
      continue;
    }
    uint64_t sum = 0;
    for (size_t k = 0; k < item.levels.size(); ++k) {
      const uint64_t count = row[1 + item.level_offset + k];
      if (count > row[0] - sum) {
        return ui_format("merge.state.more_marks", fmt::arg("where", where), fmt::arg("id", item.question_id));
      }
      sum += count;
    }
    if (!item.levels.empty() && sum != row[0]) {
      return ui_format("merge.state.marks_sum", fmt::arg("where", where), fmt::arg("id", item.question_id),
                       fmt::arg("sum", sum), fmt::arg("attempts", row[0]));
    }
    for (size_t o = 0; o < item.options; ++o) {
      if (row[1 + form.mark_width() + item.option_offset + o] > row[0]) {
        return ui_format("merge.state.option_chosen", fmt::arg("where", where), fmt::arg("id", item.question_id));
      }
    }
  }
  return std::nullopt;
}

Problem read_bucket(const Json& json, FormTally& form, const std::string& where) {
  Units total = 0;
  uint64_t attempts = 0;
  std::vector<uint64_t> marks;
  std::vector<uint64_t> chosen;
  Problem problem = read_total(member(json, "total"), where + " total", total);
  if (!problem) problem = read_count(member(json, "attempts"), where + " attempts", attempts);
  if (!problem) problem = read_counts(member(json, "marks"), where + " marks", form.mark_width(), marks);
  if (!problem) problem = read_counts(member(json, "chosen"), where + " chosen", form.option_width(), chosen);
  if (problem) {
    return problem;
  }
  const std::string at = ui_format("merge.state.at_total", fmt::arg("where", where), fmt::arg("total", total));
  if (attempts == 0) {
    return ui_format("merge.state.no_attempts", fmt::arg("where", at));
  }
  const size_t buckets_before = form.bucket_count();
  uint64_t* row = form.row_for(total);
  if (form.bucket_count() == buckets_before) {
    return ui_format("merge.state.repeated_total", fmt::arg("where", at));
  }
  row[0] = attempts;
  std::copy(marks.begin(), marks.end(), row + 1);
  std::copy(chosen.begin(), chosen.end(), row + 1 + form.mark_width());
  return check_row(form, row, at);
}

Problem read_item_counts(const Json& json, FormTally& form, const std::string& where) {
  const size_t items = form.layout().size();
  Problem problem = read_count(member(json, "attempts"), where + " attempts", form.attempts);
  if (!problem) problem = read_count(member(json, "passed"), where + " passed", form.passed);
  if (!problem) problem = read_counts(member(json, "omitted"), where + " omitted", items, form.omitted);
  if (!problem) problem = read_counts(member(json, "invalid"), where + " invalid", items, form.invalid);
  if (problem) {
    return problem;
  }
  if (form.passed > form.attempts) {
    return ui_format("merge.state.passed", fmt::arg("where", where), fmt::arg("passed", form.passed),
                     fmt::arg("attempts", form.attempts));
  }
  for (size_t j = 0; j < items; ++j) {
    if (form.omitted[j] > form.attempts || form.invalid[j] > form.attempts - form.omitted[j]) {
      return ui_format("merge.state.omitted", fmt::arg("where", where), fmt::arg("position", j + 1));
    }
  }
  return std::nullopt;
}

Problem read_form(const Json& json, FormTally& form, const std::string& where) {
  if (Problem problem = compare_layout(json, form, where)) {
    return problem;
  }
  if (Problem problem = read_item_counts(json, form, where)) {
    return problem;
  }
  const Json* buckets = member(json, "buckets");
  if (buckets == nullptr || !buckets->is_array()) {
    return ui_format("merge.state.no_buckets", fmt::arg("where", where));
  }
  uint64_t attempts = 0;
  for (size_t b = 0; b < buckets->size(); ++b) {
    const std::string at = ui_format("merge.state.at_bucket", fmt::arg("where", where), fmt::arg("bucket", b + 1));
    if (Problem problem = read_bucket((*buckets)[b], form, at)) {
      return problem;
    }
    const uint64_t bucket_attempts = form.row(form.bucket_count() - 1)[0];
    if (bucket_attempts > form.attempts - attempts) {
      return ui_format("merge.state.buckets_more", fmt::arg("where", where), fmt::arg("attempts", form.attempts));
    }
    attempts += bucket_attempts;
  }
  if (attempts != form.attempts) {
    return ui_format("merge.state.buckets_sum", fmt::arg("where", where), fmt::arg("sum", attempts),
                     fmt::arg("attempts", form.attempts));
  }
  return std::nullopt;
}

Problem read_header(const Json& state) {
  const Json* format = member(state, "format");
  const Json* version = member(state, "version");
  if (format == nullptr || *format != kFormat) {
    return ui_format("merge.state.not_state", fmt::arg("format", kFormat));
  }
  if (version == nullptr || *version != kVersion) {
    return ui_format("merge.state.version", fmt::arg("version", version != nullptr ? version->dump() : std::string(ui_text("merge.state.none"))),
                     fmt::arg("expected", kVersion));
  }
  return std::nullopt;
}

Problem read_competencies(const Json* json, std::vector<uint64_t>& measured, std::vector<uint64_t>& mastered) {
  if (json == nullptr || !json->is_object()) {
    return std::string(ui_text("merge.state.no_competencies"));
  }
  const size_t count = measured.size();
  Problem problem = read_counts(member(*json, "measured"), "competencies measured", count, measured);
  if (!problem) problem = read_counts(member(*json, "mastered"), "competencies mastered", count, mastered);
  for (size_t c = 0; c < count && !problem; ++c) {
    if (mastered[c] > measured[c]) {
      problem = ui_format("merge.state.mastered", fmt::arg("competency", c + 1), fmt::arg("mastered", mastered[c]),
                          fmt::arg("measured", measured[c]));
    }
  }
  return problem;
}

// Fills the zero counts of `forms`, `measured` and `mastered` (the key's layout) from `state`.
Problem read_state(const Json& state, std::vector<std::unique_ptr<FormTally>>& forms,
                   std::vector<uint64_t>& measured, std::vector<uint64_t>& mastered) {
  const Json* json_forms = member(state, "forms");
  if (json_forms == nullptr || !json_forms->is_array()) {
    return std::string(ui_text("merge.state.no_forms"));
  }
  if (json_forms->size() != forms.size()) {
    return ui_format("merge.state.form_count", fmt::arg("state", json_forms->size()), fmt::arg("key", forms.size()));
  }
  for (size_t f = 0; f < forms.size(); ++f) {
    if (Problem problem = read_form((*json_forms)[f], *forms[f], ui_format("merge.state.form_of", fmt::arg("form", f + 1), fmt::arg("count", forms.size())))) {
      return problem;
    }
  }
  return read_competencies(member(state, "competencies"), measured, mastered);
}

}  // namespace

std::string GradeTally::serialize() const {
  Json state;
  state["format"] = kFormat;
  state["version"] = kVersion;
  state["forms"] = Json::array();
  for (const auto& form : forms_) {
    state["forms"].push_back(form_json(*form));
  }
  state["competencies"]["measured"] = measured_;
  state["competencies"]["mastered"] = mastered_;
  return state.dump() + "\n";
}

bool GradeTally::merge_serialized(std::string_view text, const std::string& path, Diagnostics& diagnostics) {
  auto report = [&](const std::string& message) {
    diagnostics.push_back(Diagnostic{Rule::grade_state, Location{path, 0, 0}, message,
                                     std::string(ui_text("merge.state.hint"))});
    return false;
  };
  const Json state = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (state.is_discarded()) {
    return report(std::string(ui_text("merge.state.not_json")));
  }
  if (Problem problem = read_header(state)) {
    return report(*problem);
  }
  GradeTally parsed = empty_copy();
  if (Problem problem = read_state(state, parsed.forms_, parsed.measured_, parsed.mastered_)) {
    return report(*problem);
  }
  if (!add_checked(parsed)) {
    return report(std::string(ui_text("merge.state.overflow")));
  }
  return true;
}

}  // namespace hocvu
