#pragma once
// Internal to the xlsx table reader: the workbook's zip archive (libzip, from the file's bytes)
// and its XML parts streamed through expat while they inflate, never held whole.
//
// Limits, each a FatalError naming the file and the part: a part that says or turns out to
// inflate past max_part_bytes, past what its zip entry declares, or far beyond its compressed
// size (a zip bomb); malformed XML (with its line); any DOCTYPE (entity expansion, "billion
// laughs", and external entities have no place in an xlsx part).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <zip.h>

namespace hocvu {

// What a part's parser is told. Handlers must not throw out of expat's C frames: the
// stream catches what they throw, stops the parser and throws it again afterwards.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `name` without its namespace prefix; `attributes` as expat gives them (name, value, ..., null).
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view text) = 0;
};

// The value of the attribute whose name, without its namespace prefix, is `name`; nullptr when absent.
const char* xml_attribute(const char** attributes, std::string_view name);

class XlsxArchive {
 public:
  // `bytes` must outlive the archive. Throws FatalError ("... is not an xlsx workbook ...") when
  // they are not a zip archive or hold no xl/workbook.xml.
  XlsxArchive(std::string_view bytes, std::string path, uint64_t max_part_bytes);
  ~XlsxArchive();
  XlsxArchive(const XlsxArchive&) = delete;
  XlsxArchive& operator=(const XlsxArchive&) = delete;

  bool has(const std::string& part) const;
  // Streams `part` (a zip entry name such as "xl/workbook.xml") through `handler`.
  void parse(const std::string& part, XmlHandler& handler) const;

  const std::string& path() const { return path_; }

 private:
  [[noreturn]] void fail(const std::string& part, const std::string& reason) const;
  zip_uint64_t index_of(const std::string& part) const;
  void check_declared_size(const std::string& part, const zip_stat_t& stat) const;

  std::string path_;
  uint64_t max_part_bytes_;
  zip_t* zip_ = nullptr;
};

}  // namespace hocvu
