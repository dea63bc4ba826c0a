// Tests of src/verify/credential_text.cpp: hostile credential text and bounded lines.
#include "verify/credential_text.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "text/utf8.hpp"

using hocvu::BoundedLineReader;
using hocvu::parse_credential_text;

TEST_CASE("credential text: an object is parsed", "[credential_text]") {
  const auto text = parse_credential_text(R"({"id": "urn:x", "a": [1, {"b": null}]})");
  REQUIRE(text.value);
  CHECK((*text.value)["id"] == "urn:x");
  CHECK(text.reason.empty());
}

TEST_CASE("credential text: each kind of bad text is named", "[credential_text]") {
  CHECK(parse_credential_text("{\"a\": 1").reason == "not-json");
  CHECK(parse_credential_text("[1, 2]").reason == "not-object");
  CHECK(parse_credential_text("\"text\"").reason == "not-object");
  CHECK(parse_credential_text("{} {}").reason == "not-json");
  const auto utf8 = parse_credential_text("{\"a\": \"b\xff\"}");
  CHECK(utf8.reason == "not-utf8");
  CHECK(utf8.column == 9);  // the byte 0xff
  const auto dup = parse_credential_text(R"({"name": "A", "x": {"name": 1}, "name": "B"})");
  CHECK(dup.reason == "duplicate-member");
  CHECK(dup.message == "the member \"name\" appears twice in one object");
  // the same name written with an escape is the same name
  CHECK(parse_credential_text(R"({"a": 1, "\u0061": 2})").reason == "duplicate-member");
}

TEST_CASE("credential text: nesting is bounded before the tree is built", "[credential_text]") {
  const std::string ok = "{\"a\":" + std::string(63, '[') + std::string(63, ']') + "}";
  CHECK(parse_credential_text(ok).value);
  const std::string deep = "{\"a\":" + std::string(64, '[') + std::string(64, ']') + "}";
  CHECK(parse_credential_text(deep).reason == "too-deep");
  const std::string hostile = "{\"a\":" + std::string(1000000, '[');
  CHECK(parse_credential_text(hostile).reason == "too-deep");
}

TEST_CASE("credential text: the column of a syntax error", "[credential_text]") {
  const auto text = parse_credential_text("{\"a\": tru}");
  CHECK(text.reason == "not-json");
  CHECK(text.column == 10);
  CHECK(text.message.find("syntax error") != std::string::npos);
}

TEST_CASE("credential text: a syntax error's message stays UTF-8 when it ends inside a character", "[credential_text]") {
  // The parser stops on the first byte of "𝄞" (F0 9D 84 9E): its "last read" token holds only
  // that byte. Found by fuzz_credential_lines.
  const auto text = parse_credential_text("[\"ab\"\xF0\x9D\x84\x9E]");
  CHECK(text.reason == "not-json");
  CHECK(hocvu::find_invalid_utf8(text.message) == std::string::npos);
  CHECK(text.message.find("\\xf0") != std::string::npos);
}

namespace {

std::vector<BoundedLineReader::Line> lines_of(const std::string& bytes, size_t max) {
  std::istringstream in(bytes);
  BoundedLineReader reader(in, max);
  std::vector<BoundedLineReader::Line> lines;
  BoundedLineReader::Line line;
  while (reader.next(line)) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("bounded lines: endings, numbers, the last line without a newline", "[credential_text]") {
  const auto lines = lines_of("a\r\n\nbc\nlast", 10);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].text == "a");
  CHECK(lines[1].text.empty());
  CHECK(lines[2].text == "bc");
  CHECK(lines[3].text == "last");
  CHECK(lines[3].number == 4);
  CHECK(lines_of("", 10).empty());
  CHECK(lines_of("x\n", 10).size() == 1);
}

TEST_CASE("bounded lines: a long line is marked and skipped, the next one read", "[credential_text]") {
  const std::string huge(200000, 'x');  // longer than one read of 64 KiB
  const auto lines = lines_of("ok\n" + huge + "\nafter\n", 100);
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].too_long);
  CHECK(lines[1].text.empty());
  CHECK(lines[1].length == 200000);
  CHECK(lines[2].text == "after");
  CHECK(lines[2].number == 3);
  CHECK_FALSE(lines_of(std::string(100, 'y'), 100)[0].too_long);
  CHECK(lines_of(std::string(101, 'y'), 100)[0].too_long);
}
