#pragma once
// The exam job from files to files: load the curriculum, refuse errors in the files this exam
// is made from, check the blueprint by counting, assemble, and write the output set as a
// whole. The caller decides what the person sees.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "exam/assemble.hpp"
#include "exam/exam_language.hpp"
#include "io/output_folder.hpp"

namespace hocvu {

struct ExamRequest {
  std::string blueprint;          // the blueprint file
  std::vector<std::string> data;  // framework and bank files or folders; empty: framework/ question-banks/
  std::optional<uint32_t> forms;  // default: the blueprint's
  std::optional<uint64_t> seed;   // default: the blueprint's
  std::string out;                // default: out/exam/<blueprint id>
  std::string language;           // --lang: a tag with a catalogue; empty: the blueprint's or framework's
  Overwrite overwrite = Overwrite::no;
  double time_limit = 300;        // seconds of assembly before giving up (exit 2)
  AssemblyProgress progress;      // told of each form; may be empty
};

enum class ExamStatus {
  written,         // the output set is in `out`; `findings` may hold warnings (W605)
  broken_blueprint,  // `findings` are errors in the blueprint file, which could not be read
  broken_inputs,   // `findings` are errors in the exam's own files; nothing was written
  infeasible,      // `findings` (counting) or `problems` (assembly) say why; nothing was written
};

struct ExamOutcome {
  ExamStatus status = ExamStatus::written;
  Diagnostics findings;
  std::vector<std::string> problems;  // what assembly found, when counting did not
  std::string out;
  uint32_t forms = 0;
  uint32_t length = 0;
  size_t eligible = 0;
  LanguageChoice language;  // of the texts hocvu writes; has_catalogue false: English instead (tell the person)
  std::chrono::duration<double> loading{0};
  std::chrono::duration<double> assembly{0};
};

// Throws FatalError when the exam cannot be made for reasons outside the data: the file named
// is not a blueprint, the time limit ran out, or the output cannot be written.
ExamOutcome run_exam_job(const ExamRequest& request);

}  // namespace hocvu
