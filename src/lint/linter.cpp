#include "lint/linter.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/interface.hpp"
#include "lint/cue_statistics.hpp"
#include "lint/item_flaws.hpp"
#include "lint/model_checks.hpp"

namespace hocvu {

namespace {

// Checks across files would report what the unreadable files define as missing.
std::string held_back_note(const LoadResult& load) {
  size_t count = load.unreadable.size();
  std::string references =
      load.held_back_references == 0 ? "" : ui_plural("lint.held_back.references", load.held_back_references);
  return ui_plural("lint.held_back", count, fmt::arg("references", references),
                   fmt::arg("files", fmt::format("{}", fmt::join(load.unreadable, ", "))));
}

// A framework none of whose banks was linted has no questions to count.
void note_frameworks_without_banks(const Model& model, std::vector<std::string>& notes) {
  for (const auto& framework : model.frameworks) {
    bool has_banks = std::any_of(model.banks.begin(), model.banks.end(),
                                 [&](const Bank& bank) { return bank.framework.value == framework.id.value; });
    if (!has_banks) {
      notes.push_back(ui_format("lint.framework_without_banks", fmt::arg("framework", framework.id.value)));
    }
  }
}

}  // namespace

LintResult lint_files(const std::vector<std::string>& paths, const LintOptions& options, const ReadSource& read) {
  // prints[file] holds the stem fingerprints of that file's bank, made while its texts are at hand.
  std::vector<std::vector<StemPrint>> prints(paths.size());
  FileHook fingerprint = [&prints, &paths](uint32_t file, const Document&, const LoadedDocument& loaded,
                                           Diagnostics& diagnostics) {
    if (loaded.bank) {
      check_item_flaws(*loaded.bank, paths[file], diagnostics);
      for (const auto& question : loaded.bank->questions) {
        prints[file].push_back(stem_print(question.stem.value));
      }
    }
  };
  LoadResult load = load_files(paths, options.load, read, fingerprint);
  std::vector<std::vector<StemPrint>> stems;  // in Model::banks order
  for (const auto& bank : load.model.banks) {
    stems.push_back(std::move(prints[bank.id.pos.file]));
  }
  LintResult lint{std::move(load.model), std::move(load.diagnostics), load.bytes, load.questions, {}};
  check_stems(lint.model, stems, lint.diagnostics);
  if (!load.unreadable.empty()) {
    lint.notes.push_back(held_back_note(load));
  } else {
    note_frameworks_without_banks(lint.model, lint.notes);
    check_coverage(lint.model, options.min_questions, lint.diagnostics);
    if (options.alignment) {
      check_alignment(lint.model, lint.diagnostics);
    }
    check_bank_cues(lint.model, lint.diagnostics);
    check_blueprints(lint.model, lint.diagnostics);
    check_target_exams(lint.model, lint.diagnostics);
  }
  lint.diagnostics.close();
  lint.diagnostics.sort();
  return lint;
}

}  // namespace hocvu
