#pragma once
// The import job (hocvu import moodle-xml | gift): an LMS question file in, a bank YAML out.
#include <cstdint>
#include <string>

#include "diag/diagnostic.hpp"
#include "import/finish_import.hpp"

namespace hocvu {

enum class ImportFormat { moodle_xml, gift };

struct ImportRequest {
  ImportFormat format = ImportFormat::moodle_xml;
  std::string input;
  std::string out;            // the bank file; empty: the YAML is returned, for standard output
  std::string bank_id;        // empty: from the input's file name, else "imported"
  std::string framework;      // empty: left for the author
  std::string competency;     // empty: left for the author
  std::string level;          // empty: left for the author
};

struct ImportOutcome {
  Diagnostics diagnostics;
  std::string yaml;       // the bank (empty when no question could be imported)
  uint32_t seen = 0;      // questions in the file
  uint32_t imported = 0;  // questions in the bank
  uint32_t duplicates = 0;
  bool written = false;   // the bank was written to `out`
};

// Reads the input (streamed for Moodle XML), maps its questions and writes the bank atomically
// to `out` when at least one question was imported. Throws FatalError when the input cannot be
// read or is `out` itself, or the output cannot be written.
ImportOutcome run_import_job(const ImportRequest& request);

// The bank id for an input path: its file name without extension when that is an id
// ("cau-hoi.xml" → cau-hoi), else "imported".
std::string bank_id_for(const std::string& input);

}  // namespace hocvu
