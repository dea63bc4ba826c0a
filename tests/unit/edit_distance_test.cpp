#include "text/edit_distance.hpp"

#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

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
