#include "credential/jcs.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>

#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "text/utf8.hpp"

namespace hocvu {

namespace {

void require_utf8(std::string_view text) {
  if (find_invalid_utf8(text) != std::string_view::npos) {
    throw FatalError(std::string(ui_text("credential.jcs.not_utf8")));
  }
}

// Valid UTF-8 as UTF-16 code units: JCS orders member names by these, so a name above U+FFFF
// (a surrogate pair, 0xD800..) sorts before one in U+E000..U+FFFF.
std::u16string utf16_units(std::string_view text) {
  std::u16string units;
  units.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    uint32_t code = length == 1 ? lead : length == 2 ? (lead & 0x1Fu) : length == 3 ? (lead & 0x0Fu) : (lead & 0x07u);
    for (size_t k = 1; k < length; ++k) {
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    i += length;
    if (code < 0x10000) {
      units += static_cast<char16_t>(code);
    } else {
      code -= 0x10000;
      units += static_cast<char16_t>(0xD800 + (code >> 10));
      units += static_cast<char16_t>(0xDC00 + (code & 0x3FF));
    }
  }
  return units;
}

// As JSON.stringify: the two-character escapes, \u00xx (lowercase) for other control
// characters, every other character as its UTF-8 bytes.
void append_string(std::string& out, std::string_view text) {
  require_utf8(text);
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out += kHex[(c >> 4) & 0xF];
          out += kHex[c & 0xF];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

// ECMAScript Number::toString of a finite, positive `value` (ECMA-262 Number::toString, with
// the shortest digits that round-trip, which std::to_chars gives).
std::string positive_number_text(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  const std::string_view scientific(buffer, static_cast<size_t>(result.ptr - buffer));  // "d.ddde+XX"
  const size_t e = scientific.find('e');
  std::string digits(scientific.substr(0, e));
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  const int k = static_cast<int>(digits.size());
  const int n = std::atoi(std::string(scientific.substr(e + 1)).c_str()) + 1;  // point after n digits
  if (k <= n && n <= 21) {
    return digits + std::string(static_cast<size_t>(n - k), '0');
  }
  if (0 < n && n <= 21) {
    return digits.substr(0, static_cast<size_t>(n)) + "." + digits.substr(static_cast<size_t>(n));
  }
  if (-6 < n && n <= 0) {
    return "0." + std::string(static_cast<size_t>(-n), '0') + digits;
  }
  std::string text = digits.substr(0, 1);
  if (k > 1) {
    text += "." + digits.substr(1);
  }
  return text + (n - 1 >= 0 ? "e+" : "e-") + std::to_string(std::abs(n - 1));
}

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    throw FatalError(std::string(ui_text("credential.jcs.not_finite")));
  }
  if (value == 0) {
    out += '0';  // -0 too
  } else if (value < 0) {
    out += '-';
    out += positive_number_text(-value);
  } else {
    out += positive_number_text(value);
  }
}

void append_value(std::string& out, const nlohmann::json& value);

void append_object(std::string& out, const nlohmann::json& object) {
  std::vector<std::pair<std::u16string, const nlohmann::json::object_t::value_type*>> members;
  members.reserve(object.size());
  for (const auto& member : object.get_ref<const nlohmann::json::object_t&>()) {
    require_utf8(member.first);
    members.emplace_back(utf16_units(member.first), &member);
  }
  std::sort(members.begin(), members.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  out += '{';
  for (size_t i = 0; i < members.size(); ++i) {
    if (i > 0) {
      out += ',';
    }
    append_string(out, members[i].second->first);
    out += ':';
    append_value(out, members[i].second->second);
  }
  out += '}';
}

void append_value(std::string& out, const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object:
      append_object(out, value);
      break;
    case nlohmann::json::value_t::array:
      out += '[';
      for (size_t i = 0; i < value.size(); ++i) {
        if (i > 0) {
          out += ',';
        }
        append_value(out, value[i]);
      }
      out += ']';
      break;
    case nlohmann::json::value_t::string:
      append_string(out, value.get_ref<const std::string&>());
      break;
    case nlohmann::json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      break;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      append_number(out, value.get<double>());  // JCS numbers are IEEE doubles, as in ECMAScript
      break;
    case nlohmann::json::value_t::null:
      out += "null";
      break;
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
      throw FatalError(std::string(ui_text("credential.jcs.not_json")));
  }
}

}  // namespace

std::string canonical_json(const nlohmann::json& value) {
  std::string out;
  append_value(out, value);
  return out;
}

}  // namespace hocvu
