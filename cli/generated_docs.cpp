#include "generated_docs.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#include "command.hpp"
#include "command_doc.hpp"
#include "completions.hpp"
#include "hocvu/version.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "man_pages.hpp"
#include "terminal.hpp"
#include "text/date.hpp"

namespace hocvu::cli {

bool asks_for_generated_docs(int argc, char** argv) {
  if (argc < 2) return false;
  std::string_view first = argv[1];
  return first == "--generate-man" || first == "--generate-completions";
}

namespace {

void make_folder(const std::string& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    throw FatalError(fmt::format("cannot create the folder '{}': {}", folder, error.message()));
  }
}

// No date in a page unless SOURCE_DATE_EPOCH gives one: the same hocvu gives the same bytes.
std::string page_date() {
  return std::getenv("SOURCE_DATE_EPOCH") == nullptr ? "" : format_date(today_or_source_date_epoch());
}

// The fixed words of the man pages in the interface language (main.cpp chose it from --lang).
ManTexts man_texts() {
  if (interface_language() == Language::en) return ManTexts{};
  ManTexts texts;
  texts.manual = ui_text("cli.man.manual");
  texts.name = ui_text("cli.man.name");
  texts.synopsis = ui_text("cli.man.synopsis");
  texts.description = ui_text("cli.man.description");
  texts.arguments = ui_text("cli.man.arguments");
  texts.options = ui_text("cli.man.options");
  texts.commands = ui_text("cli.man.commands");
  texts.examples = ui_text("cli.man.examples");
  texts.exit_status = ui_text("cli.man.exit_status");
  texts.environment = ui_text("cli.man.environment");
  texts.see_also = ui_text("cli.man.see_also");
  texts.options_word = ui_text("cli.man.options_word");
  texts.command_word = ui_text("cli.man.command_word");
  texts.values = ui_text("cli.man.values");
  texts.value = ui_text("cli.man.value");
  texts.default_value = ui_text("cli.man.default_value");
  texts.required = ui_text("cli.man.required");
  texts.exit_status_default = ui_text("cli.man.exit_status_default");
  texts.no_color = ui_text("cli.man.no_color");
  texts.source_date_epoch = ui_text("cli.man.source_date_epoch");
  return texts;
}

}  // namespace

int write_generated_docs(const CLI::App& app, int argc, char** argv) {
  std::string man_dir;
  std::string completion_dir;
  CLI::App options{"hocvu's generated files", "hocvu"};
  options.add_option("--generate-man", man_dir, "write the man pages into this folder");
  options.add_option("--generate-completions", completion_dir, "write the bash and zsh completions here");
  std::string language;  // main.cpp has read it already: the pages are in that language
  options.add_option("--lang", language, "the language of the man pages: vi or en");
  try {
    options.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    print_error(e.what());
    return kExitFailure;
  }
  CommandDoc root = describe_command(app);
  if (!man_dir.empty()) {
    make_folder(man_dir);
    for (const ManPage& page : man_pages(root, man_texts(), kVersion, page_date())) {
      write_output((std::filesystem::path(man_dir) / page.file_name).string(), page.roff);
    }
  }
  if (!completion_dir.empty()) {
    make_folder(completion_dir);
    write_output((std::filesystem::path(completion_dir) / "hocvu").string(), bash_completion(root));
    write_output((std::filesystem::path(completion_dir) / "_hocvu").string(), zsh_completion(root));
  }
  return kExitSuccess;
}

}  // namespace hocvu::cli
