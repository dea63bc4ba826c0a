#include "i18n/messages.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace hocvu {

// Each language's catalogue is made of parts, one per area of hocvu, defined in
// catalogue/<part>_<language>.cpp so that work on one area does not touch another's file.
extern const std::vector<MessageEntry> kDocumentsVi, kRulesVi, kRulesMoreVi, kLoadVi, kLintVi, kGradeVi, kReportVi,
    kCertifyVi, kCliVi;
extern const std::vector<MessageEntry> kDocumentsEn, kRulesEn, kLoadEn, kLintEn, kGradeEn, kReportEn, kCertifyEn,
    kCliEn;

namespace {

// Every catalogue, in the order of enum Language. A new language adds its line here.
struct Catalogue {
  Language language;
  std::string_view tag;  // its primary language subtag, lowercase
  std::vector<const std::vector<MessageEntry>*> parts;
};
const Catalogue kCatalogues[] = {
    {Language::vi, "vi",
     {&kDocumentsVi, &kRulesVi, &kRulesMoreVi, &kLoadVi, &kLintVi, &kGradeVi, &kReportVi, &kCertifyVi, &kCliVi}},
    {Language::en, "en", {&kDocumentsEn, &kRulesEn, &kLoadEn, &kLintEn, &kGradeEn, &kReportEn, &kCertifyEn, &kCliEn}},
};

const Catalogue& catalogue(Language language) {
  return kCatalogues[static_cast<size_t>(language)];
}

// All parts in one list, sorted by key; a key defined twice stays twice, for the unit test to find.
std::vector<MessageEntry> joined(const std::vector<const std::vector<MessageEntry>*>& parts) {
  std::vector<MessageEntry> entries;
  for (const auto* part : parts) {
    entries.insert(entries.end(), part->begin(), part->end());
  }
  std::stable_sort(entries.begin(), entries.end(),
            [](const MessageEntry& a, const MessageEntry& b) { return a.key < b.key; });
  return entries;
}

bool equal_ignoring_ascii_case(std::string_view text, std::string_view lowercase) {
  return text.size() == lowercase.size() &&
         std::equal(text.begin(), text.end(), lowercase.begin(), [](char a, char b) { return (a | 0x20) == b; });
}

}  // namespace

std::optional<Language> catalogue_language(std::string_view tag) {
  std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  for (const auto& known : kCatalogues) {
    if (equal_ignoring_ascii_case(primary, known.tag)) {
      return known.language;
    }
  }
  return std::nullopt;
}

const char* language_tag(Language language) {
  return catalogue(language).tag.data();  // a string literal: NUL-terminated
}

const std::vector<MessageEntry>& catalogue_entries(Language language) {
  // Sorted once, on first use (the catalogues are defined in other files: no order of
  // initialisation to rely on before main).
  static const std::vector<std::vector<MessageEntry>> all = [] {
    std::vector<std::vector<MessageEntry>> lists;
    for (const auto& known : kCatalogues) {
      lists.push_back(joined(known.parts));
    }
    return lists;
  }();
  return all[static_cast<size_t>(language)];
}

std::optional<std::string_view> find_message(Language language, std::string_view key) {
  const auto& entries = catalogue_entries(language);
  auto found = std::lower_bound(entries.begin(), entries.end(), key,
                                [](const MessageEntry& entry, std::string_view k) { return entry.key < k; });
  if (found == entries.end() || found->key != key) {
    return std::nullopt;
  }
  return found->text;
}

std::string_view message(Language language, std::string_view key) {
  if (auto text = find_message(language, key)) {
    return *text;
  }
  throw std::logic_error("message '" + std::string(key) + "' is missing from the '" + language_tag(language) +
                         "' catalogue");
}

std::string format_decimal(Language language, double value, int decimals) {
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') {
      text.pop_back();
    }
  }
  if (text == "-0") {
    text = "0";
  }
  if (language == Language::vi) {
    std::replace(text.begin(), text.end(), '.', ',');
  }
  return text;
}

}  // namespace hocvu
