#include "exam/exam_job.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "blueprint/coverage_checks.hpp"
#include "blueprint/feasibility.hpp"
#include "blueprint/pool.hpp"
#include "exam/build_exam.hpp"
#include "exam/test_wise.hpp"
#include "exam/write_exam.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "load/load.hpp"

namespace hocvu {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const Blueprint* find_blueprint(const LoadResult& curriculum, const std::string& path) {
  std::string wanted = fs::path(path).lexically_normal().string();
  for (const auto& blueprint : curriculum.model.blueprints) {
    if (curriculum.model.files[blueprint.pos.file] == wanted) {
      return &blueprint;
    }
  }
  return nullptr;
}

template <typename T>
const T& find_by_id(const std::vector<T>& records, const std::string& id, std::string_view missing_key) {
  for (const auto& record : records) {
    if (record.id.value == id) {
      return record;
    }
  }
  throw FatalError(ui_format(missing_key, fmt::arg("id", id)));
}

// The files an exam is made from: the blueprint, its framework, and the banks of that framework.
std::set<uint32_t> exam_inputs(const Model& model, const Blueprint& blueprint) {
  std::set<uint32_t> files{blueprint.pos.file};
  for (const auto& framework : model.frameworks) {
    if (framework.id.value == blueprint.framework.value) {
      files.insert(framework.id.pos.file);
    }
  }
  for (const auto& bank : model.banks) {
    if (bank.framework.value == blueprint.framework.value) {
      files.insert(bank.id.pos.file);
    }
  }
  return files;
}

// Errors in these files stop the run: an exam from a broken bank would be wrong. Errors
// elsewhere (another blueprint, another framework) do not concern this exam.
Diagnostics errors_in(const LoadResult& curriculum, const std::set<std::string>& files) {
  Diagnostics errors;
  for (const auto& d : curriculum.diagnostics) {
    if (d.severity() == Severity::error && files.count(d.where.file) > 0) {
      errors.push_back(d);
    }
  }
  return errors;
}

void write_exam_files(const Exam& exam, OutputFolder& folder) {
  for (const auto& file : render_exam(exam)) {
    folder.write(file.path, file.contents);
  }
  folder.commit();
}

}  // namespace

ExamOutcome run_exam_job(const ExamRequest& request) {
  auto started = Clock::now();
  std::vector<std::string> paths = curriculum_paths(request.data, "exam");
  paths.push_back(request.blueprint);
  LoadResult curriculum = load_files(collect_yaml_files(paths), LoadOptions{});
  const Model& model = curriculum.model;
  ExamOutcome outcome;
  const Blueprint* found = find_blueprint(curriculum, request.blueprint);
  if (found == nullptr) {
    outcome.findings = errors_in(curriculum, {fs::path(request.blueprint).lexically_normal().string()});
    if (outcome.findings.empty()) {
      throw FatalError(
          ui_format("exam.not_a_blueprint", fmt::arg("path", request.blueprint)));
    }
    outcome.status = ExamStatus::broken_blueprint;
    return outcome;
  }
  const Blueprint& blueprint = *found;
  std::set<std::string> input_paths;
  std::vector<InputFile> inputs;
  for (uint32_t file : exam_inputs(model, blueprint)) {
    input_paths.insert(model.files[file]);
    inputs.push_back(curriculum.inputs[file]);  // hashed from the bytes the model was read from
  }
  // A file that could not be read may be one of this framework's banks: its errors stop the run.
  std::set<std::string> checked = input_paths;
  checked.insert(curriculum.unreadable.begin(), curriculum.unreadable.end());
  outcome.findings = errors_in(curriculum, checked);
  if (!outcome.findings.empty()) {
    outcome.status = ExamStatus::broken_inputs;
    return outcome;
  }
  // Checked before any solving: a folder that may not be written is said at once.
  outcome.out = request.out.empty() ? (fs::path("out") / "exam" / blueprint.id.value).string() : request.out;
  OutputFolder folder(outcome.out, request.overwrite);
  const Framework& framework = find_by_id(model.frameworks, blueprint.framework.value, message_id("exam.no_such_framework"));
  const Role& role = find_by_id(framework.roles, blueprint.role.value, message_id("exam.no_such_role"));
  outcome.forms = request.forms.value_or(blueprint.forms);
  outcome.length = blueprint.length;
  uint64_t seed = request.seed.value_or(blueprint.seed);
  Pool pool = build_pool(model, blueprint, framework, role);
  outcome.eligible = pool.items.size();
  // Coverage's minimums join the blueprint's own counts: checked, solved and reported alike.
  const Blueprint covered = with_coverage(blueprint, role, pool.targets);
  ModelReporter reporter(model, outcome.findings);
  report_coverage_limits(covered, pool, reporter);
  if (outcome.findings.empty()) {
    report_shortfalls(covered, pool, outcome.forms, reporter);
  }
  if (!outcome.findings.empty()) {
    outcome.status = ExamStatus::infeasible;
    return outcome;
  }

  auto loaded = Clock::now();
  outcome.loading = loaded - started;
  // The time limit decides only whether an exam is written, never what it holds.
  Deadline deadline = Deadline::after(request.time_limit, loaded);
  Assembly assembly = assemble_forms(covered, pool, outcome.forms, seed, request.progress, deadline);
  outcome.assembly = Clock::now() - loaded;
  if (assembly.out_of_time) {
    throw FatalError(ui_format("exam.out_of_time", fmt::arg("seconds", fmt::format("{:g}", request.time_limit)),
                               fmt::arg("where", assembly.problems.front())));
  }
  if (!assembly.problems.empty()) {
    outcome.problems = std::move(assembly.problems);
    outcome.status = ExamStatus::infeasible;
    return outcome;
  }
  Exam exam = build_exam(covered, framework, role, pool, assembly, seed);
  outcome.language = choose_language(request.language, blueprint, &framework);
  exam.language = outcome.language.language;
  exam.inputs = std::move(inputs);
  exam.blueprint_file = model.files[blueprint.pos.file];
  write_exam_files(exam, folder);
  report_test_wise(exam, ModelReporter(model, outcome.findings));
  outcome.status = ExamStatus::written;
  return outcome;
}

}  // namespace hocvu
