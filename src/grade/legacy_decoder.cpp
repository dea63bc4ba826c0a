#include "grade/legacy_decoder.hpp"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf8.h>

#include <fmt/format.h>
#include <optional>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "text/legacy_encoding.hpp"
#include "text/unicode.hpp"

namespace hocvu {

namespace {

// Combining marks by tone (none, grave, hook above, tilde, acute, dot below) and by VNI modifier.
constexpr char32_t kToneMarks[] = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
constexpr char32_t kModifierMarks[] = {0, 0x0302, 0x0306};

class Converter {
 public:
  explicit Converter(const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    converter_ = ucnv_open(name, &status);
    if (U_FAILURE(status)) throw FatalError(ui_format("grade.icu_converter_missing", fmt::arg("name", name)));
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter_, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  ~Converter() { ucnv_close(converter_); }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  // The one character `byte` stands for, or nullopt when it stands for none. ICU maps the bytes
  // Windows leaves undefined (0x81, 0x8D, ...) to C1 control characters, which are never text.
  std::optional<char32_t> character(unsigned char byte) {
    char source = static_cast<char>(byte);
    UChar target[4];
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter_);
    int32_t length = ucnv_toUChars(converter_, target, 4, &source, 1, &status);
    if (U_FAILURE(status) || length != 1 || (target[0] >= 0x80 && target[0] <= 0x9F)) return std::nullopt;
    return char32_t{target[0]};
  }

 private:
  UConverter* converter_ = nullptr;
};

void append(std::string& text, char32_t c) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, static_cast<UChar32>(c), error);
  if (!error) text.append(buffer, static_cast<size_t>(length));
}

std::string letter_text(const LegacyLetter& letter) {
  std::string text;
  if (letter.base != 0) {
    append(text, letter.capital ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(letter.base))) : letter.base);
  }
  if (letter.modifier != 0) append(text, kModifierMarks[letter.modifier]);
  if (letter.tone != 0) append(text, kToneMarks[letter.tone]);
  return text;
}

LegacyEncoding legacy_of(InputEncoding encoding) {
  switch (encoding) {
    case InputEncoding::tcvn3: return LegacyEncoding::tcvn3;
    case InputEncoding::vni: return LegacyEncoding::vni;
    default: return LegacyEncoding::windows1258;
  }
}

}  // namespace

LegacyDecoder::LegacyDecoder(InputEncoding encoding) {
  bool windows1258 = encoding == InputEncoding::windows1258;
  Converter converter(windows1258 ? "windows-1258" : "windows-1252");
  for (int b = 0; b < 256; ++b) {
    auto byte = static_cast<unsigned char>(b);
    std::string text;
    std::optional<LegacyLetter> letter;
    if (!windows1258) letter = legacy_letter(legacy_of(encoding), byte);
    if (b < 0x80) {
      text.assign(1, static_cast<char>(byte));
    } else if (letter) {
      text = letter_text(*letter);
    } else if (std::optional<char32_t> c = converter.character(byte)) {
      append(text, *c);
    }
    Piece& piece = pieces_[byte];
    piece.size = static_cast<unsigned char>(text.size());
    text.copy(piece.text.data(), piece.text.size());
  }
}

size_t LegacyDecoder::decode(std::string_view bytes, std::string& out) const {
  out.clear();
  bool ascii = true;
  for (size_t i = 0; i < bytes.size(); ++i) {
    auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte < 0x80) {
      out.push_back(static_cast<char>(byte));
      continue;
    }
    const Piece& piece = pieces_[byte];
    if (piece.size == 0) return i;
    out.append(piece.text.data(), piece.size);
    ascii = false;
  }
  if (!ascii) out = to_nfc(out);
  return std::string_view::npos;
}

}  // namespace hocvu
