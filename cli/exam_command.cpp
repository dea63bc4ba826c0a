// hocvu exam: assemble parallel exam forms from a blueprint.
#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <set>

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
  double time_limit = 300;
};

const Blueprint& find_blueprint(const LintResult& curriculum, const std::string& path) {
  std::string wanted = fs::path(path).lexically_normal().string();
  for (const auto& blueprint : curriculum.model.blueprints) {
    if (curriculum.model.files[blueprint.pos.file] == wanted) {
      return blueprint;
    }
  }
  Diagnostics errors;
  for (const auto& d : curriculum.diagnostics) {
    if (d.severity() == Severity::error && d.where.file == wanted) {
      errors.push_back(d);
    }
  }
  if (!errors.empty()) {
    fmt::print(stderr, "{}", text_report(errors, use_color(ColorMode::automatic, stderr)));
    throw FatalError(fmt::format("cannot read the blueprint '{}'; fix the errors above and try again", path));
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

LintResult load_curriculum(const ExamArgs& args) {
  std::vector<std::string> paths = curriculum_paths(args.data, "exam");
  paths.push_back(args.blueprint);
  LintOptions options;
  options.keep_texts = true;
  options.min_questions = 0;
  return lint_files(collect_yaml_files(paths), options);
}

// The files an exam is made from: the blueprint, its framework, and the banks of that framework.
std::vector<uint32_t> exam_inputs(const Model& model, const Blueprint& blueprint) {
  std::vector<uint32_t> files{blueprint.pos.file};
  for (const auto& framework : model.frameworks) {
    if (framework.id.value == blueprint.framework.value) {
      files.push_back(framework.id.pos.file);
    }
  }
  for (const auto& bank : model.banks) {
    if (bank.framework.value == blueprint.framework.value) {
      files.push_back(bank.id.pos.file);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

// Errors in the exam's own files stop the run: an exam from a broken bank would be wrong.
// Errors elsewhere (another blueprint, another framework) do not concern this exam.
void refuse_broken_inputs(const LintResult& curriculum, const std::vector<uint32_t>& inputs) {
  std::set<std::string> files;
  for (uint32_t file : inputs) {
    files.insert(curriculum.model.files[file]);
  }
  Diagnostics errors;
  for (const auto& d : curriculum.diagnostics) {
    // Counting shortfalls of the blueprint are the exam's to explain (exit 1), not input errors.
    if (d.severity() == Severity::error && d.rule != Rule::blueprint_unsatisfiable && files.count(d.where.file) > 0) {
      errors.push_back(d);
    }
  }
  if (!errors.empty()) {
    fmt::print(stderr, "{}", text_report(errors, use_color(ColorMode::automatic, stderr)));
    throw FatalError(fmt::format("the exam's files have {} error{}; fix them (hocvu lint) before building an exam",
                                 errors.size(), errors.size() == 1 ? "" : "s"));
  }
}

std::vector<InputFile> hash_inputs(const Model& model, const std::vector<uint32_t>& files) {
  std::vector<InputFile> inputs;
  for (uint32_t file : files) {
    inputs.push_back({model.files[file], sha256_hex(read_file(model.files[file]))});
  }
  return inputs;
}

void write_outputs(const std::string& folder, const std::vector<OutputFile>& files) {
  for (const auto& file : files) {
    fs::path path = fs::path(folder) / file.path;
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error) {
      throw FatalError(fmt::format("cannot create folder '{}': {}; choose another output folder with --out",
                                   path.parent_path().string(), error.message()));
    }
    write_file_atomically(path.string(), file.contents);
  }
}

int run_exam(const ExamArgs& args) {
  auto started = std::chrono::steady_clock::now();
  LintResult curriculum = load_curriculum(args);
  const Model& model = curriculum.model;
  const Blueprint& blueprint = find_blueprint(curriculum, args.blueprint);
  std::vector<uint32_t> inputs = exam_inputs(model, blueprint);
  refuse_broken_inputs(curriculum, inputs);
  const Framework& framework = find_by_id(model.frameworks, blueprint.framework.value, "framework");
  const Role& role = find_by_id(framework.roles, blueprint.role.value, "role");
  uint32_t forms = args.forms.value_or(blueprint.forms);
  uint64_t seed = args.seed.value_or(blueprint.seed);
  Pool pool = build_pool(model, blueprint, framework, role);
  auto loaded = std::chrono::steady_clock::now();
  // Progress only on a terminal: a pipe or a log file gets the summary line alone. The time
  // limit decides only whether an exam is written, never what it holds.
  bool show_progress = isatty(fileno(stderr)) != 0 && forms >= 10;
  Deadline deadline = Deadline::after(args.time_limit, loaded);
  AssemblyProgress progress = [&](uint32_t done, uint32_t total) {
    if (show_progress) {
      fmt::print(stderr, "\rhocvu: assembling form {}/{}{}", done, total, done == total ? "\r\033[K" : "");
    }
    return true;
  };
  Assembly assembly = assemble_forms(blueprint, pool, forms, seed, progress, deadline);
  auto assembled = std::chrono::steady_clock::now();
  if (assembly.out_of_time) {
    if (show_progress) {
      fmt::print(stderr, "\n");
    }
    throw FatalError(fmt::format("the time limit of {:g} s ran out ({}); ask for fewer forms, allow more overlap, "
                                 "or raise --time-limit",
                                 args.time_limit, assembly.problems.front()));
  }
  if (!assembly.problems.empty()) {
    for (const auto& problem : assembly.problems) {
      fmt::print(stderr, "{}: error: {}\n", args.blueprint, problem);
    }
    print_note(fmt::format("the blueprint cannot be met with these banks; nothing was written"));
    return kExitProblems;
  }
  Exam exam = build_exam(blueprint, framework, role, pool, assembly, seed);
  exam.inputs = hash_inputs(model, inputs);
  exam.blueprint_file = model.files[blueprint.pos.file];
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
  exam->add_option("-n,--forms", args->forms, "number of forms (default: the blueprint's)")->check(CLI::Range(1, 1000));
  exam->add_option("-s,--seed", args->seed, "seed for the draw (default: the blueprint's)");
  exam->add_option("-o,--out", args->out, "output folder (default: out/exam/<blueprint id>)");
  exam->add_option("--time-limit", args->time_limit, "give up assembly after this many seconds (exit 2)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
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
