#pragma once
// Text as a YAML scalar that every YAML reader (ours, libyaml, PyYAML, yaml-cpp) reads back as the
// same string: plain when that is safe, else double-quoted with escapes. Writers of YAML files
// (hocvu import) use it for every value they did not make themselves.
#include <string>
#include <string_view>

namespace hocvu {

enum class YamlContext {
  block,  // a mapping value or a block sequence item
  flow,   // an item of a [flow, sequence]: commas and brackets must be quoted too
};

// `text` (valid UTF-8) as one YAML scalar on one line. Plain when it cannot be taken for anything
// else (no indicator at the start, no ": " or " #", no line break or control character, not a
// number, date, boolean or null in any YAML version, no leading or trailing space); otherwise
// double-quoted, with \\ \" \n \t and \xNN / \uNNNN escapes for what YAML does not allow raw.
std::string yaml_scalar(std::string_view text, YamlContext context = YamlContext::block);

// The same text always double-quoted.
std::string yaml_double_quoted(std::string_view text);

}  // namespace hocvu
