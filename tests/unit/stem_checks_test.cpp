// Tests of src/lint/stem_checks.cpp (check_stems), through lint_files.
#include <catch2/catch.hpp>

#include <string>

#include "lint/model_checks.hpp"
#include "lint_test_support.hpp"

using hocvu::Rule;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::with_rule;

namespace {

// A true_false question of 1.1 at CB: six lines (seven with a status), the stem on the fifth,
// at column 11.
std::string question(const std::string& id, const std::string& stem, const std::string& status = "") {
  std::string text = "  - id: " + id + "\n    competency: \"1.1\"\n    level: CB\n    type: true_false\n    stem: " +
                     stem + "\n    answer: true\n";
  if (!status.empty()) {
    text += "    status: " + status + "\n";
  }
  return text;
}

// The E405 and W406 findings for bank.yaml holding `questions`.
std::string stem_findings(const std::string& questions) {
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  return describe(with_rule(result.diagnostics, Rule::duplicate_stem)) +
         describe(with_rule(result.diagnostics, Rule::near_duplicate_stem));
}

const char* kNone = "(no diagnostics)\n";

// Twenty different words; the second differs in one word in the middle, so two of the 19 word
// pairs differ: 17 shared of 21 in all, a Jaccard similarity of 0.8095, shown as 81%.
const char* kTwentyWords =
    "Khi nhận được email yêu cầu đổi mật khẩu ngân hàng lập tức, cán bộ nên làm gì trước tiên?";
const char* kOneWordChanged =
    "Khi nhận được thư yêu cầu đổi mật khẩu ngân hàng lập tức, cán bộ nên làm gì trước tiên?";

}  // namespace

TEST_CASE("check_stems: E405 stems equal after case, spacing, punctuation and NFD", "[stem_checks]") {
  // Stems on lines 10, 16 and 22. The third is written decomposed: "Mật" as M a U+0323 U+0302 t.
  std::string questions = question("Q1", "Mật khẩu mạnh là gì?") + question("Q2", "MẬT KHẨU, mạnh   là gì") +
                          question("Q3", "\"Ma\xCC\xA3\xCC\x82t khẩu mạnh là gì ?\"");
  CHECK(stem_findings(questions) ==
        "bank.yaml:16:11: E405 question Q2 has the same stem as question Q1 (bank.yaml:10) "
        "[remove one, or reword it to ask something different]\n"
        "bank.yaml:22:11: E405 question Q3 has the same stem as question Q1 (bank.yaml:10) "
        "[remove one, or reword it to ask something different]\n" +
            std::string(kNone));
}

TEST_CASE("check_stems: E405 across banks names the first file", "[stem_checks]") {
  auto result = lint_memory({{kFrameworkPath, kFramework},
                             {"bank/a.yaml", bank_yaml(question("Q1", "Mật khẩu mạnh là gì?"), "b1")},
                             {"bank/b.yaml", bank_yaml(question("Q2", "mật khẩu mạnh là gì?"), "b2")}});
  CHECK(describe(with_rule(result.diagnostics, Rule::duplicate_stem)) ==
        "bank/b.yaml:10:11: E405 question Q2 has the same stem as question Q1 (bank/a.yaml:10) "
        "[remove one, or reword it to ask something different]\n");
}

TEST_CASE("check_stems: W406 a near duplicate with one word changed in twenty", "[stem_checks]") {
  CHECK(stem_findings(question("Q1", kTwentyWords) + question("Q2", kOneWordChanged)) ==
        std::string(kNone) +
            "bank.yaml:16:11: W406 the stem of question Q2 is 81% like that of question Q1 (bank.yaml:10) "
            "[merge them, reword one, or list them as enemies]\n");
}

TEST_CASE("check_stems: clearly different stems give nothing", "[stem_checks]") {
  CHECK(stem_findings(question("Q1", kTwentyWords) +
                      question("Q2", "Phần mềm nào thường được dùng để soạn thảo văn bản hành chính ở cơ quan?") +
                      question("Q3", "Mật khẩu mạnh là gì?")) == std::string(kNone) + kNone);
}

TEST_CASE("check_stems: retired questions are ignored", "[stem_checks]") {
  // Q1 is retired: neither its exact copy Q2 nor its near copy Q3 is reported.
  CHECK(stem_findings(question("Q1", kTwentyWords, "retired") + question("Q2", kTwentyWords)) ==
        std::string(kNone) + kNone);
  CHECK(stem_findings(question("Q1", kTwentyWords, "retired") + question("Q3", kOneWordChanged)) ==
        std::string(kNone) + kNone);
  // A draft is not retired: it still counts.
  CHECK(stem_findings(question("Q1", kTwentyWords, "draft") + question("Q2", kTwentyWords)) ==
        "bank.yaml:17:11: E405 question Q2 has the same stem as question Q1 (bank.yaml:10) "
        "[remove one, or reword it to ask something different]\n" +
            std::string(kNone));
}

TEST_CASE("check_stems: stems of fewer than three word pairs are not near duplicates", "[stem_checks]") {
  // Both short stems have the same two word pairs ("sao lưu", "lưu sao"), a similarity of 100%,
  // but only two pairs: not reported.
  CHECK(stem_findings(question("Q1", "Sao lưu, sao lưu") + question("Q2", "Sao lưu, sao lưu, sao lưu")) ==
        std::string(kNone) + kNone);
  // The same shape with four pairs ("sao lưu", "lưu dữ", "dữ liệu", "liệu sao") is reported.
  CHECK(stem_findings(question("Q1", "Sao lưu dữ liệu, sao lưu dữ liệu") +
                      question("Q2", "Sao lưu dữ liệu, sao lưu dữ liệu, sao lưu dữ liệu")) ==
        std::string(kNone) +
            "bank.yaml:16:11: W406 the stem of question Q2 is 100% like that of question Q1 (bank.yaml:10) "
            "[merge them, reword one, or list them as enemies]\n");
}
