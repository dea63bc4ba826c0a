#include "text/edit_distance.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using hocvu::bounded_edit_distance;
using hocvu::closest_match;
using hocvu::edit_distance;

namespace {

// The keys of a question, as the bank reader knows them.
const std::vector<std::string_view> kQuestionKeys = {
    "id",   "competency", "level",      "outcome", "type",   "stem", "options", "answer",     "tolerance",
    "unit", "points",     "difficulty", "enemies", "status", "tags", "source",  "explanation"};

}  // namespace

TEST_CASE("edit_distance counts insertions, deletions, substitutions and swaps", "[edit_distance]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("stem", "stem") == 0);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("levl", "level") == 1);
  CHECK(edit_distance("optionss", "options") == 1);
  CHECK(edit_distance("anwser", "answer") == 1);  // a swap of neighbours is one edit
  CHECK(edit_distance("stme", "stem") == 1);
  CHECK(edit_distance("lnit", "lint") == 1);
  CHECK(edit_distance("ab", "ba") == 1);
  CHECK(edit_distance("flaw", "lawn") == 2);
  CHECK(edit_distance("lawn", "flaw") == 2);
}

TEST_CASE("edit_distance works on bytes", "[edit_distance]") {
  // ệ is three bytes: one substitution and two insertions away from 'e'.
  CHECK(edit_distance("e", "ệ") == 3);
  CHECK(edit_distance("Việt", "Viet") == 3);
}

TEST_CASE("closest_match suggests the key a typo was meant to be", "[edit_distance]") {
  CHECK(closest_match("anwser", kQuestionKeys) == "answer");
  CHECK(closest_match("optoins", kQuestionKeys) == "options");
  CHECK(closest_match("levl", kQuestionKeys) == "level");
  CHECK(closest_match("difficulity", kQuestionKeys) == "difficulty");
  CHECK(closest_match("explaination", kQuestionKeys) == "explanation");
  CHECK(closest_match("i", kQuestionKeys) == "id");  // short words allow one edit
  CHECK(closest_match("stem", kQuestionKeys) == "stem");
}

TEST_CASE("closest_match suggests short keys with swapped letters", "[edit_distance]") {
  CHECK(closest_match("stme", kQuestionKeys) == "stem");
  CHECK(closest_match("tpye", kQuestionKeys) == "type");
  CHECK(closest_match("tasg", kQuestionKeys) == "tags");
  CHECK(closest_match("tgsa", kQuestionKeys) == "");  // two edits: too many for four letters
}

TEST_CASE("closest_match suggests nothing for far words", "[edit_distance]") {
  CHECK(closest_match("banana", kQuestionKeys) == "");
  CHECK(closest_match("xyz", kQuestionKeys) == "");
  CHECK(closest_match("cau_hoi", kQuestionKeys) == "");
  CHECK(closest_match("", kQuestionKeys) == "");
  CHECK(closest_match("answer", {}) == "");
  // "single-choice" is 7 edits from "single": more than a third of its 13 letters.
  CHECK(closest_match("single-choice", {"single", "multiple", "true_false", "numeric", "short_text"}) == "");
}

TEST_CASE("closest_match prefers the nearest candidate, then the first", "[edit_distance]") {
  CHECK(closest_match("ab", {"ac", "ad"}) == "ac");
  CHECK(closest_match("ab", {"xyz", "ad", "ab"}) == "ab");
  CHECK(closest_match("levels", {"label", "level"}) == "level");
}

// --- bounded distances and the suggestion budget ----------------------------------------------

TEST_CASE("bounded_edit_distance is the distance up to the bound, then bound + 1", "[edit_distance]") {
  const std::vector<std::string_view> words = {"",     "a",      "ab",     "ba",      "abc",    "acb",
                                               "kitten", "sitting", "lint", "lnit", "flaw", "lawn",
                                               "levels", "label",   "Việt", "Viet", "aaaa", "bbbbbbb"};
  for (auto a : words) {
    for (auto b : words) {
      size_t exact = edit_distance(a, b);
      for (size_t max = 0; max <= 8; ++max) {
        INFO(a << " / " << b << " max " << max);
        CHECK(bounded_edit_distance(a, b, max) == std::min(exact, max + 1));
      }
    }
  }
}

TEST_CASE("bounded_edit_distance computes only the band and stops early", "[edit_distance]") {
  uint64_t cells = 0;
  CHECK(bounded_edit_distance("a", "abcdefgh", 3, &cells) == 4);
  CHECK(cells == 1);  // the lengths alone are 7 apart
  cells = 0;
  CHECK(bounded_edit_distance("abcdefghij", "abcdefghij", 1, &cells) == 0);
  CHECK(cells == 1 + 2 + 3 * 8 + 2);  // rows 1 and 10 have 2 cells of the band, the others 3
  cells = 0;
  std::string a(20, 'a'), b(20, 'b');
  CHECK(bounded_edit_distance(a, b, 2, &cells) == 3);
  CHECK(cells == 1 + 3 + 4 + 5);  // the third row is all above 2: stop
  // 10,000 bytes each: 100 million cells without the bound, about 200 thousand with it.
  std::string long_a(10000, 'x'), long_b(10000, 'x');
  long_b[5000] = 'y';
  cells = 0;
  CHECK(bounded_edit_distance(long_a, long_b, 10, &cells) == 1);
  CHECK(cells <= 1 + 10000 * 21);
}

TEST_CASE("closest_match suggests nothing more than 10 edits away, however long the word", "[edit_distance]") {
  std::string id(45, 'q');  // a third of 45 would allow 15 edits
  std::string ten = id, eleven = id;
  for (int i = 0; i < 10; ++i) ten[4 * i] = 'z';
  for (int i = 0; i < 11; ++i) eleven[4 * i] = 'z';
  CHECK(closest_match(ten, {id}) == id);
  CHECK(closest_match(eleven, {id}).empty());
}

TEST_CASE("closest_match stops when the budget cannot pay for every candidate", "[edit_distance]") {
  hocvu::SuggestionBudget none(0);
  CHECK(closest_match("anwser", kQuestionKeys, none).empty());
  CHECK(none.left() == 0);
  // "anwser" against the 17 keys costs some cells, at least one per key; less than that is
  // not enough (a suggestion from some of the keys could be the wrong one).
  hocvu::SuggestionBudget plenty(1'000'000);
  CHECK(closest_match("anwser", kQuestionKeys, plenty) == "answer");
  uint64_t cost = 1'000'000 - plenty.left();
  CHECK(cost > 17);
  CHECK(cost < 17 * 6 * 5);  // the band of a bound of 2 (at most 5 wide) over 6 rows, per key
  hocvu::SuggestionBudget short_by_one(cost - 1);
  CHECK(closest_match("anwser", kQuestionKeys, short_by_one).empty());
  // A budget shared by several lookups: the first ones are paid for, then none.
  hocvu::SuggestionBudget shared(cost + cost / 2);
  CHECK(closest_match("anwser", kQuestionKeys, shared) == "answer");
  CHECK(shared.left() == cost / 2);
  CHECK(closest_match("anwser", kQuestionKeys, shared).empty());
  CHECK(closest_match("optoins", kQuestionKeys, shared).empty());
}
