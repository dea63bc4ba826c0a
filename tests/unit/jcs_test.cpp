// Tests of src/credential/jcs.cpp: the examples of RFC 8785 (sections 3.2.2, 3.2.3 and
// Appendix B) and ECMAScript's JSON.stringify for strings.
#include "credential/jcs.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include "io/error.hpp"

using hocvu::canonical_json;
using nlohmann::json;

namespace {

std::string number_text(uint64_t bits) {
  double value = 0;
  std::memcpy(&value, &bits, sizeof value);
  return canonical_json(json(value));
}

}  // namespace

TEST_CASE("JCS: the RFC 8785 section 3.2.2 example", "[jcs]") {
  const auto input = json::parse(R"({
    "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
    "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
    "literals": [null, true, false]
  })");
  CHECK(canonical_json(input) ==
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
        "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
}

TEST_CASE("JCS: members sorted by UTF-16 code units (RFC 8785 section 3.2.3)", "[jcs]") {
  const auto input = json::parse(R"({
    "\u20ac": "Euro Sign",
    "\r": "Carriage Return",
    "\ufb33": "Hebrew Letter Dalet With Dagesh",
    "1": "One",
    "\ud83d\ude00": "Emoji: Grinning Face",
    "\u0080": "Control",
    "\u00f6": "Latin Small Letter O With Diaeresis"
  })");
  CHECK(canonical_json(input) ==
        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
        "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
        "\"\U0001F600\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
}

TEST_CASE("JCS: a name above U+FFFF sorts before one in U+E000..U+FFFF (UTF-8 order would not)", "[jcs]") {
  const json input = {{"\uffff", 1}, {"\U00010000", 2}, {"\ue000", 3}};
  CHECK(canonical_json(input) == "{\"\U00010000\":2,\"\ue000\":3,\"\uffff\":1}");
}

TEST_CASE("JCS: nested objects sorted and no whitespace", "[jcs]") {
  const auto input = json::parse(R"({ "b": [ {"z": 1, "a": [ ] }, { } ], "a": "x" })");
  CHECK(canonical_json(input) == R"({"a":"x","b":[{"a":[],"z":1},{}]})");
}

TEST_CASE("JCS: strings escaped as JSON.stringify does", "[jcs]") {
  CHECK(canonical_json(json("\b\f\n\r\t\"\\")) == R"("\b\f\n\r\t\"\\")");
  CHECK(canonical_json(json(std::string("\x00\x01\x1f\x7f", 4))) == "\"\\u0000\\u0001\\u001f\x7f\"");
  CHECK(canonical_json(json("/ Tiếng Việt \u2028")) == "\"/ Tiếng Việt \u2028\"");
}

TEST_CASE("JCS: numbers as ECMAScript Number::toString (RFC 8785 Appendix B)", "[jcs]") {
  CHECK(number_text(0x0000000000000000) == "0");
  CHECK(number_text(0x8000000000000000) == "0");
  CHECK(number_text(0x0000000000000001) == "5e-324");
  CHECK(number_text(0x8000000000000001) == "-5e-324");
  CHECK(number_text(0x7fefffffffffffff) == "1.7976931348623157e+308");
  CHECK(number_text(0xffefffffffffffff) == "-1.7976931348623157e+308");
  CHECK(number_text(0x4340000000000000) == "9007199254740992");
  CHECK(number_text(0xc340000000000000) == "-9007199254740992");
  CHECK(number_text(0x4430000000000000) == "295147905179352830000");
  CHECK(number_text(0x44b52d02c7e14af5) == "9.999999999999997e+22");
  CHECK(number_text(0x44b52d02c7e14af6) == "1e+23");
  CHECK(number_text(0x44b52d02c7e14af7) == "1.0000000000000001e+23");
  CHECK(number_text(0x444b1ae4d6e2ef4e) == "999999999999999700000");
  CHECK(number_text(0x444b1ae4d6e2ef4f) == "999999999999999900000");
  CHECK(number_text(0x444b1ae4d6e2ef50) == "1e+21");
  CHECK(number_text(0x3eb0c6f7a0b5ed8c) == "9.999999999999997e-7");
  CHECK(number_text(0x3eb0c6f7a0b5ed8d) == "0.000001");
  CHECK(number_text(0x41b3de4355555553) == "333333333.3333332");
  CHECK(number_text(0x41b3de4355555554) == "333333333.33333325");
  CHECK(number_text(0x41b3de4355555555) == "333333333.3333333");
  CHECK(number_text(0x41b3de4355555556) == "333333333.3333334");
  CHECK(number_text(0x41b3de4355555557) == "333333333.33333343");
  CHECK(number_text(0xbecbf647612f3696) == "-0.0000033333333333333333");
  CHECK(number_text(0x43143ff3c1cb0959) == "1424953923781206.2");
}

TEST_CASE("JCS: integers without .0, exponent form from 1e21 and below 1e-6", "[jcs]") {
  CHECK(canonical_json(json::parse("[1.0, -7, 100, 1e21, 1e20, 1e-7, 0.000001, 123e-20]")) ==
        "[1,-7,100,1e+21,100000000000000000000,1e-7,0.000001,1.23e-18]");
  // integers are IEEE doubles in JCS, as in ECMAScript
  CHECK(canonical_json(json(std::numeric_limits<uint64_t>::max())) == "18446744073709552000");
}

TEST_CASE("JCS refuses what it cannot write", "[jcs]") {
  CHECK_THROWS_AS(canonical_json(json(std::numeric_limits<double>::quiet_NaN())), hocvu::FatalError);
  CHECK_THROWS_AS(canonical_json(json(std::numeric_limits<double>::infinity())), hocvu::FatalError);
  CHECK_THROWS_AS(canonical_json(json(std::string("\xc3\x28"))), hocvu::FatalError);
  CHECK_THROWS_AS(canonical_json(json{{std::string("\xff"), 1}}), hocvu::FatalError);
}
