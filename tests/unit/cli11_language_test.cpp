// Tests of cli/cli11_language.cpp and of some Vietnamese texts of the cli catalogue part.
#include "cli11_language.hpp"

#include <catch2/catch.hpp>

#include "command_doc.hpp"
#include "i18n/interface.hpp"

using hocvu::InterfaceLanguageScope;
using hocvu::Language;
using hocvu::ui_format;
using hocvu::ui_text;
using hocvu::cli::parse_error_text;
using hocvu::cli::use_interface_language;

namespace {

// The message of the error CLI11 throws for `args` on a small App built in the current language.
std::string parse_error_for(std::vector<std::string> args) {
  CLI::App app{"toy", "toy"};
  use_interface_language(app);
  std::string format = "text";
  std::string out;
  app.add_option("-f,--format", format, "output")->check(CLI::IsMember({"text", "json"}));
  app.add_option("-o,--out", out, "folder")->required();
  std::reverse(args.begin(), args.end());  // CLI11 parses a vector from its back
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return parse_error_text(e);
  }
  return "";
}

}  // namespace

TEST_CASE("in English, CLI11's parse errors keep CLI11's words", "[cli]") {
  InterfaceLanguageScope english(Language::en);
  CHECK(parse_error_for({}) == "--out is required");
  CHECK(parse_error_for({"-o", "x", "--format", "xml"}) == "--format: xml not in {text,json}");
  CHECK(parse_error_for({"-o", "x", "extra"}) == "The following argument was not expected: extra");
}

TEST_CASE("in Vietnamese, CLI11's parse errors keep the option's name and say the problem in Vietnamese", "[cli]") {
  InterfaceLanguageScope vietnamese(Language::vi);
  CHECK(parse_error_for({}) == "thiếu --out (bắt buộc phải có)");
  CHECK(parse_error_for({"-o", "x", "--format", "xml"}) ==
        "--format: 'xml' không phải giá trị hợp lệ; hãy chọn một trong {text,json}");
  CHECK(parse_error_for({"-o", "x", "extra"}) == "đối số thừa, hocvu không dùng được: extra");
  CHECK(parse_error_for({"-o"}) == "--out: thiếu giá trị sau tùy chọn này");
}

TEST_CASE("Vietnamese help uses Vietnamese labels, English help CLI11's own", "[cli]") {
  for (Language language : {Language::en, Language::vi}) {
    InterfaceLanguageScope scope(language);
    CLI::App app{"toy", "toy"};
    use_interface_language(app);
    std::string out;
    app.add_option("-o,--out", out, "folder")->required();
    CLI::App* sub = app.add_subcommand("sub", "a subcommand");
    hocvu::cli::label_help_flags(app);
    std::string help = app.help();
    CHECK(sub->help().find(language == Language::en ? "\nOptions:\n  -h,--help" : "\nTùy chọn:\n  -h,--help") !=
          std::string::npos);
    if (language == Language::en) {
      CHECK(help.find("Usage: toy [OPTIONS] [SUBCOMMAND]\n\nOptions:\n  -h,--help                   Print this help message and exit\n") !=
            std::string::npos);
      CHECK(help.find("REQUIRED") != std::string::npos);
    } else {
      CHECK(help.find("Cách dùng: toy [TÙY CHỌN] [LỆNH]\n\nTùy chọn:\n  -h,--help                   In hướng dẫn này rồi thoát\n") !=
            std::string::npos);
      CHECK(help.find("BẮT BUỘC") != std::string::npos);
    }
  }
}

TEST_CASE("Vietnamese texts of the executable", "[cli]") {
  InterfaceLanguageScope vietnamese(Language::vi);
  CHECK(ui_text("cli.prefix.error") == "lỗi");
  CHECK(ui_text("cli.prefix.warning") == "cảnh báo");
  CHECK(ui_format("cli.not_a_command_did_you_mean", fmt::arg("word", "grad"), fmt::arg("nearest", "grade")) ==
        "'grad' không phải là lệnh của hocvu; có phải là 'grade' không?");
  CHECK(ui_text("cli.summary.grade") == "chấm các tệp bài làm: điểm, mức thành thạo, phân tích câu hỏi");
  CHECK(ui_text("cli.option.lang_messages") == "ngôn ngữ của thông báo: vi hoặc en");
  CHECK(ui_format("cli.grade.done", fmt::arg("what", ui_text("cli.grade.what.grading")), fmt::arg("read", 3),
                  fmt::arg("graded", 2), fmt::arg("rejected", 1), fmt::arg("out", "out/g")) ==
        "chấm thi: đã đọc 3 dòng = đã chấm 2 + bị loại 1; kết quả trong out/g");
}

TEST_CASE("a Vietnamese footer gives the man page its exit status and examples", "[cli]") {
  InterfaceLanguageScope vietnamese(Language::vi);
  auto footer = hocvu::cli::split_footer(std::string(ui_text("cli.keygen.footer")));
  CHECK(footer.exit_status == "0 đã tạo, 2 không tạo được (tệp đã có, không ghi được vào thư mục).");
  CHECK(footer.examples_heading == "Ví dụ:");
  CHECK(footer.examples == std::vector<std::string>{"hocvu keygen --out issuer.key",
                                                    "hocvu keygen --out /secure/keys/qh-2026.key"});
}
