// The machine-readable lint reports: JSON, SARIF 2.1.0 and GitHub workflow annotations.
#include <fmt/format.h>

#include <cctype>

#include <nlohmann/json.hpp>

#include "hocvu/version.hpp"
#include "i18n/interface.hpp"
#include "lint/report.hpp"
#include "text/escape.hpp"

namespace hocvu {

namespace {

using Json = nlohmann::ordered_json;

// nlohmann escapes C0 controls and replaces invalid UTF-8; DEL, C1, line separators and bidi
// controls it writes raw, and a viewer of the report would show them raw.
std::string dump(const Json& json) {
  return escape_unprintable(json.dump(2, ' ', false, Json::error_handler_t::replace), EscapeNotation::json) + "\n";
}

// RFC 3986: keeps unreserved characters and '/', percent-encodes every other byte.
std::string uri_from_path(std::string_view path) {
  std::string out;
  for (char c : path) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

std::string message_with_hint(const Diagnostic& d) {
  return d.hint.empty() ? d.message
                        : ui_format("lint.report.message_with_hint", fmt::arg("message", d.message), fmt::arg("hint", d.hint));
}

// GitHub's workflow-command encoding (actions/toolkit command.ts), after control characters are
// made visible: the log viewer would otherwise run ESC sequences.
std::string escape_github_data(std::string_view raw) {
  std::string text = escape_unprintable(raw);
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_github_property(std::string_view text) {
  std::string out;
  for (char c : escape_github_data(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  if (name == "text") return ReportFormat::text;
  if (name == "json") return ReportFormat::json;
  if (name == "sarif") return ReportFormat::sarif;
  if (name == "github") return ReportFormat::github;
  return std::nullopt;
}

std::string format_json_report(const Diagnostics& diagnostics, const ReportSummary& summary) {
  DiagnosticCounts counts = count_diagnostics(diagnostics);
  Json findings = Json::array();
  for (const auto& d : diagnostics) {
    const RuleInfo& rule = rule_info(d.rule);
    findings.push_back({{"file", d.where.file},
                        {"line", d.where.line},
                        {"column", d.where.column},
                        {"severity", severity_name(rule.severity)},
                        {"code", rule.code},
                        {"rule", rule.name},
                        {"message", d.message},
                        {"hint", d.hint}});
  }
  Json report = {{"tool", "hocvu lint"},
                 {"version", kVersion},
                 {"files", summary.files},
                 {"questions", summary.questions},
                 {"errors", counts.errors},
                 {"warnings", counts.warnings},
                 {"diagnostics", std::move(findings)}};
  return dump(report);
}

std::string format_sarif_report(const Diagnostics& diagnostics) {
  Json rules = Json::array();
  for (const auto& rule : all_rules()) {
    rules.push_back({{"id", rule.code},
                     {"name", rule.name},
                     {"shortDescription", {{"text", rule_summary(rule)}}},
                     {"fullDescription", {{"text", explain_text(rule)}}},  // with the examples it mentions
                     {"defaultConfiguration", {{"level", severity_name(rule.severity)}}}});
  }
  Json results = Json::array();
  for (const auto& d : diagnostics) {
    Json physical = {{"artifactLocation", {{"uri", uri_from_path(d.where.file)}}}};
    if (d.where.line != 0) {
      physical["region"] = {{"startLine", d.where.line}, {"startColumn", std::max<uint32_t>(1, d.where.column)}};
    }
    results.push_back({{"ruleId", d.code()},
                       {"ruleIndex", static_cast<size_t>(d.rule)},
                       {"level", severity_name(d.severity())},
                       {"message", {{"text", message_with_hint(d)}}},
                       {"locations", Json::array({{{"physicalLocation", physical}}})}});
  }
  Json driver = {{"name", "hocvu"},
                 {"version", kVersion},
                 {"rules", std::move(rules)}};
  Json run = {{"tool", {{"driver", std::move(driver)}}},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(results)}};
  Json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Json::array({std::move(run)})}};
  return dump(sarif);
}

std::string format_github_report(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    const RuleInfo& rule = rule_info(d.rule);
    std::string properties = "file=" + escape_github_property(d.where.file);
    if (d.where.line != 0) {
      properties += fmt::format(",line={},col={}", d.where.line, std::max<uint32_t>(1, d.where.column));
    }
    properties += ",title=" + escape_github_property(fmt::format("{} {}", rule.code, rule.name));
    out += fmt::format("::{} {}::{}\n", severity_name(rule.severity), properties, escape_github_data(message_with_hint(d)));
  }
  return out;
}

}  // namespace hocvu
