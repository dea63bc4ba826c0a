// hocvu exam: assemble parallel exam forms from a blueprint.
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <memory>

#include "command.hpp"
#include "curriculum.hpp"
#include "exam/assemble.hpp"
#include "exam/build_exam.hpp"
#include "exam/pool.hpp"
#include "exam/write_exam.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/hash.hpp"
#include "lint/linter.hpp"
#include "terminal.hpp"

namespace hocvu::cli {

namespace {

namespace fs = std::filesystem;

struct ExamArgs {
  std::string blueprint;
  std::vector<std::string> data;
  std::optional<uint32_t> forms;
  std::optional<uint64_t> seed;
  std::string out;
};

const Blueprint& find_blueprint(const Model& model, const std::string& path) {
  std::string wanted = fs::path(path).lexically_normal().string();
  for (const auto& blueprint : model.blueprints) {
    if (model.files[blueprint.pos.file] == wanted) {
      return blueprint;
    }
  }
  throw FatalError(fmt::format("'{}' is not a blueprint (it does not start with 'blueprint:')", path));
}

template <typename T>
const T& find_by_id(const std::vector<T>& records, const std::string& id, const char* what) {
  for (const auto& record : records) {
    if (record.id.value == id) {
      return record;
    }
  }
  throw FatalError(fmt::format("there is no {} '{}' (hocvu lint explains)", what, id));
}

// Reads and checks the curriculum; errors in it stop the run, as an exam from a broken bank would be wrong.
LintResult load_curriculum(const ExamArgs& args) {
  std::vector<std::string> paths = curriculum_paths(args.data, "exam");
  paths.push_back(args.blueprint);
  LintOptions options;
  options.keep_texts = true;
  options.min_questions = 0;
  LintResult result = lint_files(collect_yaml_files(paths), options);
  Diagnostics errors;
  for (const auto& d : result.diagnostics) {
    if (d.severity() == Severity::error) {
      errors.push_back(d);
    }
  }
  if (!errors.empty()) {
    fmt::print(stderr, "{}", text_report(errors, use_color(ColorMode::automatic, stderr)));
    throw FatalError(fmt::format("the curriculum files have {} error{}; fix them (hocvu lint) before building an exam",
                                 errors.size(), errors.size() == 1 ? "" : "s"));
  }
  return result;
}

std::vector<InputFile> hash_inputs(const Model& model) {
  std::vector<InputFile> inputs;
  for (const auto& file : model.files) {
    inputs.push_back({file, sha256_hex(read_file(file))});
  }
  return inputs;
}

void write_outputs(const std::string& folder, const std::vector<OutputFile>& files) {
  for (const auto& file : files) {
    fs::path path = fs::path(folder) / file.path;
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error) {
      throw FatalError(fmt::format("cannot create folder '{}': {}", path.parent_path().string(), error.message()));
    }
    write_file_atomically(path.string(), file.contents);
  }
}

int run_exam(const ExamArgs& args) {
  auto started = std::chrono::steady_clock::now();
  LintResult curriculum = load_curriculum(args);
  const Model& model = curriculum.model;
  const Blueprint& blueprint = find_blueprint(model, args.blueprint);
  const Framework& framework = find_by_id(model.frameworks, blueprint.framework.value, "framework");
  const Role& role = find_by_id(framework.roles, blueprint.role.value, "role");
  uint32_t forms = args.forms.value_or(blueprint.forms);
  uint64_t seed = args.seed.value_or(blueprint.seed);
  Pool pool = build_pool(model, blueprint, framework, role);
  auto loaded = std::chrono::steady_clock::now();
  Assembly assembly = assemble_forms(blueprint, pool, forms, seed);
  auto assembled = std::chrono::steady_clock::now();
  if (!assembly.problems.empty()) {
    for (const auto& problem : assembly.problems) {
      fmt::print(stderr, "{}: error: {}\n", args.blueprint, problem);
    }
    print_note(fmt::format("the blueprint cannot be met with these banks; nothing was written"));
    return kExitProblems;
  }
  Exam exam = build_exam(blueprint, framework, role, pool, assembly, seed);
  exam.inputs = hash_inputs(model);
  std::string out = args.out.empty() ? (fs::path("out") / "exam" / blueprint.id.value).string() : args.out;
  write_outputs(out, render_exam(exam));
  auto seconds = [](auto from, auto to) { return std::chrono::duration<double>(to - from).count(); };
  print_note(fmt::format("{} forms of {} questions from {} eligible in {} (loading {:.2f} s, assembly {:.2f} s)",
                         forms, blueprint.length, pool.items.size(), out, seconds(started, loaded),
                         seconds(loaded, assembled)));
  return kExitSuccess;
}

}  // namespace

RunCommand add_exam_command(CLI::App& app) {
  auto args = std::make_shared<ExamArgs>();
  CLI::App* exam = app.add_subcommand("exam", "assemble parallel exam forms from a blueprint");
  exam->add_option("blueprint", args->blueprint, "the blueprint file (framework/blueprints/*.yaml)")->required();
  exam->add_option("--data", args->data, "framework and bank files or folders (default: framework question-banks)");
  exam->add_option("-n,--forms", args->forms, "number of forms (default: the blueprint's)");
  exam->add_option("-s,--seed", args->seed, "seed for the draw (default: the blueprint's)");
  exam->add_option("-o,--out", args->out, "output folder (default: out/exam/<blueprint id>)");
  exam->footer(
      "Writes forms/<CODE>.md, .html and .json (candidate papers, no answers), key.csv, moodle.xml,\n"
      "gift.txt and manifest.json. The same blueprint, banks and seed give byte-identical files.\n"
      "Exit status: 0 written, 1 the blueprint cannot be met (the reason is printed), 2 could not run.\n"
      "\nExamples:\n"
      "  hocvu exam framework/blueprints/dbqh.yaml\n"
      "  hocvu exam framework/blueprints/hdnd-xa.yaml --forms 8 --seed 2027 --out out/hdnd-xa-dot2\n");
  return [args] { return run_exam(*args); };
}

}  // namespace hocvu::cli
