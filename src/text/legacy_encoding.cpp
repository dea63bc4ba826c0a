#include "text/legacy_encoding.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

// Both questions are answered the same way: read the bytes as each candidate encoding, cut the
// result into words and ask whether each word is a well-formed Vietnamese syllable. Vietnamese
// phonotactics are strict (few onsets, a closed list of vowel groups, eight final consonants, one
// tone per syllable, only sắc/nặng before -c -ch -p -t), so the wrong encoding, random bytes and
// European words almost never yield syllables, while the right encoding yields them nearly always.

namespace hocvu {
namespace {

constexpr size_t npos = std::string_view::npos;

// ---------------------------------------------------------------------------------------------
// What one byte means in one encoding.

enum class Kind : uint8_t {
  other,    // not a Vietnamese letter: foreign letter, control, unassigned
  letter,   // a letter, possibly with its tone
  mark,     // joins the letter before it (combining tone, or a VNI diacritic byte)
  neutral,  // punctuation or sign that Vietnamese text in this encoding may well contain
};

enum Modifier : uint8_t { kNoModifier, kCircumflex, kBreve };

enum Tone : uint8_t { kNoTone, kGrave, kHook, kTilde, kAcute, kDot };

struct Cell {
  Kind kind = Kind::other;
  char32_t base = 0;     // lowercase letter without tone (Kind::letter)
  uint8_t tone = 0;      // the letter's Tone, or the Tone a mark adds
  uint8_t modifier = 0;  // the Modifier a VNI mark adds ("a" + 0xE2 → â, "a" + 0xEA → ă)
};

using Table = std::array<Cell, 256>;

constexpr std::u32string_view kVowels = U"aăâeêioôơuưy";

// The byte of each toned vowel, in kVowels order with six tones each (none, grave, hook, tilde,
// acute, dot), then đ. 0 where the encoding has no single byte for it: plain ASCII vowels, and
// letters it spells with a combining mark.
using LetterBytes = std::array<uint8_t, 73>;

struct Spec {
  LetterBytes lower;
  LetterBytes upper;
  std::array<uint8_t, 5> marks;                    // combining grave, hook, tilde, acute, dot
  std::array<std::array<uint8_t, 2>, 12> neutral;  // byte ranges; {0, 0} ends the list
};

constexpr Table ascii_table() {
  Table table{};
  for (int c = 'a'; c <= 'z'; ++c) {
    table[c] = Cell{Kind::letter, char32_t(c), kNoTone, kNoModifier};
    table[c - 'a' + 'A'] = table[c];
  }
  return table;
}

constexpr Cell letter_cell(size_t index) {
  if (index == 72) return Cell{Kind::letter, U'đ', kNoTone, kNoModifier};
  return Cell{Kind::letter, kVowels[index / 6], uint8_t(index % 6), kNoModifier};
}

constexpr Table build(const Spec& spec) {
  Table table = ascii_table();
  for (const auto& range : spec.neutral) {
    for (int b = range[0]; b != 0 && b <= range[1]; ++b) table[b].kind = Kind::neutral;
  }
  for (size_t i = 0; i < spec.lower.size(); ++i) {
    if (spec.lower[i] != 0) table[spec.lower[i]] = letter_cell(i);
    if (spec.upper[i] != 0) table[spec.upper[i]] = letter_cell(i);
  }
  for (size_t i = 0; i < spec.marks.size(); ++i) {
    if (spec.marks[i] != 0) table[spec.marks[i]] = Cell{Kind::mark, 0, uint8_t(i + 1), kNoModifier};
  }
  return table;
}

// TCVN 5712:1993 VN3, the ".VnTime" fonts. Capitals with tones are written with the lowercase
// bytes in a capitals font (.VnTimeH), so only Ă Â Ê Ô Ơ Ư Đ have bytes of their own; glibc also
// decodes the few VN1 capitals in the upper half, kept here. 0x80-0x9F hold Windows punctuation in
// VN3 fonts (VN1 capitals there and in the control range are not met in practice).
constexpr Spec kTcvn3Spec = {
    {0x00, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9,  // a
     0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6,  // ă
     0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,  // â
     0x00, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1,  // e
     0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6,  // ê
     0x00, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,  // i
     0x00, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4,  // o
     0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9,  // ô
     0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,  // ơ
     0x00, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4,  // u
     0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9,  // ư
     0x00, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,  // y
     0xAE},                               // đ
    {0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // A
     0xA1, 0xAF, 0xBA, 0xBF, 0xC0, 0x00,  // Ă
     0xA2, 0xC1, 0xC2, 0xC3, 0xC4, 0x00,  // Â
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // E
     0xA3, 0xC5, 0xCD, 0xD9, 0xDA, 0x00,  // Ê
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // I
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // O
     0xA4, 0xDB, 0xE0, 0xF0, 0xFF, 0x00,  // Ô
     0xA5, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ơ
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // U
     0xA6, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ư
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // Y
     0xA7},                               // Đ
    {0xB0, 0xB1, 0xB2, 0xB3, 0xB4},
    {{{0x80, 0x9F}, {0xA0, 0xA0}}},
};

// VISCII (RFC 1456): every toned letter has a byte, six rare capitals in the control range.
constexpr Spec kVisciiSpec = {
    {0x00, 0xE0, 0xE4, 0xE3, 0xE1, 0xD5,  // a
     0xE5, 0xA2, 0xC6, 0xC7, 0xA1, 0xA3,  // ă
     0xE2, 0xA5, 0xA6, 0xE7, 0xA4, 0xA7,  // â
     0x00, 0xE8, 0xEB, 0xA8, 0xE9, 0xA9,  // e
     0xEA, 0xAB, 0xAC, 0xAD, 0xAA, 0xAE,  // ê
     0x00, 0xEC, 0xEF, 0xEE, 0xED, 0xB8,  // i
     0x00, 0xF2, 0xF6, 0xF5, 0xF3, 0xF7,  // o
     0xF4, 0xB0, 0xB1, 0xB2, 0xAF, 0xB5,  // ô
     0xBD, 0xB6, 0xB7, 0xDE, 0xBE, 0xFE,  // ơ
     0x00, 0xF9, 0xFC, 0xFB, 0xFA, 0xF8,  // u
     0xDF, 0xD7, 0xD8, 0xE6, 0xD1, 0xF1,  // ư
     0x00, 0xCF, 0xD6, 0xDB, 0xFD, 0xDC,  // y
     0xF0},                               // đ
    {0x00, 0xC0, 0xC4, 0xC3, 0xC1, 0x80,  // A
     0xC5, 0x82, 0x02, 0x05, 0x81, 0x83,  // Ă
     0xC2, 0x85, 0x86, 0x06, 0x84, 0x87,  // Â
     0x00, 0xC8, 0xCB, 0x88, 0xC9, 0x89,  // E
     0xCA, 0x8B, 0x8C, 0x8D, 0x8A, 0x8E,  // Ê
     0x00, 0xCC, 0x9B, 0xCE, 0xCD, 0x98,  // I
     0x00, 0xD2, 0x99, 0xA0, 0xD3, 0x9A,  // O
     0xD4, 0x90, 0x91, 0x92, 0x8F, 0x93,  // Ô
     0xB4, 0x96, 0x97, 0xB3, 0x95, 0x94,  // Ơ
     0x00, 0xD9, 0x9C, 0x9D, 0xDA, 0x9E,  // U
     0xBF, 0xBB, 0xBC, 0xFF, 0xBA, 0xB9,  // Ư
     0x00, 0x9F, 0x14, 0x19, 0xDD, 0x1E,  // Y
     0xD0},                               // Đ
    {0, 0, 0, 0, 0},
    {},
};

// Windows-1258: the Latin-1 vowels it kept, ă â ê ô ơ ư đ, and five combining tone marks that
// spell every other toned vowel (ệ = ê + 0xF2).
constexpr Spec kWindows1258Spec = {
    {0x00, 0xE0, 0x00, 0x00, 0xE1, 0x00,  // a
     0xE3, 0x00, 0x00, 0x00, 0x00, 0x00,  // ă
     0xE2, 0x00, 0x00, 0x00, 0x00, 0x00,  // â
     0x00, 0xE8, 0x00, 0x00, 0xE9, 0x00,  // e
     0xEA, 0x00, 0x00, 0x00, 0x00, 0x00,  // ê
     0x00, 0x00, 0x00, 0x00, 0xED, 0x00,  // i
     0x00, 0x00, 0x00, 0x00, 0xF3, 0x00,  // o
     0xF4, 0x00, 0x00, 0x00, 0x00, 0x00,  // ô
     0xF5, 0x00, 0x00, 0x00, 0x00, 0x00,  // ơ
     0x00, 0xF9, 0x00, 0x00, 0xFA, 0x00,  // u
     0xFD, 0x00, 0x00, 0x00, 0x00, 0x00,  // ư
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // y
     0xF0},                               // đ
    {0x00, 0xC0, 0x00, 0x00, 0xC1, 0x00,  // A
     0xC3, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ă
     0xC2, 0x00, 0x00, 0x00, 0x00, 0x00,  // Â
     0x00, 0xC8, 0x00, 0x00, 0xC9, 0x00,  // E
     0xCA, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ê
     0x00, 0x00, 0x00, 0x00, 0xCD, 0x00,  // I
     0x00, 0x00, 0x00, 0x00, 0xD3, 0x00,  // O
     0xD4, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ô
     0xD5, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ơ
     0x00, 0xD9, 0x00, 0x00, 0xDA, 0x00,  // U
     0xDD, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ư
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // Y
     0xD0},                               // Đ
    {0xCC, 0xD2, 0xDE, 0xEC, 0xF2},
    // Typographic punctuation and signs; ƒ Œ œ Ÿ and unassigned bytes stay "other".
    {{{0x80, 0x80}, {0x82, 0x82}, {0x84, 0x87}, {0x89, 0x89}, {0x8B, 0x8B}, {0x91, 0x99},
      {0x9B, 0x9B}, {0xA0, 0xBF}, {0xD7, 0xD7}, {0xF7, 0xF7}, {0xFE, 0xFE}}},
};

// The Vietnamese letters Latin-1 has: how a mojibake suspect reads if it is what it says it is.
constexpr Spec kLatin1Spec = {
    {0x00, 0xE0, 0x00, 0xE3, 0xE1, 0x00,  // a
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // ă
     0xE2, 0x00, 0x00, 0x00, 0x00, 0x00,  // â
     0x00, 0xE8, 0x00, 0x00, 0xE9, 0x00,  // e
     0xEA, 0x00, 0x00, 0x00, 0x00, 0x00,  // ê
     0x00, 0xEC, 0x00, 0x00, 0xED, 0x00,  // i
     0x00, 0xF2, 0x00, 0xF5, 0xF3, 0x00,  // o
     0xF4, 0x00, 0x00, 0x00, 0x00, 0x00,  // ô
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // ơ
     0x00, 0xF9, 0x00, 0x00, 0xFA, 0x00,  // u
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // ư
     0x00, 0x00, 0x00, 0x00, 0xFD, 0x00,  // y
     0x00},                               // đ
    {0x00, 0xC0, 0x00, 0xC3, 0xC1, 0x00,  // A
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ă
     0xC2, 0x00, 0x00, 0x00, 0x00, 0x00,  // Â
     0x00, 0xC8, 0x00, 0x00, 0xC9, 0x00,  // E
     0xCA, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ê
     0x00, 0xCC, 0x00, 0x00, 0xCD, 0x00,  // I
     0x00, 0xD2, 0x00, 0xD5, 0xD3, 0x00,  // O
     0xD4, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ô
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ơ
     0x00, 0xD9, 0x00, 0x00, 0xDA, 0x00,  // U
     0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // Ư
     0x00, 0x00, 0x00, 0x00, 0xDD, 0x00,  // Y
     0x00},                               // Đ
    {0, 0, 0, 0, 0},
    {},
};

// VNI Windows spells a toned vowel as the ASCII vowel followed by one byte for its diacritics
// (ệ = "e" + 0xE4, ắ = "a" + 0xE9); i-tones, ỵ, ơ, ư and đ are single bytes. Capitals use the same
// bytes minus 0x20. The rest of the code page is Windows-1252, whose punctuation VNI documents use.
struct VniMark {
  uint8_t byte, modifier, tone;
};
constexpr VniMark kVniMarks[] = {
    {0xE2, kCircumflex, kNoTone}, {0xE0, kCircumflex, kGrave}, {0xE5, kCircumflex, kHook},
    {0xE3, kCircumflex, kTilde},  {0xE1, kCircumflex, kAcute}, {0xE4, kCircumflex, kDot},
    {0xEA, kBreve, kNoTone},      {0xE8, kBreve, kGrave},      {0xFA, kBreve, kHook},
    {0xFC, kBreve, kTilde},       {0xE9, kBreve, kAcute},      {0xEB, kBreve, kDot},
    {0xF8, kNoModifier, kGrave},  {0xFB, kNoModifier, kHook},  {0xF5, kNoModifier, kTilde},
    {0xF9, kNoModifier, kAcute},  {0xEF, kNoModifier, kDot},
};
struct VniSingle {
  uint8_t byte;
  char32_t base;
  uint8_t tone;
};
constexpr VniSingle kVniSingles[] = {
    {0xEC, U'i', kGrave}, {0xE6, U'i', kHook},  {0xF3, U'i', kTilde},
    {0xED, U'i', kAcute}, {0xF2, U'i', kDot},   {0xEE, U'y', kDot},
    {0xF4, U'ơ', kNoTone}, {0xF6, U'ư', kNoTone}, {0xF1, U'đ', kNoTone},
};

constexpr Table build_vni() {
  Table table = ascii_table();
  for (int b = 0x80; b <= 0xBF; ++b) table[b].kind = Kind::neutral;
  table[0xD7].kind = table[0xF7].kind = Kind::neutral;  // × ÷
  for (const VniMark& m : kVniMarks) {
    table[m.byte] = table[m.byte - 0x20] = Cell{Kind::mark, 0, m.tone, m.modifier};
  }
  for (const VniSingle& single : kVniSingles) {
    table[single.byte] = table[single.byte - 0x20] = Cell{Kind::letter, single.base, single.tone, kNoModifier};
  }
  return table;
}

constexpr Table kTcvn3 = build(kTcvn3Spec);
constexpr Table kVni = build_vni();
constexpr Table kViscii = build(kVisciiSpec);
constexpr Table kWindows1258 = build(kWindows1258Spec);
constexpr Table kLatin1 = build(kLatin1Spec);

const Table& table_of(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::tcvn3: return kTcvn3;
    case LegacyEncoding::vni: return kVni;
    case LegacyEncoding::viscii: return kViscii;
    case LegacyEncoding::windows1258: return kWindows1258;
  }
  return kTcvn3;
}

bool is_word_part(Kind kind) { return kind == Kind::letter || kind == Kind::mark; }

// ---------------------------------------------------------------------------------------------
// Words: cut a stream of legacy bytes where the encoding has neither letter nor mark.

struct Unit {
  int byte;  // -1: a character no legacy byte stands for (it ends a word)
  size_t offset;
};

constexpr size_t kMaxWordUnits = 16;  // "nghieâng" in VNI is 8; longer is no syllable anyway
constexpr size_t kMaxLetters = 8;

struct RawWord {
  std::array<Unit, kMaxWordUnits> units;
  size_t size = 0;  // may exceed kMaxWordUnits: only the first units are kept
};

class WordSplitter {
 public:
  explicit WordSplitter(const Table& table) : table_(table) {}

  // Adds one character; true when that ended a word, which word() holds until the next add().
  bool add(Unit unit) {
    if (ready_) word_.size = 0, ready_ = false;
    if (unit.byte >= 0 && is_word_part(table_[unit.byte].kind)) {
      if (word_.size < kMaxWordUnits) word_.units[word_.size] = unit;
      ++word_.size;
      return false;
    }
    return close();
  }
  bool finish() { return ready_ ? false : close(); }
  const RawWord& word() const { return word_; }

 private:
  bool close() {
    ready_ = word_.size > 0;
    return ready_;
  }
  const Table& table_;
  RawWord word_;
  bool ready_ = false;
};

// ---------------------------------------------------------------------------------------------
// Syllables: decode a word and check it against Vietnamese phonotactics.

struct Letter {
  char32_t base;
  uint8_t tone;
};

struct Syllable {
  std::array<Letter, kMaxLetters> letters;
  size_t size = 0;
};

bool is_vowel(char32_t c) { return kVowels.find(c) != npos; }

// A mark joins the vowel before it: VNI marks may add a circumflex or breve, all may add a tone.
bool apply_mark(Letter& letter, const Cell& mark) {
  if (!is_vowel(letter.base) || letter.tone != kNoTone) return false;
  if (mark.modifier == kCircumflex) {
    constexpr std::u32string_view plain = U"aeo", hatted = U"âêô";
    size_t at = plain.find(letter.base);
    if (at == npos) return false;
    letter.base = hatted[at];
  } else if (mark.modifier == kBreve) {
    if (letter.base != U'a') return false;
    letter.base = U'ă';
  }
  letter.tone = mark.tone;
  return true;
}

bool decode(const Table& table, const RawWord& word, Syllable& out) {
  if (word.size > kMaxWordUnits) return false;
  out.size = 0;
  for (size_t i = 0; i < word.size; ++i) {
    const Cell& cell = table[word.units[i].byte];
    if (cell.kind == Kind::mark) {
      if (out.size == 0 || !apply_mark(out.letters[out.size - 1], cell)) return false;
    } else if (cell.kind != Kind::letter || out.size == kMaxLetters) {
      return false;
    } else {
      out.letters[out.size++] = Letter{cell.base, cell.tone};
    }
  }
  return true;
}

bool starts_with(std::u32string_view text, std::u32string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Longest initial consonant; q only as "qu", and never f, j, w, z.
size_t onset_length(std::u32string_view text) {
  constexpr std::u32string_view kOnsets[] = {
      U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"th", U"tr", U"qu",
      U"b",   U"c",  U"d",  U"đ",  U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",
      U"r",   U"s",  U"t",  U"v",  U"x"};
  for (std::u32string_view onset : kOnsets) {
    if (!starts_with(text, onset)) continue;
    // "gi" before a consonant or at the end is g + the vowel i: gì, gìn.
    if (onset == U"gi" && (text.size() == 2 || !is_vowel(text[2]))) return 1;
    return onset.size();
  }
  return 0;
}

// Spelling rules between onset and vowel: k/gh/ngh only before i e ê y, c/g/ng never before them.
bool onset_fits(std::u32string_view onset, char32_t first_vowel) {
  bool front = std::u32string_view(U"ieêy").find(first_vowel) != npos;
  if (onset == U"k" || onset == U"gh" || onset == U"ngh") return front;
  if (onset == U"c" || onset == U"ng") return !front;
  if (onset == U"g") return first_vowel != U'e' && first_vowel != U'ê';
  if (onset == U"qu") return std::u32string_view(U"uưo").find(first_vowel) == npos;
  return true;
}

enum class Coda { any, required, forbidden };

struct Nucleus {
  std::u32string_view vowels;
  Coda coda;
};

constexpr Nucleus kNuclei[] = {
    // Single vowels; ă and â never end a syllable.
    {U"a", Coda::any}, {U"e", Coda::any}, {U"ê", Coda::any}, {U"i", Coda::any},
    {U"o", Coda::any}, {U"ô", Coda::any}, {U"ơ", Coda::any}, {U"u", Coda::any},
    {U"ư", Coda::any}, {U"y", Coda::any}, {U"ă", Coda::required}, {U"â", Coda::required},
    // A glide before the vowel (hoa, khoẻ, thuế, tuy, thuở, xoăn, tuần).
    {U"oa", Coda::any}, {U"oe", Coda::any}, {U"uê", Coda::any}, {U"uy", Coda::any},
    {U"uơ", Coda::forbidden}, {U"oă", Coda::required}, {U"uâ", Coda::required},
    // Diphthongs that need a final (tiên, yên, muốn, người, chuyên).
    {U"iê", Coda::required}, {U"yê", Coda::required}, {U"uô", Coda::required},
    {U"ươ", Coda::required}, {U"uyê", Coda::required},
    // Groups that end in a glide or a, and so take no final consonant.
    {U"ai", Coda::forbidden}, {U"ao", Coda::forbidden}, {U"au", Coda::forbidden},
    {U"ay", Coda::forbidden}, {U"âu", Coda::forbidden}, {U"ây", Coda::forbidden},
    {U"eo", Coda::forbidden}, {U"êu", Coda::forbidden}, {U"ia", Coda::forbidden},
    {U"iu", Coda::forbidden}, {U"oi", Coda::forbidden}, {U"ôi", Coda::forbidden},
    {U"ơi", Coda::forbidden}, {U"ua", Coda::forbidden}, {U"ui", Coda::forbidden},
    {U"ưa", Coda::forbidden}, {U"ưi", Coda::forbidden}, {U"ưu", Coda::forbidden},
    {U"iêu", Coda::forbidden}, {U"yêu", Coda::forbidden}, {U"oai", Coda::forbidden},
    {U"oao", Coda::forbidden}, {U"oay", Coda::forbidden}, {U"oeo", Coda::forbidden},
    {U"uây", Coda::forbidden}, {U"uôi", Coda::forbidden}, {U"uya", Coda::forbidden},
    {U"uyu", Coda::forbidden}, {U"ươi", Coda::forbidden}, {U"ươu", Coda::forbidden},
};

bool nucleus_fits(std::u32string_view vowels, std::u32string_view coda) {
  for (const Nucleus& n : kNuclei) {
    if (n.vowels != vowels) continue;
    if (n.coda == Coda::required) return !coda.empty();
    if (n.coda == Coda::forbidden) return coda.empty();
    return true;
  }
  return false;
}

bool is_stop(std::u32string_view coda) {
  return coda == U"c" || coda == U"ch" || coda == U"p" || coda == U"t";
}

bool coda_fits(std::u32string_view vowels, std::u32string_view coda, uint8_t tone) {
  constexpr std::u32string_view kCodas[] = {U"", U"c", U"ch", U"m", U"n", U"ng", U"nh", U"p", U"t"};
  bool known = false;
  for (std::u32string_view c : kCodas) known = known || c == coda;
  if (!known) return false;
  // -ch and -nh follow only a ê i y (anh, ếch, inh, huynh).
  bool palatal = coda == U"ch" || coda == U"nh";
  if (palatal && std::u32string_view(U"aêiy").find(vowels.back()) == npos) return false;
  // A syllable closed by a stop carries sắc or nặng.
  return !is_stop(coda) || tone == kAcute || tone == kDot;
}

bool plausible(const Syllable& syllable) {
  std::array<char32_t, kMaxLetters> bases{};
  uint8_t tone = kNoTone;
  size_t toned = 0;
  for (size_t i = 0; i < syllable.size; ++i) {
    bases[i] = syllable.letters[i].base;
    if (syllable.letters[i].tone != kNoTone) tone = syllable.letters[i].tone, ++toned;
  }
  if (toned > 1) return false;
  std::u32string_view text(bases.data(), syllable.size);
  size_t onset = onset_length(text);
  size_t end = onset;
  while (end < text.size() && is_vowel(text[end])) ++end;
  if (end == onset) return false;
  std::u32string_view vowels = text.substr(onset, end - onset);
  std::u32string_view coda = text.substr(end);
  return onset_fits(text.substr(0, onset), vowels[0]) && nucleus_fits(vowels, coda) &&
         coda_fits(vowels, coda, tone);
}

// Index of the first non-ASCII byte at or after i, eight bytes at a time.
size_t skip_ascii(std::string_view s, size_t i) {
  while (i + 8 <= s.size()) {
    uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    if (chunk & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < s.size() && uint8_t(s[i]) < 0x80) ++i;
  return i;
}

// ---------------------------------------------------------------------------------------------
// guess_legacy_encoding: weigh each encoding's reading of the bytes.

struct GuessTally {
  size_t words = 0;        // words holding a non-ASCII byte
  size_t syllables = 0;    // ... of which read as Vietnamese syllables
  size_t hits = 0;         // non-ASCII bytes inside those syllables
  size_t suspects = 0;     // non-ASCII and control bytes
  size_t unexplained = 0;  // ... outside words, that this encoding gives no place in text
};

bool is_control(uint8_t b) {
  return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
}

bool is_suspect(uint8_t b) { return b >= 0x80 || is_control(b); }

void judge_word(const Table& table, const RawWord& word, GuessTally& tally) {
  size_t suspects = 0;
  for (size_t i = 0; i < word.size && i < kMaxWordUnits; ++i) {
    suspects += is_suspect(uint8_t(word.units[i].byte));
  }
  if (suspects == 0) return;
  ++tally.words;
  Syllable syllable;
  if (decode(table, word, syllable) && plausible(syllable)) {
    ++tally.syllables;
    tally.hits += suspects;
  }
}

// A byte this encoding gives no meaning, or punctuation wedged between letters ("Vi®t" read as
// Windows-1258 is more likely a letter of another encoding than a registered sign).
bool unexplained_outside_words(const Table& table, std::string_view bytes, size_t i) {
  auto kind_at = [&](size_t k) { return table[uint8_t(bytes[k])].kind; };
  Kind kind = kind_at(i);
  if (kind == Kind::other) return true;
  return kind == Kind::neutral && i > 0 && i + 1 < bytes.size() && is_word_part(kind_at(i - 1)) &&
         is_word_part(kind_at(i + 1));
}

GuessTally weigh(const Table& table, std::string_view bytes) {
  GuessTally tally;
  WordSplitter splitter(table);
  for (size_t i = 0; i < bytes.size(); ++i) {
    uint8_t b = uint8_t(bytes[i]);
    if (is_suspect(b)) {
      ++tally.suspects;
      bool in_word = is_word_part(table[b].kind);
      if (!in_word && unexplained_outside_words(table, bytes, i)) ++tally.unexplained;
    }
    if (splitter.add(Unit{b, i})) judge_word(table, splitter.word(), tally);
  }
  if (splitter.finish()) judge_word(table, splitter.word(), tally);
  return tally;
}

// Text has no NUL (binary, UTF-16) and is cut into words by spaces: Vietnamese words are at most
// seven letters, fourteen bytes in VNI. Random bytes have a space once in 256.
bool looks_like_text(std::string_view bytes) {
  if (bytes.find('\0') != npos || skip_ascii(bytes, 0) == bytes.size()) return false;
  size_t spaces = 0;
  for (char c : bytes) spaces += c == ' ' || c == '\n' || c == '\t' || c == '\r';
  return spaces * 16 >= bytes.size();
}

// Enough evidence: three letters, three quarters of the words syllables, nine in ten odd bytes
// accounted for. Below that, ordinary Western text with a few accents would pass.
bool convincing(const GuessTally& t) {
  return t.hits >= 3 && t.syllables * 4 >= t.words * 3 && t.unexplained * 10 <= t.suspects;
}

long guess_score(const GuessTally& t) {
  return long(t.hits) - 2 * long(t.unexplained) - long(t.words - t.syllables);
}

// ---------------------------------------------------------------------------------------------
// find_mojibake: a quick veto scan, then a word-by-word reading as TCVN3 and as VNI.

// Characters that correct Vietnamese has and Windows-1252 mojibake cannot: ă đ ĩ ũ ơ ư, the
// Vietnamese block and combining marks (NFD text).
bool is_vietnamese_only(char32_t c) {
  switch (c) {
    case 0x102: case 0x103: case 0x110: case 0x111: case 0x128: case 0x129:
    case 0x168: case 0x169: case 0x1A0: case 0x1A1: case 0x1AF: case 0x1B0:
      return true;
    default:
      return (c >= 0x300 && c <= 0x36F) || (c >= 0x1EA0 && c <= 0x1EF9);
  }
}

// Decodes the code point at i and moves past it; a malformed byte reads as U+FFFD.
char32_t next_code_point(std::string_view s, size_t& i) {
  uint8_t lead = uint8_t(s[i]);
  size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (lead >= 0x80 && lead < 0xC2) length = 0;
  if (length == 0 || i + length > s.size()) {
    ++i;
    return U'\uFFFD';
  }
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) c = (c << 6) | (uint8_t(s[i + k]) & 0x3F);
  i += length;
  return c;
}

// True when the text has a Latin-1 letter or sign, the stuff of TCVN3 and VNI mojibake, and no
// character that only real Vietnamese has. One pass, no allocation: the path nearly all texts take.
bool worth_a_closer_look(std::string_view utf8) {
  bool latin1 = false;
  for (size_t i = skip_ascii(utf8, 0); i < utf8.size(); i = skip_ascii(utf8, i)) {
    char32_t c = next_code_point(utf8, i);
    if (is_vietnamese_only(c)) return false;
    latin1 = latin1 || (c >= 0xA0 && c <= 0xFF);
  }
  return latin1;
}

// The byte a character was before the mojibake. Windows-1252's 0x80-0x9F signs are punctuation in
// both TCVN3 and VNI documents, so they, like everything beyond Latin-1, just end a word.
int legacy_byte(char32_t c) { return c < 0x80 || (c >= 0xA0 && c <= 0xFF) ? int(c) : -1; }

struct MojibakeTally {
  size_t words = 0;
  size_t syllables = 0;
  size_t evidence = 0;  // words that are nonsense as Latin-1 and a syllable in this encoding
  size_t counter = 0;   // accented words that are nonsense either way (café, crème)
  size_t offset = npos;
};

// Signs that sit between letters in ordinary text (x·y, N·m, n×m, m÷n, m², ±, °) prove nothing.
bool is_operator_sign(int byte) {
  constexpr std::string_view kSigns = "\xB0\xB1\xB2\xB3\xB7\xD7\xF7";
  return kSigns.find(char(byte)) != npos;
}

// The first Latin-1 character past the word's start that is not an operator sign; a suspicious
// character only at the start ("µm", "°C") is too weak to accuse the word.
size_t suspicious_unit(const RawWord& word) {
  for (size_t i = 1; i < word.size && i < kMaxWordUnits; ++i) {
    int b = word.units[i].byte;
    if (b >= 0xA0 && !is_operator_sign(b)) return i;
  }
  return npos;
}

bool has_latin1(const RawWord& word) {
  for (size_t i = 0; i < word.size && i < kMaxWordUnits; ++i) {
    if (word.units[i].byte >= 0xA0) return true;
  }
  return false;
}

bool reads_as_syllable(const Table& table, const RawWord& word, Syllable& syllable) {
  return decode(table, word, syllable) && plausible(syllable);
}

void judge_suspect(const Table& table, const RawWord& word, MojibakeTally& tally) {
  Syllable legacy, latin1;
  bool legacy_ok = reads_as_syllable(table, word, legacy);
  ++tally.words;
  tally.syllables += legacy_ok;
  // Accented words that are fine Vietnamese as they stand ("Chuyên", "là") are no mojibake.
  if (!has_latin1(word) || reads_as_syllable(kLatin1, word, latin1)) return;
  if (!legacy_ok) {
    ++tally.counter;
    return;
  }
  // Short words ("où" → "ó") are too easily produced by chance.
  size_t at = suspicious_unit(word);
  if (at == npos || legacy.size < 3) return;
  ++tally.evidence;
  if (tally.offset == npos) tally.offset = word.units[at].offset;
}

MojibakeTally weigh_mojibake(const Table& table, std::string_view utf8) {
  MojibakeTally tally;
  WordSplitter splitter(table);
  for (size_t i = 0; i < utf8.size();) {
    size_t offset = i;
    int byte = legacy_byte(next_code_point(utf8, i));
    if (splitter.add(Unit{byte, offset})) judge_suspect(table, splitter.word(), tally);
  }
  if (splitter.finish()) judge_suspect(table, splitter.word(), tally);
  return tally;
}

// One convincing word is enough when the rest of the text also reads as Vietnamese ("Vieät Nam");
// otherwise it takes two, and more than the accented words that make sense in no reading.
bool convincing(const MojibakeTally& t) {
  if (t.evidence == 0 || t.evidence <= t.counter) return false;
  return t.evidence >= 2 || t.syllables * 3 >= t.words * 2;
}

}  // namespace

const char* legacy_encoding_name(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::tcvn3: return "TCVN3 (ABC)";
    case LegacyEncoding::vni: return "VNI";
    case LegacyEncoding::viscii: return "VISCII";
    case LegacyEncoding::windows1258: return "Windows-1258";
  }
  return "?";
}

const char* iconv_name(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::tcvn3: return "TCVN5712-1";
    case LegacyEncoding::vni: return nullptr;
    case LegacyEncoding::viscii: return "VISCII";
    case LegacyEncoding::windows1258: return "CP1258";
  }
  return nullptr;
}

std::optional<LegacyEncoding> guess_legacy_encoding(std::string_view bytes) {
  if (!looks_like_text(bytes)) return std::nullopt;
  // On a tie, the encodings more common in the wild win.
  constexpr LegacyEncoding kOrder[] = {LegacyEncoding::tcvn3, LegacyEncoding::vni,
                                       LegacyEncoding::windows1258, LegacyEncoding::viscii};
  std::optional<LegacyEncoding> best;
  long best_score = 0;
  for (LegacyEncoding encoding : kOrder) {
    GuessTally tally = weigh(table_of(encoding), bytes);
    if (!convincing(tally)) continue;
    if (!best || guess_score(tally) > best_score) best = encoding, best_score = guess_score(tally);
  }
  return best;
}

std::optional<Mojibake> find_mojibake(std::string_view utf8) {
  if (!worth_a_closer_look(utf8)) return std::nullopt;
  // VISCII and Windows-1258 are left out: VISCII gives every Latin-1 sign a letter (m² → mỗ), and
  // Windows-1258 mojibake reads as ordinary accented Latin.
  std::optional<Mojibake> best;
  long best_margin = 0;
  for (LegacyEncoding encoding : {LegacyEncoding::tcvn3, LegacyEncoding::vni}) {
    MojibakeTally tally = weigh_mojibake(table_of(encoding), utf8);
    long margin = long(tally.evidence) - long(tally.counter);
    if (!convincing(tally) || (best && margin <= best_margin)) continue;
    best = Mojibake{encoding, tally.offset}, best_margin = margin;
  }
  return best;
}

namespace {

std::optional<LegacyLetter> spec_letter(const Spec& spec, uint8_t byte) {
  for (size_t i = 0; i < spec.lower.size(); ++i) {
    if (spec.lower[i] == byte || spec.upper[i] == byte) {
      Cell cell = letter_cell(i);
      return LegacyLetter{cell.base, spec.upper[i] == byte, cell.tone, kNoModifier};
    }
  }
  for (size_t i = 0; i < spec.marks.size(); ++i) {
    if (spec.marks[i] == byte) return LegacyLetter{0, false, uint8_t(i + 1), kNoModifier};
  }
  return std::nullopt;
}

std::optional<LegacyLetter> vni_letter(uint8_t byte) {
  bool capital = byte >= 0xC0 && byte < 0xE0;
  uint8_t lower = capital ? uint8_t(byte + 0x20) : byte;
  for (const VniMark& m : kVniMarks) {
    if (m.byte == lower) return LegacyLetter{0, false, m.tone, m.modifier};
  }
  for (const VniSingle& single : kVniSingles) {
    if (single.byte == lower) return LegacyLetter{single.base, capital, single.tone, kNoModifier};
  }
  return std::nullopt;
}

}  // namespace

std::optional<LegacyLetter> legacy_letter(LegacyEncoding encoding, unsigned char byte) {
  if (byte < 0x80) return std::nullopt;
  switch (encoding) {
    case LegacyEncoding::tcvn3: return spec_letter(kTcvn3Spec, byte);
    case LegacyEncoding::vni: return vni_letter(byte);
    case LegacyEncoding::viscii: return spec_letter(kVisciiSpec, byte);
    case LegacyEncoding::windows1258: return spec_letter(kWindows1258Spec, byte);
  }
  return std::nullopt;
}

}  // namespace hocvu
