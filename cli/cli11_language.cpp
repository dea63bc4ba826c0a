#include "cli11_language.hpp"

#include <fmt/format.h>

#include <optional>
#include <string_view>
#include <utility>

#include "i18n/interface.hpp"

namespace hocvu::cli {

namespace {

bool in_english() { return interface_language() == Language::en; }

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The part of `text` after `marker`, or nullopt.
std::optional<std::string> after(const std::string& text, std::string_view marker) {
  size_t at = text.find(marker);
  if (at == std::string::npos) return std::nullopt;
  return text.substr(at + marker.size());
}

// "NAME: problem" -> {NAME, problem} for the errors CLI11 builds that way.
std::pair<std::string, std::string> split_name(const std::string& text) {
  size_t colon = text.find(": ");
  if (colon == std::string::npos) return {"", text};
  return {text.substr(0, colon), text.substr(colon + 2)};
}

// "xml not in {text,json,sarif,github}" from CLI::IsMember.
std::string validation_problem(const std::string& problem) {
  size_t at = problem.find(" not in {");
  if (at != std::string::npos && ends_with(problem, "}")) {
    return ui_format("cli.parse.not_in_set", fmt::arg("value", problem.substr(0, at)),
                     fmt::arg("set", problem.substr(at + 8)));
  }
  return problem;  // hocvu's own validators already speak the interface language
}

std::string required_text(const std::string& what) {
  const std::string suffix = " is required";
  if (!ends_with(what, suffix)) return what;
  std::string name = what.substr(0, what.size() - suffix.size());
  if (name == "A subcommand") return std::string(ui_text("cli.parse.subcommand_required"));
  return ui_format("cli.parse.required", fmt::arg("name", name));
}

std::string mismatch_text(const std::string& what) {
  auto [name, problem] = split_name(what);
  // "--out: 1 required TEXT missing": an option given without its value.
  if (!name.empty() && ends_with(problem, " missing") && problem.find(" required ") != std::string::npos) {
    return ui_format("cli.parse.value_missing", fmt::arg("name", name));
  }
  if (ends_with(what, " was given a disallowed flag override")) {
    return ui_format("cli.parse.flag_value", fmt::arg("name", what.substr(0, what.find(' '))));
  }
  return ui_format("cli.parse.wrong_count", fmt::arg("detail", what));
}

std::string conversion_text(const std::string& what) {
  if (auto rest = after(what, "Could not convert: ")) {
    size_t equals = rest->find(" = ");
    if (equals != std::string::npos) {
      return ui_format("cli.parse.cannot_convert", fmt::arg("name", rest->substr(0, equals)),
                       fmt::arg("value", rest->substr(equals + 3)));
    }
  }
  auto [name, problem] = split_name(what);
  if (problem == "too many inputs for a flag") return ui_format("cli.parse.flag_value", fmt::arg("name", name));
  if (problem == "Should be true/false or a number") return ui_format("cli.parse.flag_value", fmt::arg("name", name));
  return what;
}

std::string extras_text(const std::string& what) {
  for (std::string_view marker : {"The following argument was not expected: ",
                                  "The following arguments were not expected: "}) {
    if (auto rest = after(what, marker)) return ui_format("cli.parse.extras", fmt::arg("arguments", *rest));
  }
  return what;
}

std::string pair_text(const std::string& what, std::string_view word, std::string_view key) {
  size_t at = what.find(word);
  if (at == std::string::npos) return what;
  return ui_format(key, fmt::arg("first", what.substr(0, at)), fmt::arg("second", what.substr(at + word.size())));
}

}  // namespace

void use_interface_language(CLI::App& app) {
  if (in_english()) return;
  auto formatter = app.get_formatter();
  const std::pair<const char*, std::string_view> labels[] = {
      {"Usage", message_id("cli.label.usage")},         {"OPTIONS", message_id("cli.label.options_word")},
      {"SUBCOMMAND", message_id("cli.label.command")},  {"SUBCOMMANDS", message_id("cli.label.commands")},
      {"Positionals", message_id("cli.label.positionals")}, {"REQUIRED", message_id("cli.label.required")},
      {"Env", message_id("cli.label.env")},             {"Needs", message_id("cli.label.needs")},
      {"Excludes", message_id("cli.label.excludes")},
  };
  for (const auto& [label, key] : labels) {
    formatter->label(label, std::string(ui_text(key)));
  }
  app.option_defaults()->group(std::string(ui_text("cli.label.options_group")));
  app.group(std::string(ui_text("cli.label.commands_group")));
  app.set_help_flag("-h,--help", std::string(ui_text("cli.help_flag")));
}

void label_help_flags(CLI::App& app) {
  if (in_english()) return;
  if (CLI::Option* help = app.get_help_ptr()) help->group(std::string(ui_text("cli.label.options_group")));
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    label_help_flags(*sub);
  }
}

std::string parse_error_text(const CLI::ParseError& error) {
  const std::string what = error.what();
  if (in_english()) return what;
  if (dynamic_cast<const CLI::RequiredError*>(&error)) return required_text(what);
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) return extras_text(what);
  if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    auto [name, problem] = split_name(what);
    return name.empty() ? validation_problem(problem) : fmt::format("{}: {}", name, validation_problem(problem));
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error)) return conversion_text(what);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) return mismatch_text(what);
  if (dynamic_cast<const CLI::RequiresError*>(&error)) return pair_text(what, " requires ", "cli.parse.requires");
  if (dynamic_cast<const CLI::ExcludesError*>(&error)) return pair_text(what, " excludes ", "cli.parse.excludes");
  return what;  // errors hocvu's command line cannot cause keep CLI11's words
}

}  // namespace hocvu::cli
