// Reading a key corrections file, and checking it against the key it corrects.
#include "grade/corrections.hpp"

#include <fmt/format.h>

#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "exam/key_file.hpp"
#include "grade/scoring.hpp"
#include "i18n/interface.hpp"
#include "text/edit_distance.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"
#include "yaml/compose.hpp"

namespace hocvu {

namespace {

std::string corrections_hint() { return ui_format("grade.corrections.hint"); }
std::string file_hint() { return std::string(ui_text("grade.corrections.file_hint")); }

std::string_view kind_of_node(const Node& node) {
  switch (node.kind) {
    case NodeKind::scalar: return ui_text("grade.node.text");
    case NodeKind::sequence: return ui_text("grade.node.list");
    case NodeKind::mapping: return ui_text("grade.node.mapping");
  }
  return ui_text("grade.node.value");
}

class CorrectionsReader {
 public:
  CorrectionsReader(const Document& document, const std::string& path, Diagnostics& diagnostics)
      : document_(document), path_(path), diagnostics_(diagnostics) {}

  void read(Corrections& corrections) {
    NodeId root = document_.root();
    if (document_.node(root).kind != NodeKind::mapping) {
      report(root, ui_format("grade.corrections.root_not_mapping", fmt::arg("kind", kind_of_node(document_.node(root)))),
             file_hint());
      return;
    }
    std::optional<NodeId> list;
    for (uint32_t i = 0; i + 1 < document_.child_count(root); i += 2) {
      NodeId key = document_.child(root, i);
      if (document_.scalar(key) == "corrections") {
        list = document_.child(root, i + 1);
      } else {
        report(key, ui_format("grade.corrections.unknown_key", fmt::arg("key", document_.scalar(key))));
      }
    }
    if (!list) {
      report(root, std::string(ui_text("grade.corrections.no_key")), file_hint());
      return;
    }
    read_list(*list, corrections);
  }

 private:
  void report(NodeId at, std::string message, std::string hint = "") {
    const Node& node = document_.node(at);
    diagnostics_.push_back(Diagnostic{Rule::corrections_format, Location{path_, node.line, node.column},
                                      std::move(message), std::move(hint)});
  }

  void report_no_option(NodeId value, std::string_view word, const std::string& id) {
    report(value, ui_format("grade.corrections.no_option", fmt::arg("word", word), fmt::arg("id", id)),
           ui_format("grade.corrections.no_option_hint", fmt::arg("word", word)));
  }

  bool is_empty_scalar(NodeId id) const {
    return document_.node(id).kind == NodeKind::scalar && document_.node(id).plain && document_.scalar(id).empty();
  }

  void read_list(NodeId list, Corrections& corrections) {
    if (is_empty_scalar(list)) {
      return;  // `corrections:` with nothing under it: no corrections
    }
    if (document_.node(list).kind != NodeKind::mapping) {
      report(list, ui_format("grade.corrections.list_not_mapping", fmt::arg("kind", kind_of_node(document_.node(list)))));
      return;
    }
    for (uint32_t i = 0; i + 1 < document_.child_count(list); i += 2) {
      NodeId key = document_.child(list, i);
      std::string id(document_.scalar(key));
      if (id.empty()) {
        report(key, std::string(ui_text("grade.corrections.empty_id")));
        continue;
      }
      if (std::optional<Correction> correction = read_correction(id, document_.child(list, i + 1))) {
        correction->question_id = id;
        correction->line = document_.node(key).line;
        correction->column = document_.node(key).column;
        corrections.by_question.emplace(id, std::move(*correction));
      }
    }
  }

  std::optional<Correction> read_correction(const std::string& id, NodeId value) {
    const Node& node = document_.node(value);
    if (node.kind == NodeKind::mapping) {
      return read_with_options(id, value);
    }
    if (node.kind == NodeKind::sequence) {
      report(value, ui_format("grade.corrections.list_value", fmt::arg("id", id)), corrections_hint());
      return std::nullopt;
    }
    std::string_view word = document_.scalar(value);
    if (word == "drop" || word == "credit_all") {
      Correction correction;
      correction.kind = word == "drop" ? CorrectionKind::drop : CorrectionKind::credit_all;
      return correction;
    }
    if (word == "accept" || word == "rekey") {
      report_no_option(value, word, id);
    } else if (word.empty()) {
      report(value, ui_format("grade.corrections.none", fmt::arg("id", id)), corrections_hint());
    } else {
      report(value, ui_format("grade.corrections.unknown_word", fmt::arg("word", word), fmt::arg("id", id)),
             corrections_hint());
    }
    return std::nullopt;
  }

  std::optional<Correction> read_with_options(const std::string& id, NodeId mapping) {
    uint32_t keys = document_.child_count(mapping) / 2;
    if (keys != 1) {
      NodeId at = keys == 0 ? mapping : document_.child(mapping, 2);
      report(at, ui_format("grade.corrections.count", fmt::arg("id", id), fmt::arg("count", keys)), corrections_hint());
      return std::nullopt;
    }
    NodeId key = document_.child(mapping, 0);
    std::string_view word = document_.scalar(key);
    if (word != "accept" && word != "rekey") {
      report(key, ui_format("grade.corrections.not_with_options", fmt::arg("word", word), fmt::arg("id", id)));
      return std::nullopt;
    }
    Correction correction;
    correction.kind = word == "accept" ? CorrectionKind::accept : CorrectionKind::rekey;
    if (!read_options(document_.child(mapping, 1), word, id, correction.options)) {
      return std::nullopt;
    }
    return correction;
  }

  // One option or answer, or a list of them; each a non-empty text.
  bool read_options(NodeId value, std::string_view word, const std::string& id, std::vector<std::string>& options) {
    const Node& node = document_.node(value);
    if (node.kind != NodeKind::sequence) {
      return read_option(value, word, id, options);
    }
    if (document_.child_count(value) == 0) {
      report_no_option(value, word, id);
      return false;
    }
    bool ok = true;
    for (uint32_t i = 0; i < document_.child_count(value); ++i) {
      ok = read_option(document_.child(value, i), word, id, options) && ok;
    }
    return ok;
  }

  bool read_option(NodeId value, std::string_view word, const std::string& id, std::vector<std::string>& options) {
    const Node& node = document_.node(value);
    if (node.kind != NodeKind::scalar) {
      report(value, ui_format("grade.corrections.option_kind", fmt::arg("word", word), fmt::arg("id", id),
                              fmt::arg("kind", kind_of_node(node))));
      return false;
    }
    if (is_blank(document_.scalar(value))) {
      report(value, ui_format("grade.corrections.option_empty", fmt::arg("word", word), fmt::arg("id", id)));
      return false;
    }
    options.push_back(to_nfc(document_.scalar(value)));
    return true;
  }

  const Document& document_;
  const std::string& path_;
  Diagnostics& diagnostics_;
};

// The bytes as YAML text, or nullopt (reported) when they cannot be: a NUL byte or not UTF-8.
std::optional<std::string_view> corrections_text(std::string_view bytes, const std::string& path,
                                                 Diagnostics& diagnostics) {
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    LineColumn at = line_column_at(bytes, nul);
    diagnostics.push_back(Diagnostic{Rule::nul_byte, Location{path, at.line, at.column},
                                     std::string(ui_text("grade.corrections.nul")),
                                     std::string(ui_text("grade.corrections.nul_hint"))});
    return std::nullopt;
  }
  if (size_t bad = find_invalid_utf8(bytes); bad != std::string_view::npos) {
    LineColumn at = line_column_at(bytes, bad);
    diagnostics.push_back(Diagnostic{Rule::invalid_utf8, Location{path, at.line, at.column},
                                     std::string(ui_text("grade.corrections.not_utf8")),
                                     std::string(ui_text("grade.corrections.not_utf8_hint"))});
    return std::nullopt;
  }
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
}

}  // namespace

Corrections read_corrections(std::string_view bytes, const std::string& path, Diagnostics& diagnostics) {
  Corrections corrections;
  corrections.path = path;
  std::optional<std::string_view> text = corrections_text(bytes, path, diagnostics);
  if (!text) {
    return corrections;
  }
  Document document = compose_yaml(*text, path, ComposeLimits{}, diagnostics);
  if (!document.has_root()) {
    return corrections;  // reported by the composer (syntax, an empty file, ...)
  }
  CorrectionsReader(document, path, diagnostics).read(corrections);
  return corrections;
}

namespace {

class CorrectionChecker {
 public:
  CorrectionChecker(const Corrections& corrections, const GradingKey& key) : corrections_(corrections), key_(key) {}

  Diagnostics check() {
    for (const auto& [id, correction] : corrections_.by_question) {
      std::vector<const KeyItem*> items = items_of(id);
      if (items.empty()) {
        report_unknown_question(correction);
      } else if (correction.kind == CorrectionKind::accept || correction.kind == CorrectionKind::rekey) {
        check_options(correction, items);
      }
    }
    return std::move(diagnostics_);
  }

 private:
  // The question on every form that holds it.
  std::vector<const KeyItem*> items_of(const std::string& id) const {
    std::vector<const KeyItem*> items;
    for (const KeyForm& form : key_.forms) {
      for (const KeyItem& item : form.items) {
        if (item.question_id == id) {
          items.push_back(&item);
        }
      }
    }
    return items;
  }

  void report(Rule rule, const Correction& correction, std::string message, std::string hint = "") {
    diagnostics_.push_back(Diagnostic{rule, Location{corrections_.path, correction.line, correction.column},
                                      std::move(message), std::move(hint)});
  }

  void report_unknown_question(const Correction& correction) {
    std::vector<std::string_view> ids;
    for (const KeyForm& form : key_.forms) {
      for (const KeyItem& item : form.items) {
        ids.push_back(item.question_id);
      }
    }
    std::string near = closest_match(correction.question_id, ids);
    report(Rule::correction_unknown_question, correction,
           ui_format("grade.corrections.unknown_question", fmt::arg("id", correction.question_id)),
           near.empty() ? "" : ui_format("grade.corrections.did_you_mean", fmt::arg("id", near)));
  }

  void check_options(const Correction& correction, const std::vector<const KeyItem*>& items) {
    const KeyItem& first = *items.front();
    const char* word = correction.kind == CorrectionKind::accept ? "accept" : "rekey";
    switch (first.type) {
      case QuestionType::single:
      case QuestionType::multiple: check_choice(correction, items, word); break;
      case QuestionType::true_false:
      case QuestionType::numeric: check_values(correction, first.type, word); break;
      case QuestionType::short_text: break;  // any text can be accepted
    }
  }

  void check_choice(const Correction& correction, const std::vector<const KeyItem*>& items, const char* word) {
    std::set<std::string> reported;
    for (const KeyItem* item : items) {
      for (const std::string& name : correction.options) {
        if (!option_letter(*item, name) && reported.insert(name).second) {
          report(Rule::correction_does_not_fit, correction,
                 ui_format("grade.corrections.not_an_option", fmt::arg("word", word),
                           fmt::arg("id", correction.question_id), fmt::arg("name", name),
                           fmt::arg("options", fmt::to_string(fmt::join(item->option_keys, ", ")))));
        }
      }
    }
    if (correction.kind == CorrectionKind::rekey && items.front()->type == QuestionType::single &&
        correction.options.size() != 1) {
      report(Rule::correction_does_not_fit, correction,
             ui_format("grade.corrections.rekey_single", fmt::arg("id", correction.question_id),
                       fmt::arg("count", correction.options.size())),
             std::string(ui_text("grade.corrections.rekey_single_hint")));
    }
  }

  void check_values(const Correction& correction, QuestionType type, const char* word) {
    for (const std::string& value : correction.options) {
      std::string reason;
      if (!parse_key_answer(type, value, reason)) {
        report(Rule::correction_does_not_fit, correction,
               ui_format("grade.corrections.does_not_fit", fmt::arg("word", word),
                         fmt::arg("type", question_type_name(type)), fmt::arg("id", correction.question_id),
                         fmt::arg("value", value), fmt::arg("reason", reason)));
      }
    }
  }

  const Corrections& corrections_;
  const GradingKey& key_;
  Diagnostics diagnostics_;
};

}  // namespace

Diagnostics check_corrections(const Corrections& corrections, const GradingKey& key) {
  return CorrectionChecker(corrections, key).check();
}

}  // namespace hocvu
