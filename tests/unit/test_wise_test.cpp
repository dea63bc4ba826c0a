// Tests of src/exam/test_wise.cpp: the expected score of a candidate who uses only cues, worked
// out by hand (ties, partial credit, the floor), and the W605 warning.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "exam/test_wise.hpp"
#include "i18n/interface.hpp"
#include "lint_test_support.hpp"

using hocvu::ChoiceAnswer;
using hocvu::Diagnostics;
using hocvu::Exam;
using hocvu::ExamForm;
using hocvu::ExamItem;
using hocvu::Model;
using hocvu::ModelReporter;
using hocvu::Question;
using hocvu::QuestionType;
using hocvu::test_wise_score;
using hocvu::test_wise_share;
using hocvu::test_wise_ticks;
using hocvu::TrueFalseAnswer;
using hocvu::test::describe;

namespace {

// Options a, b, c, ... of the given lengths (x repeated); `correct` the keys.
Question choice(QuestionType type, const std::vector<size_t>& lengths, std::vector<std::string> correct,
                double points = 1) {
  Question question;
  question.type = type;
  for (size_t i = 0; i < lengths.size(); ++i) {
    question.options.push_back({{std::string(1, static_cast<char>('a' + i)), {}}, {std::string(lengths[i], 'x'), {}}});
  }
  question.answer = ChoiceAnswer{std::move(correct)};
  question.points = points;
  return question;
}

Question statement(const std::string& stem, bool value) {
  Question question;
  question.type = QuestionType::true_false;
  question.stem.value = stem;
  question.answer = TrueFalseAnswer{value};
  return question;
}

ExamItem item(const Question& question, std::vector<size_t> order = {}) {
  if (order.empty()) {
    for (size_t i = 0; i < question.options.size(); ++i) order.push_back(i);
  }
  return ExamItem{&question, nullptr, nullptr, std::move(order), 0};
}

}  // namespace

TEST_CASE("single choice: the longest option, ties at random", "[test_wise]") {
  Question tied = choice(QuestionType::single, {10, 20, 20, 5}, {"b"});
  CHECK(test_wise_share(item(tied), 0) == 0.5);  // b and c tie: the key half the time
  CHECK(test_wise_share(item(tied, {3, 2, 1, 0}), 0) == 0.5);  // display order changes nothing
  Question longest = choice(QuestionType::single, {10, 30, 20, 5}, {"b"});
  CHECK(test_wise_share(item(longest), 0) == 1.0);
  Question shorter = choice(QuestionType::single, {10, 30, 20, 5}, {"a"});
  CHECK(test_wise_share(item(shorter), 0) == 0.0);
  Question all_equal = choice(QuestionType::single, {7, 7, 7}, {"c"});
  CHECK(test_wise_share(item(all_equal), 0) == Approx(1.0 / 3));
}

TEST_CASE("multiple response: the t longest, scored as false2 on expected counts", "[test_wise]") {
  // Lengths 30 20 20 10 5, a b d correct (c = 3, w = 2).
  Question question = choice(QuestionType::multiple, {30, 20, 20, 10, 5}, {"a", "b", "d"});
  // Three ticks: a, b, c. Right 2, wrong 1: 2/3 - 1/max(2, 2) = 1/6.
  CHECK(test_wise_share(item(question), 3) == Approx(1.0 / 6));
  // Two ticks: a, then b or c half each. Right 1.5, wrong 0.5: 1.5/3 - 0.5/2 = 0.25.
  CHECK(test_wise_share(item(question), 2) == Approx(0.25));
  // More ticks than options: every option, right 3, wrong 2: 1 - 2/2 = 0.
  CHECK(test_wise_share(item(question), 9) == 0.0);
  // d and e correct; the three ticked are all wrong: 0 - 3/3 = -1, floored at 0.
  Question wrong = choice(QuestionType::multiple, {30, 20, 20, 10, 5}, {"d", "e"});
  CHECK(test_wise_share(item(wrong), 3) == 0.0);
  // Four equal options, a and b correct, one tick: right 0.5, wrong 0.5 expected, so
  // 0.5/2 - 0.5/2 = 0. (Flooring each outcome instead would give 0.25.)
  Question equal = choice(QuestionType::multiple, {10, 10, 10, 10}, {"a", "b"});
  CHECK(test_wise_share(item(equal), 1) == 0.0);
  // One wrong option: a wrong tick costs 1/max(1, 2) = 1/2. Lengths 9 8 7, a c correct, two
  // ticks a, b: 1/2 - 1/2 = 0; three ticks: 2/2 - 1/2 = 0.5.
  Question one_wrong = choice(QuestionType::multiple, {9, 8, 7}, {"a", "c"});
  CHECK(test_wise_share(item(one_wrong), 2) == 0.0);
  CHECK(test_wise_share(item(one_wrong), 3) == 0.5);
}

TEST_CASE("the number of ticks is the form's most common number of correct options", "[test_wise]") {
  Question three = choice(QuestionType::multiple, {5, 5, 5, 5, 5}, {"a", "b", "c"});
  Question two = choice(QuestionType::multiple, {5, 5, 5, 5, 5}, {"a", "b"});
  Question single = choice(QuestionType::single, {5, 6}, {"a"});
  ExamForm form{"101", {item(three), item(three), item(two), item(two), item(single)}};
  CHECK(test_wise_ticks(form) == 2);  // a tie: the smaller
  form.items.push_back(item(three));
  CHECK(test_wise_ticks(form) == 3);
  CHECK(test_wise_ticks(ExamForm{"102", {item(single)}}) == 0);
}

TEST_CASE("true/false: true unless the statement holds an absolute word", "[test_wise]") {
  CHECK(test_wise_share(item(statement("Mật khẩu dài luôn an toàn.", false)), 0) == 1.0);
  CHECK(test_wise_share(item(statement("Mật khẩu dài luôn an toàn.", true)), 0) == 0.0);
  CHECK(test_wise_share(item(statement("Nên bật xác thực hai lớp.", true)), 0) == 1.0);
  CHECK(test_wise_share(item(statement("Nên bật xác thực hai lớp.", false)), 0) == 0.0);
  CHECK(test_wise_share(item(statement("It is never safe.", false)), 0) == 1.0);
  Question numeric;
  numeric.type = QuestionType::numeric;
  numeric.answer = hocvu::NumericAnswer{42, 0};
  CHECK(test_wise_share(item(numeric), 0) == 0.0);
}

TEST_CASE("a form's expected points and percent, and W605 above half the pass mark", "[test_wise]") {
  Question single = choice(QuestionType::single, {10, 20, 20, 5}, {"b"});              // 1 point x 0.5
  Question multi = choice(QuestionType::multiple, {30, 20, 20, 10, 5}, {"a", "b", "d"}, 2);  // 2 x 1/6
  Question tf = statement("Mật khẩu dài luôn an toàn.", false);                      // 1 x 1
  Question numeric;
  numeric.type = QuestionType::numeric;
  numeric.answer = hocvu::NumericAnswer{42, 0};                                      // 1 x 0
  ExamForm form{"101", {item(single), item(multi), item(tf), item(numeric)}};
  auto score = test_wise_score(form);
  CHECK(score.ticks == 3);
  CHECK(score.expected_points == Approx(0.5 + 1.0 / 3 + 1));
  CHECK(score.expected_percent == Approx(100 * (0.5 + 1.0 / 3 + 1) / 5));  // 36.67%

  Model model;
  model.files = {"framework/blueprints/t.yaml"};
  hocvu::Blueprint blueprint;
  blueprint.id = {"t", {0, 2, 7}};
  blueprint.pass_percent = 70;
  Exam exam;
  exam.blueprint = &blueprint;
  exam.forms = {form};
  Diagnostics diagnostics;
  report_test_wise(exam, ModelReporter(model, diagnostics));
  CHECK(describe(diagnostics) ==
        "framework/blueprints/t.yaml:2:7: W605 form 101: a candidate with no knowledge who picks the longest "
        "option, ticks the 3 longest and answers true unless a statement holds an absolute word such as 'luôn' "
        "expects 36.7% of the points, above half the pass mark (35%) [remove the cues from the banks: hocvu lint "
        "names them (W410-W415 per question, W420-W423 per bank and blueprint)]\n");
  blueprint.pass_percent = 80;  // half is 40%
  Diagnostics none;
  report_test_wise(exam, ModelReporter(model, none));
  CHECK(none.empty());
}

TEST_CASE("W605 in Vietnamese, naming an absolute word of the questions' language", "[test_wise][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  Question single = choice(QuestionType::single, {30, 5, 5, 5}, {"a"});
  Question tf = statement("Backups are always needed.", true);
  ExamForm form{"101", {item(single), item(tf)}};
  Model model;
  model.files = {"framework/blueprints/t.yaml"};
  hocvu::Blueprint blueprint;
  blueprint.id = {"t", {0, 2, 7}};
  blueprint.pass_percent = 70;
  hocvu::Framework framework;
  framework.language.value = "en";
  Exam exam;
  exam.blueprint = &blueprint;
  exam.framework = &framework;
  exam.forms = {form};
  Diagnostics diagnostics;
  report_test_wise(exam, ModelReporter(model, diagnostics));
  CHECK(describe(diagnostics) ==
        "framework/blueprints/t.yaml:2:7: W605 đề 101: một thí sinh không có kiến thức nhưng chọn phương án dài nhất "
        "và trả lời \"đúng\" trừ khi mệnh đề có từ tuyệt đối như 'always' có thể đạt trung bình 50.0% số điểm, cao "
        "hơn một nửa điểm đạt (35%) [hãy loại bỏ các dấu hiệu gợi ý đáp án khỏi ngân hàng câu hỏi: hocvu lint chỉ ra "
        "chúng (W410-W415 theo từng câu hỏi, W420-W423 theo ngân hàng câu hỏi và ma trận đề)]\n");
}
