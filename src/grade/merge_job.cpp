// hocvu merge: shards written by grade --shard, combined into the files one run over all their
// input writes. Row files are copied in shard order (duplicate flags recomputed across shards);
// tallies add up exactly; statistics are computed once, from the sum.
#include <unistd.h>

#include <fmt/format.h>

#include <cstdio>
#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "grade/duplicates.hpp"
#include "grade/grade_job.hpp"
#include "grade/grade_outputs.hpp"
#include "grade/grade_rows.hpp"
#include "grade/grading_setup.hpp"
#include "grade/shard_state.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/hash.hpp"
#include "text/csv.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

std::string shard_file(const std::string& shard, const char* name) {
  return shard.empty() || shard.back() == '/' ? shard + name : shard + "/" + name;
}

Json read_shard_json(const std::string& shard) {
  std::string path = shard_file(shard, "shard.json");
  if (::access(path.c_str(), F_OK) != 0) {
    throw FatalError(ui_format("merge.not_a_shard", fmt::arg("shard", shard)));
  }
  Json json = Json::parse(read_file(path), nullptr, false);
  if (json.is_discarded() || !json.is_object() || json.value("format", "") != "hocvu grade shard") {
    throw FatalError(ui_format("merge.not_shard_json", fmt::arg("path", path)));
  }
  return json;
}

// Streams a file through `consume` in blocks, so a shard's rows never sit in memory whole.
void stream_file(const std::string& path, const std::function<void(std::string_view)>& consume) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) throw FatalError(ui_format("merge.cannot_read", fmt::arg("path", path)));
  std::string block(1u << 20, '\0');
  for (;;) {
    size_t got = std::fread(block.data(), 1, block.size(), file);
    if (got > 0) consume(std::string_view(block.data(), got));
    if (got < block.size()) break;
  }
  bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) throw FatalError(ui_format("merge.read_error", fmt::arg("path", path)));
}

// Splits a stream into CSV records (quotes may hold line breaks) and hands each, with its line
// break, to `record`. The header (first record) is checked against `header`.
class RecordStream {
 public:
  RecordStream(std::string path, std::string header, std::function<void(std::string_view)> record)
      : path_(std::move(path)), header_(std::move(header)), record_(std::move(record)) {}

  void feed(std::string_view bytes) {
    for (char c : bytes) {
      pending_ += c;
      if (c == '"') quoted_ = !quoted_;
      if (c == '\n' && !quoted_) flush();
    }
  }

  void finish() {
    if (!pending_.empty()) throw FatalError(ui_format("merge.cut_short", fmt::arg("path", path_)));
    if (!header_seen_) throw FatalError(ui_format("merge.empty_file", fmt::arg("path", path_)));
  }

 private:
  void flush() {
    if (!header_seen_) {
      if (pending_ != header_) throw FatalError(ui_format("merge.header_differs", fmt::arg("path", path_)));
      header_seen_ = true;
    } else {
      record_(pending_);
    }
    pending_.clear();
  }

  std::string path_, header_;
  std::function<void(std::string_view)> record_;
  std::string pending_;
  bool quoted_ = false;
  bool header_seen_ = false;
};

std::vector<std::string> split_record(std::string_view record) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < record.size(); ++i) {
    char c = record[i];
    if (quoted) {
      if (c == '"' && i + 1 < record.size() && record[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\n') {
      fields.back() += c;
    }
  }
  return fields;
}

// The text csv_field was given: without the ' it puts before a would-be formula.
std::string unguarded(std::string field) {
  if (field.size() >= 2 && field[0] == '\'' && std::string_view("=+-@\t\r").find(field[1]) != std::string_view::npos) {
    field.erase(0, 1);
  }
  return field;
}

class ScoresMerger {
 public:
  ScoresMerger(DuplicatePolicy policy, std::function<void(std::string_view)> write)
      : policy_(policy), write_(std::move(write)) {}

  void row(std::string_view record, const std::string& shard) {
    if (policy_ == DuplicatePolicy::allow) {
      write_(record);
      return;
    }
    std::vector<std::string> fields = split_record(record);
    if (fields.size() != 12) throw FatalError(ui_format("merge.scores_row_fields", fmt::arg("shard", shard)));
    bool duplicate = !seen_.insert(attempt_fingerprint(unguarded(fields[0]), unguarded(fields[3])));
    bool flagged = fields[11].rfind("duplicate_attempt", 0) == 0;
    if (duplicate) ++duplicates_;
    if (duplicate == flagged) {
      write_(record);
      return;
    }
    if (!duplicate || policy_ == DuplicatePolicy::reject) {
      throw FatalError(
          ui_format("merge.duplicate_across_shards", fmt::arg("shard", shard), fmt::arg("candidate", fields[0])));
    }
    std::string rewritten(record.substr(0, record.size() - 1 - fields[11].size()));
    rewritten += fields[11].empty() ? "duplicate_attempt" : "duplicate_attempt;" + fields[11];
    rewritten += '\n';
    write_(rewritten);
  }

  uint64_t duplicates() const { return duplicates_; }

 private:
  DuplicatePolicy policy_;
  std::function<void(std::string_view)> write_;
  SeenAttempts seen_;
  uint64_t duplicates_ = 0;
};

void check_same_key(const Json& first, const Json& shard, const std::string& path) {
  if (shard.at("settings") != first.at("settings")) {
    throw FatalError(ui_format("merge.other_settings", fmt::arg("path", path)));
  }
  if (shard.at("key_files") != first.at("key_files") ||
      shard.at("corrections_sha256") != first.at("corrections_sha256")) {
    throw FatalError(ui_format("merge.other_key", fmt::arg("path", path)));
  }
}

void check_key_unchanged(const Json& first, const GradingSetup& setup) {
  Json files = Json::array();
  for (const auto& file : setup.key.files) files.push_back({{"path", file.path}, {"sha256", file.sha256}});
  if (files != first.at("key_files") || first.at("corrections_sha256") != setup.corrections_sha256) {
    throw FatalError(std::string(ui_text("merge.key_changed")));
  }
}

void add_accounting(GradeReport& report, const Json& shard) {
  for (const auto& input : shard.at("inputs")) {
    report.inputs.push_back(InputAccount{input.at("path").get<std::string>(), input.at("sha256").get<std::string>(),
                                         input.at("format").get<std::string>(), input.at("rows").get<uint64_t>(),
                                         input.at("graded").get<uint64_t>(), input.at("rejected").get<uint64_t>()});
  }
  report.rows_read += shard.at("rows_read").get<uint64_t>();
  report.graded += shard.at("graded").get<uint64_t>();
  report.rejected += shard.at("rejected").get<uint64_t>();
  for (const auto& [code, rows] : shard.at("rejected_by_code").items()) {
    report.rejected_by_code[code] += rows.get<uint64_t>();
  }
}

void copy_rows(const std::string& path, const std::string& header, const std::function<void(std::string_view)>& row) {
  RecordStream stream(path, header, row);
  stream_file(path, [&](std::string_view bytes) { stream.feed(bytes); });
  stream.finish();
}

GradeOutcome merge(const MergeRequest& request) {
  if (request.shards.empty()) throw FatalError(std::string(ui_text("merge.no_shards")));
  std::vector<Json> states;
  for (const auto& shard : request.shards) states.push_back(read_shard_json(shard));
  for (size_t i = 1; i < states.size(); ++i) check_same_key(states[0], states[i], request.shards[i]);
  GradeRequest settings = request_from_settings(states[0].at("settings"));
  settings.language = request.language;
  GradeOutcome outcome;
  outcome.out = request.out;
  std::unique_ptr<GradingSetup> setup = prepare_grading(settings, outcome);
  if (!setup) return outcome;
  check_key_unchanged(states[0], *setup);
  const GradingKey& key = setup->key.key;
  std::vector<std::vector<ScoringItem>> items = setup->items();
  GradeTally tally(items, key.competencies.size());
  for (const auto& shard : request.shards) {
    std::string path = shard_file(shard, "tally.json");
    Diagnostics problems;
    if (!tally.merge_serialized(read_file(path), path, problems)) {
      std::string why = problems.begin() != problems.end() ? problems.begin()->message
                                                            : std::string(ui_text("merge.counts_do_not_add_up"));
      throw FatalError(ui_format("merge.cannot_merge", fmt::arg("path", path), fmt::arg("reason", why)));
    }
  }
  OutputFolder out(request.out, request.overwrite);
  RowFiles rows(out, key);
  RowSinks sinks = rows.sinks();
  ScoresMerger scores(settings.duplicates, sinks.scores);
  GradeReport report = base_report(settings, *setup);
  for (size_t i = 0; i < request.shards.size(); ++i) {
    const std::string& shard = request.shards[i];
    copy_rows(shard_file(shard, "scores.csv"), scores_header(),
              [&](std::string_view row) { scores.row(row, shard); });
    copy_rows(shard_file(shard, "competencies.csv"), competencies_header(key), sinks.competencies);
    copy_rows(shard_file(shard, "rejects.csv"), rejects_header(), sinks.rejects);
    add_accounting(report, states[i]);
  }
  rows.commit();
  report.duplicate_attempts = scores.duplicates();
  write_statistics(out, key, items, tally, report);
  out.commit();
  outcome.rows_read = report.rows_read;
  outcome.graded = report.graded;
  outcome.rejected = report.rejected;
  return outcome;
}

}  // namespace

GradeOutcome merge_shards(const MergeRequest& request) {
  try {
    return merge(request);
  } catch (const nlohmann::json::exception& error) {
    throw FatalError(ui_format("merge.shard_json_shape", fmt::arg("error", error.what())));
  }
}

}  // namespace hocvu
