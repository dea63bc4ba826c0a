// render_exam: every output file of an exam, in a fixed order.
#include "exam/write_exam.hpp"

#include <fmt/format.h>

#include <cctype>
#include <set>

#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

// Form ids become file names: the id pattern of the formats, never "." or "..", never twice.
void check_form_ids(const Exam& exam) {
  std::set<std::string> seen;
  for (const auto& form : exam.forms) {
    const std::string& id = form.id;
    bool safe = !id.empty() && id.size() <= 64 && std::isalnum(static_cast<unsigned char>(id[0])) != 0;
    for (char c : id) {
      safe = safe && (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == '-');
    }
    if (!safe) {
      throw FatalError(ui_format("exam.form_id_unsafe", fmt::arg("form", id)));
    }
    if (!seen.insert(id).second) {
      throw FatalError(ui_format("exam.form_id_twice", fmt::arg("form", id)));
    }
  }
}

}  // namespace

std::vector<OutputFile> render_exam(const Exam& exam) {
  if (exam.blueprint == nullptr) {
    throw FatalError(std::string(ui_text("exam.no_blueprint")));
  }
  check_form_ids(exam);
  std::vector<OutputFile> files;
  for (const auto& form : exam.forms) {
    files.push_back({"forms/" + form.id + ".md", render_paper_markdown(exam, form)});
    files.push_back({"forms/" + form.id + ".html", render_paper_html(exam, form)});
    files.push_back({"forms/" + form.id + ".json", render_form_json(exam, form)});
  }
  files.push_back({"key.csv", render_key_csv(exam)});
  files.push_back({"moodle.xml", render_moodle_xml(exam)});
  files.push_back({"gift.txt", render_gift(exam)});
  files.push_back({"manifest.json", render_manifest(exam)});
  return files;
}

}  // namespace hocvu
