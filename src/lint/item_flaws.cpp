// Item-writing flaws of one question. Phrases match whole words (text/words.hpp), so "khôn"
// never matches "không" and diacritics never split a word.
#include "lint/item_flaws.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "diag/capped_reporter.hpp"
#include "i18n/interface.hpp"
#include "text/unicode.hpp"

namespace hocvu {

namespace {

std::vector<Words> make_phrases(std::initializer_list<const char*> phrases) {
  std::vector<Words> list;
  for (const char* phrase : phrases) {
    list.emplace_back(phrase);
  }
  return list;
}

const std::vector<Words>& absolute_phrases() {
  static const std::vector<Words> phrases = make_phrases(
      {"luôn luôn", "luôn", "chắc chắn", "tuyệt đối", "không bao giờ", "hoàn toàn", "mãi mãi",
       "bất kỳ trường hợp nào", "trong mọi trường hợp", "always", "never", "absolutely", "certainly", "completely",
       "entirely", "guaranteed"});
  return phrases;
}

// cue_stats.py's list, with the obvious variants of its phrases.
const std::vector<Words>& all_or_none_phrases() {
  static const std::vector<Words> phrases = make_phrases(
      {"tất cả các đáp án trên", "tất cả các phương án trên", "tất cả các ý trên", "cả ba đáp án trên",
       "không có đáp án nào", "không có phương án nào", "không có ý nào", "tất cả đều đúng", "tất cả đều sai",
       "tất cả đáp án trên", "tất cả các câu trên", "tất cả các lựa chọn trên", "cả hai đáp án trên",
       "không có lựa chọn nào", "không đáp án nào", "all of the above", "none of the above", "all the above",
       "both a and b", "neither a nor b"});
  return phrases;
}


std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) {
    out += (out.empty() ? "'" : ", '") + word + "'";
  }
  return out;
}

}  // namespace

std::vector<std::string> absolute_words_in(const Words& text) {
  std::vector<const Words*> found;
  for (const auto& phrase : absolute_phrases()) {
    if (text.contains(phrase)) {
      bool inside_longer = std::any_of(found.begin(), found.end(), [&](const Words* longer) {
        return longer->size() > phrase.size() && longer->contains(phrase);
      });
      if (!inside_longer) {
        found.push_back(&phrase);
      }
    }
  }
  std::vector<std::string> words;
  for (const Words* phrase : found) {
    words.push_back(phrase->text());
  }
  return words;
}

std::string all_or_none_phrase(const Words& text) {
  for (const auto& phrase : all_or_none_phrases()) {
    if (text.contains(phrase)) {
      return phrase.text();
    }
  }
  return "";
}


namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// The question sentence of a stem: its last sentence, after a trailing bracketed instruction
// such as "(Chọn tất cả đáp án đúng)" is set aside.
std::string_view question_sentence(std::string_view stem) {
  std::string_view text = trimmed(stem);
  if (!text.empty() && text.back() == ')') {
    size_t open = text.rfind('(');
    if (open != std::string_view::npos && !trimmed(text.substr(0, open)).empty()) {
      text = trimmed(text.substr(0, open));
    }
  }
  // A sentence ends at . ! ? or : followed by a space.
  for (size_t i = text.size(); i-- > 1;) {
    if (is_space(text[i]) && std::string_view(".!?:").find(text[i - 1]) != std::string_view::npos) {
      return trimmed(text.substr(i));
    }
  }
  return text;
}

bool is_negative(const std::string& lower) {
  return lower == "không" || lower == "not" || lower == "except" || lower == "trừ";
}

// A negative word as a syllable of a word that negates nothing: "không gian" (space), "không khí"
// (air), "hàng không" (aviation); "dấu trừ" (minus sign), "phép trừ" (subtraction), "khấu trừ".
bool in_compound(const std::string& sentence, const std::vector<WordSpan>& spans, size_t i) {
  auto lower_at = [&](size_t j) {
    return lowercase(std::string_view(sentence).substr(spans[j].begin, spans[j].end - spans[j].begin));
  };
  auto one_of = [](const std::string& word, std::initializer_list<const char*> list) {
    return std::any_of(list.begin(), list.end(), [&](const char* candidate) { return word == candidate; });
  };
  std::string word = lower_at(i);
  std::string before = i > 0 ? lower_at(i - 1) : "";
  std::string after = i + 1 < spans.size() ? lower_at(i + 1) : "";
  if (word == "không") {
    return one_of(after, {"gian", "khí", "quân", "trung", "phận", "lưu", "kích"}) || before == "hàng";
  }
  return word == "trừ" && one_of(before, {"dấu", "phép", "khấu"});
}

bool bold_before(std::string_view sentence, size_t offset) {
  std::string_view before = sentence.substr(0, offset);
  for (std::string_view mark : {"**", "__", "<b>", "<strong>"}) {
    if (before.size() >= mark.size() && before.substr(before.size() - mark.size()) == mark) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string unemphasised_negative(const std::string& stem) {
  std::string sentence = to_nfc(question_sentence(stem));
  std::vector<WordSpan> spans = word_spans(sentence);
  for (size_t i = 0; i < spans.size(); ++i) {
    std::string_view word = std::string_view(sentence).substr(spans[i].begin, spans[i].end - spans[i].begin);
    std::string lower = lowercase(word);
    if (!is_negative(lower) || is_capitalised(word) || bold_before(sentence, spans[i].begin)) {
      continue;
    }
    if ((lower == "không" && i + 1 == spans.size()) || in_compound(sentence, spans, i)) {
      continue;  // "Có nên ... không?" asks yes or no; "không gian" is a word of its own
    }
    return std::string(word);
  }
  return "";
}

namespace {

// W410: the key is the uniquely longest option, 1.2 times and 10 code points longer than the next.
void check_key_longest(const Question& question, const std::vector<size_t>& lengths, CappedReporter& reporter) {
  const auto* choice = question.answer ? std::get_if<ChoiceAnswer>(&*question.answer) : nullptr;
  if (choice == nullptr || choice->keys.size() != 1 || lengths.size() < 2) return;
  size_t key = question.options.size();
  for (size_t i = 0; i < question.options.size(); ++i) {
    key = question.options[i].key.value == choice->keys.front() ? i : key;
  }
  if (key == question.options.size()) return;
  size_t next = 0;
  for (size_t i = 0; i < lengths.size(); ++i) {
    if (i != key) next = std::max(next, lengths[i]);
  }
  size_t length = lengths[key];
  if (length > next && static_cast<double>(length) >= ItemFlawLimits::kKeyLongestRatio * static_cast<double>(next) &&
      length - next >= ItemFlawLimits::kKeyLongestMargin) {
    reporter.report(Rule::key_longest_option, question.options[key].key.pos,
                    ui_format("lint.flaw.key_longest", fmt::arg("question", question.id.value),
                              fmt::arg("key", choice->keys.front()), fmt::arg("length", length), fmt::arg("next", next)),
                    std::string(ui_text("lint.flaw.key_longest.hint")));
  }
}

// W414: longest >= 3 x shortest and at least 30 code points longer.
void check_unequal(const Question& question, const std::vector<size_t>& lengths, CappedReporter& reporter) {
  auto [shortest, longest] = std::minmax_element(lengths.begin(), lengths.end());
  if (static_cast<double>(*longest) >= ItemFlawLimits::kUnequalRatio * static_cast<double>(*shortest) &&
      *longest - *shortest >= ItemFlawLimits::kUnequalMargin) {
    reporter.report(Rule::unequal_options, question.options_pos,
                    ui_format("lint.flaw.unequal_options", fmt::arg("question", question.id.value),
                              fmt::arg("shortest", *shortest),
                              fmt::arg("short_option", question.options[static_cast<size_t>(shortest - lengths.begin())].key.value),
                              fmt::arg("longest", *longest),
                              fmt::arg("long_option", question.options[static_cast<size_t>(longest - lengths.begin())].key.value)),
                    std::string(ui_text("lint.flaw.unequal_options.hint")));
  }
}

void check_option_words(const Question& question, CappedReporter& reporter) {
  for (const auto& option : question.options) {
    Words words(option.text.value);
    std::string phrase = all_or_none_phrase(words);
    if (!phrase.empty()) {
      reporter.report(Rule::all_or_none_option, option.key.pos,
                      ui_format("lint.flaw.all_or_none", fmt::arg("question", question.id.value),
                                fmt::arg("option", option.key.value), fmt::arg("phrase", phrase)),
                      std::string(ui_text("lint.flaw.all_or_none.hint")));
    }
    std::vector<std::string> absolute = absolute_words_in(words);
    if (!absolute.empty()) {
      reporter.report(Rule::absolute_word, option.key.pos,
                      ui_plural("lint.flaw.absolute_option", absolute.size(), fmt::arg("question", question.id.value),
                                fmt::arg("option", option.key.value), fmt::arg("words", quoted_list(absolute))),
                      std::string(ui_text("lint.flaw.absolute_option.hint")));
    }
  }
}

void check_choice(const Question& question, CappedReporter& reporter) {
  check_option_words(question, reporter);
  std::string negative = unemphasised_negative(question.stem.value);
  if (!negative.empty()) {
    reporter.report(Rule::negative_stem, question.stem.pos,
                    ui_format("lint.flaw.negative_stem", fmt::arg("question", question.id.value),
                              fmt::arg("negative", negative)),
                    ui_format("lint.flaw.negative_stem.hint", fmt::arg("negative", negative)));
  }
  if (question.options.empty()) return;
  std::vector<size_t> lengths;
  for (const auto& option : question.options) {
    lengths.push_back(text_length(option.text.value));
  }
  check_unequal(question, lengths, reporter);
  if (*question.type == QuestionType::single) {
    check_key_longest(question, lengths, reporter);
  }
}

// W415: one correct option of several (every option correct is W408's).
void check_one_correct(const Question& question, CappedReporter& reporter) {
  const auto* choice = question.answer ? std::get_if<ChoiceAnswer>(&*question.answer) : nullptr;
  if (choice != nullptr && choice->keys.size() == 1 && question.options.size() > 1) {
    reporter.report(Rule::one_correct_option, question.answer_pos,
                    ui_format("lint.flaw.one_correct", fmt::arg("question", question.id.value),
                              fmt::arg("key", choice->keys.front()), fmt::arg("options", question.options.size())),
                    std::string(ui_text("lint.flaw.one_correct.hint")));
  }
}

void check_statement(const Question& question, CappedReporter& reporter) {
  std::vector<std::string> absolute = absolute_words_in(Words(question.stem.value));
  if (!absolute.empty()) {
    reporter.report(Rule::absolute_word, question.stem.pos,
                    ui_plural("lint.flaw.absolute_statement", absolute.size(), fmt::arg("question", question.id.value),
                              fmt::arg("words", quoted_list(absolute))),
                    std::string(ui_text("lint.flaw.absolute_statement.hint")));
  }
}

}  // namespace

void check_item_flaws(const Bank& bank, const std::string& path, Diagnostics& diagnostics) {
  CappedReporter reporter(path, diagnostics, CappedThing::question);
  for (const auto& question : bank.questions) {
    if (question.status != QuestionStatus::active || !question.type) continue;
    switch (*question.type) {
      case QuestionType::single:
        check_choice(question, reporter);
        break;
      case QuestionType::multiple:
        check_choice(question, reporter);
        check_one_correct(question, reporter);
        break;
      case QuestionType::true_false:
        check_statement(question, reporter);
        break;
      case QuestionType::numeric:
      case QuestionType::short_text:
        break;
    }
  }
}

}  // namespace hocvu
