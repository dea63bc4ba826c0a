#include "verify/verify_job.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "credential/key_files.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "verify/credential_checks.hpp"
#include "verify/credential_text.hpp"

namespace hocvu {

namespace {

namespace fs = std::filesystem;
constexpr uint64_t kMaxJsonFileBytes = 64 * 1024 * 1024;  // a status list of 16 MiB compresses far below

struct InputFiles {
  std::vector<std::string> lines;   // .jsonl: one credential a line
  std::vector<std::string> single;  // .json: one credential or a status list
};

bool already_listed(const std::vector<std::string>& paths, const std::string& path) {
  for (const auto& known : paths) {
    if (known == path || same_file(known, path)) {
      return true;
    }
  }
  return false;
}

void add_unique(std::vector<std::string>& paths, const std::string& path) {
  if (!already_listed(paths, path)) {
    paths.push_back(path);
  }
}

// A folder gives its credentials.jsonl and status.json; a .jsonl brings the status.json beside it.
InputFiles input_files(const std::vector<std::string>& inputs) {
  InputFiles files;
  for (const auto& input : inputs) {
    const fs::path path(input);
    std::error_code error;
    const bool folder = fs::is_directory(path, error);
    const fs::path lines = folder ? path / "credentials.jsonl" : path;
    const fs::path status = (folder ? path : path.parent_path()) / "status.json";
    if (folder && !fs::exists(lines) && !fs::exists(status)) {
      throw FatalError(ui_format("verify.empty_folder", fmt::arg("folder", input)));
    }
    if (!folder && path.extension() != ".jsonl" && path.extension() != ".json") {
      throw FatalError(ui_format("verify.wrong_extension", fmt::arg("path", input)));
    }
    if (folder || path.extension() == ".jsonl") {
      if (!folder || fs::exists(lines)) {
        check_regular_file(lines.string());  // a .jsonl named must be there
        add_unique(files.lines, lines.string());
      }
      if (fs::exists(status)) {
        add_unique(files.single, status.string());
      }
    } else {
      check_regular_file(input);
      add_unique(files.single, input);
    }
  }
  return files;
}

class Verifier {
 public:
  Verifier(const CheckContext& context, VerifyOutcome& outcome) : context_(context), outcome_(outcome) {
    context_.status_lists = &lists_;
  }

  // Status lists first: the credentials' entries point into them.
  void read_status_lists(const std::vector<std::string>& files) {
    for (const auto& file : files) {
      auto text = read_json_file(file);
      if (text.value && is_status_list_credential(*text.value)) {
        StatusList list;
        list.file = file;
        const std::string id = credential_id(*text.value);
        record(file, 1, 0, id, read_status_list(*text.value, context_, list));
        add_status_list(id, std::move(list));
      }
    }
  }

  void check_single(const std::string& file) {
    auto text = read_json_file(file);
    if (!text.value) {
      record(file, 1, text.column, "", {{text.reason, text.message}});
    } else if (!is_status_list_credential(*text.value)) {
      record(file, 1, 0, credential_id(*text.value), check_credential(*text.value, context_));
    }
  }

  void check_lines(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      throw FatalError(ui_format("verify.cannot_open", fmt::arg("path", file)));
    }
    BoundedLineReader reader(in);
    BoundedLineReader::Line line;
    while (reader.next(line)) {
      check_line(file, line);
    }
    if (in.bad()) {
      throw FatalError(ui_format("verify.cannot_read", fmt::arg("path", file)));
    }
  }

 private:
  void check_line(const std::string& file, const BoundedLineReader::Line& line) {
    if (line.too_long) {
      record(file, line.number, 0, "", {{"too-long", ui_format("verify.line_too_long", fmt::arg("bytes", line.length),
                                                               fmt::arg("limit", kMaxCredentialBytes))}});
      return;
    }
    if (line.text.find_first_not_of(" \t") == std::string::npos) {
      return;  // blank lines carry nothing
    }
    auto text = parse_credential_text(line.text);
    if (!text.value) {
      record(file, line.number, text.column, "", {{text.reason, text.message}});
    } else {
      record(file, line.number, 0, credential_id(*text.value), check_credential(*text.value, context_));
    }
  }

  // Two copies of one list (an old status.json and the reissued one): a bit set in any copy that
  // can be trusted counts, so a revocation is never hidden by an older copy.
  void add_status_list(const std::string& id, StatusList list) {
    const auto [it, added] = lists_.emplace(id, list);
    StatusList& known = it->second;
    if (added || !list.bits) {
      return;
    }
    if (!known.bits) {
      known = std::move(list);
      return;
    }
    if (known.purpose != list.purpose) {
      known.bits.reset();
      known.problem = ui_text("verify.status_lists_disagree");
      return;
    }
    Bytes& bits = *known.bits;
    bits.resize(std::max(bits.size(), list.bits->size()), 0);
    for (size_t i = 0; i < list.bits->size(); ++i) {
      bits[i] = static_cast<uint8_t>(bits[i] | (*list.bits)[i]);
    }
  }

  static CredentialText read_json_file(const std::string& file) {
    const FileBytes bytes = read_regular_file(file, kMaxJsonFileBytes);
    if (bytes.too_large) {
      return {std::nullopt, "too-long", ui_format("verify.file_too_long", fmt::arg("bytes", bytes.size)), 0};
    }
    return parse_credential_text(bytes.bytes);
  }

  void record(const std::string& file, uint64_t line, uint64_t column, const std::string& id,
              const std::vector<CredentialProblem>& problems) {
    ++outcome_.checked;
    if (problems.empty()) {
      ++outcome_.verified;
      return;
    }
    ++outcome_.failed;
    ++outcome_.failed_by_reason[problems.front().reason];
    for (const auto& problem : problems) {
      if (outcome_.problems.size() >= kMaxVerifyProblems) {
        ++outcome_.problems_left_out;
      } else {
        outcome_.problems.push_back({file, line, column, id, problem.reason, problem.message});
      }
    }
  }

  CheckContext context_;
  VerifyOutcome& outcome_;
  StatusLists lists_;
};

}  // namespace

VerifyOutcome run_verify_job(const VerifyRequest& request) {
  if (request.inputs.empty()) {
    throw FatalError(std::string(ui_text("verify.no_inputs")));
  }
  CheckContext context;
  context.key = read_public_key_file(request.public_key);
  context.issuer = did_key(context.key);
  context.as_of = request.as_of ? *request.as_of : today_or_source_date_epoch();
  VerifyOutcome outcome;
  outcome.as_of = context.as_of;
  outcome.issuer = context.issuer;
  const InputFiles files = input_files(request.inputs);
  Verifier verifier(context, outcome);
  verifier.read_status_lists(files.single);
  for (const auto& file : files.lines) {
    verifier.check_lines(file);
  }
  for (const auto& file : files.single) {
    verifier.check_single(file);
  }
  return outcome;
}

}  // namespace hocvu
