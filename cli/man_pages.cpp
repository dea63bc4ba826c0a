#include "man_pages.hpp"

#include <fmt/format.h>

#include <cctype>
#include <sstream>

namespace hocvu::cli {

namespace {

// One UTF-8 sequence starting at `text[i]` as a code point; `i` moves past it.
uint32_t next_code_point(const std::string& text, size_t& i) {
  auto byte = static_cast<unsigned char>(text[i++]);
  int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
  uint32_t code = extra == 0 ? byte : byte & (0x3Fu >> extra);
  for (int k = 0; k < extra && i < text.size(); ++k) {
    code = (code << 6) | (static_cast<unsigned char>(text[i++]) & 0x3Fu);
  }
  return code;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

}  // namespace

std::string roff_escape(const std::string& text, bool every_dash, Utf8 utf8) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80 && utf8 == Utf8::escape) {
      out += fmt::format("\\[u{:04X}]", next_code_point(text, i));
      continue;
    }
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-' && (every_dash || i == 0 || !is_word_char(text[i - 1]))) {
      out += "\\-";
    } else if ((c == '.' || c == '\'') && (out.empty() || out.back() == '\n')) {
      out += "\\&";
      out += c;
    } else {
      out += c;
    }
    ++i;
  }
  return out;
}

namespace {

std::string esc(const std::string& text) {
  return roff_escape(text, false);
}

std::string page_name(const CommandDoc& command) {
  return joined(command.path, "-");
}

bool has_page(const CommandDoc& command) {
  return !(command.path.size() == 2 && command.path.back() == "help");
}

bool mentions(const CommandDoc& command, const std::string& word) {
  auto in = [&](const std::string& text) { return text.find(word) != std::string::npos; };
  for (const auto* list : {&command.options, &command.positionals}) {
    for (const auto& option : *list) {
      if (in(option.help)) return true;
    }
  }
  for (const auto& paragraph : command.footer.paragraphs) {
    if (in(paragraph)) return true;
  }
  for (const auto& sub : command.subcommands) {
    if (mentions(sub, word)) return true;
  }
  return false;
}

std::string option_names(const OptionDoc& option) {
  std::string out;
  for (const auto* names : {&option.short_names, &option.long_names}) {
    for (const auto& name : *names) {
      out += fmt::format("{}\\fB{}\\fR", out.empty() ? "" : ", ", roff_escape(name, true));
    }
  }
  return out;
}

std::string base_type(const std::string& type) {
  return type.substr(0, type.find(':'));
}

std::string synopsis(const CommandDoc& command, const ManTexts& texts) {
  std::string out = fmt::format(".B {}\n", esc(joined(command.path, " ")));
  if (!command.subcommands.empty()) {
    out += fmt::format("{}\\fI{}\\fR{}\n", command.subcommand_required ? "" : "[", texts.command_word,
                       command.subcommand_required ? "" : "]");
  }
  out += fmt::format("[\\fI{}\\fR]\n", texts.options_word);
  for (const auto& option : command.options) {
    if (option.required) {
      out += fmt::format("\\fB{}\\fR \\fI{}\\fR\n", esc(option.long_names.empty() ? option.short_names.front()
                                                                                     : option.long_names.front()),
                         esc(base_type(option.type)));
    }
  }
  for (const auto& positional : command.positionals) {
    std::string item = fmt::format("\\fI{}\\fR{}", esc(positional.name), positional.repeats ? " ..." : "");
    out += positional.required ? item + "\n" : "[" + item + "]\n";
  }
  return out;
}

std::string option_entry(const OptionDoc& option, const ManTexts& texts) {
  bool positional = option.long_names.empty() && option.short_names.empty();
  std::string head = positional ? fmt::format("\\fI{}\\fR", esc(option.name)) : option_names(option);
  if (!positional && option.kind != ValueKind::none) {
    head += fmt::format(" \\fI{}\\fR", esc(base_type(option.type)));
  }
  if (option.repeats) head += " ...";
  std::string body = esc(option.help);
  if (!option.values.empty()) {
    std::string values;
    for (const auto& value : option.values) {
      values += fmt::format("{}\\fB{}\\fR", values.empty() ? "" : ", ", esc(value));
    }
    body += fmt::format("\n.br\n{}: {}.", texts.values, values);
  } else if (option.type.find(':') != std::string::npos) {
    body += fmt::format("\n.br\n{}: {}.", texts.value, esc(option.type.substr(option.type.find(':') + 1)));
  }
  if (!option.default_value.empty()) {
    body += fmt::format("\n.br\n{}: \\fB{}\\fR.", texts.default_value, esc(option.default_value));
  }
  if (option.required) body += "\n.br\n" + esc(texts.required);
  return fmt::format(".TP\n{}\n{}\n", head, body);
}

// "0 done, 1 some failed, 2 could not run." as a list, one status a line.
std::string exit_status_list(const std::string& sentence) {
  std::string out;
  size_t start = 0;
  while (start < sentence.size()) {
    size_t next = start;
    do {
      next = sentence.find(", ", next + 1);
    } while (next != std::string::npos &&
             !(next + 3 < sentence.size() && std::isdigit(static_cast<unsigned char>(sentence[next + 2])) &&
               sentence[next + 3] == ' '));
    std::string item = sentence.substr(start, next == std::string::npos ? std::string::npos : next - start);
    size_t space = item.find(' ');
    if (space == std::string::npos || !std::isdigit(static_cast<unsigned char>(item[0]))) {
      return esc(sentence) + "\n";  // not of the usual form: the sentence as it is
    }
    std::string meaning = item.substr(space + 1);
    if (next == std::string::npos && !meaning.empty() && meaning.back() == '.') meaning.pop_back();
    out += fmt::format(".TP\n.B {}\n{}\n", item.substr(0, space), esc(meaning));
    start = next == std::string::npos ? sentence.size() : next + 2;
  }
  return out;
}

std::string see_also(const CommandDoc& command, const CommandDoc& root) {
  std::vector<std::string> pages;
  std::vector<std::string> parent;
  for (size_t i = 0; i + 1 < command.path.size(); ++i) {
    parent.push_back(command.path[i]);
    pages.push_back(joined(parent, "-"));
  }
  for (const auto& sub : command.subcommands) {
    if (has_page(sub)) pages.push_back(page_name(sub));
  }
  if (command.path.size() == 1 && pages.empty()) {
    pages.push_back(page_name(root));
  }
  std::string out;
  for (size_t i = 0; i < pages.size(); ++i) {
    out += fmt::format(".BR {} (1){}\n", roff_escape(pages[i], true), i + 1 < pages.size() ? "," : "");
  }
  return out;
}

std::string render_page(const CommandDoc& command, const CommandDoc& root, const ManTexts& texts,
                        const std::string& version, const std::string& date) {
  std::string upper = page_name(command);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string summary = command.summary;
  if (summary.rfind(command.path.front() + ": ", 0) == 0) summary = summary.substr(command.path.front().size() + 2);
  std::string out = fmt::format(".TH {} 1 \"{}\" \"hocvu {}\" \"{}\"\n", roff_escape(upper, true), date, version,
                                esc(texts.manual));
  // The NAME heading and line in plain UTF-8: lexgrog (whatis, apropos) reads no \[u...] escapes,
  // and knows the heading in Vietnamese ("TÊN") only so.
  out += fmt::format(".SH {}\n{} \\- {}\n", roff_escape(texts.name, false, Utf8::keep), roff_escape(page_name(command), true),
                     roff_escape(summary, false, Utf8::keep));
  out += fmt::format(".SH {}\n{}", esc(texts.synopsis), synopsis(command, texts));
  out += fmt::format(".SH {}\n{}\n", esc(texts.description), esc(summary));
  for (const auto& paragraph : command.footer.paragraphs) {
    out += fmt::format(".PP\n{}\n", esc(paragraph));
  }
  if (!command.subcommands.empty()) {
    out += fmt::format(".SH {}\n", esc(texts.commands));
    for (const auto& sub : command.subcommands) {
      out += has_page(sub) ? fmt::format(".TP\n.BR {} (1)\n", roff_escape(page_name(sub), true))
                           : fmt::format(".TP\n.B {}\n", esc(joined(sub.path, " ")));
      out += esc(sub.summary) + "\n";
    }
  }
  if (!command.positionals.empty()) {
    out += fmt::format(".SH {}\n", esc(texts.arguments));
    for (const auto& positional : command.positionals) out += option_entry(positional, texts);
  }
  out += fmt::format(".SH {}\n", esc(texts.options));
  for (const auto& option : command.options) out += option_entry(option, texts);
  if (!command.footer.examples.empty()) {
    out += fmt::format(".SH {}\n", esc(texts.examples));
    if (command.footer.examples_heading != "Examples:" && command.footer.examples_heading != "Ví dụ:") {
      out += fmt::format("{}\n", esc(command.footer.examples_heading));
    }
    out += ".PP\n.RS 4\n.nf\n";
    for (const auto& line : command.footer.examples) out += roff_escape(line, true) + "\n";
    out += ".fi\n.RE\n";
  }
  out += fmt::format(".SH {}\n", esc(texts.exit_status));
  out += exit_status_list(command.footer.exit_status.empty() ? texts.exit_status_default : command.footer.exit_status);
  bool no_color = mentions(command, "NO_COLOR");
  bool epoch = mentions(command, "SOURCE_DATE_EPOCH");
  if (no_color || epoch) {
    out += fmt::format(".SH {}\n", esc(texts.environment));
    if (no_color) out += fmt::format(".TP\n.B NO_COLOR\n{}\n", esc(texts.no_color));
    if (epoch) out += fmt::format(".TP\n.B SOURCE_DATE_EPOCH\n{}\n", esc(texts.source_date_epoch));
  }
  out += fmt::format(".SH {}\n{}", esc(texts.see_also), see_also(command, root));
  return out;
}

void add_pages(const CommandDoc& command, const CommandDoc& root, const ManTexts& texts, const std::string& version,
               const std::string& date, std::vector<ManPage>& pages) {
  if (!has_page(command)) return;
  pages.push_back({page_name(command) + ".1", render_page(command, root, texts, version, date)});
  for (const auto& sub : command.subcommands) add_pages(sub, root, texts, version, date, pages);
}

}  // namespace

std::vector<ManPage> man_pages(const CommandDoc& root, const ManTexts& texts, const std::string& version,
                               const std::string& date) {
  std::vector<ManPage> pages;
  add_pages(root, root, texts, version, date, pages);
  return pages;
}

}  // namespace hocvu::cli
