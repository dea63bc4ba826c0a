// `hocvu simulate responses`: rows of simulated attempts in the three response formats, written
// in chunks. The answer model is in simulate_answers.cpp.
#include "grade/simulate.hpp"

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "grade/simulate_answers.hpp"
#include "text/csv.hpp"

namespace hocvu {

namespace {

constexpr size_t kChunkBytes = 64 * 1024;
constexpr double kNoiseRate = 0.001;

// What is wrong with a malformed row.
enum class Noise { none, unknown_form, field_count, malformed_quoting, unreadable_answer };

// One simulated attempt, before it is written in a format.
struct SimulatedAttempt {
  std::string candidate_id;
  const SimulatedForm* form = nullptr;
  std::vector<std::string> answers;  // by position
  Noise noise = Noise::none;
};

// A form id that is on no form of the key.
std::string unknown_form_id(const GradingKey& key) {
  std::string id = "999";
  for (bool taken = true; taken;) {
    taken = false;
    for (const auto& form : key.forms) {
      taken = taken || form.id == id;
    }
    id += taken ? "9" : "";
  }
  return id;
}

Noise draw_noise(bool enabled, Random& random) {
  if (!enabled || random.unit() >= kNoiseRate) {
    return Noise::none;
  }
  return static_cast<Noise>(1 + random.below(4));
}

// The first position whose answer can be made unreadable; -1 when none can (all short text).
int unreadable_position(const SimulatedForm& form) {
  for (size_t i = 0; i < form.items.size(); ++i) {
    if (!unreadable_answer(form.items[i]).empty()) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

void simulate_attempt(const std::vector<SimulatedForm>& forms, const SimulationOptions& options, uint64_t index,
                      SimulatedAttempt& attempt) {
  Random random(options.seed, index);
  attempt.candidate_id = fmt::format("QH{:06}", index + 1);
  attempt.form = &forms[index % forms.size()];
  simulate_answers(*attempt.form, ability_of(standard_normal(random)), random, attempt.answers);
  attempt.noise = draw_noise(options.noise, random);
  if (attempt.noise == Noise::unreadable_answer) {
    int position = unreadable_position(*attempt.form);
    if (position < 0) {
      attempt.noise = Noise::unknown_form;
    } else {
      attempt.answers[static_cast<size_t>(position)] = unreadable_answer(attempt.form->items[static_cast<size_t>(position)]);
    }
  }
}

// The writers of the three formats: a header, then one attempt at a time.
class RowWriter {
 public:
  RowWriter(const GradingKey& key, const SimulationOptions& options) : options_(options), unknown_form_(unknown_form_id(key)) {}
  virtual ~RowWriter() = default;
  RowWriter(const RowWriter&) = delete;
  RowWriter& operator=(const RowWriter&) = delete;
  virtual void header(std::string& out) = 0;
  virtual void attempt(const SimulatedAttempt& attempt, std::string& out) = 0;

 protected:
  const std::string& form_id(const SimulatedAttempt& attempt) const {
    return attempt.noise == Noise::unknown_form ? unknown_form_ : attempt.form->form->id;
  }
  const SimulationOptions& options_;
  std::string unknown_form_;
};

// Appends an answer field; the malformed one has text after its closing quote ("A"B).
void append_answer(std::string& out, const std::string& answer, bool malformed) {
  if (malformed) {
    out += "\"" + answer + "\"B";
  } else {
    append_answer_field(out, answer);
  }
}

class WideWriter : public RowWriter {
 public:
  WideWriter(const GradingKey& key, const SimulationOptions& options)
      : RowWriter(key, options), columns_(wide_columns(key)) {}
  void header(std::string& out) override { append_wide_header(out, columns_); }
  void attempt(const SimulatedAttempt& attempt, std::string& out) override {
    if (attempt.noise != Noise::field_count && attempt.noise != Noise::malformed_quoting) {
      append_wide_row(out, attempt.candidate_id, form_id(attempt), options_.date, attempt.answers, columns_);
      return;
    }
    out += csv_field(attempt.candidate_id) + "," + csv_field(form_id(attempt)) + "," + csv_field(options_.date);
    size_t columns = attempt.noise == Noise::field_count ? columns_ + 1 : columns_;
    for (size_t i = 0; i < columns; ++i) {
      out += ',';
      if (i < attempt.answers.size()) {
        append_answer(out, attempt.answers[i], i == 0 && attempt.noise == Noise::malformed_quoting);
      }
    }
    out += "\n";
  }

 private:
  size_t columns_ = 0;
};

// One row per question; a malformed attempt spoils its first row only.
class LongWriter : public RowWriter {
 public:
  using RowWriter::RowWriter;
  void header(std::string& out) override { out += "candidate_id,form,question,response,date\n"; }
  void attempt(const SimulatedAttempt& attempt, std::string& out) override {
    std::string good_form = csv_field(attempt.form->form->id);
    for (size_t i = 0; i < attempt.answers.size(); ++i) {
      Noise noise = i == 0 ? attempt.noise : Noise::none;
      out += csv_field(attempt.candidate_id) + "," + (noise == Noise::unknown_form ? csv_field(unknown_form_) : good_form);
      out += "," + std::to_string(i + 1) + ",";
      append_answer(out, attempt.answers[i], noise == Noise::malformed_quoting);
      out += noise == Noise::field_count ? "\n" : "," + csv_field(options_.date) + "\n";
    }
  }
};

// JSON string text: quotes, backslashes and control characters escaped.
void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    } else {
      out += c;
    }
  }
  out += '"';
}

// JSON Lines: wrong field counts and quoting do not exist; both become a line cut in half.
class JsonLinesWriter : public RowWriter {
 public:
  using RowWriter::RowWriter;
  void header(std::string&) override {}
  void attempt(const SimulatedAttempt& attempt, std::string& out) override {
    size_t start = out.size();
    out += "{\"candidate_id\":";
    append_json_string(out, attempt.candidate_id);
    out += ",\"form\":";
    append_json_string(out, form_id(attempt));
    out += ",\"date\":";
    append_json_string(out, options_.date);
    out += ",\"responses\":{";
    bool first = true;
    for (size_t i = 0; i < attempt.answers.size(); ++i) {
      if (!attempt.answers[i].empty()) {
        out += first ? "\"" : ",\"";
        out += std::to_string(i + 1) + "\":";
        append_json_string(out, attempt.answers[i]);
        first = false;
      }
    }
    out += "}}";
    if (attempt.noise == Noise::field_count || attempt.noise == Noise::malformed_quoting) {
      out.resize(start + (out.size() - start) / 2);
    }
    out += "\n";
  }
};

std::unique_ptr<RowWriter> row_writer(const GradingKey& key, const SimulationOptions& options) {
  switch (options.format) {
    case ResponseFormat::long_rows: return std::make_unique<LongWriter>(key, options);
    case ResponseFormat::jsonl: return std::make_unique<JsonLinesWriter>(key, options);
    case ResponseFormat::detect:
    case ResponseFormat::wide: break;
  }
  return std::make_unique<WideWriter>(key, options);
}

}  // namespace

std::vector<SimulatedForm> prepare_simulated_forms(const GradingKey& key) {
  std::vector<SimulatedForm> forms;
  for (const auto& form : key.forms) {
    SimulatedForm simulated{&form, {}};
    for (const auto& item : form.items) {
      simulated.items.push_back(prepare_simulated_item(item));
    }
    forms.push_back(std::move(simulated));
  }
  return forms;
}

void simulate_answers(const SimulatedForm& form, const Ability& ability, Random& random,
                      std::vector<std::string>& answers) {
  answers.clear();
  for (const auto& item : form.items) {
    answers.push_back(simulated_answer(item, ability, random));
  }
}

size_t wide_columns(const GradingKey& key) {
  size_t columns = 0;
  for (const auto& form : key.forms) {
    columns = std::max(columns, form.items.size());
  }
  return columns;
}

void append_wide_header(std::string& out, size_t columns) {
  out += "candidate_id,form,date";
  for (size_t position = 1; position <= columns; ++position) {
    out += "," + std::to_string(position);
  }
  out += "\n";
}

void append_answer_field(std::string& out, const std::string& answer) {
  if (answer.find_first_of(",\"\r\n=+-@\t") == std::string::npos) {
    out += answer;
  } else {
    out += csv_field(answer);
  }
}

void append_wide_row(std::string& out, std::string_view candidate, std::string_view form, std::string_view date,
                     const std::vector<std::string>& answers, size_t columns) {
  out += csv_field(candidate) + "," + csv_field(form) + "," + csv_field(date);
  for (size_t i = 0; i < columns; ++i) {
    out += ',';
    if (i < answers.size()) {
      append_answer_field(out, answers[i]);
    }
  }
  out += "\n";
}

void simulate_responses(const GradingKey& key, const SimulationOptions& options,
                        const std::function<void(std::string_view)>& write) {
  std::unique_ptr<RowWriter> writer = row_writer(key, options);
  std::string chunk;
  chunk.reserve(kChunkBytes * 2);
  writer->header(chunk);
  std::vector<SimulatedForm> forms = prepare_simulated_forms(key);
  SimulatedAttempt attempt;
  for (uint64_t index = 0; index < options.candidates && !forms.empty(); ++index) {
    simulate_attempt(forms, options, index, attempt);
    writer->attempt(attempt, chunk);
    if (chunk.size() >= kChunkBytes) {
      write(chunk);
      chunk.clear();
    }
  }
  if (!chunk.empty()) {
    write(chunk);
  }
}

}  // namespace hocvu
