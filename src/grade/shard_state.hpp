#pragma once
// A shard (hocvu grade --shard): the row files of part of the input, plus shard.json (the settings,
// the key's files and their SHA-256, the accounting) and tally.json (GradeTally::serialize).
// hocvu merge reads shards back and writes what one run over all their input would have written.
#include <string>

#include <nlohmann/json.hpp>

#include "grade/grade_job.hpp"
#include "grade/grade_report.hpp"
#include "grade/load_key.hpp"
#include "grade/tally.hpp"
#include "io/output_folder.hpp"

namespace hocvu {

// The settings that decide a shard's results: every shard of one merge must have the same.
nlohmann::ordered_json shard_settings(const GradeRequest& request);
// The request those settings describe (inputs, output and threads empty).
GradeRequest request_from_settings(const nlohmann::ordered_json& settings);

void write_shard_state(OutputFolder& out, const GradeRequest& request, const LoadedKey& key,
                       const std::string& corrections_sha256, const GradeReport& report, const GradeTally& tally);

}  // namespace hocvu
