// Tests of src/grade/simulate.cpp and simulate_answers.cpp: the response simulator.
#include "grade/simulate.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "grade/simulate_answers.hpp"
#include "text/csv.hpp"

using namespace hocvu;

namespace {

KeyItem key_item(uint32_t position, std::string id, QuestionType type, Answer answer, std::string level,
                 std::optional<double> difficulty = std::nullopt) {
  KeyItem item;
  item.position = position;
  item.question_id = std::move(id);
  item.type = type;
  item.answer = std::move(answer);
  item.level = std::move(level);
  item.competency = "1.1";
  item.difficulty = difficulty;
  if (type == QuestionType::single || type == QuestionType::multiple) {
    item.option_keys = {"a", "b", "c", "d"};
  }
  return item;
}

// Form 101: an easy and a hard single choice (A right), multiple response, true/false, numeric and
// short text; form 102 is shorter.
GradingKey sample_key() {
  GradingKey key;
  key.exam = "dbqh";
  KeyForm first{"101", {}, 0, {}};
  first.items = {key_item(1, "Q-EASY", QuestionType::single, ChoiceAnswer{{"A"}}, "CB", -2.5),
                 key_item(2, "Q-HARD", QuestionType::single, ChoiceAnswer{{"A"}}, "NC", 2.5),
                 key_item(3, "Q-MULTI", QuestionType::multiple, ChoiceAnswer{{"A", "C"}}, "TC"),
                 key_item(4, "Q-TF", QuestionType::true_false, TrueFalseAnswer{true}, "CB"),
                 key_item(5, "Q-NUM", QuestionType::numeric, NumericAnswer{3.5, 0.1}, "TC"),
                 key_item(6, "Q-TEXT", QuestionType::short_text, TextAnswer{{"Hà Nội"}}, "TC")};
  KeyForm second{"102", {}, 0, {}};
  second.items = {key_item(1, "Q-TF", QuestionType::true_false, TrueFalseAnswer{false}, "CB"),
                  key_item(2, "Q-EASY", QuestionType::single, ChoiceAnswer{{"B"}}, "CB", -2.5),
                  key_item(3, "Q-NUM", QuestionType::numeric, NumericAnswer{3.5, 0.1}, "TC")};
  key.forms = {first, second};
  return key;
}

std::string simulate(const GradingKey& key, uint64_t candidates, uint64_t seed, ResponseFormat format,
                     bool noise = false, size_t* chunks = nullptr) {
  SimulationOptions options;
  options.candidates = candidates;
  options.seed = seed;
  options.format = format;
  options.noise = noise;
  std::string out;
  size_t writes = 0;
  simulate_responses(key, options, [&](std::string_view chunk) {
    out.append(chunk);
    ++writes;
  });
  if (chunks != nullptr) {
    *chunks = writes;
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  CHECK(start == text.size());  // every line ends with LF
  return lines;
}

// The fields of one CSV line; empty when it is not well-formed CSV.
std::vector<std::string> fields_of(const std::string& line) {
  CsvReader reader(line);
  std::vector<std::string> fields;
  if (auto row = reader.next_row()) {
    for (auto& field : *row) {
      fields.push_back(field.text);
    }
  }
  return reader.problem() ? std::vector<std::string>{} : fields;
}

}  // namespace

TEST_CASE("simulate: the same seed gives the same bytes, another seed other bytes", "[grade]") {
  GradingKey key = sample_key();
  for (ResponseFormat format : {ResponseFormat::wide, ResponseFormat::long_rows, ResponseFormat::jsonl}) {
    std::string once = simulate(key, 300, 7, format, true);
    CHECK(once == simulate(key, 300, 7, format, true));
    CHECK(once != simulate(key, 300, 8, format, true));
  }
}

TEST_CASE("simulate: a wide file has a header with the longest form's positions and a row per candidate", "[grade]") {
  GradingKey key = sample_key();
  std::vector<std::string> lines = lines_of(simulate(key, 5, 1, ResponseFormat::wide));
  REQUIRE(lines.size() == 6);
  CHECK(lines[0] == "candidate_id,form,date,1,2,3,4,5,6");
  for (size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> fields = fields_of(lines[i]);
    REQUIRE(fields.size() == 9);
    CHECK(fields[0] == "QH00000" + std::to_string(i));
    CHECK(fields[1] == (i % 2 == 1 ? "101" : "102"));  // forms in turn
    CHECK(fields[2] == "2026-11-20");
    if (fields[1] == "102") {  // blank beyond the shorter form
      CHECK(fields[6].empty());
      CHECK(fields[7].empty());
      CHECK(fields[8].empty());
    }
  }
}

TEST_CASE("simulate: a long file has one row per question of each candidate's form", "[grade]") {
  GradingKey key = sample_key();
  std::vector<std::string> lines = lines_of(simulate(key, 4, 1, ResponseFormat::long_rows));
  REQUIRE(lines.size() == 1 + 6 + 3 + 6 + 3);
  CHECK(lines[0] == "candidate_id,form,question,response,date");
  std::vector<std::string> first = fields_of(lines[1]);
  REQUIRE(first.size() == 5);
  CHECK(first[0] == "QH000001");
  CHECK(first[1] == "101");
  CHECK(first[2] == "1");
  CHECK(first[4] == "2026-11-20");
  CHECK(fields_of(lines[7])[0] == "QH000002");
  CHECK(fields_of(lines[7])[1] == "102");
}

TEST_CASE("simulate: JSON Lines hold one attempt per line, without a header", "[grade]") {
  GradingKey key = sample_key();
  std::vector<std::string> lines = lines_of(simulate(key, 3, 1, ResponseFormat::jsonl));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind(R"({"candidate_id":"QH000001","form":"101","date":"2026-11-20","responses":{)", 0) == 0);
  CHECK(lines[1].rfind(R"({"candidate_id":"QH000002","form":"102",)", 0) == 0);
  CHECK(lines[2].substr(lines[2].size() - 2) == "}}");
}

TEST_CASE("simulate: candidate ids keep six digits with leading zeros, and grow past a million", "[grade]") {
  GradingKey key = sample_key();
  std::vector<std::string> lines = lines_of(simulate(key, 123, 1, ResponseFormat::wide));
  CHECK(lines.back().rfind("QH000123,", 0) == 0);
}

TEST_CASE("simulate: no candidates, or a key without forms, give a header alone", "[grade]") {
  GradingKey key = sample_key();
  CHECK(simulate(key, 0, 1, ResponseFormat::wide) == "candidate_id,form,date,1,2,3,4,5,6\n");
  CHECK(simulate(GradingKey{}, 10, 1, ResponseFormat::long_rows) == "candidate_id,form,question,response,date\n");
  CHECK(simulate(GradingKey{}, 10, 1, ResponseFormat::jsonl).empty());
}

TEST_CASE("simulate: right answers follow the Rasch model, wrong ones are plausible", "[grade]") {
  GradingKey key = sample_key();
  std::vector<std::string> lines = lines_of(simulate(key, 4000, 42, ResponseFormat::wide));
  size_t easy_right = 0, hard_right = 0, hard_b = 0, hard_d = 0, double_marks = 0, blank = 0, attempts = 0;
  size_t multi_right = 0, tf_right = 0, num_right = 0, text_right = 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> fields = fields_of(lines[i]);
    REQUIRE(fields.size() == 9);
    if (fields[1] != "101") {
      continue;
    }
    ++attempts;
    easy_right += fields[3] == "A";
    hard_right += fields[4] == "A";
    hard_b += fields[4] == "B";
    hard_d += fields[4] == "D";
    double_marks += (fields[3] == "*" || fields[3].size() == 2) + (fields[4] == "*" || fields[4].size() == 2);
    blank += static_cast<size_t>(std::count(fields.begin() + 3, fields.end(), ""));
    multi_right += fields[5] == "AC";
    tf_right += fields[6] == "Đ";
    num_right += fields[7] == "3.5";
    text_right += fields[8] == "Hà Nội";
  }
  REQUIRE(attempts == 2000);
  // b = -2.5 against b = 2.5 for theta ~ N(0,1): about 89% against 11% right.
  CHECK(easy_right > 1600);
  CHECK(hard_right < 400);
  CHECK(hard_b > hard_d);  // the first distractor draws more than the last
  CHECK(double_marks > 2);
  CHECK(double_marks < 60);  // 0.5% of 4000 single-choice answers
  CHECK(blank > 6 * 2000 * 0.015);  // about 3% omitted
  CHECK(blank < 6 * 2000 * 0.05);
  // b = 0 (TC) and -1 (CB) by level: between the two single choices.
  CHECK(multi_right > hard_right);
  CHECK(multi_right < easy_right);
  CHECK(tf_right > multi_right);
  CHECK(num_right > 600);
  CHECK(text_right > 600);
}

TEST_CASE("simulate: wrong answers of each type are never right", "[grade]") {
  GradingKey key = sample_key();
  for (const auto& item : key.forms[0].items) {
    SimulatedItem simulated = prepare_simulated_item(item);
    Random random(3);
    for (int i = 0; i < 200; ++i) {
      std::string answer = simulated_answer(simulated, ability_of(-30.0), random);  // right with p < 1e-12
      if (item.question_id == "Q-NUM" && !answer.empty()) {
        CHECK(answer != "3.5");
        CHECK(std::abs(std::stod(answer) - 3.5) > 0.1);
      }
      if (item.question_id == "Q-TEXT") {
        CHECK(answer != "Hà Nội");
        CHECK((answer.empty() || answer == "Hà Nộ"));
      }
      if (item.question_id == "Q-TF") {
        CHECK((answer.empty() || answer == "S"));
      }
    }
  }
}

TEST_CASE("simulate: difficulty from the key, else from the level", "[grade]") {
  GradingKey key = sample_key();
  CHECK(prepare_simulated_item(key.forms[0].items[0]).difficulty == -2.5);
  CHECK(prepare_simulated_item(key.forms[0].items[2]).difficulty == 0.0);
  CHECK(default_difficulty("CB") == -1.0);
  CHECK(default_difficulty("NC") == 1.0);
  CHECK(default_difficulty("CS") == 2.0);
  CHECK(default_difficulty("XX") == 0.0);
  SimulatedItem multiple = prepare_simulated_item(key.forms[0].items[2]);
  CHECK(multiple.options == 4);
  CHECK(multiple.right == std::vector<uint32_t>{0, 2});
}

TEST_CASE("simulate: with noise about 0.1% of rows are malformed in each of four ways", "[grade]") {
  GradingKey key = sample_key();
  std::vector<std::string> lines = lines_of(simulate(key, 20000, 5, ResponseFormat::wide, true));
  size_t unknown_form = 0, field_count = 0, quoting = 0, unreadable = 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> fields = fields_of(lines[i]);
    if (fields.empty()) {
      ++quoting;
    } else if (fields.size() != 9) {
      ++field_count;
    } else if (fields[1] != "101" && fields[1] != "102") {
      ++unknown_form;
      CHECK(fields[1] == "999");
    } else if (std::find(fields.begin(), fields.end(), "%%") != fields.end()) {
      ++unreadable;
    }
  }
  size_t malformed = unknown_form + field_count + quoting + unreadable;
  CHECK(malformed > 5);
  CHECK(malformed < 50);
  CHECK(unknown_form > 0);
  CHECK(field_count > 0);
  CHECK(quoting > 0);
  CHECK(unreadable > 0);
  // Without noise, none.
  for (const auto& line : lines_of(simulate(key, 2000, 5, ResponseFormat::wide))) {
    CHECK(fields_of(line).size() == 9);
  }
}

TEST_CASE("simulate: a large file is written in chunks, not as one string", "[grade]") {
  GradingKey key = sample_key();
  size_t chunks = 0;
  std::string text = simulate(key, 20000, 1, ResponseFormat::long_rows, false, &chunks);
  CHECK(chunks > text.size() / (128 * 1024));
  CHECK(chunks >= 10);
}
