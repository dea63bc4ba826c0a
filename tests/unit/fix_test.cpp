#include "lint/fix.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.hpp"
#include "yaml/compose.hpp"

using hocvu::apply_safe_fixes;

namespace {

// "Việt" with ệ decomposed (e, U+0323, U+0302) and precomposed (U+1EC7).
constexpr std::string_view kVietNfd = "Vie\xCC\xA3\xCC\x82t";
constexpr std::string_view kVietNfc = "Vi\xE1\xBB\x87t";

std::optional<std::string> fixed(std::string_view bytes) {
  return apply_safe_fixes(bytes);
}

}  // namespace

TEST_CASE("apply_safe_fixes removes a byte-order mark", "[fix]") {
  CHECK(fixed("\xEF\xBB\xBFid: Q1\n") == std::string("id: Q1\n"));
  CHECK(fixed("\xEF\xBB\xBF") == std::string(""));
  CHECK(fixed("\xEF\xBB\xBF\xEF\xBB\xBFid: Q1\n") == std::string("id: Q1\n"));  // libyaml skips both
  // U+FEFF later in the text is not a byte-order mark: it is left alone.
  CHECK(fixed("a: 1\nb: \xEF\xBB\xBF\n") == std::nullopt);
}

TEST_CASE("apply_safe_fixes turns CRLF into LF", "[fix]") {
  CHECK(fixed("a: 1\r\nb: 2\r\n") == std::string("a: 1\nb: 2\n"));
  CHECK(fixed("a: 1\r\nb: 2") == std::string("a: 1\nb: 2"));
  CHECK(fixed("a: 1\nb: 2\r\n") == std::string("a: 1\nb: 2\n"));  // mixed endings
  CHECK(fixed("\r\n\r\n") == std::string("\n\n"));
}

TEST_CASE("apply_safe_fixes turns a lone CR into LF", "[fix]") {
  CHECK(fixed("a: x\ry: z\n") == std::string("a: x\ny: z\n"));  // a lone CR (old Mac)
  CHECK(fixed("a\r\r\nb") == std::string("a\n\nb"));
  // A CR before trailing spaces is a line break of its own: the spaces make an empty line.
  CHECK(fixed("key: value\r \n") == std::string("key: value\n\n"));
  // libyaml reads a CR inside a quoted scalar as a line break, so "a b" either way.
  CHECK(fixed("a: \"x\ry\"\n") == std::string("a: \"x\ny\"\n"));
}

TEST_CASE("apply_safe_fixes leaves U+0085, U+2028 and U+2029 alone", "[fix]") {
  // In a quoted scalar libyaml keeps U+2028 as text; as LF it would fold into a space.
  CHECK(fixed("a: \"x\xE2\x80\xA8y\"\n") == std::nullopt);
  CHECK(fixed("a: \"x\xE2\x80\xA9y\"\r\n") == std::string("a: \"x\xE2\x80\xA9y\"\n"));
  CHECK(fixed("a: 1\xC2\x85" "b: 2\n") == std::nullopt);  // NEL between entries: still left to a person
  CHECK(fixed("a: 1\xE2\x80\xA8" "b: 2\n") == std::nullopt);
  // They still end lines for the other fixes, as they do for libyaml.
  CHECK(fixed("a: 1  \xE2\x80\xA8" "b: 2  \n") == std::string("a: 1\xE2\x80\xA8" "b: 2\n"));
  // Other characters with those bytes inside are left alone: U+0145 is C5 85, U+2029 needs E2 80.
  CHECK(fixed("\xC5\x85\n") == std::nullopt);
}

TEST_CASE("apply_safe_fixes removes spaces at line ends only", "[fix]") {
  CHECK(fixed("stem: Câu  hỏi   \nanswer: a \n") == std::string("stem: Câu  hỏi\nanswer: a\n"));
  CHECK(fixed("  - id: Q1  \n") == std::string("  - id: Q1\n"));  // indentation stays
  CHECK(fixed("a: 1\n    \nb: 2\n") == std::string("a: 1\n\nb: 2\n"));
  CHECK(fixed("last line   ") == std::string("last line"));
  CHECK(fixed("a: 1  \r\n") == std::string("a: 1\n"));
  CHECK(fixed("a: x\t\n") == std::nullopt);  // tabs are for the tab rule, not this fix
}

TEST_CASE("apply_safe_fixes rewrites text in NFC", "[fix]") {
  std::string nfd = "stem: " + std::string(kVietNfd) + " Nam\n";
  std::string nfc = "stem: " + std::string(kVietNfc) + " Nam\n";
  CHECK(fixed(nfd) == nfc);
  CHECK(fixed(nfc) == std::nullopt);
}

TEST_CASE("apply_safe_fixes does everything at once", "[fix]") {
  std::string input = "\xEF\xBB\xBF" "stem: " + std::string(kVietNfd) + "  \r\nanswer: a\r\n";
  std::string expected = "stem: " + std::string(kVietNfc) + "\nanswer: a\n";
  CHECK(fixed(input) == expected);
}

TEST_CASE("apply_safe_fixes returns nullopt for clean text", "[fix]") {
  CHECK(fixed("") == std::nullopt);
  CHECK(fixed("a: 1\n") == std::nullopt);
  CHECK(fixed("stem: Đại biểu Quốc hội\n  indented: x\n") == std::nullopt);
  CHECK(fixed("no final newline") == std::nullopt);
}

TEST_CASE("apply_safe_fixes leaves NUL bytes and invalid UTF-8 alone", "[fix]") {
  CHECK(fixed(std::string_view("a: 1  \r\n\0", 9)) == std::nullopt);
  CHECK(fixed(std::string_view("\0", 1)) == std::nullopt);
  CHECK(fixed("\xEF\xBB\xBF" "a: \xC0\xAF  \r\n") == std::nullopt);
  CHECK(fixed("a: Vi\xEA\xF2t  \n") == std::nullopt);  // Windows-1258 bytes
}

TEST_CASE("apply_safe_fixes is idempotent", "[fix]") {
  const std::string inputs[] = {
      "\xEF\xBB\xBF" "a: 1  \r\nb: 2\r\n",
      "stem: " + std::string(kVietNfd) + "   \n",
      "  \r\n  \n\r\n",
      "x  \r",
      "a: 1 \r \n",
      "a\xC2\x85  b \xE2\x80\xA8",
      "a: |\r\n  x  \r\n\r\nb: y  \r\n",
      "a: \"x\\   \n  y\"  \n",
  };
  for (const std::string& input : inputs) {
    INFO("input: " << input);
    auto once = fixed(input);
    REQUIRE(once);
    CHECK(fixed(*once) == std::nullopt);
  }
}

TEST_CASE("apply_safe_fixes keeps trailing spaces in literal and folded block scalars", "[fix]") {
  // In '|' and '>' the spaces are text ("Dòng một  \n..."); elsewhere YAML drops them.
  CHECK(fixed("stem: |\n  Dòng một  \n  Dòng hai \nanswer: a  \n") ==
        std::string("stem: |\n  Dòng một  \n  Dòng hai \nanswer: a\n"));
  CHECK(fixed("stem: >\n  Dòng một  \n  Dòng hai\nanswer: a  \n") ==
        std::string("stem: >\n  Dòng một  \n  Dòng hai\nanswer: a\n"));
  // Spaces after the header are a comment's place, not text.
  CHECK(fixed("stem: |-  \n  x  \n") == std::string("stem: |-\n  x  \n"));
  CHECK(fixed("stem: > # note  \n  x  \n") == std::string("stem: > # note\n  x  \n"));
  // CRLF inside a block scalar is still LF to libyaml.
  CHECK(fixed("stem: |\r\n  x  \r\n") == std::string("stem: |\n  x  \n"));
}

TEST_CASE("apply_safe_fixes ends a block scalar at the first less indented non-empty line", "[fix]") {
  // Lines of spaces inside do not end it (beyond the indentation they are text), a comment
  // line less indented does.
  CHECK(fixed("q:\n  stem: |\n    a  \n      \n    b  \n  # c  \n  answer: x  \n") ==
        std::string("q:\n  stem: |\n    a  \n      \n    b  \n  # c\n  answer: x\n"));
  // On a line of spaces, those up to the indentation are not text, those past it are.
  CHECK(fixed("stem: |\n  a\n  \n     \n  b\nk: v\n") == std::string("stem: |\n  a\n\n     \n  b\nk: v\n"));
  // More indented lines are text too.
  CHECK(fixed("stem: |\n  a  \n    b  \nk: v  \n") == std::string("stem: |\n  a  \n    b  \nk: v\n"));
  // An empty block scalar: the next key is not indented past its mapping, so it is not text.
  CHECK(fixed("  a: |\n  b: x  \n") == std::string("  a: |\n  b: x\n"));
  // In a sequence, and with an explicit indentation (whose content may be less indented than the header).
  CHECK(fixed("- |\n  x  \n- y  \n") == std::string("- |\n  x  \n- y\n"));
  CHECK(fixed("k: &a\n  |1\n  text  \n more  \nz: 1  \n") == std::string("k: &a\n  |1\n  text  \n more  \nz: 1\n"));
}

TEST_CASE("apply_safe_fixes strips trailing spaces in plain and quoted scalars, where YAML drops them", "[fix]") {
  CHECK(fixed("stem: Một dòng  \n  hai dòng  \n") == std::string("stem: Một dòng\n  hai dòng\n"));
  CHECK(fixed("stem: \"Một  \n  hai\"\n") == std::string("stem: \"Một\n  hai\"\n"));
  // A '|' inside a text is no header.
  CHECK(fixed("stem: \"a |\"  \n  x  \n") == std::string("stem: \"a |\"\n  x\n"));
  CHECK(fixed("# stem: |  \nk: x  \n") == std::string("# stem: |\nk: x\n"));
}

TEST_CASE("apply_safe_fixes keeps a space escaped by a backslash", "[fix]") {
  // "\ " is a space in a double-quoted scalar; without it "\" would escape the line break.
  CHECK(fixed("a: \"x\\   \n  y\"\n") == std::string("a: \"x\\ \n  y\"\n"));
  CHECK(fixed("a: \"x\\\\   \n  y\"\n") == std::string("a: \"x\\\\\n  y\"\n"));  // "\\" is a backslash
  CHECK(fixed("a: \"x\\ \n  y\"\n") == std::nullopt);
}

// The property behind all of the above: a fixed file composes to the same document as before,
// node for node and line for line, with the same scalar values apart from NFC.

namespace fs = std::filesystem;

namespace {

// One line per node in document order (kind, line, style, NFC text), then the compose findings.
// nullopt when the text does not compose: then there is nothing to keep.
std::optional<std::vector<std::string>> describe_document(std::string_view text) {
  hocvu::Diagnostics diagnostics;
  hocvu::Document document = hocvu::compose_yaml(text, "t.yaml", hocvu::ComposeLimits{}, diagnostics);
  if (!document.has_root()) {
    return std::nullopt;
  }
  std::vector<std::string> lines;
  std::vector<hocvu::NodeId> stack{document.root()};
  while (!stack.empty()) {
    hocvu::NodeId id = stack.back();
    stack.pop_back();
    const hocvu::Node& node = document.node(id);
    if (node.kind == hocvu::NodeKind::scalar) {
      lines.push_back(fmt::format("{} {} [{}]", node.line, node.plain ? "plain" : "styled",
                                  hocvu::to_nfc(document.scalar(id))));
      continue;
    }
    lines.push_back(fmt::format("{} {} of {}", node.line, node.kind == hocvu::NodeKind::mapping ? "mapping" : "sequence",
                                document.child_count(id)));
    for (uint32_t i = document.child_count(id); i > 0; --i) {
      stack.push_back(document.child(id, i - 1));
    }
  }
  for (const hocvu::Diagnostic& d : diagnostics) {
    lines.push_back(fmt::format("finding {} on line {}", d.code(), d.where.line));
  }
  return lines;
}

// Checks the property for `input`, and that a second fix changes nothing.
void check_fix_keeps_document(const std::string& input) {
  std::optional<std::string> fixed = hocvu::apply_safe_fixes(input);
  if (!fixed) {
    return;
  }
  CHECK(hocvu::apply_safe_fixes(*fixed) == std::nullopt);
  std::optional<std::vector<std::string>> before = describe_document(input);
  if (!before) {
    return;
  }
  std::optional<std::vector<std::string>> after = describe_document(*fixed);
  REQUIRE(after);
  CHECK(*after == *before);
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The bundled framework, banks, blueprints and report files, the examples and every YAML input of
// the tests.
std::vector<fs::path> bundled_yaml_files() {
  std::vector<fs::path> files;
  fs::path source = HOCVU_SOURCE_DIR;
  for (const char* folder : {"framework", "question-banks", "reports", "examples", "tests/e2e/cases", "tests/exam/data"}) {
    for (const auto& entry : fs::recursive_directory_iterator(source / folder)) {
      std::string extension = entry.path().extension().string();
      if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
        files.push_back(entry.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string to_nfd(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  REQUIRE(U_SUCCESS(status));
  std::string result;
  decomposed.toUTF8String(result);
  return result;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// What editors and copy-paste do to a file: spaces at every line end, CRLF or CR, a byte-order
// mark, decomposed letters, and all of them at once.
std::vector<std::string> dirty_versions(const std::string& text) {
  std::string spaces = replace_all(text, "\n", "  \n");
  std::string all = "\xEF\xBB\xBF" + replace_all(to_nfd(spaces), "\n", "\r\n");
  return {text, spaces, replace_all(text, "\n", "\r\n"), replace_all(text, "\n", "\r"), "\xEF\xBB\xBF" + text,
          to_nfd(text), all};
}

// `text` with a few random insertions of what breaks naive fixes, at character boundaries.
std::string mutate(const std::string& text, std::mt19937_64& random) {
  static const char* const kInsertions[] = {
      "   ",  "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85", "\r",  "\\ ", " |",   " >",    " |2", "\"",
      "'",    "e\xCC\x81",    "\n",           "  \n",     "#",   ": ",  "- ",   " \\\\ ", "\t",  "\xEF\xBB\xBF"};
  std::string result = text;
  size_t count = 1 + random() % 4;
  for (size_t n = 0; n < count && !result.empty(); ++n) {
    size_t at = random() % result.size();
    while (at < result.size() && (static_cast<unsigned char>(result[at]) & 0xC0) == 0x80) {
      ++at;
    }
    result.insert(at, kInsertions[random() % std::size(kInsertions)]);
  }
  return result;
}

}  // namespace

TEST_CASE("apply_safe_fixes keeps the document of every bundled and test file, also made dirty", "[fix][property]") {
  std::vector<fs::path> files = bundled_yaml_files();
  REQUIRE(files.size() > 20);
  for (const fs::path& file : files) {
    INFO(file.string());
    for (const std::string& input : dirty_versions(read_bytes(file))) {
      check_fix_keeps_document(input);
    }
  }
}

TEST_CASE("apply_safe_fixes keeps the document of randomly damaged bundled files", "[fix][property]") {
  std::mt19937_64 random(20240607);
  size_t composed = 0;
  for (const fs::path& file : bundled_yaml_files()) {
    std::string text = read_bytes(file);
    for (int round = 0; round < 40; ++round) {
      std::string input = mutate(text, random);
      INFO(file.string() << " round " << round << ": " << input);
      check_fix_keeps_document(input);
      composed += describe_document(input) ? 1 : 0;
    }
  }
  CHECK(composed > 100);  // enough of the damaged files still compose for the check to mean something
}

TEST_CASE("apply_safe_fixes keeps the document of tricky YAML", "[fix][property]") {
  const std::string inputs[] = {
      // Literal and folded block scalars: trailing spaces, lines of spaces, chomping, indicators.
      "stem: |\n  Dòng một  \n  \n     \n  Dòng hai   \nanswer: a  \n",
      "stem: >\n  Dòng một  \n   thụt vào  \n  Dòng hai\n\nanswer: a  \n",
      "stem: |+\n  a  \n   \n\nnext: b  \n",
      "stem: >-  \n  a  \n  b  \n",
      "q:\n  - stem: |2\n        a  \n       b  \n    c: d  \n",
      "k: &a\n  |1\n  text  \n more  \nz: 1  \n",
      "- |\n x  \n-   >\n   y  \n   z  \n- w  \n",
      "a: |\nb: x  \n",
      "|\n  root text  \n",
      "--- >\n  root  \n  folded  \n",
      "a:\n  b: |\n    x  \n  # comment  \n  c: y  \n",
      "a: | # note  \n  x  \n",
      "? |\n  complex key  \n: value  \n",
      // Quoted and plain scalars over several lines, escapes, a '|' that is no header.
      "a: \"x\\   \n  y\"  \n",
      "a: \"x\\\\   \n  y\"  \n",
      "a: 'one  \n  two  '  \n",
      "a: plain  \n  more plain  \n\n  after empty  \n",
      "a: [\"x |\",  \n  y  ]  \n",
      "a: x |  \n  y  \n",
      "a: [1,  \n  2 ]  \n",
      "a: {b: c,  \n  d: e}  \n",
      // Line breaks: CR, CRLF, and the ones --fix leaves (in quotes, plain text and block scalars).
      "a: \"x\ry\"\r\n",
      "a: \"x\xE2\x80\xA8y\"\r\nb: 1\r\n",
      "a: \"x\xE2\x80\xA9y\"\n",
      "a: \"x\xC2\x85y\"  \n",
      "a: x\xE2\x80\xA8  y  \n",
      "a: |\n  x\xE2\x80\xA8  y  \n  z  \n",
      "a: 1\xE2\x80\xA8" "b: 2  \n",
      "a: |\r  x  \r\r  y  \rb: 1  \r",
      // NFC, a byte-order mark, anchors and aliases, comments.
      "\xEF\xBB\xBF" "a: Vie\xCC\xA3\xCC\x82t  \r\n",
      "a: &x Vie\xCC\xA3\xCC\x82t  \nb: *x  \n",
      "# a comment  \na: 1  \n",
      "a: x # comment  \n",
  };
  for (const std::string& input : inputs) {
    INFO("input: " << input);
    REQUIRE(describe_document(input));  // each one composes, so the property is checked
    check_fix_keeps_document(input);
  }
}
