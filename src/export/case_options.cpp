// The two settings of a CASE export that come from the command line and the environment: the
// URI prefix and the timestamp.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "export/case_package.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Printable ASCII that may stand in a URI path as it is (no quotes, brackets or spaces), and no
// '?' or '#', which would put the identifier appended into a query or a fragment.
bool is_plain_uri_char(char c) {
  return c > ' ' && c < 0x7f && std::string_view("\"<>\\^`{|}?#").find(c) == std::string_view::npos;
}

std::string base_url_problem(std::string_view url) {
  std::string_view rest;
  if (starts_with(url, "https://")) {
    rest = url.substr(8);
  } else if (starts_with(url, "http://")) {
    rest = url.substr(7);
  } else {
    return std::string(ui_text("export.base_url.scheme"));
  }
  if (rest.empty() || rest.front() == '/') return std::string(ui_text("export.base_url.no_host"));
  if (!std::all_of(url.begin(), url.end(), is_plain_uri_char)) {
    return std::string(ui_text("export.base_url.characters"));
  }
  return {};
}

constexpr int64_t kLastSecondOf9999 = 253402300799;  // 9999-12-31T23:59:59Z

std::string timestamp_of_second(int64_t seconds) {
  CivilDate date = civil_from_day(static_cast<Day>(seconds / 86400));
  int64_t in_day = seconds % 86400;
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00", date.year, date.month, date.day, in_day / 3600,
                     in_day / 60 % 60, in_day % 60);
}

}  // namespace

std::string case_uri_prefix(std::string_view base_url) {
  if (base_url.empty()) return "urn:uuid:";
  std::string problem = base_url_problem(base_url);
  if (!problem.empty()) {
    throw FatalError(ui_format("export.base_url.bad", fmt::arg("url", base_url), fmt::arg("reason", problem)));
  }
  std::string prefix(base_url);
  if (prefix.back() != '/') prefix += '/';
  return prefix;
}

std::string case_timestamp(std::optional<Day> as_of, const char* source_date_epoch) {
  if (as_of) return timestamp_of_second(int64_t{*as_of} * 86400);
  if (source_date_epoch == nullptr || *source_date_epoch == '\0') return std::string(kFixedCaseTimestamp);
  std::string_view text(source_date_epoch);
  int64_t seconds = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error != std::errc() || end != text.data() + text.size() || seconds < 0 || seconds > kLastSecondOf9999) {
    throw FatalError(ui_format("export.source_date_epoch", fmt::arg("value", text)));
  }
  return timestamp_of_second(seconds);
}

}  // namespace hocvu
