#include "command_doc.hpp"

#include <optional>
#include <sstream>

namespace hocvu::cli {

namespace {

std::string base_type(const std::string& type) {
  return type.substr(0, type.find(':'));
}

ValueKind value_kind(const CLI::Option& option, const std::vector<std::string>& values) {
  if (option.get_expected_max() == 0) {  // a flag
    return ValueKind::none;
  }
  if (!values.empty()) {
    return ValueKind::choice;
  }
  std::string base = base_type(option.get_type_name());
  bool numeric = base == "INT" || base == "UINT" || base == "FLOAT" || base == "NUMBER";
  return numeric ? ValueKind::number : ValueKind::path;
}

OptionDoc describe_option(const CLI::Option& option) {
  OptionDoc doc;
  for (const auto& name : option.get_snames()) {
    doc.short_names.push_back("-" + name);
  }
  for (const auto& name : option.get_lnames()) {
    doc.long_names.push_back("--" + name);
  }
  doc.name = option.get_name(true, false);
  doc.type = option.get_type_name();
  doc.default_value = option.get_default_str();
  doc.help = option.get_description();
  doc.values = choice_values(doc.type);
  doc.kind = value_kind(option, doc.values);
  doc.required = option.get_required();
  doc.repeats = option.get_items_expected_max() > 1;
  return doc;
}

std::string trimmed_left(const std::string& line) {
  size_t start = line.find_first_not_of(' ');
  return start == std::string::npos ? "" : line.substr(start);
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::vector<std::string>> blocks_of(const std::string& text) {
  std::vector<std::vector<std::string>> blocks(1);
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) {
      if (!blocks.back().empty()) blocks.emplace_back();
      continue;
    }
    blocks.back().push_back(line);
  }
  if (blocks.back().empty()) blocks.pop_back();
  return blocks;
}

// The length of an "Exit status:" heading at the start of `line` (a Vietnamese footer says
// "Trạng thái thoát:"), or nullopt.
std::optional<size_t> exit_status_heading(const std::string& line) {
  for (std::string heading : {"Exit status:", "Trạng thái thoát:"}) {
    if (starts_with(line, heading)) return heading.size();
  }
  return std::nullopt;
}

void add_prose(const std::vector<std::string>& block, FooterDoc& doc) {
  std::string paragraph;
  std::string* target = &paragraph;
  for (const auto& raw : block) {
    std::string line = trimmed_left(raw);
    if (std::optional<size_t> heading = exit_status_heading(line)) {
      target = &doc.exit_status;
      line = trimmed_left(line.substr(*heading));
    }
    *target += (target->empty() ? "" : " ") + line;
  }
  if (!paragraph.empty()) doc.paragraphs.push_back(paragraph);
}

}  // namespace

std::vector<std::string> choice_values(const std::string& type) {
  size_t open = type.find(":{");
  size_t close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) {
    return {};
  }
  std::vector<std::string> values;
  std::istringstream in(type.substr(open + 2, close - open - 2));
  for (std::string value; std::getline(in, value, ',');) {
    values.push_back(value);
  }
  return values;
}

FooterDoc split_footer(const std::string& footer) {
  FooterDoc doc;
  for (const auto& block : blocks_of(footer)) {
    const std::string& first = block.front();
    if ((starts_with(first, "Example") || starts_with(first, "Ví dụ")) && first.back() == ':') {
      doc.examples_heading = first;
      for (size_t i = 1; i < block.size(); ++i) doc.examples.push_back(trimmed_left(block[i]));
    } else {
      add_prose(block, doc);
    }
  }
  return doc;
}

std::string joined(const std::vector<std::string>& path, const char* separator) {
  std::string out;
  for (const auto& part : path) {
    out += (out.empty() ? "" : separator) + part;
  }
  return out;
}

namespace {

CommandDoc describe(const CLI::App& app, std::vector<std::string> path) {
  CommandDoc doc;
  doc.path = std::move(path);
  doc.summary = app.get_description();
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    (option->get_positional() ? doc.positionals : doc.options).push_back(describe_option(*option));
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::vector<std::string> sub_path = doc.path;
    sub_path.push_back(sub->get_name());
    doc.subcommands.push_back(describe(*sub, sub_path));
  }
  doc.subcommand_required = app.get_require_subcommand_min() > 0;
  doc.footer = split_footer(app.get_footer());
  return doc;
}

}  // namespace

CommandDoc describe_command(const CLI::App& app) {
  return describe(app, {app.get_name()});
}

}  // namespace hocvu::cli
