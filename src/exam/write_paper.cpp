// The candidate paper, in Vietnamese, as Markdown and as one printable HTML page.
// Only what a candidate may see: stems, options with display letters, points, blanks.
#include <fmt/format.h>

#include <algorithm>

#include "exam/write_exam.hpp"
#include "exam/write_exhibit.hpp"

namespace hocvu {

namespace {

constexpr QuestionType kTypeOrder[] = {QuestionType::single, QuestionType::multiple, QuestionType::true_false,
                                       QuestionType::numeric, QuestionType::short_text};

const char* type_instruction(QuestionType type) {
  switch (type) {
    case QuestionType::single:
      return "Câu hỏi một lựa chọn: chọn một đáp án đúng nhất và khoanh tròn chữ cái (A, B, C, …) đứng trước đáp án đó.";
    case QuestionType::multiple:
      return "Câu hỏi nhiều lựa chọn: chọn tất cả đáp án đúng (có thể có một hoặc nhiều đáp án đúng) và khoanh tròn "
             "các chữ cái tương ứng.";
    case QuestionType::true_false: return "Câu hỏi Đúng/Sai: đánh dấu vào ô Đúng hoặc ô Sai.";
    case QuestionType::numeric: return "Câu hỏi điền số: điền một số vào ô trả lời; đơn vị (nếu có) đã ghi sẵn.";
    case QuestionType::short_text:
      return "Câu hỏi trả lời ngắn: điền câu trả lời ngắn (một từ hoặc cụm từ) vào chỗ trống.";
  }
  return "";
}

const char* type_hint(QuestionType type) {
  switch (type) {
    case QuestionType::single: return "Chọn một đáp án.";
    case QuestionType::multiple: return "Chọn tất cả đáp án đúng.";
    case QuestionType::true_false: return "Chọn Đúng hoặc Sai.";
    case QuestionType::numeric: return "Điền số.";
    case QuestionType::short_text: return "Điền câu trả lời ngắn.";
  }
  return "";
}

// Vietnamese writes decimals with a comma: "0,5".
std::string number_vi(double value) {
  std::string text = format_number(value);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string points_vi(double points) {
  return number_vi(points) + " điểm";
}

// The blueprint's pass rule, as the candidate reads it among the instructions.
std::string pass_rule_vi(const Blueprint& blueprint) {
  std::string rule = fmt::format("Điểm đạt: {}% tổng số điểm", number_vi(blueprint.pass_percent));
  if (blueprint.area_min_percent) {
    rule += fmt::format("; mỗi miền năng lực ít nhất {}%", number_vi(*blueprint.area_min_percent));
  }
  return rule + ".";
}

double form_points(const ExamForm& form) {
  double total = 0;
  for (const auto& item : form.items) {
    total += item.question->points;
  }
  return total;
}

std::vector<QuestionType> types_on(const ExamForm& form) {
  std::vector<QuestionType> types;
  for (QuestionType type : kTypeOrder) {
    bool present = std::any_of(form.items.begin(), form.items.end(),
                               [&](const ExamItem& item) { return item_type(item) == type; });
    if (present) {
      types.push_back(type);
    }
  }
  return types;
}

// The area heading to print before item `i`, if it starts a new area (by_area order only).
const Area* area_starting_at(const Exam& exam, const ExamForm& form, size_t i) {
  const Area* area = form.items[i].area;
  if (exam.blueprint->order != QuestionOrder::by_area || area == nullptr) {
    return nullptr;
  }
  return (i == 0 || form.items[i - 1].area != area) ? area : nullptr;
}

std::string area_heading(const Area& area) {
  return fmt::format("Lĩnh vực {}. {}", area.id.value, area.title);
}

std::string summary_line(const ExamForm& form) {
  return fmt::format("Số câu hỏi: {} · Tổng điểm: {}", form.items.size(), number_vi(form_points(form)));
}

// ---- Markdown ----

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

std::string md_answer_area(const ExamItem& item) {
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
    case QuestionType::true_false: return "☐ Đúng    ☐ Sai\n";
    case QuestionType::numeric: {
      const std::string& unit = item.question->unit;
      return fmt::format("Trả lời: ..............................{}\n", unit.empty() ? "" : " " + md_text(unit));
    }
    case QuestionType::short_text:
      return "Trả lời: ............................................................\n";
  }
  return "";
}

std::string md_header(const Exam& exam, const ExamForm& form) {
  std::string out = fmt::format("# {}\n\n**Mã đề: {}**\n\nThời gian làm bài: {} phút\n\n{}\n\n",
                                md_text(exam.blueprint->title), md_text(form.id), exam.blueprint->time_limit,
                                summary_line(form));
  out += "Họ và tên: ............................................................\n\n";
  out += "Số định danh cá nhân / Mã cán bộ: ......................................\n\n";
  out += "Đơn vị: ...............................................................\n\n";
  out += "## Hướng dẫn làm bài\n\n";
  for (QuestionType type : types_on(form)) {
    out += fmt::format("- {}\n", type_instruction(type));
  }
  out += fmt::format("- {}\n", md_text(pass_rule_vi(*exam.blueprint)));
  return out;
}

// ---- HTML ----

constexpr const char* kStyle = R"(@page { size: A4; margin: 18mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.4;
       color: #000; background: #fff; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 15pt; text-align: center; text-transform: uppercase; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 12pt 0 6pt; page-break-after: avoid; break-after: avoid; }
.meta { display: flex; justify-content: space-between; margin: 2pt 0; }
.code { font-weight: bold; border: 1px solid #000; padding: 1pt 6pt; }
.candidate { border: 1px solid #000; padding: 4pt 8pt; margin: 8pt 0; page-break-inside: avoid; break-inside: avoid; }
.candidate p { display: flex; margin: 7pt 0; }
.candidate .fill { flex: 1; border-bottom: 1px dotted #000; margin-left: 4pt; }
.instructions ul { margin: 0; padding-left: 16pt; }
.question { margin: 0 0 9pt; page-break-inside: avoid; break-inside: avoid; }
.question p { margin: 0 0 3pt; }
.points { font-style: italic; }
.hint { font-style: italic; font-size: 11pt; }
.options { list-style: none; margin: 2pt 0 0; padding-left: 14pt; }
.options li { margin: 1pt 0; }
.letter { font-weight: bold; display: inline-block; min-width: 16pt; }
.tick { display: inline-block; width: 10pt; height: 10pt; border: 1px solid #000; margin: 0 4pt 0 14pt;
        vertical-align: -1pt; }
.box { display: inline-block; width: 45mm; height: 8mm; border: 1px solid #000; vertical-align: middle; }
.line { display: inline-block; width: 120mm; border-bottom: 1px dotted #000; height: 12pt; }
.end { text-align: center; font-weight: bold; margin-top: 14pt; }
@media print { body { max-width: none; padding: 0; } }
)";

std::string html_answer_area(const ExamItem& item) {
  switch (item_type(item)) {
    case QuestionType::single:
    case QuestionType::multiple: {
      std::string out = "<ol class=\"options\">\n";
      auto options = displayed_options(item);
      for (size_t i = 0; i < options.size(); ++i) {
        out += fmt::format("<li><span class=\"letter\">{}.</span> {}</li>\n", option_letter(i),
                           html_text(options[i]->text.value));
      }
      return out + "</ol>\n";
    }
    case QuestionType::true_false:
      return "<p class=\"response\"><span class=\"tick\"></span>Đúng <span class=\"tick\"></span>Sai</p>\n";
    case QuestionType::numeric: {
      const std::string& unit = item.question->unit;
      return fmt::format("<p class=\"response\">Trả lời: <span class=\"box\"></span>{}</p>\n",
                         unit.empty() ? "" : " " + html_text(unit));
    }
    case QuestionType::short_text:
      return "<p class=\"response\">Trả lời: <span class=\"line\"></span></p>\n";
  }
  return "";
}

std::string html_head(const Exam& exam, const ExamForm& form) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{} – Mã đề {}</title>\n<style>\n{}{}</style>\n</head>\n",
      html_text(exam.blueprint->title), html_text(form.id), kStyle, exhibit_style(form));
}

std::string html_header(const Exam& exam, const ExamForm& form) {
  std::string out = fmt::format(
      "<header>\n<h1>{}</h1>\n<p class=\"meta\"><span class=\"code\">Mã đề: {}</span>"
      "<span>Thời gian làm bài: {} phút</span></p>\n<p class=\"meta\"><span>{}</span></p>\n</header>\n",
      html_text(exam.blueprint->title), html_text(form.id), exam.blueprint->time_limit,
      html_text(summary_line(form)));
  out += "<section class=\"candidate\">\n";
  for (const char* label : {"Họ và tên", "Số định danh cá nhân / Mã cán bộ", "Đơn vị"}) {
    out += fmt::format("<p><span>{}:</span><span class=\"fill\"></span></p>\n", label);
  }
  out += "</section>\n<section class=\"instructions\">\n<h2>Hướng dẫn làm bài</h2>\n<ul>\n";
  for (QuestionType type : types_on(form)) {
    out += fmt::format("<li>{}</li>\n", html_text(type_instruction(type)));
  }
  out += fmt::format("<li>{}</li>\n", html_text(pass_rule_vi(*exam.blueprint)));
  return out + "</ul>\n</section>\n";
}

}  // namespace

std::string render_paper_markdown(const Exam& exam, const ExamForm& form) {
  std::string out = md_header(exam, form);
  for (size_t i = 0; i < form.items.size(); ++i) {
    const ExamItem& item = form.items[i];
    if (const Area* area = area_starting_at(exam, form, i)) {
      out += fmt::format("\n## {}\n", md_text(area_heading(*area)));
    }
    out += exhibit_markdown(exam, form, i);
    out += fmt::format("\n**Câu {}.** *({})* {}\n\n*{}*\n\n", i + 1, points_vi(item.question->points),
                       md_text(item.question->stem.value), type_hint(item_type(item)));
    out += md_answer_area(item);
  }
  return out + "\n---\n\n**— HẾT —**\n";
}

std::string render_paper_html(const Exam& exam, const ExamForm& form) {
  std::string out = html_head(exam, form) + "<body>\n" + html_header(exam, form) + "<main>\n";
  for (size_t i = 0; i < form.items.size(); ++i) {
    const ExamItem& item = form.items[i];
    if (const Area* area = area_starting_at(exam, form, i)) {
      out += fmt::format("<h2>{}</h2>\n", html_text(area_heading(*area)));
    }
    out += exhibit_html(exam, form, i);
    out += fmt::format(
        "<div class=\"question\">\n<p><strong>Câu {}.</strong> <span class=\"points\">({})</span> {}</p>\n"
        "<p class=\"hint\">{}</p>\n",
        i + 1, points_vi(item.question->points), html_text(item.question->stem.value), type_hint(item_type(item)));
    out += html_answer_area(item) + "</div>\n";
  }
  return out + "</main>\n<p class=\"end\">— HẾT —</p>\n</body>\n</html>\n";
}

}  // namespace hocvu
