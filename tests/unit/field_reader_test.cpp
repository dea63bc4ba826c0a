#include "model/field_reader.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "yaml/compose.hpp"

using hocvu::ComposeLimits;
using hocvu::Diagnostic;
using hocvu::Diagnostics;
using hocvu::Document;
using hocvu::FieldReader;
using hocvu::FileContext;
using hocvu::is_valid_id;
using hocvu::is_valid_option_key;
using hocvu::is_valid_tag;
using hocvu::mapping_items;
using hocvu::Need;
using hocvu::NodeId;
using hocvu::Rule;

namespace {

// A composed YAML text and the context its readers share.
class Parsed {
 public:
  explicit Parsed(std::string_view yaml)
      : document(hocvu::compose_yaml(yaml, path, ComposeLimits{}, diagnostics)),
        context{document, path, 3, diagnostics} {
    REQUIRE(diagnostics.empty());
    REQUIRE(document.has_root());
  }
  Parsed(const Parsed&) = delete;
  Parsed& operator=(const Parsed&) = delete;

  NodeId root() const { return document.root(); }

  std::string path = "bank.yaml";
  Diagnostics diagnostics;
  Document document;
  FileContext context;
};

std::vector<std::string> describe(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics) {
    lines.push_back(fmt::format("{}:{} {} {} [{}]", d.where.line, d.where.column, d.code(), d.message, d.hint));
  }
  return lines;
}

using Lines = std::vector<std::string>;

const std::vector<std::string_view> kKeys = {"id", "stem", "answer", "points", "type", "options", "tags"};

}  // namespace

TEST_CASE("is_valid_id", "[field_reader]") {
  CHECK(is_valid_id("Q1.1-CB-01"));
  CHECK(is_valid_id("1.1"));
  CHECK(is_valid_id("qh_kns"));
  CHECK(is_valid_id("a"));
  CHECK(is_valid_id(std::string(64, 'x')));
  CHECK_FALSE(is_valid_id(std::string(65, 'x')));
  CHECK_FALSE(is_valid_id(""));
  CHECK_FALSE(is_valid_id("Câu 1"));
  CHECK_FALSE(is_valid_id("Q 1"));
  CHECK_FALSE(is_valid_id("-Q1"));
  CHECK_FALSE(is_valid_id(".1"));
  CHECK_FALSE(is_valid_id("_x"));
  CHECK_FALSE(is_valid_id("Q1/2"));
  CHECK_FALSE(is_valid_id("câu"));
}

TEST_CASE("is_valid_option_key and is_valid_tag", "[field_reader]") {
  CHECK(is_valid_option_key("a"));
  CHECK(is_valid_option_key("opt_2"));
  CHECK(is_valid_option_key(std::string(16, 'z')));
  CHECK_FALSE(is_valid_option_key(std::string(17, 'z')));
  CHECK_FALSE(is_valid_option_key(""));
  CHECK_FALSE(is_valid_option_key("A"));
  CHECK_FALSE(is_valid_option_key("1"));
  CHECK_FALSE(is_valid_option_key("_a"));
  CHECK_FALSE(is_valid_option_key("a-b"));

  CHECK(is_valid_tag("tra-cuu"));
  CHECK(is_valid_tag("mat-khau-2"));
  CHECK(is_valid_tag("x"));
  CHECK_FALSE(is_valid_tag(""));
  CHECK_FALSE(is_valid_tag("-x"));
  CHECK_FALSE(is_valid_tag("x-"));
  CHECK_FALSE(is_valid_tag("Tra-cuu"));
  CHECK_FALSE(is_valid_tag("tra cuu"));
  CHECK_FALSE(is_valid_tag("tra_cuu"));
  CHECK_FALSE(is_valid_tag("tra-cứu"));
  CHECK_FALSE(is_valid_tag(std::string(65, 'a')));
}

TEST_CASE("FieldReader reports unknown keys with the nearest known key", "[field_reader]") {
  Parsed parsed("id: Q1\nanwser: a\nghichu: x\n");
  FieldReader reader(parsed.context, parsed.root(), "question", kKeys);
  CHECK(describe(parsed.diagnostics) ==
        Lines{"2:1 E204 unknown key 'anwser' in question Q1 [did you mean 'answer'?]",
              "3:1 E204 unknown key 'ghichu' in question Q1 [known keys: id, stem, answer, points, type, options, tags]"});
  CHECK(parsed.diagnostics.at(0).rule == Rule::unknown_key);
  CHECK(parsed.diagnostics.at(0).where.file == "bank.yaml");
}

TEST_CASE("FieldReader names a record by its id only when the id is valid", "[field_reader]") {
  Parsed named("- id: Q1.1-CB-01\n  x: 1\n- id: Câu 1\n  x: 2\n- id: [Q3]\n  x: 3\n- x: 4\n");
  const Document& doc = named.document;
  for (uint32_t i = 0; i < doc.child_count(named.root()); ++i) {
    FieldReader reader(named.context, doc.child(named.root(), i), "question", {"id"});
  }
  CHECK(describe(named.diagnostics) ==
        Lines{"2:3 E204 unknown key 'x' in question Q1.1-CB-01 [known keys: id]",
              "4:3 E204 unknown key 'x' in question [known keys: id]",
              "6:3 E204 unknown key 'x' in question [known keys: id]",
              "7:3 E204 unknown key 'x' in question [known keys: id]"});
}

TEST_CASE("FieldReader::find and positions", "[field_reader]") {
  Parsed parsed("id: Q1\nstem: Câu hỏi\n");
  FieldReader reader(parsed.context, parsed.root(), "question", kKeys);
  auto stem = reader.find("stem");
  REQUIRE(stem);
  CHECK(parsed.document.scalar(*stem) == "Câu hỏi");
  CHECK_FALSE(reader.find("answer"));
  CHECK_FALSE(reader.find("Câu hỏi"));  // values are not keys
  CHECK(reader.pos().file == 3);
  CHECK(reader.pos().line == 1);
  CHECK(reader.pos().column == 1);
  auto pos = parsed.context.pos(*stem);
  CHECK(pos.file == 3);
  CHECK(pos.line == 2);
  CHECK(pos.column == 7);
}

TEST_CASE("FieldReader::text: missing, wrong kind and empty", "[field_reader]") {
  Parsed parsed("id: Q1\nstem: [a, b]\nanswer: ''\ntype:\npoints: \"  \"\n");
  FieldReader reader(parsed.context, parsed.root(), "question", kKeys);

  auto id = reader.text("id", Need::required);
  CHECK(id.value == "Q1");
  CHECK(id.pos.line == 1);
  CHECK(id.pos.column == 5);

  auto stem = reader.text("stem", Need::required);
  CHECK(stem.value == "");
  CHECK(stem.pos.line == 2);

  auto missing = reader.text("options", Need::required);
  CHECK(missing.value == "");
  CHECK(missing.pos.line == 1);  // the record's own position

  auto optional_missing = reader.text("tags", Need::optional);
  CHECK(optional_missing.value == "");

  CHECK(reader.text("answer", Need::optional).value == "");
  CHECK(reader.text("type", Need::optional).value == "");   // 'type:' with nothing: left out
  CHECK(reader.text("type", Need::required).value == "");   // but required: empty
  CHECK(reader.text("points", Need::required).value == "  ");

  CHECK(describe(parsed.diagnostics) ==
        Lines{"2:7 E203 'stem' of question Q1 is a list, not a single value []",
              "1:1 E202 question Q1 has no 'options' [add 'options:' to this question]",
              "3:9 E205 'answer' of question Q1 is empty [write the text, or remove the key]",
              "4:6 E205 'type' of question Q1 is empty [write the text]",
              "5:9 E205 'points' of question Q1 is empty [write the text]"});
}

TEST_CASE("FieldReader::text: a mapping where text belongs", "[field_reader]") {
  Parsed parsed("stem:\n  vi: Câu hỏi\n  en: Question\n");
  FieldReader reader(parsed.context, parsed.root(), "question", kKeys);
  CHECK(reader.text("stem", Need::required).value == "");
  CHECK(describe(parsed.diagnostics) == Lines{"2:3 E203 'stem' of question is a mapping, not a single value []"});
  CHECK(parsed.diagnostics.at(0).rule == Rule::wrong_type);
}

TEST_CASE("FieldReader::id reports malformed ids", "[field_reader]") {
  const char* const hint =
      "ids use letters, digits, '.', '_' and '-' (no spaces or diacritics), start with a letter or digit, and have "
      "at most 64 characters";
  Parsed parsed("id: Câu 1\ntype: -x\nstem: Q1.1-CB-01\n");
  FieldReader reader(parsed.context, parsed.root(), "question", kKeys);
  CHECK(reader.id("id", Need::required).value == "Câu 1");  // kept as written
  CHECK(reader.id("type", Need::required).value == "-x");
  CHECK(reader.id("stem", Need::required).value == "Q1.1-CB-01");
  CHECK(reader.id("answer", Need::optional).value == "");
  CHECK(describe(parsed.diagnostics) ==
        Lines{fmt::format("1:5 E206 'Câu 1' is not a valid id for 'id' of question [{}]", hint),
              fmt::format("2:7 E206 '-x' is not a valid id for 'type' of question [{}]", hint)});
  CHECK(parsed.diagnostics.at(0).rule == Rule::malformed_id);
}

TEST_CASE("FieldReader::number: numbers, words and the range", "[field_reader]") {
  Parsed parsed(
      "a: -1.2\nb: \"3\"\nc: 1e2\nd: hai\ne: 1,5\nf: 9\ng: -4\nh: 4\ni: [1]\nj: .inf\nk: -4.0001\n");
  std::vector<std::string_view> keys = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"};
  FieldReader reader(parsed.context, parsed.root(), "question", keys);
  CHECK(reader.number("a", Need::required, -4, 4) == Approx(-1.2));
  CHECK(reader.number("b", Need::required, -4, 4) == Approx(3));  // quoted numbers are numbers
  CHECK(reader.number("c", Need::required, 0, 1000) == Approx(100));
  CHECK_FALSE(reader.number("d", Need::required, -4, 4));
  CHECK_FALSE(reader.number("e", Need::required, -4, 4));
  CHECK_FALSE(reader.number("f", Need::required, -4, 4));
  CHECK(reader.number("g", Need::required, -4, 4) == Approx(-4));  // the range includes its ends
  CHECK(reader.number("h", Need::required, -4, 4) == Approx(4));
  CHECK_FALSE(reader.number("i", Need::required, -4, 4));
  CHECK_FALSE(reader.number("j", Need::required, -4, 4));
  CHECK_FALSE(reader.number("k", Need::required, -4, 4));
  CHECK_FALSE(reader.number("missing", Need::optional, -4, 4));
  const char* const digits = "write a decimal number such as 2, 1.5 or -0.25 (no '+', leading zeros, hex, inf or nan)";
  CHECK(describe(parsed.diagnostics) ==
        Lines{fmt::format("4:4 E203 'd' of question should be a number, not 'hai' [{}]", digits),
              fmt::format("5:4 E203 'e' of question should be a number, not '1,5' [{}]", digits),
              "6:4 E207 'f' of question is 9; it must be from -4 to 4 []",
              "9:4 E203 'i' of question is a list, not a single value []",
              fmt::format("10:4 E203 'j' of question should be a number, not '.inf' [{}]", digits),
              "11:4 E207 'k' of question is -4.0001; it must be from -4 to 4 []"});
}

TEST_CASE("FieldReader::number: decimal only, and values a double holds", "[field_reader]") {
  Parsed parsed("a: 0x1f\nb: +5\nc: 010\nd: .5\ne: 1e-400\nf: 1e999\ng: \"2.5e-1\"\nh: -0\ni: 1e-320\n");
  std::vector<std::string_view> keys = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
  FieldReader reader(parsed.context, parsed.root(), "question", keys);
  for (std::string_view key : {"a", "b", "c", "d", "e", "f", "i"}) {
    CAPTURE(key);
    CHECK_FALSE(reader.number(key, Need::required, -1000, 1000));
  }
  CHECK(reader.number("g", Need::required, 0, 1) == Approx(0.25));
  CHECK(reader.number("h", Need::required, 0, 1) == 0);
  const char* const decimal = "write a decimal number such as 2, 1.5 or -0.25 (no '+', leading zeros, hex, inf or nan)";
  CHECK(describe(parsed.diagnostics) ==
        Lines{fmt::format("1:4 E203 'a' of question should be a number, not '0x1f' [{}]", decimal),
              fmt::format("2:4 E203 'b' of question should be a number, not '+5' [{}]", decimal),
              fmt::format("3:4 E203 'c' of question should be a number, not '010' [{}]", decimal),
              fmt::format("4:4 E203 'd' of question should be a number, not '.5' [{}]", decimal),
              "5:4 E207 'e' of question is 1e-400, which is too close to 0 to be stored exactly (the limit is about "
              "2.2e-308); it must be from -1000 to 1000 []",
              "6:4 E207 'f' of question is 1e999, which is too large to be stored (the limit is about 1.8e308); it "
              "must be from -1000 to 1000 []",
              "9:4 E207 'i' of question is 1e-320, which is too close to 0 to be stored exactly (the limit is about "
              "2.2e-308); it must be from -1000 to 1000 []"});
}

TEST_CASE("FieldReader::choice returns the index or suggests the nearest value", "[field_reader]") {
  const std::vector<std::string_view> types = {"single", "multiple", "true_false", "numeric", "short_text"};
  Parsed parsed("a: numeric\nb: singel\nc: published\nd: [single]\n");
  FieldReader reader(parsed.context, parsed.root(), "question", {"a", "b", "c", "d"});
  CHECK(reader.choice("a", Need::required, types) == size_t{3});
  CHECK_FALSE(reader.choice("b", Need::required, types));
  CHECK_FALSE(reader.choice("c", Need::required, {"draft", "active", "retired"}));
  CHECK_FALSE(reader.choice("d", Need::required, types));
  CHECK_FALSE(reader.choice("e", Need::optional, types));
  CHECK(describe(parsed.diagnostics) ==
        Lines{"2:4 E207 'b' of question is 'singel', not one of: single, multiple, true_false, numeric, short_text "
              "[did you mean 'single'?]",
              "3:4 E207 'c' of question is 'published', not one of: draft, active, retired []",
              "4:4 E203 'd' of question is a list, not a single value []"});
  CHECK(parsed.diagnostics.at(0).rule == Rule::invalid_value);
}

TEST_CASE("FieldReader::sequence and mapping check the kind", "[field_reader]") {
  Parsed parsed("options: [a, b]\ntags: {x: y}\nstem: text\n");
  FieldReader reader(parsed.context, parsed.root(), "question", kKeys);
  CHECK_FALSE(reader.mapping("options", Need::required));
  CHECK_FALSE(reader.sequence("tags", Need::required));
  CHECK_FALSE(reader.sequence("stem", Need::required));
  CHECK_FALSE(reader.sequence("answer", Need::optional));
  CHECK_FALSE(reader.mapping("answer", Need::required));
  CHECK(reader.sequence("options", Need::required));
  CHECK(reader.mapping("tags", Need::required));
  CHECK(describe(parsed.diagnostics) ==
        Lines{"1:10 E203 'options' of question is a list, not a mapping [write one 'key: value' per line, indented "
              "under it]",
              "2:7 E203 'tags' of question is a mapping, not a list [write one item per line, each starting with '- ']",
              "3:7 E203 'stem' of question is a single value, not a list [write one item per line, each starting with "
              "'- ']",
              "1:1 E202 question has no 'answer' [add 'answer:' to this question]"});
}

TEST_CASE("FieldReader::text_list takes one text or a list of texts", "[field_reader]") {
  Parsed parsed("answer: a\ntags: [x, 'y z', [w], v]\noptions: {a: b}\n");
  FieldReader reader(parsed.context, parsed.root(), "question", kKeys);
  auto one = reader.text_list("answer", Need::required);
  REQUIRE(one.size() == 1);
  CHECK(one[0].value == "a");
  CHECK(one[0].pos.line == 1);
  CHECK(one[0].pos.column == 9);

  auto list = reader.text_list("tags", Need::required);
  REQUIRE(list.size() == 3);
  CHECK(list[0].value == "x");
  CHECK(list[1].value == "y z");
  CHECK(list[2].value == "v");
  CHECK(list[2].pos.column == 23);

  CHECK(reader.text_list("options", Need::required).empty());
  CHECK(reader.text_list("stem", Need::optional).empty());
  CHECK(describe(parsed.diagnostics) == Lines{"2:18 E203 'tags' of question is a list, not a single value []",
                                              "3:10 E203 'options' of question is a mapping, not a list []"});
}

TEST_CASE("mapping_items keeps mappings and reports other items", "[field_reader]") {
  Parsed parsed("- id: Q1\n- Q2\n- [Q3]\n- id: Q4\n");
  auto items = mapping_items(parsed.context, parsed.root(), "question");
  REQUIRE(items.size() == 2);
  CHECK(parsed.context.pos(items[0]).line == 1);
  CHECK(parsed.context.pos(items[1]).line == 4);
  CHECK(describe(parsed.diagnostics) ==
        Lines{"2:3 E203 each item here should be a question (a mapping of keys), not a single value []",
              "3:3 E203 each item here should be a question (a mapping of keys), not a list []"});
}
