#include "yaml/compose.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using hocvu::compose_yaml;
using hocvu::ComposeLimits;
using hocvu::Diagnostic;
using hocvu::Diagnostics;
using hocvu::Document;
using hocvu::NodeId;
using hocvu::NodeKind;
using hocvu::Rule;

namespace {

struct Composed {
  Document document;
  Diagnostics diagnostics;
};

Composed compose(std::string_view text, const ComposeLimits& limits = ComposeLimits{}) {
  Composed result;
  result.document = compose_yaml(text, "test.yaml", limits, result.diagnostics);
  return result;
}

// "line:column code message [hint]" for each diagnostic, for exact comparisons.
std::vector<std::string> describe(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics) {
    lines.push_back(fmt::format("{}:{} {} {} [{}]", d.where.line, d.where.column, d.code(), d.message, d.hint));
  }
  return lines;
}

// The value of `key` in `mapping`, if there is one.
std::optional<NodeId> value_of(const Document& document, NodeId mapping, std::string_view key) {
  for (uint32_t i = 0; i < document.child_count(mapping); i += 2) {
    if (document.scalar(document.child(mapping, i)) == key) {
      return document.child(mapping, i + 1);
    }
  }
  return std::nullopt;
}

std::vector<std::string> keys_of(const Document& document, NodeId mapping) {
  std::vector<std::string> keys;
  for (uint32_t i = 0; i < document.child_count(mapping); i += 2) {
    keys.emplace_back(document.scalar(document.child(mapping, i)));
  }
  return keys;
}

// key0: v0 ... key<count-1>: v<count-1>, one per line, so key i is on line i + 1.
std::string many_keys(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += fmt::format("k{}: v{}\n", i, i);
  }
  return text;
}

const char* const kDuplicateHint = "delete one of them; most YAML tools would silently keep only the last value";
const char* const kComplexKey =
    "a list or mapping is used as a mapping key [keys in hocvu files are plain words such as 'id' or 'stem']";

}  // namespace

TEST_CASE("compose: a duplicate key is reported and the first value kept", "[compose]") {
  auto composed = compose("id: Q1\nanswer: a\nstem: x\nanswer: b\n");
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{fmt::format("4:1 E102 key 'answer' appears twice in this mapping (first at line 2) [{}]",
                                             kDuplicateHint)});
  CHECK(composed.diagnostics.at(0).rule == Rule::duplicate_key);
  CHECK(composed.diagnostics.at(0).where.file == "test.yaml");
  const Document& doc = composed.document;
  REQUIRE(doc.has_root());
  CHECK(doc.child_count(doc.root()) == 6);
  CHECK(keys_of(doc, doc.root()) == std::vector<std::string>{"id", "answer", "stem"});
  auto answer = value_of(doc, doc.root(), "answer");
  REQUIRE(answer);
  CHECK(doc.scalar(*answer) == "a");
}

TEST_CASE("compose: a duplicate key whose value is a collection is dropped with it", "[compose]") {
  auto composed = compose("options:\n  a: x\n  a:\n    - y\n    - z\n  b: w\nanswer: a\n");
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{fmt::format("3:3 E102 key 'a' appears twice in this mapping (first at line 2) [{}]",
                                             kDuplicateHint)});
  const Document& doc = composed.document;
  REQUIRE(doc.has_root());
  auto options = value_of(doc, doc.root(), "options");
  REQUIRE(options);
  CHECK(keys_of(doc, *options) == std::vector<std::string>{"a", "b"});
  CHECK(doc.scalar(*value_of(doc, *options, "a")) == "x");
  CHECK(doc.scalar(*value_of(doc, *options, "b")) == "w");
  CHECK(keys_of(doc, doc.root()) == std::vector<std::string>{"options", "answer"});
}

TEST_CASE("compose: a key three times gives two findings pointing at the first", "[compose]") {
  auto composed = compose("a: 1\na: 2\nb: 3\na: 4\n");
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{
            fmt::format("2:1 E102 key 'a' appears twice in this mapping (first at line 1) [{}]", kDuplicateHint),
            fmt::format("4:1 E102 key 'a' appears twice in this mapping (first at line 1) [{}]", kDuplicateHint)});
  const Document& doc = composed.document;
  REQUIRE(doc.has_root());
  CHECK(keys_of(doc, doc.root()) == std::vector<std::string>{"a", "b"});
  CHECK(doc.scalar(*value_of(doc, doc.root(), "a")) == "1");
}

TEST_CASE("compose: the same key in different mappings is not a duplicate", "[compose]") {
  auto composed = compose("- id: Q1\n  stem: x\n- id: Q2\n  stem: y\n");
  CHECK(composed.diagnostics.empty());
  CHECK(composed.document.has_root());
}

TEST_CASE("compose: duplicates in a mapping of 100 keys (hash path)", "[compose]") {
  std::string text = many_keys(100) + "k5: again\nk99: again\nk40: again\n";
  auto composed = compose(text);
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{
            fmt::format("101:1 E102 key 'k5' appears twice in this mapping (first at line 6) [{}]", kDuplicateHint),
            fmt::format("102:1 E102 key 'k99' appears twice in this mapping (first at line 100) [{}]", kDuplicateHint),
            fmt::format("103:1 E102 key 'k40' appears twice in this mapping (first at line 41) [{}]", kDuplicateHint)});
  const Document& doc = composed.document;
  REQUIRE(doc.has_root());
  CHECK(doc.child_count(doc.root()) == 200);
  CHECK(doc.scalar(*value_of(doc, doc.root(), "k5")) == "v5");
  CHECK(doc.scalar(*value_of(doc, doc.root(), "k99")) == "v99");
}

TEST_CASE("compose: a duplicate found just as the mapping outgrows the linear search", "[compose]") {
  for (int keys = 30; keys <= 36; ++keys) {
    INFO(keys << " distinct keys before the duplicate");
    auto composed = compose(many_keys(keys) + "k0: again\n");
    CHECK(describe(composed.diagnostics) ==
          std::vector<std::string>{fmt::format("{}:1 E102 key 'k0' appears twice in this mapping (first at line 1) [{}]",
                                               keys + 1, kDuplicateHint)});
  }
  auto clean = compose(many_keys(100));
  CHECK(clean.diagnostics.empty());
}

TEST_CASE("compose: a recursive alias stops composition", "[compose]") {
  const char* const hint = "remove the alias; hocvu files need no anchors or aliases";
  auto flow = compose("a: &x [ *x ]\n");
  CHECK(describe(flow.diagnostics) ==
        std::vector<std::string>{fmt::format(
            "1:9 E103 alias '*x' refers to the node that contains it, which would expand forever [{}]", hint)});
  CHECK(flow.diagnostics.at(0).rule == Rule::recursive_alias);
  CHECK_FALSE(flow.document.has_root());

  auto block = compose("a: &x\n  b: *x\n");
  CHECK(describe(block.diagnostics) ==
        std::vector<std::string>{fmt::format(
            "2:6 E103 alias '*x' refers to the node that contains it, which would expand forever [{}]", hint)});
  CHECK_FALSE(block.document.has_root());
}

TEST_CASE("compose: billion laughs stop at the alias budget", "[compose]") {
  // a's list is 11 nodes, so b's ten aliases add 110 and b's list is 111 nodes; each *b then
  // adds 111: 110 + 8 * 111 = 998 is within a budget of 1000, the ninth *b (column 40) is not.
  std::string text =
      "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
  ComposeLimits limits;
  limits.max_expanded_nodes = 1000;
  auto composed = compose(text, limits);
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{"3:40 E104 aliases expand the document by more than 1000 nodes [write the content "
                                 "out instead of repeating it with anchors and aliases]"});
  CHECK(composed.diagnostics.at(0).rule == Rule::alias_budget);
  CHECK_FALSE(composed.document.has_root());

  // With the default budget, nine levels (10^9 nodes) stop without being expanded.
  std::string lol = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int level = 1; level <= 8; ++level) {
    lol += fmt::format("l{0}: &l{0} [", level);
    for (int i = 0; i < 10; ++i) {
      lol += fmt::format("{}*l{}", i == 0 ? "" : ", ", level - 1);
    }
    lol += "]\n";
  }
  auto laughs = compose(lol);
  REQUIRE(laughs.diagnostics.size() == 1);
  CHECK(laughs.diagnostics[0].rule == Rule::alias_budget);
  CHECK(laughs.diagnostics[0].message == "aliases expand the document by more than 1000000 nodes");
  CHECK_FALSE(laughs.document.has_root());
}

TEST_CASE("compose: only what aliases add counts against the budget", "[compose]") {
  ComposeLimits none;
  none.max_expanded_nodes = 0;
  auto list = compose("[a, b, c]\n", none);
  CHECK(list.diagnostics.empty());
  CHECK(list.document.has_root());
  auto one = compose("a: &x 1\nb: *x\n", none);
  CHECK(describe(one.diagnostics) ==
        std::vector<std::string>{"2:4 E104 aliases expand the document by more than 0 nodes [write the content out "
                                 "instead of repeating it with anchors and aliases]"});

  // *a adds the 3 nodes of [x, x].
  ComposeLimits three;
  three.max_expanded_nodes = 3;
  auto shared = compose("a: &a [x, x]\nb: *a\n", three);
  CHECK(shared.diagnostics.empty());
  CHECK(shared.document.has_root());
  ComposeLimits two;
  two.max_expanded_nodes = 2;
  auto over = compose("a: &a [x, x]\nb: *a\n", two);
  REQUIRE(over.diagnostics.size() == 1);
  CHECK(over.diagnostics[0].rule == Rule::alias_budget);
  CHECK(over.diagnostics[0].where.line == 2);
  CHECK(over.diagnostics[0].where.column == 4);

  // A large bank without aliases: 2,000 questions of 19 nodes each.
  std::string bank = "bank:\n  id: b\n  framework: f\n  language: vi\nquestions:\n";
  for (int i = 0; i < 2000; ++i) {
    bank += fmt::format(
        "  - id: Q{}\n    competency: \"1.1\"\n    level: CB\n    type: single\n    stem: Câu hỏi {}\n"
        "    options:\n      a: x\n      b: y\n    answer: a\n",
        i, i);
  }
  ComposeLimits small;
  small.max_expanded_nodes = 10;
  auto big = compose(bank, small);
  CHECK(big.diagnostics.empty());
  REQUIRE(big.document.has_root());
  CHECK(big.document.node_count() == 2000 * 19 + 11);
}

// Found by fuzz_yaml_compose: the keys after an alias key were compared with the alias's list
// as if it were text, which read outside the text arena (std::out_of_range: "internal error").
TEST_CASE("compose: an alias to a list used as a key is left out, and later keys still compared", "[compose]") {
  // The ten empty mappings put l's children ahead of the few bytes of text, so reading s's
  // list as text would fall outside it.
  auto composed = compose("l: [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}]\ns: &s [x]\nm: {*s : 1, k: 2, k: 3}\n");
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{
            "3:5 E108 a list or mapping is used as a mapping key [keys in hocvu files are plain words such as "
            "'id' or 'stem']",
            "3:19 E102 key 'k' appears twice in this mapping (first at line 3) [delete one of them; most YAML "
            "tools would silently keep only the last value]"});
  REQUIRE(composed.document.has_root());
  NodeId m = *value_of(composed.document, composed.document.root(), "m");
  CHECK(keys_of(composed.document, m) == std::vector<std::string>{"k"});
  CHECK(composed.document.scalar(*value_of(composed.document, m, "k")) == "2");
}

TEST_CASE("compose: an alias to a list used as a key in a mapping of 40 keys (hash path)", "[compose]") {
  // 200 empty mappings: more children than the text arena will hold bytes when the keys are hashed.
  std::string text = "l: [{}";
  for (int i = 1; i < 200; ++i) {
    text += ", {}";
  }
  text += "]\ns: &s [x]\nm:\n  *s : 1\n";
  for (int i = 0; i < 40; ++i) {
    text += fmt::format("  k{}: v\n", i);
  }
  text += "  k0: again\n";
  auto composed = compose(text);
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{
            "4:3 E108 a list or mapping is used as a mapping key [keys in hocvu files are plain words such as "
            "'id' or 'stem']",
            "45:3 E102 key 'k0' appears twice in this mapping (first at line 5) [delete one of them; most YAML "
            "tools would silently keep only the last value]"});
  REQUIRE(composed.document.has_root());
  CHECK(composed.document.child_count(*value_of(composed.document, composed.document.root(), "m")) == 80);
}

TEST_CASE("compose: an undefined alias", "[compose]") {
  auto composed = compose("a: *y\n");
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{
            "1:4 E107 alias '*y' names no anchor defined before it [define '&y' earlier in the file, or write the "
            "value out]"});
  CHECK(composed.diagnostics.at(0).rule == Rule::undefined_alias);
  CHECK_FALSE(composed.document.has_root());

  auto before = compose("a: *x\nb: &x 1\n");
  REQUIRE(before.diagnostics.size() == 1);
  CHECK(before.diagnostics[0].rule == Rule::undefined_alias);
  CHECK(before.diagnostics[0].where.line == 1);
}

TEST_CASE("compose: a merge key is reported and left out", "[compose]") {
  auto composed = compose("base: &b {k: v}\nm:\n  <<: *b\n  z: 1\n");
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{"3:3 E108 merge keys ('<<') are not supported [write the merged keys out in full]"});
  CHECK(composed.diagnostics.at(0).rule == Rule::unsupported_yaml);
  const Document& doc = composed.document;
  REQUIRE(doc.has_root());
  auto m = value_of(doc, doc.root(), "m");
  REQUIRE(m);
  CHECK(keys_of(doc, *m) == std::vector<std::string>{"z"});

  auto quoted = compose("'<<': x\n");  // a quoted '<<' is an ordinary key
  CHECK(quoted.diagnostics.empty());
}

TEST_CASE("compose: a custom tag is reported and the value still read", "[compose]") {
  auto composed = compose("a: !foo bar\n");
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{
            "1:4 E108 custom tag '!foo' is not supported [remove the tag; hocvu reads every value as text]"});
  const Document& doc = composed.document;
  REQUIRE(doc.has_root());
  CHECK(doc.scalar(*value_of(doc, doc.root(), "a")) == "bar");

  auto standard = compose("a: !!str 1\nb: ! x\nc: !!map {k: v}\n");
  CHECK(standard.diagnostics.empty());

  auto set = compose("a: 1\nb: !!set {x}\n");
  CHECK(describe(set.diagnostics) ==
        std::vector<std::string>{"2:4 E108 custom tag 'tag:yaml.org,2002:set' is not supported [remove the tag; "
                                 "hocvu reads every value as text]"});
}

TEST_CASE("compose: a complex key stops composition", "[compose]") {
  auto block = compose("? [a, b]\n: c\n");
  CHECK(describe(block.diagnostics) == std::vector<std::string>{std::string("1:3 E108 ") + kComplexKey});
  CHECK_FALSE(block.document.has_root());

  auto flow = compose("{[a]: b}\n");
  CHECK(describe(flow.diagnostics) == std::vector<std::string>{std::string("1:2 E108 ") + kComplexKey});
  CHECK_FALSE(flow.document.has_root());
}

TEST_CASE("compose: nesting beyond max_depth", "[compose]") {
  const char* const hint = "check the indentation or brackets here; hocvu formats nest at most five levels";
  ComposeLimits three;
  three.max_depth = 3;
  CHECK(compose("[[[x]]]\n", three).diagnostics.empty());

  auto flow = compose("[[[[x]]]]\n", three);
  CHECK(describe(flow.diagnostics) ==
        std::vector<std::string>{fmt::format("1:4 E105 nesting is deeper than 3 levels [{}]", hint)});
  CHECK(flow.diagnostics.at(0).rule == Rule::nesting_too_deep);
  CHECK_FALSE(flow.document.has_root());

  auto block = compose("a:\n  b:\n    c:\n      d: x\n", three);
  CHECK(describe(block.diagnostics) ==
        std::vector<std::string>{fmt::format("4:7 E105 nesting is deeper than 3 levels [{}]", hint)});

  // The default limit is 64 levels.
  CHECK(compose(std::string(64, '[') + std::string(64, ']')).diagnostics.empty());
  auto deep = compose(std::string(65, '[') + std::string(65, ']'));
  CHECK(describe(deep.diagnostics) ==
        std::vector<std::string>{fmt::format("1:65 E105 nesting is deeper than 64 levels [{}]", hint)});
  // Far deeper input stops at the limit instead of recursing.
  CHECK(compose(std::string(100'000, '[')).diagnostics.size() == 1);
}

TEST_CASE("compose: a second document", "[compose]") {
  const char* const hint = "hocvu reads one document per file: move it to its own file or remove the '---'";
  auto implicit_first = compose("a: 1\n---\nb: 2\n");
  CHECK(describe(implicit_first.diagnostics) ==
        std::vector<std::string>{fmt::format("2:1 E106 a second YAML document starts here [{}]", hint)});
  CHECK(implicit_first.diagnostics.at(0).rule == Rule::multiple_documents);
  CHECK_FALSE(implicit_first.document.has_root());

  auto explicit_first = compose("---\na: 1\n---\nb: 2\n");
  CHECK(describe(explicit_first.diagnostics) ==
        std::vector<std::string>{fmt::format("3:1 E106 a second YAML document starts here [{}]", hint)});

  auto ended = compose("---\na: 1\n...\n");  // one document with its end marker
  CHECK(ended.diagnostics.empty());
  CHECK(ended.document.has_root());
}

TEST_CASE("compose: an empty file and a comments-only file", "[compose]") {
  for (std::string_view text : {std::string_view(""), std::string_view("# nothing yet\n  # still nothing\n"),
                                std::string_view("\n\n   \n")}) {
    INFO("text: '" << text << "'");
    auto composed = compose(text);
    CHECK(describe(composed.diagnostics) ==
          std::vector<std::string>{"0:0 E109 the file holds no YAML content [add the content, or delete the file]"});
    CHECK(composed.diagnostics.at(0).rule == Rule::empty_file);
    CHECK(composed.diagnostics.at(0).where.file == "test.yaml");
    CHECK_FALSE(composed.document.has_root());
  }
}

// Found by fuzz_yaml_compose: libyaml asserted on the null pointer of an empty string_view.
TEST_CASE("compose: an empty string_view with no data is an empty file", "[compose]") {
  auto composed = compose(std::string_view());
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{"0:0 E109 the file holds no YAML content [add the content, or delete the file]"});
  CHECK_FALSE(composed.document.has_root());
}

TEST_CASE("compose: syntax errors in plain language", "[compose]") {
  const char* const colon =
      "unexpected ':' here (YAML reads ': ' as the start of a value) [if this text contains ': ', put the whole "
      "text in double quotes]";
  auto composed = compose("stem: Ai: người dùng?\n");
  CHECK(describe(composed.diagnostics) == std::vector<std::string>{std::string("1:9 E101 ") + colon});
  CHECK(composed.diagnostics.at(0).rule == Rule::yaml_syntax);
  CHECK_FALSE(composed.document.has_root());

  // The column counts code points: the second ':' is the 20th character.
  auto vietnamese = compose("id: Q1\ncâu hỏi: Người dùng: là ai\n");
  CHECK(describe(vietnamese.diagnostics) == std::vector<std::string>{std::string("2:20 E101 ") + colon});

  CHECK(describe(compose("a:\n  b: 1\n c: 2\n").diagnostics) ==
        std::vector<std::string>{
            "3:2 E101 did not find expected key [check the indentation of this line against the lines above it]"});
  CHECK(describe(compose("a: @x\n").diagnostics) ==
        std::vector<std::string>{"1:4 E101 found character that cannot start any token [text starting with @ or ` "
                                 "and tab characters need quoting or removing]"});
  CHECK(describe(compose("a: [b, c\n").diagnostics) ==
        std::vector<std::string>{"2:1 E101 while parsing a flow sequence did not find expected ',' or ']' [a '[' or '{' opened a list or "
        "mapping that is not closed; if the text starts with '[' or '{', put it in double quotes]"});
}

TEST_CASE("compose: a control character is reported where it is, by its code point", "[compose]") {
  // libyaml's reader gives a byte offset; the column counts code points ("ệ" is 3 bytes).
  const char* const hint = " [delete it: control characters do not belong in text files]";
  CHECK(describe(compose("id: Q1\nstem: \"ệ\x1b[2J\"\n").diagnostics) ==
        std::vector<std::string>{std::string("2:9 E101 control character U+001B is not allowed") + hint});
  CHECK(describe(compose("a: \x7f\n").diagnostics) ==
        std::vector<std::string>{std::string("1:4 E101 control character U+007F is not allowed") + hint});
  CHECK(describe(compose("a: b\xC2\x9B\n").diagnostics) ==
        std::vector<std::string>{std::string("1:5 E101 control character U+009B is not allowed") + hint});
}

TEST_CASE("compose: a tab that stops the parser says the file could not be read, at the tab", "[compose]") {
  const char* const hint =
      " [replace the tabs with spaces (hocvu lint --fix does not change tabs: how many spaces a tab stands for "
      "depends on the editor)]";
  auto composed = compose("a: 1\n\tb: 2\n");
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{std::string("2:1 E006 the file could not be read: YAML does not allow tabs for "
                                             "indentation") +
                                 hint});
  CHECK(composed.diagnostics.at(0).rule == Rule::tab_character);
  CHECK_FALSE(composed.document.has_root());
  // The first tab of the indentation, after spaces.
  CHECK(describe(compose("a:\n  b: 1\n  \t c: 2\n").diagnostics) ==
        std::vector<std::string>{std::string("3:3 E006 the file could not be read: YAML does not allow tabs for "
                                             "indentation") +
                                 hint});
}

TEST_CASE("compose: a syntax error after Vietnamese text is reported even if an earlier line has a tab",
          "[compose]") {
  std::string text = "a: ";
  for (int i = 0; i < 100; ++i) {
    text += "ệ";  // 3 bytes, 1 character
  }
  text += "\nb: \"x\ty" + std::string(240, 'p') + "\"\nc: d: e\n";
  auto composed = compose(text);
  CHECK(describe(composed.diagnostics) ==
        std::vector<std::string>{"3:5 E101 unexpected ':' here (YAML reads ': ' as the start of a value) [if this "
                                 "text contains ': ', put the whole text in double quotes]"});
  CHECK_FALSE(composed.document.has_root());
}

TEST_CASE("compose: positions of scalars in block style", "[compose]") {
  auto composed = compose(
      "bank:\n"
      "  id: kns-1\n"
      "  title: \"Việt Nam\"\n"
      "questions:\n"
      "  - id: Q1\n"
      "    stem: Câu hỏi\n");
  REQUIRE(composed.diagnostics.empty());
  const Document& doc = composed.document;
  REQUIRE(doc.has_root());
  auto at = [&](NodeId id) { return std::make_pair(doc.node(id).line, doc.node(id).column); };
  CHECK(at(doc.root()) == std::make_pair(1u, 1u));
  NodeId bank = *value_of(doc, doc.root(), "bank");
  CHECK(doc.node(bank).kind == NodeKind::mapping);
  CHECK(at(bank) == std::make_pair(2u, 3u));
  CHECK(at(doc.child(bank, 0)) == std::make_pair(2u, 3u));  // the key "id"
  CHECK(at(*value_of(doc, bank, "id")) == std::make_pair(2u, 7u));
  CHECK(at(*value_of(doc, bank, "title")) == std::make_pair(3u, 10u));  // at the opening quote
  NodeId questions = *value_of(doc, doc.root(), "questions");
  CHECK(doc.node(questions).kind == NodeKind::sequence);
  CHECK(at(questions) == std::make_pair(5u, 3u));
  NodeId question = doc.child(questions, 0);
  CHECK(at(question) == std::make_pair(5u, 5u));
  CHECK(at(*value_of(doc, question, "id")) == std::make_pair(5u, 9u));
  NodeId stem = *value_of(doc, question, "stem");
  CHECK(at(stem) == std::make_pair(6u, 11u));
  CHECK(doc.scalar(stem) == "Câu hỏi");
}

TEST_CASE("compose: positions of scalars in flow style count code points", "[compose]") {
  auto composed = compose("tên: [Việt, Nam, {a: b}]\nx: {ý: [1,\n  ưu]}\n");
  REQUIRE(composed.diagnostics.empty());
  const Document& doc = composed.document;
  auto at = [&](NodeId id) { return std::make_pair(doc.node(id).line, doc.node(id).column); };
  NodeId list = *value_of(doc, doc.root(), "tên");
  CHECK(at(list) == std::make_pair(1u, 6u));
  REQUIRE(doc.child_count(list) == 3);
  CHECK(at(doc.child(list, 0)) == std::make_pair(1u, 7u));
  CHECK(at(doc.child(list, 1)) == std::make_pair(1u, 13u));
  NodeId inner = doc.child(list, 2);
  CHECK(at(inner) == std::make_pair(1u, 18u));
  CHECK(at(doc.child(inner, 0)) == std::make_pair(1u, 19u));
  CHECK(at(doc.child(inner, 1)) == std::make_pair(1u, 22u));
  NodeId x = *value_of(doc, doc.root(), "x");
  NodeId y = *value_of(doc, x, "ý");
  CHECK(at(y) == std::make_pair(2u, 8u));
  CHECK(at(doc.child(y, 0)) == std::make_pair(2u, 9u));
  CHECK(at(doc.child(y, 1)) == std::make_pair(3u, 3u));
  CHECK(doc.scalar(doc.child(y, 1)) == "ưu");
}

TEST_CASE("compose: plain and quoted scalars", "[compose]") {
  auto composed = compose("a: x\nb: 'x'\nc: \"x\"\nd: |\n  x\ne: >\n  x\nf: 3\ng:\n");
  REQUIRE(composed.diagnostics.empty());
  const Document& doc = composed.document;
  auto plain = [&](std::string_view key) { return doc.node(*value_of(doc, doc.root(), key)).plain; };
  auto text = [&](std::string_view key) { return doc.scalar(*value_of(doc, doc.root(), key)); };
  CHECK(plain("a"));
  CHECK_FALSE(plain("b"));
  CHECK_FALSE(plain("c"));
  CHECK_FALSE(plain("d"));
  CHECK_FALSE(plain("e"));
  CHECK(plain("f"));
  CHECK(plain("g"));
  CHECK(text("a") == "x");
  CHECK(text("b") == "x");
  CHECK(text("c") == "x");
  CHECK(text("d") == "x\n");
  CHECK(text("e") == "x\n");
  CHECK(text("f") == "3");
  CHECK(text("g") == "");
  CHECK(doc.node(doc.child(doc.root(), 0)).plain);  // the key "a"
}

TEST_CASE("compose: an alias is a node of its own that shares the anchored value", "[compose]") {
  auto composed = compose("a: &x {k: v}\nb: *x\nc: &s text\nd: *s\n");
  REQUIRE(composed.diagnostics.empty());
  const Document& doc = composed.document;
  NodeId a = *value_of(doc, doc.root(), "a");
  NodeId b = *value_of(doc, doc.root(), "b");
  CHECK(a != b);
  CHECK(doc.node(b).kind == NodeKind::mapping);
  CHECK(*value_of(doc, b, "k") == *value_of(doc, a, "k"));  // the children are shared
  CHECK(doc.scalar(*value_of(doc, b, "k")) == "v");
  // Each alias is where '*' is written, so findings about what it repeats point there.
  CHECK(doc.node(a).line == 1);
  CHECK(doc.node(a).column == 4);  // at its anchor
  CHECK(doc.node(b).line == 2);
  CHECK(doc.node(b).column == 4);
  NodeId d = *value_of(doc, doc.root(), "d");
  CHECK(doc.scalar(d) == "text");
  CHECK(doc.node(d).plain);
  CHECK(doc.node(d).line == 4);
  CHECK(doc.node(d).column == 4);
  // root, a, {, k, v, b, *x, c, text, d, *s: an alias adds one node, never a copy of its children.
  CHECK(doc.node_count() == 11);
}
