#pragma once
// Rows in a single-byte legacy encoding (--encoding windows-1258, tcvn3, vni) made UTF-8 in NFC.
// Each byte maps to a fixed piece of text: Windows-1258 through ICU's converter, TCVN3 and VNI
// through the tables of text/legacy_encoding.cpp (ICU has no converter for them), with their
// other bytes read as Windows-1252. Tones and VNI's diacritic bytes become combining marks that
// NFC joins to the letter before them.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "grade/response_reader.hpp"

namespace hocvu {

class LegacyDecoder {
 public:
  explicit LegacyDecoder(InputEncoding encoding);  // windows1258, tcvn3 or vni

  // `bytes` as UTF-8 in NFC, into `out`. Returns the offset of the first byte the encoding does
  // not define (then `out` is unspecified), or npos.
  size_t decode(std::string_view bytes, std::string& out) const;

 private:
  struct Piece {
    std::array<char, 11> text{};
    unsigned char size = 0;  // 0: the byte means nothing in this encoding
  };
  std::array<Piece, 256> pieces_{};
};

}  // namespace hocvu
