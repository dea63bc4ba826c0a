// The round trip of issue 9: every bundled question, put on exam forms with its options shuffled
// and written by hocvu exam's Moodle XML and GIFT writers, comes back from hocvu import as the same
// question: id, type, stem, options in the form's order, answer, tolerance, unit, points (Moodle
// XML only: GIFT has none) and explanation, without a single finding.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "exam/write_exam.hpp"
#include "import/finish_import.hpp"
#include "import/gift_reader.hpp"
#include "import/moodle_xml_reader.hpp"
#include "load/load.hpp"
#include "lint_test_support.hpp"

namespace {

struct Bundled {
  hocvu::LoadResult loaded;
  hocvu::Exam exam;
};

// One form per bundled bank holding all its questions, options in reverse order (the writers
// must keep the form's order, not the bank's).
const Bundled& bundled() {
  static const Bundled data = [] {
    Bundled out;
    std::string root = HOCVU_SOURCE_DIR;
    out.loaded = hocvu::load_files(hocvu::collect_yaml_files({root + "/framework", root + "/question-banks"}),
                                   hocvu::LoadOptions{});
    REQUIRE(out.loaded.diagnostics.empty());
    REQUIRE(!out.loaded.model.blueprints.empty());
    out.exam.blueprint = &out.loaded.model.blueprints.front();
    for (size_t b = 0; b < out.loaded.model.banks.size(); ++b) {
      hocvu::ExamForm form;
      form.id = std::to_string(101 + b);
      for (const auto& question : out.loaded.model.banks[b].questions) {
        hocvu::ExamItem item;
        item.question = &question;
        for (size_t k = question.options.size(); k > 0; --k) item.option_order.push_back(k - 1);
        form.items.push_back(std::move(item));
      }
      out.exam.forms.push_back(std::move(form));
    }
    return out;
  }();
  return data;
}

hocvu::ImportedBank import_text(const std::string& text, bool gift) {
  hocvu::ImportSettings settings;
  settings.file = gift ? "gift.txt" : "moodle.xml";
  settings.source_name = settings.file;
  settings.format_name = gift ? "GIFT" : "Moodle XML";
  hocvu::ImportReading reading = gift ? hocvu::read_gift(text, settings.file) : hocvu::read_moodle_xml(text, settings.file);
  return hocvu::finish_import(std::move(reading), settings);
}

void check_answer(const hocvu::ExamItem& item, const hocvu::Question& imported) {
  const hocvu::Question& original = *item.question;
  if (original.type == hocvu::QuestionType::single || original.type == hocvu::QuestionType::multiple) {
    std::vector<std::string> expected;
    for (size_t position : hocvu::correct_positions(item)) expected.emplace_back(1, static_cast<char>('a' + position));
    CHECK(std::get<hocvu::ChoiceAnswer>(*imported.answer).keys == expected);
    REQUIRE(imported.options.size() == item.option_order.size());
    for (size_t k = 0; k < item.option_order.size(); ++k) {
      CHECK(imported.options[k].text.value == original.options[item.option_order[k]].text.value);
    }
  } else {
    CHECK(imported.answer == original.answer);
    CHECK(imported.options.empty());
  }
}

// Every question of the exam, once each, matched by id.
void check_round_trip(const hocvu::ImportedBank& bank, bool points_carried) {
  INFO(hocvu::test::describe(bank.diagnostics));
  CHECK(bank.diagnostics.empty());
  std::map<std::string, const hocvu::Question*> by_id;
  for (const auto& question : bank.bank.questions) by_id[question.id.value] = &question;
  size_t checked = 0;
  for (const auto& form : bundled().exam.forms) {
    for (const auto& item : form.items) {
      const hocvu::Question& original = *item.question;
      INFO("question " << original.id.value);
      REQUIRE(by_id.count(original.id.value) == 1);
      const hocvu::Question& imported = *by_id[original.id.value];
      CHECK(imported.type == original.type);
      CHECK(imported.stem.value == original.stem.value);
      CHECK(imported.explanation == original.explanation);
      CHECK(imported.unit == original.unit);
      CHECK(imported.points == (points_carried ? original.points : 1.0));
      CHECK(imported.tolerance.value_or(0) == original.tolerance.value_or(0));
      check_answer(item, imported);
      ++checked;
    }
  }
  CHECK(checked == bank.bank.questions.size());
  CHECK(checked > 300);
}

}  // namespace

TEST_CASE("round trip: every bundled question through moodle.xml comes back the same", "[import][round_trip]") {
  std::string xml = hocvu::render_moodle_xml(bundled().exam);
  check_round_trip(import_text(xml, false), true);
}

TEST_CASE("round trip: every bundled question through gift.txt comes back the same", "[import][round_trip]") {
  std::string gift = hocvu::render_gift(bundled().exam);
  check_round_trip(import_text(gift, true), false);
}

TEST_CASE("round trip: a question on two forms is imported once", "[import][round_trip]") {
  hocvu::Exam exam = bundled().exam;
  exam.forms.resize(1);
  exam.forms.push_back(exam.forms[0]);
  exam.forms[1].id = "102";
  for (auto& item : exam.forms[1].items) std::reverse(item.option_order.begin(), item.option_order.end());
  hocvu::ImportedBank bank = import_text(hocvu::render_moodle_xml(exam), false);
  CHECK(bank.bank.questions.size() == exam.forms[0].items.size());
  CHECK(bank.duplicates == exam.forms[0].items.size());
  CHECK(bank.seen == 2 * exam.forms[0].items.size());
}
