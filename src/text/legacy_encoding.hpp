#pragma once
// Recognises Vietnamese text in the legacy encodings people still meet: TCVN3 (ABC, .VnTime fonts),
// VNI (VNI-Times fonts), VISCII and Windows-1258.
#include <cstddef>
#include <optional>
#include <string_view>

namespace hocvu {

enum class LegacyEncoding { tcvn3, vni, viscii, windows1258 };

// "TCVN3 (ABC)", "VNI", "VISCII", "Windows-1258"
const char* legacy_encoding_name(LegacyEncoding encoding);

// The name glibc's iconv knows it by ("TCVN5712-1", "VISCII", "CP1258"), or nullptr for VNI, which
// iconv does not know.
const char* iconv_name(LegacyEncoding encoding);

// For bytes that are NOT valid UTF-8: the legacy encoding they most likely are, or nullopt when
// they do not look like legacy Vietnamese (e.g. random binary, Latin-1 French).
std::optional<LegacyEncoding> guess_legacy_encoding(std::string_view bytes);

// What a byte from 0x80 up stands for in a legacy encoding, as a Vietnamese letter or diacritic,
// for converting such text to Unicode. A letter has its lowercase `base` (a ă â e ê i o ô ơ u ư y
// đ), `capital`, and its `tone`; a diacritic byte (a VNI mark, a TCVN3 or Windows-1258 combining
// tone) has base 0, its tone, and in VNI a `modifier` for the letter before it. Tones: 0 none,
// 1 grave, 2 hook above, 3 tilde, 4 acute, 5 dot below; modifiers: 1 circumflex, 2 breve.
// nullopt for every other byte: in TCVN3 and VNI those are Windows-1252's punctuation and signs.
struct LegacyLetter {
  char32_t base;
  bool capital;
  uint8_t tone;
  uint8_t modifier;
};
std::optional<LegacyLetter> legacy_letter(LegacyEncoding encoding, unsigned char byte);

// For VALID UTF-8 text: legacy-encoded Vietnamese that was pasted or converted as if it were
// Windows-1252/Latin-1 (mojibake such as "Vieät Nam" from VNI, or "ViÖt Nam", "Qu¶n lý" from
// TCVN3).
struct Mojibake {
  LegacyEncoding encoding;
  size_t offset;  // byte offset of the first suspicious character
};
std::optional<Mojibake> find_mojibake(std::string_view utf8);

}  // namespace hocvu
