// Tests of src/lint/item_flaws.cpp (W410-W415), through lint_files.
#include <catch2/catch.hpp>

#include <string>

#include "i18n/interface.hpp"
#include "lint/item_flaws.hpp"
#include "lint_test_support.hpp"

using hocvu::absolute_words_in;
using hocvu::all_or_none_phrase;
using hocvu::Rule;
using hocvu::unemphasised_negative;
using hocvu::Words;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::with_rule;

namespace {

const char* kNone = "(no diagnostics)\n";

// A choice question of 1.1 at CB; options a, b, c, ... from `options`, one a line starting at
// line 6 + 6 (the first question's option a is on line 12 of the bank).
std::string choice(const std::string& id, const std::string& type, const std::string& stem,
                   const std::vector<std::string>& options, const std::string& answer) {
  std::string text = "  - id: " + id + "\n    competency: \"1.1\"\n    level: CB\n    type: " + type +
                     "\n    stem: \"" + stem + "\"\n    options:\n";
  for (size_t i = 0; i < options.size(); ++i) {
    text += "      " + std::string(1, static_cast<char>('a' + i)) + ": \"" + options[i] + "\"\n";
  }
  return text + "    answer: " + answer + "\n";
}

std::string statement(const std::string& id, const std::string& stem, const std::string& answer) {
  return "  - id: " + id + "\n    competency: \"1.1\"\n    level: CB\n    type: true_false\n    stem: \"" + stem +
         "\"\n    answer: " + answer + "\n";
}

std::string findings(const std::string& questions, Rule rule) {
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  return describe(with_rule(result.diagnostics, rule));
}

}  // namespace

TEST_CASE("W410: the key is the uniquely longest option by a clear margin", "[item_flaws]") {
  // Key b: 40 code points (Vietnamese letters count once each); the next longest is 20.
  std::string key = "Kiểm tra tên miền và chứng chỉ của trang";  // 40
  REQUIRE(hocvu::text_length(key) == 40);
  std::string bad = choice("Q1", "single", "Làm gì trước khi nhập mật khẩu?", {"Nhập ngay mật khẩu", key,
                           "Hỏi đồng nghiệp bên", "Tắt máy rồi bật lại"}, "b");
  CHECK(findings(bad, Rule::key_longest_option) ==
        "bank.yaml:13:7: W410 question Q1: the key (b, 40 characters) is the longest option by far; the next is 19 "
        "[give the distractors the same care and detail as the key, or shorten the key]\n");
  // 1.2 x 30 = 36 <= 40, and 10 longer than 30: exactly the margin, still reported.
  std::string margin = choice("Q1", "single", "Chọn một?", {"Kiểm tra tên miền chứng chỉ số", key}, "b");
  CHECK(with_rule(lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(margin)}}).diagnostics,
                  Rule::key_longest_option).size() == 1);
  // 31 code points: 9 longer, not reported; a distractor as long as the key: not unique.
  std::string near = choice("Q1", "single", "Chọn một?", {"Kiểm tra tên miền, chứng chỉ số.", key}, "b");
  CHECK(findings(near, Rule::key_longest_option) == kNone);
  std::string tied = choice("Q1", "single", "Chọn một?", {key, key + "!"}, "a");
  CHECK(findings(tied, Rule::key_longest_option) == kNone);
  // Multiple response is not W410's.
  std::string multiple = choice("Q1", "multiple", "Chọn hai?", {"Nhập ngay", key, "Hỏi", "Tắt máy"}, "[a, b]");
  CHECK(findings(multiple, Rule::key_longest_option) == kNone);
}

TEST_CASE("W411: all or none of the above, Vietnamese and English", "[item_flaws]") {
  std::string bad = choice("Q1", "single", "Chọn một?", {"Mật khẩu dài", "Xác thực hai lớp", "Tất cả các đáp án trên"},
                           "c");
  CHECK(findings(bad, Rule::all_or_none_option) ==
        "bank.yaml:14:7: W411 question Q1: option c is an 'all/none of the above' option ('tất cả các đáp án trên') "
        "[replace it with a plausible option of its own; to ask for several right options, make the question "
        "multiple-response]\n");
  std::string english = choice("Q1", "multiple", "Pick?", {"A long password", "None of the above.", "Two factors"},
                               "[a, c]");
  CHECK(with_rule(lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(english)}}).diagnostics,
                  Rule::all_or_none_option).size() == 1);
  std::string fine = choice("Q1", "single", "Chọn một?", {"Tất cả các tệp đính kèm", "Các đáp án của đề thi"}, "a");
  CHECK(findings(fine, Rule::all_or_none_option) == kNone);
  CHECK(all_or_none_phrase(Words("Không có đáp án nào đúng")) == "không có đáp án nào");
}

TEST_CASE("W412: absolute words in options and true/false statements", "[item_flaws]") {
  std::string bad = choice("Q1", "single", "Chọn một?", {"Luôn luôn bật Bluetooth", "Tắt khi không dùng"}, "b");
  CHECK(findings(bad, Rule::absolute_word) ==
        "bank.yaml:12:7: W412 question Q1: option a holds the absolute word 'luôn luôn' [state the condition instead "
        "(\"thường\", \"trong hầu hết trường hợp\", or the actual rule)]\n");
  std::string tf = statement("Q1", "Mật khẩu mạnh chắc chắn không bao giờ bị lộ.", "false");
  CHECK(findings(tf, Rule::absolute_word) ==
        "bank.yaml:10:11: W412 true/false question Q1 holds the absolute words 'chắc chắn', 'không bao giờ' [state "
        "the condition instead, so a false statement is false for what it says]\n");
  CHECK(findings(statement("Q1", "Backups are never needed.", "false"), Rule::absolute_word) != kNone);
  // "khôn" is not "không", "luônluôn" is not "luôn", "hoàn thành" is not "hoàn toàn".
  CHECK(findings(statement("Q1", "Người khôn kiểm tra kỹ rồi mới hoàn thành biểu mẫu.", "true"),
                 Rule::absolute_word) == kNone);
  CHECK(absolute_words_in(Words("luônluôn")).empty());
  CHECK(absolute_words_in(Words("Luôn luôn")) == std::vector<std::string>{"luôn luôn"});
  // Draft questions are not checked.
  CHECK(findings(statement("Q1", "Luôn đúng.", "false") + "    status: draft\n", Rule::absolute_word) == kNone);
}

TEST_CASE("W413: a negative question sentence without emphasis", "[item_flaws]") {
  CHECK(unemphasised_negative("Điều nào không phải là dấu hiệu lừa đảo?") == "không");
  CHECK(unemphasised_negative("Điều nào KHÔNG phải là dấu hiệu lừa đảo?").empty());
  CHECK(unemphasised_negative("Điều nào **không** phải là dấu hiệu lừa đảo?").empty());
  CHECK(unemphasised_negative("Điều nào <b>không</b> phải là dấu hiệu lừa đảo?").empty());
  CHECK(unemphasised_negative("Có nên mở tệp đính kèm lạ không?").empty());   // the yes/no particle
  CHECK(unemphasised_negative("Ông không nhớ mật khẩu. Nên làm gì?").empty());  // not the question sentence
  CHECK(unemphasised_negative("Which of these is not a strong password?") == "not");
  CHECK(unemphasised_negative("All are safe except which one?") == "except");
  CHECK(unemphasised_negative("Tất cả đều an toàn, ngoại trừ:") == "trừ");
  CHECK(unemphasised_negative("Những việc nào không nên làm? (Chọn tất cả đáp án đúng)") == "không");
  CHECK(unemphasised_negative("Những việc nào KHÔNG nên làm? (Chọn tất cả đáp án đúng)").empty());
  CHECK(unemphasised_negative("Người khôn làm gì?").empty());
  // "không" in a word of its own: space, air, aviation.
  CHECK(unemphasised_negative("Mời chuyên gia vào không gian làm việc chung, cần làm gì? (Chọn tất cả đáp án đúng)")
            .empty());
  CHECK(unemphasised_negative("Vé máy bay của hãng hàng không nào rẻ nhất?").empty());
  CHECK(unemphasised_negative("Dấu trừ trước một từ khoá có tác dụng gì?").empty());
  CHECK(unemphasised_negative("Vì sao không khí trong phòng máy không được ẩm?") == "không");
  std::string bad = choice("Q1", "single", "Điều nào không đúng?", {"Một", "Hai"}, "a");
  CHECK(findings(bad, Rule::negative_stem) ==
        "bank.yaml:10:11: W413 question Q1 asks a negative question ('không') without emphasis [write 'không' in "
        "capitals or in **bold**, or ask the question positively]\n");
  CHECK(findings(statement("Q1", "Không nên dùng lại mật khẩu.", "true"), Rule::negative_stem) == kNone);
}

TEST_CASE("W414: options of very unequal length", "[item_flaws]") {
  std::string long_option = "Mở phần cài đặt và bật xác thực hai lớp cho tài khoản";  // 53
  REQUIRE(hocvu::text_length(long_option) == 53);
  std::string bad = choice("Q1", "multiple", "Chọn?", {"Bỏ qua", long_option, "Đổi mật khẩu ngay hôm nay"}, "[b, c]");
  CHECK(findings(bad, Rule::unequal_options) ==
        "bank.yaml:12:7: W414 question Q1: the options range from 6 characters (a) to 53 (b) [write options of about "
        "the same length and detail]\n");
  // 53 >= 3 x 6 and 53 - 6 = 47 >= 30 above; here 25 >= 3 x 6 but 25 - 6 = 19 < 30.
  std::string fine = choice("Q1", "multiple", "Chọn?", {"Bỏ qua", "Đổi mật khẩu ngay hôm nay"}, "[b]");
  CHECK(findings(fine, Rule::unequal_options) == kNone);
}

TEST_CASE("W415: one correct option in a multiple-response question", "[item_flaws]") {
  std::string bad = choice("Q1", "multiple", "Chọn?", {"Một", "Hai", "Ba"}, "[b]");
  CHECK(findings(bad, Rule::one_correct_option) ==
        "bank.yaml:15:13: W415 question Q1 is multiple-response, but only option b of 3 is correct [make it single "
        "choice, or give it more correct options (2 to 4 of 5 vary well)]\n");
  CHECK(findings(choice("Q1", "multiple", "Chọn?", {"Một", "Hai", "Ba"}, "[a, b]"), Rule::one_correct_option) == kNone);
  CHECK(findings(choice("Q1", "single", "Chọn?", {"Một", "Hai", "Ba"}, "b"), Rule::one_correct_option) == kNone);
}

TEST_CASE("W41x findings are listed 10 times per file, then counted", "[item_flaws]") {
  std::string questions;
  for (int i = 1; i <= 13; ++i) {
    questions += statement("Q" + std::to_string(i), "Câu " + std::to_string(i) + " luôn đúng.", "false");
  }
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"bank.yaml", bank_yaml(questions)}});
  auto absolute = with_rule(result.diagnostics, Rule::absolute_word);
  REQUIRE(absolute.size() == 11);
  CHECK(describe(absolute[0]) == "bank.yaml:0:0: W412 3 more questions of this file have the same flaw");
}

TEST_CASE("W412 and W415 in Vietnamese", "[item_flaws][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  std::string bad = choice("Q1", "single", "Chọn một?", {"Luôn luôn bật Bluetooth", "Tắt khi không dùng"}, "b");
  CHECK(findings(bad, Rule::absolute_word) ==
        "bank.yaml:12:7: W412 câu hỏi Q1: phương án a có từ tuyệt đối 'luôn luôn' [hãy nêu rõ điều kiện thay cho từ "
        "đó (\"thường\", \"trong hầu hết trường hợp\", hoặc quy định cụ thể)]\n");
  std::string tf = statement("Q1", "Mật khẩu mạnh chắc chắn không bao giờ bị lộ.", "false");
  CHECK(findings(tf, Rule::absolute_word) ==
        "bank.yaml:10:11: W412 câu hỏi đúng/sai Q1 có các từ tuyệt đối 'chắc chắn', 'không bao giờ' [hãy nêu rõ điều "
        "kiện thay cho từ đó, để một mệnh đề sai là sai vì nội dung của nó]\n");
}
