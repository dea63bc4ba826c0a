#include "import/gift_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "exam/write_exam.hpp"
#include "i18n/interface.hpp"
#include "import/answer_mapping.hpp"
#include "import/gift_text.hpp"
#include "import/html_text.hpp"
#include "import/import_messages.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

constexpr std::string_view kCategory = "$CATEGORY:";

// A piece of the question's text and where it starts in the file.
struct Piece {
  std::string_view text;
  size_t offset = 0;

  Piece sub(size_t from, size_t count = std::string_view::npos) const {
    from = std::min(from, text.size());
    return Piece{text.substr(from, count), offset + from};
  }
  // Without leading and trailing spaces and line breaks.
  Piece trim() const {
    size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return Piece{{}, offset + text.size()};
    size_t last = text.find_last_not_of(" \t\r\n");
    return sub(first, last - first + 1);
  }
};

// A question's text after its [format] prefix, and the format (`fallback` when it has none).
std::pair<Piece, TextFormat> split_format(Piece piece, TextFormat fallback) {
  Piece text = piece.trim();
  if (text.text.empty() || text.text.front() != '[') return {text, fallback};
  size_t end = text.text.find(']');
  if (end == std::string_view::npos) return {text, fallback};
  std::optional<TextFormat> format = parse_text_format(text.text.substr(1, end - 1));
  if (!format) return {text, fallback};
  return {text.sub(end + 1).trim(), *format};
}

// Reads one question (or category) of a GIFT file: a block of lines between blank lines.
class GiftQuestionReader {
 public:
  GiftQuestionReader(Piece block, const GiftPlaces& places, std::string& category, ImportReading& reading)
      : block_(block), places_(places), category_(category), reading_(reading) {}

  void read() {
    Piece text = block_.trim();
    if (text.text.empty()) return;
    if (text.text.substr(0, kCategory.size()) == kCategory) return read_category(text);
    ++reading_.seen;
    ordinal_ = reading_.seen;
    where_ = places_.at(text.offset);
    label_ = question_label("", ordinal_);
    if (text.text.size() > kMaxImportQuestion) return reading_.diagnostics.push_back(too_long_finding(where_, label_));
    if (!read_title(text)) return;
    read_body(text);
  }

 private:
  void read_category(Piece text) {
    size_t line_end = text.text.find('\n');
    Piece line = text.sub(kCategory.size(), line_end == std::string_view::npos ? line_end : line_end - kCategory.size());
    category_ = trimmed(unescape(line));
    if (line_end != std::string_view::npos) {
      GiftQuestionReader(text.sub(line_end + 1), places_, category_, reading_).read();
    }
  }

  std::string unescape(Piece piece) { return unescape_gift(piece.text, piece.offset, places_, reading_.diagnostics); }

  void malformed(size_t offset, std::string_view message, std::string hint) {
    reading_.diagnostics.push_back(
        Diagnostic{Rule::import_malformed_gift, places_.at(offset), not_imported(label_, message), std::move(hint)});
  }

  void unsupported(std::string_view what) {
    reading_.diagnostics.push_back(Diagnostic{
        Rule::import_unsupported_type, where_,
        ui_format("import.unsupported_gift", fmt::arg("question", label_), fmt::arg("what", what)),
        std::string(ui_text("import.unsupported.hint"))});
  }

  // "::title::" at the start: the name, and `text` moved past it. False when it never ends.
  bool read_title(Piece& text) {
    if (text.text.substr(0, 2) != "::") return true;
    size_t end = find_unescaped(text.text, 2, "::");
    if (end == std::string_view::npos) {
      malformed(text.offset, ui_text("import.gift.title_unclosed"), ui_format("import.gift.title_unclosed.hint"));
      return false;
    }
    name_ = trimmed(unescape(text.sub(2, end - 2)));
    label_ = question_label(name_, ordinal_);
    text = text.sub(end + 2);
    return true;
  }

  // The answer block's braces, or a finding; nullopt for a question with no braces (a description).
  std::optional<std::pair<size_t, size_t>> find_braces(Piece text, bool& ok) {
    size_t open = find_unescaped(text.text, 0, '{');
    size_t close = find_unescaped(text.text, 0, '}');
    ok = false;
    if (open == std::string_view::npos && close == std::string_view::npos) {
      unsupported(ui_text("import.gift.description"));
      return std::nullopt;
    }
    if (open == std::string_view::npos || close < open) {
      malformed(text.offset + close, ui_format("import.gift.stray_close"), ui_format("import.gift.stray_close.hint"));
      return std::nullopt;
    }
    close = find_unescaped(text.text, open + 1, '}');
    size_t nested = find_unescaped(text.text, open + 1, '{');
    if (close == std::string_view::npos) {
      malformed(text.offset + open, ui_format("import.gift.unclosed"), ui_format("import.gift.unclosed.hint"));
    } else if (nested < close) {
      malformed(text.offset + nested, ui_format("import.gift.nested"), ui_format("import.gift.nested.hint"));
    } else {
      ok = true;
    }
    return std::make_pair(open, close);
  }

  // After the answers: nothing, or it is a missing-word question (or a second block).
  bool check_after_answers(Piece after) {
    size_t second = std::min(find_unescaped(after.text, 0, '{'), find_unescaped(after.text, 0, '}'));
    if (second != std::string_view::npos) {
      malformed(after.offset + second, ui_text("import.gift.second_block"), ui_format("import.gift.second_block.hint"));
      return false;
    }
    if (!after.trim().text.empty()) {
      unsupported(ui_text("import.gift.missing_word"));
      return false;
    }
    return true;
  }

  void read_body(Piece text) {
    bool ok = false;
    auto braces = find_braces(text, ok);
    if (!braces || !ok || !check_after_answers(text.sub(braces->second + 1))) return;
    Piece stem = text.sub(0, braces->first);
    Piece answers = text.sub(braces->first + 1, braces->second - braces->first - 1);
    if (stem.text.size() > kMaxImportText || answers.text.size() > kMaxImportText) {
      return reading_.diagnostics.push_back(too_long_finding(where_, label_));
    }
    auto [stem_text, format] = split_format(stem, TextFormat::moodle_auto);
    format_ = format;
    ImportedQuestion imported{Question{}, name_, "", category_, ordinal_, where_.line, where_.column};
    PlainText plain = text_from_format(unescape(stem_text), format_);
    imported.question.stem.value = std::move(plain.text);
    if (any(plain.lost)) lost_.push_back(ui_format("import.lost.in_question_text", fmt::arg("what", describe_lost(plain.lost))));
    size_t feedback = rfind_unescaped(answers.text, "####");
    if (feedback != std::string_view::npos) {
      imported.question.explanation = decoded(answers.sub(feedback + 4), message_id("import.lost.in_general_feedback"));
      answers = answers.sub(0, feedback);
    }
    read_answers(answers.trim(), imported);
  }

  // Text in its own [format], or the question's; `lost_key` names where markup was lost.
  std::string decoded(Piece piece, std::string_view lost_key) {
    auto [text, format] = split_format(piece, format_);
    PlainText plain = text_from_format(unescape(text), format);
    if (any(plain.lost)) lost_.push_back(ui_format(lost_key, fmt::arg("what", describe_lost(plain.lost))));
    return std::move(plain.text);
  }

  void read_answers(Piece answers, ImportedQuestion& imported) {
    std::string_view text = answers.text;
    if (text.empty()) return unsupported(ui_text("import.gift.essay"));
    std::optional<AnswerMapping> mapping;
    if (text.front() == '#') {
      mapping = read_numeric(answers.sub(1), imported.question);
    } else if (find_unescaped(text, 0, '~') != std::string_view::npos) {
      mapping = read_choices(answers, imported.question);
    } else if (find_unescaped(text, 0, '=') != std::string_view::npos && text.find("->") != std::string_view::npos) {
      return unsupported(ui_text("import.type.match"));
    } else if (auto value = true_false(answers)) {
      imported.question.type = QuestionType::true_false;
      imported.question.answer = TrueFalseAnswer{*value};
      mapping = AnswerMapping{};
    } else {
      mapping = read_short_answers(answers, imported.question);
    }
    if (!mapping) return;
    add_mapped_question(std::move(imported), std::move(*mapping), std::move(lost_), where_, label_, reading_);
  }

  std::optional<bool> true_false(Piece answers) {
    size_t hash = find_unescaped(answers.text, 0, '#');
    std::string_view word = answers.sub(0, hash).trim().text;
    if (word != "T" && word != "TRUE" && word != "F" && word != "FALSE") return std::nullopt;
    if (hash != std::string_view::npos && !is_blank(answers.text.substr(hash))) {
      std::string feedback = unescape(answers.sub(hash + 1));
      if (feedback.find_first_not_of("# \t\r\n") != std::string::npos) lost_.emplace_back(ui_text("import.lost.feedback_on_answers"));
    }
    return word == "T" || word == "TRUE";
  }

  // A piece's %weight% (after its ~ or =), moving `piece` past it; nullopt after a finding.
  std::optional<double> weight(Piece& piece, double fallback) {
    if (piece.text.empty() || piece.text.front() != '%') return fallback;
    size_t end = piece.text.find('%', 1);
    std::optional<double> percent = end == std::string_view::npos ? std::nullopt : parse_percent(piece.text.substr(1, end - 1));
    if (!percent) {
      malformed(piece.offset, ui_text("import.gift.bad_weight"), ui_format("import.gift.bad_weight.hint"));
      return std::nullopt;
    }
    piece = piece.sub(end + 1);
    return percent;
  }

  // The answer's text and whether a # feedback follows it.
  std::pair<Piece, bool> split_feedback(Piece piece) {
    size_t hash = find_unescaped(piece.text, 0, '#');
    if (hash == std::string_view::npos) return {piece, false};
    return {piece.sub(0, hash), !is_blank(piece.text.substr(hash + 1))};
  }

  std::optional<AnswerMapping> read_choices(Piece answers, Question& question) {
    std::vector<WeightedAnswer> choices;
    bool single = find_unescaped(answers.text, 0, '=') != std::string_view::npos;
    std::vector<std::string_view> pieces = split_before(answers.text, "~=");
    if (!is_blank(pieces.front())) {
      malformed(answers.offset, ui_text("import.gift.text_before_answers"), ui_format("import.gift.text_before_answers.hint"));
      return std::nullopt;
    }
    for (size_t i = 1; i < pieces.size(); ++i) {
      Piece piece{pieces[i], answers.offset + static_cast<size_t>(pieces[i].data() - answers.text.data())};
      bool right = piece.text.front() == '=';
      piece = piece.sub(1);
      std::optional<double> percent = right ? 100.0 : weight(piece, 0);
      if (!percent) return std::nullopt;
      auto [text, has_feedback] = split_feedback(piece);
      choices.push_back(WeightedAnswer{decoded(text, message_id("import.lost.in_options")), *percent, has_feedback});
    }
    return map_choice(choices, single, question);
  }

  // Each "=answer" of a short-answer or numeric block (weight 100 unless %w% says otherwise):
  // `add(text, percent, has_feedback)`; false when a weight is not a number (reported).
  template <typename Add>
  bool for_each_right_answer(Piece answers, Add add) {
    for (std::string_view part : split_before(answers.text, "=")) {
      Piece piece{part, answers.offset + static_cast<size_t>(part.data() - answers.text.data())};
      if (!piece.text.empty() && piece.text.front() == '=') piece = piece.sub(1);
      if (is_blank(piece.text)) continue;
      std::optional<double> percent = weight(piece, 100);
      if (!percent) return false;
      auto [text, has_feedback] = split_feedback(piece);
      add(unescape(text.trim()), *percent, has_feedback);
    }
    return true;
  }

  std::optional<AnswerMapping> read_short_answers(Piece answers, Question& question) {
    std::vector<WeightedAnswer> accepted;
    bool read = for_each_right_answer(answers, [&accepted](std::string text, double percent, bool has_feedback) {
      accepted.push_back(WeightedAnswer{std::move(text), percent, has_feedback});
    });
    if (!read) return std::nullopt;
    return map_short_answers(accepted, false, question);
  }

  std::optional<AnswerMapping> read_numeric(Piece answers, Question& question) {
    size_t wrong = find_unescaped(answers.text, 0, '~');
    if (wrong != std::string_view::npos) {
      if (!is_blank(answers.text.substr(wrong + 1))) lost_.emplace_back(ui_text("import.lost.feedback_on_wrong_answers"));
      answers = answers.sub(0, wrong);
    }
    std::vector<NumericCandidate> candidates;
    bool read = for_each_right_answer(answers, [&candidates](const std::string& text, double percent, bool has_feedback) {
      candidates.push_back(numeric_candidate(text, percent, has_feedback));
    });
    if (!read) return std::nullopt;
    return map_numeric(candidates, question);
  }

  // "3", "3:0.1" or "2..4" (a range, as its middle and half its width).
  static NumericCandidate numeric_candidate(const std::string& spec, double percent, bool has_feedback) {
    size_t range = spec.find("..");
    if (range != std::string::npos && range > 0) {
      std::optional<double> low = parse_lms_number(spec.substr(0, range));
      std::optional<double> high = parse_lms_number(spec.substr(range + 2));
      if (low && high) {
        return NumericCandidate{format_number((*low + *high) / 2), format_number(std::fabs(*high - *low) / 2),
                                percent, has_feedback};
      }
      return NumericCandidate{spec, "", percent, has_feedback};
    }
    size_t colon = spec.find(':');
    if (colon != std::string::npos && colon > 0) {
      return NumericCandidate{spec.substr(0, colon), spec.substr(colon + 1), percent, has_feedback};
    }
    return NumericCandidate{spec, "", percent, has_feedback};
  }

  Piece block_;
  const GiftPlaces& places_;
  std::string& category_;
  ImportReading& reading_;
  uint32_t ordinal_ = 0;
  Location where_;
  std::string label_;
  std::string name_;
  TextFormat format_ = TextFormat::moodle_auto;
  std::vector<std::string> lost_;
};

// The file with its comment lines (// ...) blanked out, keeping every offset.
std::string without_comments(std::string_view text) {
  std::string out(text);
  for (size_t start = 0; start < out.size();) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    size_t first = out.find_first_not_of(" \t\r", start);
    if (first < end && out.compare(first, 2, "//") == 0) std::fill(out.begin() + static_cast<std::ptrdiff_t>(start),
                                                                   out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
    start = end + 1;
  }
  return out;
}

// Blocks of lines between blank lines (a line of spaces is blank; a comment line is not).
std::vector<std::pair<size_t, size_t>> find_blocks(std::string_view original) {
  std::vector<std::pair<size_t, size_t>> blocks;
  size_t block_start = std::string_view::npos;
  for (size_t start = 0; start <= original.size();) {
    size_t end = original.find('\n', start);
    if (end == std::string_view::npos) end = original.size();
    bool blank = is_blank(original.substr(start, end - start));
    if (!blank && block_start == std::string_view::npos) block_start = start;
    if (blank && block_start != std::string_view::npos) {
      blocks.emplace_back(block_start, start);
      block_start = std::string_view::npos;
    }
    start = end + 1;
  }
  if (block_start != std::string_view::npos) blocks.emplace_back(block_start, original.size());
  return blocks;
}

}  // namespace

ImportReading read_gift(std::string_view text, const std::string& file) {
  ImportReading reading;
  size_t skip = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  GiftPlaces places(text, file);
  size_t invalid = find_invalid_utf8(text);
  if (invalid != std::string_view::npos) {
    reading.diagnostics.push_back(Diagnostic{Rule::import_malformed_gift, places.at(invalid),
                                             std::string(ui_text("import.gift.not_utf8")),
                                             std::string(ui_text("import.gift.not_utf8.hint"))});
    return reading;
  }
  std::string cleaned = without_comments(text);
  std::string_view view = cleaned;
  std::string category;
  for (auto [begin, end] : find_blocks(text)) {
    begin = std::max(begin, skip);
    GiftQuestionReader(Piece{view.substr(begin, end - begin), begin}, places, category, reading).read();
  }
  reading.diagnostics.sort();
  return reading;
}

}  // namespace hocvu
