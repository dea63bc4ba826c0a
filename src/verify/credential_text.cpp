#include "verify/credential_text.hpp"

#include <fmt/format.h>

#include <set>
#include <vector>

#include "i18n/interface.hpp"
#include "text/escape.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::json;

// A SAX pass before the tree is built: bounds the depth and refuses a member name given twice
// (JSON parsers differ on which one wins, so one reader could see a name another never checked).
class StructureCheck : public nlohmann::json_sax<Json> {
 public:
  std::string reason;
  std::string message;
  size_t column = 0;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    names_.emplace_back();
    return enter();
  }
  bool key(string_t& name) override {
    if (!names_.back().insert(name).second) {
      return fail("duplicate-member", ui_format("verify.duplicate_member", fmt::arg("name", name)));
    }
    return true;
  }
  bool end_object() override {
    names_.pop_back();
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override { return enter(); }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
    column = position;
    return fail("not-json", ui_format("verify.not_json_because", fmt::arg("detail", plain_parse_error(error.what()))));
  }

 private:
  bool enter() {
    if (++depth_ > kMaxCredentialDepth) {
      return fail("too-deep", ui_format("verify.too_deep", fmt::arg("depth", kMaxCredentialDepth)));
    }
    return true;
  }
  bool fail(const char* code, std::string text) {
    if (reason.empty()) {
      reason = code;
      message = std::move(text);
    }
    return false;
  }
  // nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, column 5: " prefix,
  // escaped: its "last read" token can end inside a UTF-8 sequence, or hold control characters.
  static std::string plain_parse_error(const std::string& what) {
    const size_t colon = what.find(": ");
    return escape_unprintable(colon == std::string::npos ? what : what.substr(colon + 2));
  }

  int depth_ = 0;
  std::vector<std::set<std::string>> names_;
};

}  // namespace

CredentialText parse_credential_text(std::string_view text) {
  CredentialText result;
  const size_t invalid = find_invalid_utf8(text);
  if (invalid != std::string_view::npos) {
    result.reason = "not-utf8";
    result.message = ui_text("verify.not_utf8");
    result.column = invalid + 1;
    return result;
  }
  StructureCheck check;
  if (!Json::sax_parse(text, &check, Json::input_format_t::json, /*strict=*/true)) {
    result.reason = check.reason.empty() ? "not-json" : check.reason;
    result.message = check.message.empty() ? std::string(ui_text("verify.not_json")) : check.message;
    result.column = check.column;
    return result;
  }
  Json value = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!value.is_object()) {
    result.reason = "not-object";
    result.message = ui_text("verify.not_object");
    return result;
  }
  result.value = std::move(value);
  return result;
}

bool BoundedLineReader::fill() {
  if (ended_) {
    return false;
  }
  buffer_.erase(0, at_);
  at_ = 0;
  char chunk[64 * 1024];
  in_.read(chunk, sizeof chunk);
  const auto got = static_cast<size_t>(in_.gcount());
  buffer_.append(chunk, got);
  if (got == 0) {
    ended_ = true;
  }
  return got > 0;
}

bool BoundedLineReader::next(Line& line) {
  line = Line{};
  line.number = ++number_;
  bool any = false;
  for (;;) {
    const size_t newline = buffer_.find('\n', at_);
    const size_t end = newline == std::string::npos ? buffer_.size() : newline;
    const size_t piece = end - at_;
    any = any || piece > 0 || newline != std::string::npos;
    line.length += piece;
    if (!line.too_long && line.text.size() + piece <= max_bytes_) {
      line.text.append(buffer_, at_, piece);
    } else {
      line.too_long = true;
      line.text.clear();
    }
    at_ = newline == std::string::npos ? buffer_.size() : newline + 1;
    if (newline != std::string::npos || !fill()) {
      break;
    }
  }
  if (!any) {
    --number_;
    return false;
  }
  if (!line.text.empty() && line.text.back() == '\r') {
    line.text.pop_back();
  }
  return true;
}

}  // namespace hocvu
