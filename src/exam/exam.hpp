#pragma once
// An assembled exam: parallel forms of one blueprint, each a list of questions in paper order
// with their options in display order. Writers turn it into papers, keys and LMS files.
#include <cstdint>
#include <string>
#include <vector>

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

struct InputFile {
  std::string path;
  std::string sha256;  // lowercase hex
};

struct Exam {
  const Blueprint* blueprint = nullptr;
  std::string blueprint_file;  // as given on the command line
  const Framework* framework = nullptr;
  const Role* role = nullptr;
  uint64_t seed = 0;
  std::vector<ExamForm> forms;
  SolverReport solver;
  std::vector<InputFile> inputs;
};

// The answer of an item as lettered on its form, as key.csv writes it: "B" (single),
// "A;C" (multiple), "true"/"false", "42" or "42:0.5" (numeric value and tolerance),
// "VNeID|ứng dụng VNeID" (accepted short texts).
std::string lettered_answer(const ExamItem& item);

// "A", "B", ... for display position `index` (0-based).
std::string option_letter(size_t index);

}  // namespace hocvu
