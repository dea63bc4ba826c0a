// The loading stage's messages in Vietnamese: a few exact texts of each kind (YAML structure,
// fields, bytes and encodings, references), read through the same code as in English.
#include <catch2/catch.hpp>

#include <string>

#include "i18n/interface.hpp"
#include "lint_test_support.hpp"
#include "load/source_checks.hpp"
#include "model/field_reader.hpp"
#include "yaml/compose.hpp"

using hocvu::ComposeLimits;
using hocvu::Diagnostics;
using hocvu::FieldReader;
using hocvu::FileContext;
using hocvu::InterfaceLanguageScope;
using hocvu::Language;
using hocvu::Need;
using hocvu::Rule;
using hocvu::test::bank_yaml;
using hocvu::test::describe;
using hocvu::test::kFramework;
using hocvu::test::kFrameworkPath;
using hocvu::test::lint_memory;
using hocvu::test::with_rule;

TEST_CASE("a duplicate YAML key is reported in Vietnamese", "[load][i18n]") {
  InterfaceLanguageScope vi(Language::vi);
  Diagnostics diagnostics;
  hocvu::compose_yaml("id: a\nid: b\n", "bank.yaml", ComposeLimits{}, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "khóa 'id' xuất hiện hai lần trong cùng một ánh xạ (lần đầu ở dòng 1)");
  CHECK(diagnostics[0].hint == "hãy xóa một trong hai; phần lớn công cụ YAML sẽ lặng lẽ chỉ giữ giá trị sau cùng");
}

TEST_CASE("an unknown key with a suggestion and a missing field, in Vietnamese", "[load][i18n]") {
  InterfaceLanguageScope vi(Language::vi);
  Diagnostics diagnostics;
  std::string path = "bank.yaml";
  hocvu::Document document = hocvu::compose_yaml("id: Q1\nstme: Câu hỏi\n", path, ComposeLimits{}, diagnostics);
  REQUIRE(diagnostics.empty());
  FileContext context{document, path, 0, diagnostics};
  FieldReader reader(context, document.root(), "question", {"id", "stem"});
  reader.text("stem", Need::required);
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].message == "khóa 'stme' không xác định trong câu hỏi Q1");
  CHECK(diagnostics[0].hint == "có phải là 'stem' không?");
  CHECK(diagnostics[1].message == "câu hỏi Q1 thiếu 'stem'");
  CHECK(diagnostics[1].hint == "hãy thêm 'stem:' vào câu hỏi này");
}

TEST_CASE("bytes that are not UTF-8 are reported in Vietnamese", "[load][i18n]") {
  InterfaceLanguageScope vi(Language::vi);
  Diagnostics diagnostics;
  CHECK_FALSE(hocvu::check_source("id: a\xFF\n", "bank.yaml", diagnostics));
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "byte 0xFF không hợp lệ trong mã UTF-8; phần còn lại của tệp không được đọc");
  CHECK(diagnostics[0].hint == "hãy lưu lại tệp ở mã UTF-8 trong trình soạn thảo");
}

TEST_CASE("an unknown reference with a suggestion is reported in Vietnamese", "[load][i18n]") {
  InterfaceLanguageScope vi(Language::vi);
  std::string bank = bank_yaml(R"(  - id: Q1
    type: true_false
    competency: "1.3"
    level: CB
    stem: Mật khẩu mạnh có ít nhất 12 ký tự.
    answer: true
)");
  auto result = lint_memory({{kFrameworkPath, kFramework}, {"banks/b1.yaml", bank}});
  Diagnostics unknown = with_rule(result.diagnostics, Rule::unknown_reference);
  INFO(describe(result.diagnostics));
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].message == "câu hỏi Q1 tham chiếu tới năng lực thành phần '1.3' chưa được định nghĩa");
  CHECK(unknown[0].hint == "có phải là '1.1' không?");
}

TEST_CASE("every record kind has a name in both languages", "[load][i18n]") {
  for (Language language : {Language::vi, Language::en}) {
    InterfaceLanguageScope scope(language);
    CHECK(hocvu::record_name("count constraint", "c1") ==
          (language == Language::vi ? "ràng buộc số câu c1" : "count constraint c1"));
  }
  CHECK(hocvu::record_name("not a kind") == "not a kind");
}
