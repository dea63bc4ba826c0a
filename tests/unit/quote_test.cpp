// Tests of src/yaml/quote.cpp: every text written as a scalar reads back, through our YAML
// composer, as exactly that text; safe texts stay plain.
#include "yaml/quote.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "yaml/compose.hpp"

using hocvu::yaml_double_quoted;
using hocvu::yaml_scalar;
using hocvu::YamlContext;

namespace {

// `text` written as the value of `key: ...` and as an item of a flow list, composed again.
void check_round_trip(const std::string& text) {
  INFO("text: [" << text << "] written as " << yaml_scalar(text));
  std::string yaml = "key: " + yaml_scalar(text) + "\nlist: [" + yaml_scalar(text, YamlContext::flow) + ", x]\n";
  hocvu::Diagnostics diagnostics;
  hocvu::Document doc = hocvu::compose_yaml(yaml, "q.yaml", hocvu::ComposeLimits{}, diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(doc.has_root());
  hocvu::NodeId root = doc.root();
  REQUIRE(doc.child_count(root) == 4);
  CHECK(doc.scalar(doc.child(root, 1)) == text);
  hocvu::NodeId list = doc.child(root, 3);
  REQUIRE(doc.child_count(list) == 2);
  CHECK(doc.scalar(doc.child(list, 0)) == text);
}

}  // namespace

TEST_CASE("yaml_scalar: nasty texts read back exactly", "[quote]") {
  const std::vector<std::string> texts = {
      "a: b", "a:b", "ends with colon:", "#not a comment", "a #b", "a#b", "\"quoted\"", "'single'", "it's",
      "  leading spaces", "trailing spaces  ", "no", "No", "yes", "on", "off", "y", "n", "true", "False", "null",
      "~", "1.10", "1.1", "010", "0x1f", "1e5", "-1", "+1", ".5", ".inf", "2026-12-31", "line\nbreak",
      "two\n\nlines", "tab\there", "back\\slash", "\\n literal", "- item", "? key", "[list]", "{map}", "a, b",
      "a [b]", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick", "|block", ">folded", "---", "...",
      "Thủ đô của Việt Nam là Hà Nội?", "Đúng: là Hà Nội", "ký tự \xE2\x80\xA8 phân dòng", "nel \xC2\x85 x",
      "bom \xEF\xBB\xBF x", "bell \x07 x", "del \x7F x", "c1 \xC2\x9B x", "site:", "=5", "<<", "x: y: z", "",
      "100%", "50% đúng", "(đơn vị: %)", "a\r\nb", "\"", "\\"};
  for (const auto& text : texts) check_round_trip(text);
}

TEST_CASE("yaml_scalar: plain when nothing can be misread", "[quote]") {
  CHECK(yaml_scalar("Hà Nội") == "Hà Nội");
  CHECK(yaml_scalar("Q1.1-CB-01") == "Q1.1-CB-01");
  CHECK(yaml_scalar("a, b và c?") == "a, b và c?");
  CHECK(yaml_scalar("site:quochoi.vn") == "site:quochoi.vn");
  CHECK(yaml_scalar("it's fine") == "it's fine");
}

TEST_CASE("yaml_scalar: quoted, with escapes, when it could be misread", "[quote]") {
  CHECK(yaml_scalar("1.1") == "\"1.1\"");
  CHECK(yaml_scalar("no") == "\"no\"");
  CHECK(yaml_scalar("site:") == "\"site:\"");
  CHECK(yaml_scalar("a: b") == "\"a: b\"");
  CHECK(yaml_scalar("x #y") == "\"x #y\"");
  CHECK(yaml_scalar(" x") == "\" x\"");
  CHECK(yaml_scalar("") == "\"\"");
  CHECK(yaml_scalar("a\nb\tc") == "\"a\\nb\\tc\"");
  CHECK(yaml_scalar("say \"hi\" \\o/") == "say \"hi\" \\o/");
  CHECK(yaml_double_quoted("say \"hi\" \\o/") == "\"say \\\"hi\\\" \\\\o/\"");
  CHECK(yaml_scalar("x\xE2\x80\xA8y") == "\"x\\u2028y\"");
  CHECK(yaml_scalar("x\x1b[31m") == "\"x\\x1B[31m\"");
  CHECK(yaml_scalar("a, b", YamlContext::flow) == "\"a, b\"");
  CHECK(yaml_scalar("[x]", YamlContext::block) == "\"[x]\"");
}
