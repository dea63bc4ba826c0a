// The candidate paper, in the exam's language, as Markdown and as one printable HTML page.
// Only what a candidate may see: stems, options with display letters, points, blanks. Each part
// of the paper (header, candidate fields, instructions, scoring rules, a question, signatures)
// has its own function, one for Markdown and one for HTML; the words come from paper_text.hpp.
#include <fmt/format.h>

#include "exam/paper_text.hpp"
#include "exam/write_exam.hpp"
#include "i18n/messages.hpp"
#include "exam/write_exhibit.hpp"

namespace hocvu {

namespace {

// The area heading to print before item `i`, if it starts a new area (by_area order only).
const Area* area_starting_at(const Exam& exam, const ExamForm& form, size_t i) {
  const Area* area = form.items[i].area;
  if (exam.blueprint->order != QuestionOrder::by_area || area == nullptr) {
    return nullptr;
  }
  return (i == 0 || form.items[i - 1].area != area) ? area : nullptr;
}

const PaperSettings& settings(const Exam& exam) {
  return exam.blueprint->paper;
}

// ---- Markdown ----

constexpr const char* kMdFill = "............................................................";

std::string md_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\\n";  // a hard line break
    } else if (c == '\r') {
      continue;
    } else {
      if (std::string_view("\\`*_[]<>#|~&!").find(c) != std::string_view::npos) {
        out += '\\';
      }
      out += c;
    }
  }
  return out;
}

std::string md_answer_area(const Exam& exam, const ExamItem& item) {
  switch (item_type(item)) {
    case QuestionType::single:
    case QuestionType::multiple: {
      std::string out;
      auto options = displayed_options(item);
      for (size_t i = 0; i < options.size(); ++i) {
        out += fmt::format("- {}. {}\n", option_letter(i), md_text(options[i]->text.value));
      }
      return out;
    }
    case QuestionType::true_false:
      return fmt::format("☐ {}    ☐ {}\n", paper_word(exam, "true"), paper_word(exam, "false"));
    case QuestionType::numeric: {
      const std::string& unit = item.question->unit;
      return fmt::format("{} ..............................{}\n", paper_word(exam, "response"),
                         unit.empty() ? "" : " " + md_text(unit));
    }
    case QuestionType::short_text: return fmt::format("{} {}\n", paper_word(exam, "response"), kMdFill);
  }
  return "";
}

// Issuing body and sitting (when the blueprint names them), title, form code, time, size.
std::string md_header(const Exam& exam, const ExamForm& form) {
  std::string out;
  const PaperSettings& paper = settings(exam);
  if (!paper.issuing_body.empty()) {
    out += fmt::format("**{}**\n\n", md_text(paper.issuing_body));
  }
  if (!paper.sitting.empty()) {
    out += fmt::format("{}\n\n", md_text(paper.sitting));
  }
  return out + fmt::format("# {}\n\n**{}**\n\n{}\n\n{}\n\n", md_text(exam.blueprint->title),
                           md_text(paper_form_code(exam, form)), md_text(paper_time_limit(exam)),
                           md_text(paper_summary(exam, form)));
}

std::string md_candidate_fields(const Exam& exam) {
  std::string out;
  for (const LocatedText& field : settings(exam).candidate_fields) {
    out += fmt::format("{}: {}\n\n", md_text(paper_field_label(exam, field.value)), kMdFill);
  }
  return out;
}

std::string md_instructions(const Exam& exam, const ExamForm& form) {
  std::string out = fmt::format("## {}\n\n", md_text(paper_word(exam, "instructions")));
  for (QuestionType type : types_on(form)) {
    out += fmt::format("- {}\n", md_text(paper_instruction(exam, type)));
  }
  out += fmt::format("\n## {}\n\n", md_text(paper_word(exam, "scoring")));
  for (const std::string& rule : paper_scoring_rules(exam, form)) {
    out += fmt::format("- {}\n", md_text(rule));
  }
  return out;
}

std::string md_question(const Exam& exam, const ExamItem& item, size_t number) {
  return fmt::format("\n**{}** *({})* {}\n\n*{}*\n\n", md_text(paper_question_label(exam, number)),
                     paper_points(exam.language, item.question->points), md_text(item.question->stem.value),
                     md_text(paper_hint(exam, item_type(item)))) +
         md_answer_area(exam, item);
}

// A table with one column per signature: the role, then "(Ký và ghi rõ họ tên)".
std::string md_signatures(const Exam& exam) {
  const auto& signatures = settings(exam).signatures;
  if (signatures.empty()) {
    return "";
  }
  std::string roles = "|";
  std::string rule = "|";
  std::string notes = "|";
  for (const LocatedText& signature : signatures) {
    roles += fmt::format(" {} |", md_text(paper_signature_label(exam, signature.value)));
    rule += " --- |";
    notes += fmt::format(" {} |", md_text(paper_word(exam, "signature_note")));
  }
  return fmt::format("\n{}\n{}\n{}\n", roles, rule, notes);
}

// ---- HTML ----

// Screen and print: A4 pages, questions never split across pages, headings kept with the
// question after them, options with a hanging indent (the letter in its own column).
constexpr const char* kStyle = R"(* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.4;
       color: #000; background: #fff; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
.masthead { display: flex; justify-content: space-between; gap: 8mm; margin: 0 0 8pt; }
.masthead p { margin: 0; text-align: center; }
.issuer { font-weight: bold; text-transform: uppercase; }
.sitting { font-style: italic; flex: 1; text-align: right; }
h1 { font-size: 15pt; text-align: center; text-transform: uppercase; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 12pt 0 6pt; page-break-after: avoid; break-after: avoid; }
.meta { display: flex; justify-content: space-between; margin: 2pt 0; }
.code { font-weight: bold; border: 1px solid #000; padding: 1pt 6pt; }
.candidate { border: 1px solid #000; padding: 4pt 8pt; margin: 8pt 0; page-break-inside: avoid; break-inside: avoid; }
.candidate p { display: flex; margin: 7pt 0; }
.candidate .fill { flex: 1; border-bottom: 1px dotted #000; margin-left: 4pt; }
.instructions ul, .scoring ul { margin: 0; padding-left: 16pt; }
.question { margin: 0 0 9pt; page-break-inside: avoid; break-inside: avoid; }
.question p { margin: 0 0 3pt; }
.points { font-style: italic; }
.hint { font-style: italic; font-size: 11pt; }
.options { list-style: none; margin: 2pt 0 0; padding-left: 14pt; }
.options li { display: grid; grid-template-columns: 18pt 1fr; margin: 1pt 0; }
.letter { font-weight: bold; }
.tick { display: inline-block; width: 10pt; height: 10pt; border: 1px solid #000; margin: 0 4pt 0 14pt;
        vertical-align: -1pt; }
.box { display: inline-block; width: 45mm; height: 8mm; border: 1px solid #000; vertical-align: middle; }
.line { display: inline-block; width: 120mm; border-bottom: 1px dotted #000; height: 12pt; }
.end { text-align: center; font-weight: bold; margin-top: 14pt; }
.signatures { width: 100%; border-collapse: collapse; margin-top: 10pt; table-layout: fixed;
              page-break-inside: avoid; break-inside: avoid; }
.signatures th { font-weight: bold; padding: 0 4pt; }
.signatures td { font-style: italic; font-size: 11pt; text-align: center; vertical-align: top; height: 28mm; }
@media print { body { max-width: none; padding: 0; } }
)";

// A CSS string's contents: quotes, backslashes and '<' escaped, so nothing ends the string or
// the <style> element.
std::string css_string_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '"': out += "\\22 "; break;
      case '\\': out += "\\5C "; break;
      case '<': out += "\\3C "; break;
      case '\n': out += "\\A "; break;
      default: out += c;
    }
  }
  return out;
}

// The @page rule: A4, and in the bottom margin of every page the form code and "page N/M"
// (CSS paged media margin boxes, which Chromium prints), so a loose page finds its form.
std::string html_page_rule(const Exam& exam, const ExamForm& form) {
  // The catalogue's {page} and {pages} become CSS counters between quoted pieces.
  std::string footer = css_string_text(format_message(exam.language, "paper.page_footer", fmt::arg("code", form.id),
                                                      fmt::arg("page", "\x01"), fmt::arg("pages", "\x02")));
  std::string content = "\"";
  for (char c : footer) {
    content += c == '\x01' ? std::string("\" counter(page) \"") : c == '\x02' ? "\" counter(pages) \"" : std::string(1, c);
  }
  content += "\"";
  return fmt::format("@page {{ size: A4; margin: 16mm 18mm 18mm;\n"
                     "  @bottom-center {{ content: {}; font-family: \"Times New Roman\", \"Noto Serif\", \"DejaVu Serif\", "
                     "serif; font-size: 10pt; }} }}\n",
                     content);
}

std::string html_head(const Exam& exam, const ExamForm& form) {
  std::string title = format_message(exam.language, "paper.html_title", fmt::arg("title", exam.blueprint->title),
                                     fmt::arg("code", form.id));
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n{}{}{}</style>\n</head>\n",
      language_tag(exam.language), html_text(title), html_page_rule(exam, form), kStyle, exhibit_style(form));
}

// Issuing body (left, upper case) and sitting (right) when the blueprint names them; then the
// title, the boxed form code, the time limit and the number of questions and points.
std::string html_header(const Exam& exam, const ExamForm& form) {
  const PaperSettings& paper = settings(exam);
  std::string out = "<header>\n";
  if (!paper.issuing_body.empty() || !paper.sitting.empty()) {
    out += fmt::format("<div class=\"masthead\"><p class=\"issuer\">{}</p><p class=\"sitting\">{}</p></div>\n",
                       html_text(paper.issuing_body), html_text(paper.sitting));
  }
  return out + fmt::format(
                   "<h1>{}</h1>\n<p class=\"meta\"><span class=\"code\">{}</span><span>{}</span></p>\n"
                   "<p class=\"meta\"><span>{}</span></p>\n</header>\n",
                   html_text(exam.blueprint->title), html_text(paper_form_code(exam, form)),
                   html_text(paper_time_limit(exam)), html_text(paper_summary(exam, form)));
}

std::string html_candidate_fields(const Exam& exam) {
  const auto& fields = settings(exam).candidate_fields;
  if (fields.empty()) {
    return "";
  }
  std::string out = "<section class=\"candidate\">\n";
  for (const LocatedText& field : fields) {
    out += fmt::format("<p><span>{}:</span><span class=\"fill\"></span></p>\n",
                       html_text(paper_field_label(exam, field.value)));
  }
  return out + "</section>\n";
}

std::string html_list_section(const char* css_class, const std::string& heading,
                              const std::vector<std::string>& items) {
  std::string out = fmt::format("<section class=\"{}\">\n<h2>{}</h2>\n<ul>\n", css_class, html_text(heading));
  for (const std::string& item : items) {
    out += fmt::format("<li>{}</li>\n", html_text(item));
  }
  return out + "</ul>\n</section>\n";
}

std::string html_instructions(const Exam& exam, const ExamForm& form) {
  std::vector<std::string> instructions;
  for (QuestionType type : types_on(form)) {
    instructions.push_back(paper_instruction(exam, type));
  }
  return html_list_section("instructions", paper_word(exam, "instructions"), instructions) +
         html_list_section("scoring", paper_word(exam, "scoring"), paper_scoring_rules(exam, form));
}

std::string html_answer_area(const Exam& exam, const ExamItem& item) {
  switch (item_type(item)) {
    case QuestionType::single:
    case QuestionType::multiple: {
      std::string out = "<ol class=\"options\">\n";
      auto options = displayed_options(item);
      for (size_t i = 0; i < options.size(); ++i) {
        out += fmt::format("<li><span class=\"letter\">{}.</span> <span>{}</span></li>\n", option_letter(i),
                           html_text(options[i]->text.value));
      }
      return out + "</ol>\n";
    }
    case QuestionType::true_false:
      return fmt::format("<p class=\"response\"><span class=\"tick\"></span>{} <span class=\"tick\"></span>{}</p>\n",
                         html_text(paper_word(exam, "true")), html_text(paper_word(exam, "false")));
    case QuestionType::numeric: {
      const std::string& unit = item.question->unit;
      return fmt::format("<p class=\"response\">{} <span class=\"box\"></span>{}</p>\n",
                         html_text(paper_word(exam, "response")), unit.empty() ? "" : " " + html_text(unit));
    }
    case QuestionType::short_text:
      return fmt::format("<p class=\"response\">{} <span class=\"line\"></span></p>\n",
                         html_text(paper_word(exam, "response")));
  }
  return "";
}

std::string html_question(const Exam& exam, const ExamItem& item, size_t number) {
  return fmt::format("<div class=\"question\">\n<p><strong>{}</strong> <span class=\"points\">({})</span> {}</p>\n"
                     "<p class=\"hint\">{}</p>\n",
                     html_text(paper_question_label(exam, number)),
                     html_text(paper_points(exam.language, item.question->points)),
                     html_text(item.question->stem.value), html_text(paper_hint(exam, item_type(item)))) +
         html_answer_area(exam, item) + "</div>\n";
}

// One column per signature: the role, then room to sign above "(Ký và ghi rõ họ tên)".
std::string html_signatures(const Exam& exam) {
  const auto& signatures = settings(exam).signatures;
  if (signatures.empty()) {
    return "";
  }
  std::string roles;
  std::string notes;
  for (const LocatedText& signature : signatures) {
    roles += fmt::format("<th>{}</th>", html_text(paper_signature_label(exam, signature.value)));
    notes += fmt::format("<td>{}</td>", html_text(paper_word(exam, "signature_note")));
  }
  return fmt::format("<table class=\"signatures\">\n<tr>{}</tr>\n<tr>{}</tr>\n</table>\n", roles, notes);
}

}  // namespace

std::string render_paper_markdown(const Exam& exam, const ExamForm& form) {
  std::string out = md_header(exam, form) + md_candidate_fields(exam) + md_instructions(exam, form);
  for (size_t i = 0; i < form.items.size(); ++i) {
    if (const Area* area = area_starting_at(exam, form, i)) {
      out += fmt::format("\n## {}\n", md_text(paper_area_heading(exam, *area)));
    }
    out += exhibit_markdown(exam, form, i);
    out += md_question(exam, form.items[i], i + 1);
  }
  return out + fmt::format("\n---\n\n**{}**\n", md_text(paper_word(exam, "end"))) + md_signatures(exam);
}

std::string render_paper_html(const Exam& exam, const ExamForm& form) {
  std::string out = html_head(exam, form) + "<body>\n" + html_header(exam, form) + html_candidate_fields(exam) +
                    html_instructions(exam, form) + "<main>\n";
  for (size_t i = 0; i < form.items.size(); ++i) {
    if (const Area* area = area_starting_at(exam, form, i)) {
      out += fmt::format("<h2>{}</h2>\n", html_text(paper_area_heading(exam, *area)));
    }
    out += exhibit_html(exam, form, i);
    out += html_question(exam, form.items[i], i + 1);
  }
  return out + fmt::format("</main>\n<p class=\"end\">{}</p>\n", html_text(paper_word(exam, "end"))) +
         html_signatures(exam) + "</body>\n</html>\n";
}

}  // namespace hocvu
