#include "lint/linter.hpp"

#include "lint/cue_statistics.hpp"
#include "lint/item_flaws.hpp"
#include "lint/model_checks.hpp"

namespace hocvu {

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
  LintResult lint{std::move(load.model), std::move(load.diagnostics), load.bytes, load.questions};
  check_stems(lint.model, stems, lint.diagnostics);
  check_coverage(lint.model, options.min_questions, lint.diagnostics);
  check_bank_cues(lint.model, lint.diagnostics);
  check_blueprints(lint.model, lint.diagnostics);
  check_target_exams(lint.model, lint.diagnostics);
  lint.diagnostics.close();
  lint.diagnostics.sort();
  return lint;
}

}  // namespace hocvu
