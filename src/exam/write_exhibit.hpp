#pragma once
// Exhibits on the papers and in the LMS files: the material several questions share, printed
// once before the run of items that use it (build_exam.hpp groups them). The writers of the
// papers, the form JSON, Moodle XML and GIFT each call one function here.
#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "exam/exam.hpp"
#include "text/local_number.hpp"

namespace hocvu {

// Items first..last (0-based, inclusive) of a form share `exhibit`.
struct ExhibitRun {
  const Exhibit* exhibit = nullptr;
  size_t first = 0;
  size_t last = 0;
};

// The run that starts at item `i`, or nullopt when item `i` has no exhibit or its exhibit
// was already printed for the item before it.
std::optional<ExhibitRun> exhibit_run_at(const ExamForm& form, size_t i);

// The CSS the HTML paper needs for its exhibits; empty when the form has none (so papers
// without exhibits are as before).
std::string exhibit_style(const ExamForm& form);

// The exhibit to print before item `i` (a bordered box: which questions it is for, title,
// text, table or bar chart), or "" when none starts there.
std::string exhibit_html(const Exam& exam, const ExamForm& form, size_t i);
// The same in Markdown: title, text as a block quote, the table (a chart as its table).
std::string exhibit_markdown(const Exam& exam, const ExamForm& form, size_t i);

// The exhibit as HTML to put before a question's own text in Moodle XML and GIFT, where every
// question stands alone: title, text, table (a chart as its table: LMSs strip inline SVG).
// Empty for an item without an exhibit.
std::string exhibit_lms_html(const Exam& exam, const ExamItem& item);

// The exhibits of a form in paper order, as data (id, title, text, table, chart, axis_from and
// the positions of the questions they are for); an empty array when there are none.
nlohmann::ordered_json exhibits_json(const ExamForm& form);

// The exhibit's table drawn as an inline SVG bar chart (no scripts, no external references),
// its value axis starting at axis_from (or 0) and labelled in `style`. Empty when the exhibit
// has no chart values.
std::string bar_chart_svg(const Exhibit& exhibit, NumberStyle style);

}  // namespace hocvu
