#include "text/language_tag.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <vector>

#include "i18n/interface.hpp"

namespace hocvu {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

bool all_of(std::string_view s, bool (*test)(char)) { return std::all_of(s.begin(), s.end(), test); }
bool letters(std::string_view s, size_t min, size_t max) {
  return s.size() >= min && s.size() <= max && all_of(s, is_alpha);
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) { return is_alpha(c) ? static_cast<char>(c | 0x20) : c; });
  return out;
}

std::vector<std::string_view> split(std::string_view tag) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = tag.find('-', start);
    parts.push_back(tag.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

bool is_variant(std::string_view s) {
  return all_of(s, is_alnum) && ((s.size() >= 5 && s.size() <= 8) || (s.size() == 4 && is_digit(s[0])));
}

// The subtags after language, script, region and variants: extensions ("u-ca-buddhist") and
// private use ("x-hocvu"), each a singleton with at least one subtag after it.
std::optional<std::string> check_extensions(const std::vector<std::string_view>& parts, size_t i) {
  std::set<std::string> singletons;
  while (i < parts.size()) {
    std::string singleton = lower(parts[i]);
    if (singleton.size() != 1) {
      return ui_format("load.text.tag_bad_subtag", fmt::arg("part", parts[i]));
    }
    if (!singletons.insert(singleton).second) {
      return ui_format("load.text.tag_extension_twice", fmt::arg("name", singleton));
    }
    size_t min = singleton == "x" ? 1 : 2;
    size_t j = i + 1;
    while (j < parts.size() && parts[j].size() >= min) ++j;  // private use ("x") runs to the end
    if (j == i + 1) {
      return ui_format("load.text.tag_extension_empty", fmt::arg("name", singleton));
    }
    i = j;
  }
  return std::nullopt;
}

std::optional<std::string> check_language(std::string_view language) {
  if (letters(language, 2, 3)) return std::nullopt;
  if (letters(language, 4, 8)) {
    return ui_format("load.text.tag_not_language", fmt::arg("language", language));
  }
  return ui_format("load.text.tag_language_length", fmt::arg("language", language));
}

}  // namespace

std::optional<std::string> language_tag_problem(std::string_view tag) {
  if (tag.empty()) return std::string(ui_text("load.text.tag_empty"));
  std::vector<std::string_view> parts = split(tag);
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 8 || !all_of(part, is_alnum)) {
      return std::string(ui_text("load.text.tag_shape"));
    }
  }
  if (lower(parts[0]) == "x") return check_extensions(parts, 0);
  if (auto problem = check_language(parts[0])) return problem;
  size_t i = 1;
  for (size_t extlangs = 0; i < parts.size() && extlangs < 3 && letters(parts[i], 3, 3); ++extlangs) ++i;
  if (i < parts.size() && letters(parts[i], 4, 4)) ++i;                                         // script
  if (i < parts.size() && (letters(parts[i], 2, 2) || (parts[i].size() == 3 && all_of(parts[i], is_digit)))) ++i;  // region
  std::set<std::string> variants;
  for (; i < parts.size() && is_variant(parts[i]); ++i) {
    if (!variants.insert(lower(parts[i])).second) return ui_format("load.text.tag_variant_twice", fmt::arg("name", parts[i]));
  }
  return check_extensions(parts, i);
}

std::string primary_language(std::string_view tag) {
  if (language_tag_problem(tag)) return "";
  std::string lowered = lower(tag);
  return lowered.rfind("x-", 0) == 0 ? lowered : lowered.substr(0, lowered.find('-'));
}

std::string language_code_for_name(std::string_view name) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kNames = {
      {"vietnamese", "vi"}, {"tiengviet", "vi"}, {"tiếngviệt", "vi"}, {"english", "en"},
      {"tienganh", "en"},   {"tiếnganh", "en"},  {"french", "fr"},     {"francais", "fr"},
      {"français", "fr"},   {"chinese", "zh"},   {"khmer", "km"},
  };
  std::string key;
  for (char c : lower(name)) {
    if (c != ' ' && c != '-' && c != '_') key += c;
  }
  for (const auto& [known, code] : kNames) {
    if (key == known) return std::string(code);
  }
  return "";
}

}  // namespace hocvu
