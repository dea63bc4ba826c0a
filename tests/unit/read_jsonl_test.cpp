// Tests of src/grade/read_jsonl.cpp: the fast parser of the documented JSON Lines shape must
// give exactly what nlohmann's SAX parser gives, or step aside.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "grade/reader_state.hpp"

namespace hocvu {

namespace {

bool same_row(const JsonRow& a, const JsonRow& b) {
  return a.candidate == b.candidate && a.form == b.form && a.date == b.date && a.has_candidate == b.has_candidate &&
         a.has_form == b.has_form && a.responses == b.responses && a.error == b.error;
}

// True when the fast parser steps aside, or agrees with the full one.
bool fast_agrees(const std::string& line) {
  JsonRow fast, full;
  if (!parse_json_row_fast(line, fast)) return true;
  return parse_json_row_full(line, full) && same_row(fast, full);
}

}  // namespace

TEST_CASE("the fast JSON Lines parser reads the documented shape", "[grade][jsonl]") {
  JsonRow row;
  REQUIRE(parse_json_row_fast(
      R"( {"candidate_id": "007", "form":102,"date":"2026-11-20", "x":"y", "responses":{"1":"B", "2":null,"Q7":"Đúng"}} )",
      row));
  CHECK(row.candidate == "007");
  CHECK(row.has_candidate);
  CHECK(row.form == "102");
  CHECK(row.has_form);
  CHECK(row.date == "2026-11-20");
  using Response = std::pair<std::string, std::string>;
  CHECK(row.responses == std::vector<Response>{{"1", "B"}, {"Q7", "Đúng"}});
  JsonRow full;
  REQUIRE(parse_json_row_full(
      R"( {"candidate_id": "007", "form":102,"date":"2026-11-20", "x":"y", "responses":{"1":"B", "2":null,"Q7":"Đúng"}} )",
      full));
  CHECK(same_row(row, full));
}

TEST_CASE("the fast JSON Lines parser steps aside for anything outside the shape", "[grade][jsonl]") {
  JsonRow row;
  for (const char* line : {
           R"({"candidate_id":"1","responses":{"1":["A","C"]}})",   // a list: the full parser joins it
           R"({"candidate_id":"1","responses":{"1":3.5}})",         // a number answer
           R"({"candidate_id":"1","responses":{"1":true}})",
           R"({"candidate_id":"A\"B","responses":{}})",             // an escape
           R"({"candidate_id":12,"responses":{}})",                 // a number id: rejected by the full parser
           R"({"candidate_id":"1","form":1.0})",
           R"({"candidate_id":"1","form":-1})",
           R"({"candidate_id":"1","form":01})",
           R"({"candidate_id":"1","x":{"y":1}})",
           R"({"candidate_id":"1"} x)",
           R"({"candidate_id":"1")",
           R"(["candidate_id"])",
           "{\"candidate_id\":\"\xC3\"}",                           // invalid UTF-8
           "{\"candidate_id\":\"\xED\xA0\x80\"}",                   // a surrogate in UTF-8
           "{\"candidate_id\":\"a\tb\"}",                           // a control character
       }) {
    INFO(line);
    CHECK_FALSE(parse_json_row_fast(line, row));
  }
}

TEST_CASE("the fast and full JSON Lines parsers agree on mutated lines", "[grade][jsonl]") {
  const std::vector<std::string> seeds = {
      R"({"candidate_id":"QH000001","form":"101","date":"2026-11-20","responses":{"1":"AB","2":"Đ","3":"chứng chỉ","4":"41,5","5":null}})",
      R"({ "form" : 102 , "candidate_id" : " 0042 " , "responses" : { } , "note" : "x" })",
      R"({"candidate_id":"1","candidate_id":"2","responses":{"1":"A"},"responses":{"1":"B"}})",
      R"({"date":null,"form":null,"candidate_id":null,"responses":null})",
      R"({})",
  };
  const std::string alphabet = "{}[]\":,. \t\r\\nul0123456789-eEabc\xC4\x90\xC3";
  std::mt19937 random(7);
  for (const auto& seed : seeds) {
    REQUIRE(fast_agrees(seed));
    for (int i = 0; i < 20000; ++i) {
      std::string line = seed;
      for (int edits = 1 + static_cast<int>(random() % 3); edits > 0 && !line.empty(); --edits) {
        size_t at = random() % line.size();
        switch (random() % 3) {
          case 0: line.erase(at, 1); break;
          case 1: line.insert(at, 1, alphabet[random() % alphabet.size()]); break;
          default: line[at] = alphabet[random() % alphabet.size()]; break;
        }
      }
      INFO(line);
      REQUIRE(fast_agrees(line));
    }
  }
}

}  // namespace hocvu
