#include "command_doc.hpp"

#include <catch2/catch.hpp>

#include "cli_doc_fixture.hpp"

using hocvu::cli::choice_values;
using hocvu::cli::describe_command;
using hocvu::cli::split_footer;
using hocvu::cli::ValueKind;

TEST_CASE("describe_command reads options, positionals and subcommands from the App", "[command_doc]") {
  hocvu::cli::test::ToyValues values;
  auto app = hocvu::cli::test::toy_app(values);
  auto root = describe_command(*app);
  REQUIRE(root.path == std::vector<std::string>{"toy"});
  REQUIRE(root.subcommands.size() == 2);
  const auto& check = root.subcommands[0];
  CHECK(check.path == std::vector<std::string>{"toy", "check"});
  REQUIRE(check.positionals.size() == 1);
  CHECK(check.positionals[0].name == "paths");
  CHECK(check.positionals[0].repeats);
  CHECK(check.positionals[0].kind == ValueKind::path);
  REQUIRE(check.options.size() == 4);  // --help, --format, --jobs, --strict
  const auto& format = check.options[1];
  CHECK(format.short_names == std::vector<std::string>{"-f"});
  CHECK(format.long_names == std::vector<std::string>{"--format"});
  CHECK(format.kind == ValueKind::choice);
  CHECK(format.values == std::vector<std::string>{"text", "json"});
  CHECK(format.default_value == "text");
  CHECK(check.options[2].kind == ValueKind::number);
  CHECK(check.options[3].kind == ValueKind::none);
  CHECK(root.subcommands[1].subcommand_required);
  CHECK(root.subcommands[1].subcommands[0].positionals[0].required);
}

TEST_CASE("choice_values reads a CLI11 set from an option's type", "[command_doc]") {
  CHECK(choice_values("TEXT:{text,json,sarif}") == std::vector<std::string>{"text", "json", "sarif"});
  CHECK(choice_values("TEXT:{vi,en}[-REGION]") == std::vector<std::string>{"vi", "en"});
  CHECK(choice_values("UINT:0 to 1000").empty());
  CHECK(choice_values("TEXT").empty());
}

TEST_CASE("split_footer tells prose, the exit status and the examples apart", "[command_doc]") {
  auto doc = split_footer(
      "Writes files.\nMore text.\nExit status: 0 done,\n2 could not run.\n\nExample (two steps):\n  a b\n    c\n");
  CHECK(doc.paragraphs == std::vector<std::string>{"Writes files. More text."});
  CHECK(doc.exit_status == "0 done, 2 could not run.");
  CHECK(doc.examples_heading == "Example (two steps):");
  CHECK(doc.examples == std::vector<std::string>{"a b", "c"});
  CHECK(split_footer("").paragraphs.empty());
  CHECK(split_footer("Just text.\n").exit_status.empty());
}
