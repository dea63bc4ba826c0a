#pragma once
// An assembled exam: parallel forms of one blueprint, each a list of questions in paper order
// with their options in display order. Writers turn it into papers, keys and LMS files.
#include <cstdint>
#include <string>
#include <vector>

#include "blueprint/requirements.hpp"
#include "i18n/language.hpp"
#include "load/load.hpp"
#include "model/model.hpp"

namespace hocvu {

struct ExamItem {
  const Question* question = nullptr;
  const Area* area = nullptr;
  const Competency* competency = nullptr;
  // Indices into question->options in the order the form shows them (A, B, C, ...). Empty
  // for types without options.
  std::vector<size_t> option_order;
  double difficulty = 0;  // the prior used for assembly (the question's, or its level's default)
  const Exhibit* exhibit = nullptr;  // printed once before the items of a form that share it
};

struct ExamForm {
  std::string id;  // "mã đề": 101, 102, ...
  std::vector<ExamItem> items;  // what the form achieved is computed from these (write_manifest.cpp)
};

struct SolverReport {
  std::string solver;            // "GLPK 5.0"
  std::string status;            // "optimal" or "feasible" for every form
  uint64_t candidates = 0;       // binaries the solver saw, summed over forms
  uint64_t branch_nodes = 0;     // deterministic measure of the work done
};

struct Exam {
  const Blueprint* blueprint = nullptr;
  std::string blueprint_file;  // as given on the command line
  const Framework* framework = nullptr;
  const Role* role = nullptr;
  uint64_t seed = 0;
  std::vector<ExamForm> forms;
  SolverReport solver;
  std::vector<InputFile> inputs;  // the files the exam was made from, in Model::files order
  std::vector<CompetencyTarget> targets;  // what each form must measure (the manifest's requirements)
  // The language of the papers' and LMS files' own texts: --lang, else the blueprint's
  // `language`, else the framework's (see i18n/messages.hpp).
  Language language = Language::vi;
};

// The answer of an item as it is on its form: the keys of a choice question become the
// letters its correct options have there (A, C); other answers are the question's own.
Answer answer_on_form(const ExamItem& item);

// answer_on_form in key.csv's notation (exam/key_file.hpp): "B", "A;C", "true", "42:0.5", ...
std::string lettered_answer(const ExamItem& item);

// "A", "B", ... for display position `index` (0-based).
std::string option_letter(size_t index);

}  // namespace hocvu
