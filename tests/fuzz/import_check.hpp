#pragma once
// What the import fuzz targets check on any input: questions read are whole (a type, an answer of
// that type, options a, b, ... for choice questions whose keys name them), and the bank written
// from them is NFC UTF-8 that our YAML composer reads back with the same questions.
#include <string>
#include <variant>

#include "check.hpp"
#include "import/bank_yaml_writer.hpp"
#include "import/finish_import.hpp"
#include "model/field_reader.hpp"
#include "model/load.hpp"
#include "text/unicode.hpp"
#include "yaml/compose.hpp"

namespace hocvu::fuzz {

inline void check_imported_question(const Question& q) {
  HOCVU_FUZZ_CHECK(q.type && q.answer);
  HOCVU_FUZZ_CHECK(is_valid_id(q.id.value));
  bool choice = q.type == QuestionType::single || q.type == QuestionType::multiple;
  HOCVU_FUZZ_CHECK(choice == std::holds_alternative<ChoiceAnswer>(*q.answer));
  HOCVU_FUZZ_CHECK((q.type == QuestionType::true_false) == std::holds_alternative<TrueFalseAnswer>(*q.answer));
  HOCVU_FUZZ_CHECK((q.type == QuestionType::numeric) == std::holds_alternative<NumericAnswer>(*q.answer));
  HOCVU_FUZZ_CHECK((q.type == QuestionType::short_text) == std::holds_alternative<TextAnswer>(*q.answer));
  if (choice) {
    HOCVU_FUZZ_CHECK(q.options.size() >= 2 && q.options.size() <= 26);
    for (size_t i = 0; i < q.options.size(); ++i) HOCVU_FUZZ_CHECK(q.options[i].key.value == std::string(1, static_cast<char>('a' + i)));
    const auto& keys = std::get<ChoiceAnswer>(*q.answer).keys;
    HOCVU_FUZZ_CHECK(!keys.empty() && (q.type == QuestionType::multiple || keys.size() == 1));
    for (const auto& key : keys) HOCVU_FUZZ_CHECK(key.size() == 1 && key[0] >= 'a' && static_cast<size_t>(key[0] - 'a') < q.options.size());
  }
  if (q.type == QuestionType::short_text) HOCVU_FUZZ_CHECK(!std::get<TextAnswer>(*q.answer).accepted.empty());
}

// Maps the reading to a bank, writes it, and reads the YAML back.
inline void check_import(ImportReading&& reading, const std::string& file) {
  check_findings(reading.diagnostics, [&](const std::string& name) { return name == file; }, 1);
  ImportSettings settings;
  settings.file = file;
  settings.format_name = "fuzz";
  settings.source_name = file;
  settings.bank_id = "fuzz";
  settings.framework = "fw";
  settings.competency = "1.1";
  settings.level = "CB";
  ImportedBank bank = finish_import(std::move(reading), settings);
  check_findings(bank.diagnostics, [&](const std::string& name) { return name == file; }, 1);
  for (const auto& question : bank.bank.questions) check_imported_question(question);
  std::string yaml = render_bank_yaml(bank.bank, {"fuzz"});
  HOCVU_FUZZ_CHECK(find_invalid_utf8(yaml) == std::string::npos);
  HOCVU_FUZZ_CHECK(is_nfc(yaml));
  Diagnostics composed;
  Document document = compose_yaml(yaml, "bank.yaml", ComposeLimits{}, composed);
  HOCVU_FUZZ_CHECK(composed.empty() && document.has_root());
  Diagnostics loaded_findings;
  FileContext context{document, "bank.yaml", 0, loaded_findings};
  LoadedDocument loaded = load_document(context);
  HOCVU_FUZZ_CHECK(loaded.bank && loaded.bank->questions.size() == bank.bank.questions.size());
  for (size_t i = 0; i < bank.bank.questions.size(); ++i) {
    HOCVU_FUZZ_CHECK(loaded.bank->questions[i].stem.value == bank.bank.questions[i].stem.value);
    HOCVU_FUZZ_CHECK(loaded.bank->questions[i].explanation == bank.bank.questions[i].explanation);
  }
}

}  // namespace hocvu::fuzz
