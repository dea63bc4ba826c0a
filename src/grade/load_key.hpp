#pragma once
// Reading what grading scores against: an exam folder written by `hocvu exam` (key.csv and
// manifest.json, --exam DIR) or a key.csv alone (--key FILE). Problems in either file are
// diagnostics (E701 for key.csv rows, E702 for the manifest); the caller grades nothing when
// there is an error among them. Unreadable files throw FatalError.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "grade/grading_key.hpp"
#include "load/load.hpp"
#include "model/model.hpp"

namespace hocvu {

struct LoadedKey {
  GradingKey key;
  std::vector<InputFile> files;  // the files read, with the SHA-256 of their bytes
};

// --exam DIR: DIR/key.csv and DIR/manifest.json. The pass rule, role, level, time limit and every
// item's area, difficulty and option keys come from the manifest.
LoadedKey load_exam_folder(const std::string& folder, Diagnostics& diagnostics);

// --key FILE: the answers and what key.csv's columns say; no areas, no pass rule (the caller sets
// key.pass from --pass-percent), options named by their letters.
LoadedKey load_key_file(const std::string& path, Diagnostics& diagnostics);

// --data: each item's area from the framework that holds its competency (first framework that
// does); GradingKey::areas is then every area met. Returns the question ids whose competency no
// framework holds.
std::vector<std::string> add_areas(GradingKey& key, const Model& model);

}  // namespace hocvu
