#include "import/import_job.hpp"

#include <fmt/format.h>

#include <fstream>
#include <vector>

#include "i18n/interface.hpp"
#include "import/bank_yaml_writer.hpp"
#include "import/gift_reader.hpp"
#include "import/moodle_xml_reader.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "model/field_reader.hpp"

namespace hocvu {

namespace {

constexpr size_t kReadChunk = size_t{1} << 20;
// GIFT is read whole; a text file of questions this large is not one.
constexpr uint64_t kMaxGiftBytes = uint64_t{256} << 20;

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

ImportReading read_moodle_file(const std::string& path) {
  check_regular_file(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FatalError(ui_format("import.cannot_open", fmt::arg("path", path)));
  MoodleXmlReader reader(path);
  std::vector<char> buffer(kReadChunk);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    auto count = static_cast<size_t>(in.gcount());
    if (count > 0 && !reader.feed(std::string_view(buffer.data(), count))) break;
  }
  if (in.bad()) throw FatalError(ui_format("import.cannot_read", fmt::arg("path", path)));
  return reader.finish();
}

ImportReading read_gift_file(const std::string& path) {
  FileBytes bytes = read_regular_file(path, kMaxGiftBytes);
  if (bytes.too_large) {
    throw FatalError(ui_format("import.gift_too_large", fmt::arg("path", path)));
  }
  return read_gift(bytes.bytes, path);
}

std::vector<std::string> header_comments(const ImportRequest& request, const ImportSettings& settings,
                                         const ImportedBank& bank) {
  std::vector<std::string> lines = {
      ui_format("import.header.imported", fmt::arg("format", request.format == ImportFormat::gift ? "gift" : "moodle-xml"),
                fmt::arg("file", settings.source_name), fmt::arg("imported", bank.bank.questions.size()),
                fmt::arg("seen", bank.seen)),
      std::string(ui_text("import.header.check"))};
  if (settings.competency.empty() || settings.level.empty()) {
    lines.emplace_back(ui_text("import.header.left_for_author"));
    lines.emplace_back(ui_text("import.header.left_for_author_2"));
  }
  return lines;
}

}  // namespace

std::string bank_id_for(const std::string& input) {
  std::string name = base_name(input);
  size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name.erase(dot);
  return is_valid_id(name) ? name : "imported";
}

ImportOutcome run_import_job(const ImportRequest& request) {
  if (!request.out.empty() && same_file(request.input, request.out)) {
    throw FatalError(ui_format("import.out_is_input", fmt::arg("out", request.out)));
  }
  ImportSettings settings;
  settings.file = request.input;
  settings.format_name = request.format == ImportFormat::gift ? "GIFT" : "Moodle XML";
  settings.source_name = base_name(request.input);
  settings.bank_id = request.bank_id.empty() ? bank_id_for(request.input) : request.bank_id;
  settings.framework = request.framework;
  settings.competency = request.competency;
  settings.level = request.level;
  ImportReading reading =
      request.format == ImportFormat::gift ? read_gift_file(request.input) : read_moodle_file(request.input);
  ImportedBank bank = finish_import(std::move(reading), settings);
  ImportOutcome outcome;
  outcome.seen = bank.seen;
  outcome.imported = static_cast<uint32_t>(bank.bank.questions.size());
  outcome.duplicates = bank.duplicates;
  if (outcome.imported > 0) {
    outcome.yaml = render_bank_yaml(bank.bank, header_comments(request, settings, bank));
    if (!request.out.empty()) {
      write_output(request.out, outcome.yaml);
      outcome.written = true;
    }
  }
  outcome.diagnostics = std::move(bank.diagnostics);
  return outcome;
}

}  // namespace hocvu
