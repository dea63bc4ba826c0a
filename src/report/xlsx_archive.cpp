#include "report/xlsx_archive.hpp"

#include <expat.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <fmt/format.h>
#include <memory>
#include <vector>

#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

constexpr size_t kChunk = size_t{64} << 10;
// Deflate reaches about 1030:1 on runs of one byte; real sheets inflate 5 to 50 times. Past
// kRatioFloor a part may inflate at most kMaxRatio times its compressed size: a small zip bomb
// costs a moment of inflating, a large one is stopped before it costs more.
constexpr uint64_t kRatioFloor = uint64_t{64} << 20;
constexpr uint64_t kMaxRatio = 250;

std::string_view local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon != nullptr ? std::string_view(colon + 1) : std::string_view(name);
}

std::string what_to_do() {
  return std::string(ui_text("report.xlsx.what_to_do"));
}

// One expat parser on one part. Callbacks never let an exception cross expat's C frames.
class ExpatStream {
 public:
  explicit ExpatStream(XmlHandler& handler) : handler_(handler), parser_(XML_ParserCreate(nullptr)) {
    if (parser_ == nullptr) throw std::bad_alloc();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &ExpatStream::on_start, &ExpatStream::on_end);
    XML_SetCharacterDataHandler(parser_, &ExpatStream::on_text);
    XML_SetStartDoctypeDeclHandler(parser_, &ExpatStream::on_doctype);
    XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
  }
  ~ExpatStream() { XML_ParserFree(parser_); }
  ExpatStream(const ExpatStream&) = delete;
  ExpatStream& operator=(const ExpatStream&) = delete;

  // Empty when the bytes parsed; else what is wrong, with the line. Rethrows what a handler threw.
  std::string feed(const char* data, size_t size, bool last) {
    XML_Status status = XML_Parse(parser_, data, static_cast<int>(size), last ? XML_TRUE : XML_FALSE);
    if (error_) std::rethrow_exception(error_);
    if (status == XML_STATUS_OK) return {};
    uint64_t line = XML_GetCurrentLineNumber(parser_);
    if (doctype_) {
      return ui_format("report.xlsx.doctype", fmt::arg("line", line));
    }
    return ui_format("report.xlsx.bad_xml", fmt::arg("line", line),
                     fmt::arg("reason", XML_ErrorString(XML_GetErrorCode(parser_))));
  }

 private:
  template <typename Work>
  static void guarded(void* data, Work work) {
    auto* self = static_cast<ExpatStream*>(data);
    if (self->error_) return;
    try {
      work(self->handler_);
    } catch (...) {
      self->error_ = std::current_exception();
      XML_StopParser(self->parser_, XML_FALSE);
    }
  }
  static void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    guarded(data, [&](XmlHandler& handler) { handler.start(local_name(name), attributes); });
  }
  static void XMLCALL on_end(void* data, const XML_Char* name) {
    guarded(data, [&](XmlHandler& handler) { handler.end(local_name(name)); });
  }
  static void XMLCALL on_text(void* data, const XML_Char* text, int size) {
    guarded(data, [&](XmlHandler& handler) { handler.text(std::string_view(text, static_cast<size_t>(size))); });
  }
  static void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto* self = static_cast<ExpatStream*>(data);
    self->doctype_ = true;
    XML_StopParser(self->parser_, XML_FALSE);
  }

  XmlHandler& handler_;
  XML_Parser parser_;
  std::exception_ptr error_;
  bool doctype_ = false;
};

struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

const char* xml_attribute(const char** attributes, std::string_view name) {
  for (size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (local_name(attributes[i]) == name) return attributes[i + 1];
  }
  return nullptr;
}

XlsxArchive::XlsxArchive(std::string_view bytes, std::string path, uint64_t max_part_bytes)
    : path_(std::move(path)), max_part_bytes_(max_part_bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source != nullptr) {
    zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (zip_ == nullptr) zip_source_free(source);
  }
  std::string reason = zip_ == nullptr ? zip_error_strerror(&error) : "";
  zip_error_fini(&error);
  if (zip_ == nullptr) {
    throw FatalError(ui_format("report.xlsx.not_zip", fmt::arg("path", path_), fmt::arg("reason", reason),
                               fmt::arg("what_to_do", what_to_do())));
  }
  if (!has("xl/workbook.xml")) {
    zip_discard(zip_);
    throw FatalError(ui_format("report.xlsx.no_workbook_part", fmt::arg("path", path_), fmt::arg("what_to_do", what_to_do())));
  }
}

XlsxArchive::~XlsxArchive() { zip_discard(zip_); }

bool XlsxArchive::has(const std::string& part) const { return zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE) >= 0; }

void XlsxArchive::fail(const std::string& part, const std::string& reason) const {
  throw FatalError(ui_format("report.xlsx.bad_part", fmt::arg("path", path_), fmt::arg("part", part), fmt::arg("reason", reason),
                             fmt::arg("what_to_do", what_to_do())));
}

zip_uint64_t XlsxArchive::index_of(const std::string& part) const {
  zip_int64_t index = zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) fail(part, std::string(ui_text("report.xlsx.part_missing")));
  return static_cast<zip_uint64_t>(index);
}

void XlsxArchive::check_declared_size(const std::string& part, const zip_stat_t& stat) const {
  if (stat.size > max_part_bytes_) {
    fail(part, ui_format("report.xlsx.part_too_large", fmt::arg("size", stat.size), fmt::arg("limit", max_part_bytes_)));
  }
  if (stat.size > kRatioFloor && stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > kMaxRatio) {
    fail(part, ui_format("report.xlsx.part_ratio", fmt::arg("compressed", stat.comp_size), fmt::arg("size", stat.size),
                         fmt::arg("ratio", kMaxRatio)));
  }
}

void XlsxArchive::parse(const std::string& part, XmlHandler& handler) const {
  zip_uint64_t index = index_of(part);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_, index, 0, &stat) != 0) {
    fail(part, ui_format("report.xlsx.part_unreadable", fmt::arg("reason", zip_strerror(zip_))));
  }
  check_declared_size(part, stat);
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(zip_, index, 0));
  if (!file) fail(part, ui_format("report.xlsx.part_unreadable", fmt::arg("reason", zip_strerror(zip_))));
  ExpatStream xml(handler);
  std::vector<char> buffer(kChunk);
  uint64_t inflated = 0;
  for (;;) {
    zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
    if (n < 0) fail(part, ui_format("report.xlsx.part_damaged", fmt::arg("reason", zip_file_strerror(file.get()))));
    inflated += static_cast<uint64_t>(n);
    if (inflated > stat.size) fail(part, ui_format("report.xlsx.part_longer", fmt::arg("size", stat.size)));
    std::string problem = xml.feed(buffer.data(), static_cast<size_t>(n), n == 0);
    if (!problem.empty()) fail(part, problem);
    if (n == 0) return;
  }
}

}  // namespace hocvu
