// The batch loop: records from the splitter, the checks every row gets (quoting, NUL bytes,
// encoding), then the row's format.
#include "grade/response_reader.hpp"

#include <fmt/format.h>

#include <cstring>

#include "grade/reader_state.hpp"
#include "grade/row_fields.hpp"
#include "i18n/interface.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

std::string size_text(size_t bytes) {
  if (bytes % (size_t{1} << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  if (bytes % 1024 == 0) return fmt::format("{} KiB", bytes >> 10);
  return ui_format("grade.size.bytes", fmt::arg("bytes", bytes));
}

// "0x1F": a byte as the messages show it.
std::string hex_byte(char byte) { return fmt::format("0x{:02X}", static_cast<unsigned char>(byte)); }

void reject_problem(ReaderCore& core, const RowPlace& row, RecordProblem problem) {
  switch (problem) {
    case RecordProblem::unclosed_quote:
      return core.reject(row, RejectReason::malformed_quoting,
                         std::string(ui_text("grade.reject.unclosed_quote")));
    case RecordProblem::text_after_quote:
      return core.reject(row, RejectReason::malformed_quoting,
                         std::string(ui_text("grade.reject.text_after_quote")));
    case RecordProblem::too_long:
      return core.reject(row, RejectReason::row_too_long,
                         ui_format("grade.reject.row_too_long", fmt::arg("limit", size_text(core.options.max_row_bytes)),
                                   fmt::arg("kept", size_text(kKeptPrefix))));
    case RecordProblem::none: return;
  }
}

// `offset` is the first byte that is not UTF-8: the text before it counts in characters.
std::string invalid_utf8_message(const ReaderCore& core, std::string_view text, size_t offset) {
  size_t column = count_code_points(text.substr(0, offset)) + 1;
  switch (core.options.encoding) {
    case InputEncoding::utf16:
    case InputEncoding::utf16le:
    case InputEncoding::utf16be:
      return ui_format("grade.reject.half_surrogate", fmt::arg("column", column));
    default:
      return ui_format("grade.reject.not_utf8", fmt::arg("byte", hex_byte(text[offset])), fmt::arg("column", column));
  }
}

// The row as UTF-8 text, or nullopt after rejecting it.
std::optional<std::string_view> row_text(ReaderCore& core, const RowPlace& row) {
  if (const void* nul = std::memchr(row.raw.data(), '\0', row.raw.size())) {
    size_t offset = static_cast<size_t>(static_cast<const char*>(nul) - row.raw.data());
    core.reject(row, RejectReason::nul_byte,
                ui_format("grade.reject.nul_byte", fmt::arg("offset", offset + 1)));
    return std::nullopt;
  }
  if (core.legacy) {
    size_t invalid = core.legacy->decode(row.raw, core.converted);
    if (invalid == std::string_view::npos) return std::string_view(core.converted);
    core.reject(row, RejectReason::invalid_encoding,
                ui_format("grade.reject.not_in_encoding", fmt::arg("byte", hex_byte(row.raw[invalid])),
                          fmt::arg("offset", invalid + 1)));
    return std::nullopt;
  }
  size_t invalid = find_invalid_utf8(row.raw);
  if (invalid == std::string_view::npos) return row.raw;
  core.reject(row, RejectReason::invalid_encoding, invalid_utf8_message(core, row.raw, invalid));
  return std::nullopt;
}

void mark_header_unreadable(ReaderCore& core, const RowPlace& row) {
  if (core.header_read) return;
  core.header_read = true;
  core.not_responses = ui_format("grade.header.unreadable", fmt::arg("line", row.line));
}

void read_record(ReaderCore& core, const Record& record) {
  RowPlace row{record.text, record.line};
  if (record.problem != RecordProblem::none) {
    reject_problem(core, row, record.problem);
    return mark_header_unreadable(core, row);
  }
  std::optional<std::string_view> text = row_text(core, row);
  if (!text) return mark_header_unreadable(core, row);
  // A byte-order mark inside the file (files joined with cat) belongs to no field.
  if (text->substr(0, 3) == "\xEF\xBB\xBF") text->remove_prefix(3);
  if (!core.header_read) {
    core.header_read = true;
    return read_header(core, row, *text, record.quoted);
  }
  if (core.not_responses) return core.reject(row, RejectReason::not_responses, *core.not_responses);
  if (core.format == ResponseFormat::jsonl) return read_jsonl_row(core, row, *text);
  cut_fields(*text, core.layout.separator, record.quoted, core.fields, core.unquoted);
  if (core.format == ResponseFormat::long_rows) return read_long_row(core, row);
  read_wide_row(core, row);
}

// JSON Lines is told by its first byte, so it is never read as CSV (whose quotes would run).
void start(ReaderCore& core) {
  core.started = true;
  if (core.format == ResponseFormat::detect && core.splitter.first_text_byte() == '{') {
    core.format = ResponseFormat::jsonl;
  }
  if (core.format == ResponseFormat::jsonl) {
    core.splitter.set_mode(SplitMode::lines, 0);
    core.header_read = true;
  } else {
    core.splitter.set_mode(SplitMode::csv, core.options.separator);
  }
}

}  // namespace

std::optional<ResponseFormat> parse_response_format(const std::string& text) {
  if (text == "detect" || text == "auto") return ResponseFormat::detect;
  if (text == "wide") return ResponseFormat::wide;
  if (text == "long") return ResponseFormat::long_rows;
  if (text == "jsonl" || text == "json-lines" || text == "ndjson") return ResponseFormat::jsonl;
  return std::nullopt;
}

std::optional<InputEncoding> parse_input_encoding(const std::string& text) {
  std::string name;
  for (char c : text) {
    if (c != '-' && c != '_') name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (name == "utf8") return InputEncoding::utf8;
  if (name == "utf16") return InputEncoding::utf16;
  if (name == "utf16le") return InputEncoding::utf16le;
  if (name == "utf16be") return InputEncoding::utf16be;
  if (name == "windows1258" || name == "cp1258") return InputEncoding::windows1258;
  if (name == "tcvn3" || name == "tcvn" || name == "abc") return InputEncoding::tcvn3;
  if (name == "vni") return InputEncoding::vni;
  return std::nullopt;
}

struct ResponseReader::State : ReaderCore {
  using ReaderCore::ReaderCore;
};

ResponseReader::ResponseReader(const std::string& path, uint32_t source, const GradingKey& key,
                               const ReaderOptions& options)
    : state_(std::make_unique<State>(path, source, key, options)) {}

ResponseReader::~ResponseReader() = default;

bool ResponseReader::next_batch(ResponseBatch& batch, size_t target_bytes) {
  ReaderCore& core = *state_;
  core.sink.start(batch);
  if (!core.started) start(core);
  const uint64_t stop_at = core.splitter.bytes_consumed() + std::max<size_t>(target_bytes, 1);
  Record record;
  while (!core.finished && core.splitter.bytes_consumed() < stop_at) {
    if (!core.splitter.next(record)) {
      core.finished = true;
      close_long_attempt(core);
      break;
    }
    read_record(core, record);
  }
  core.sink.finish();
  return !core.finished || !batch.attempts.empty() || !batch.rejects.empty();
}

ResponseFormat ResponseReader::format() const { return state_->format; }

uint64_t ResponseReader::bytes_read() const { return state_->input.raw_bytes(); }

std::string ResponseReader::sha256() const { return state_->input.sha256(); }

}  // namespace hocvu
