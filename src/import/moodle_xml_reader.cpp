#include "import/moodle_xml_reader.hpp"

#include <expat.h>
#include <fmt/format.h>

#include <exception>
#include <optional>
#include <utility>
#include <vector>

#include "i18n/interface.hpp"
#include "import/import_messages.hpp"
#include "import/moodle_question.hpp"

namespace hocvu {

namespace {

constexpr size_t kMaxDepth = 64;
constexpr size_t kChunk = size_t{64} << 10;
// What an element of a question costs in the question's budget, whatever its text: a million
// empty <answer/> elements are as large a question as 4 MiB of text.
constexpr size_t kElementCost = 256;

const char* attribute(const XML_Char** attributes, std::string_view name) {
  for (size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (name == attributes[i]) return attributes[i + 1];
  }
  return nullptr;
}

std::string attribute_text(const XML_Char** attributes, std::string_view name) {
  const char* value = attribute(attributes, name);
  return value != nullptr ? value : "";
}

using Path = std::vector<std::string_view>;

bool is(const std::vector<std::string>& path, const Path& tail) {
  // `path` is quiz/question/...: compare what is below the question.
  if (path.size() != tail.size() + 2) return false;
  for (size_t i = 0; i < tail.size(); ++i) {
    if (path[i + 2] != tail[i]) return false;
  }
  return true;
}

}  // namespace

class MoodleXmlReader::Parser {
 public:
  explicit Parser(std::string file) : file_(std::move(file)), xml_(XML_ParserCreate(nullptr)) {
    if (xml_ == nullptr) throw std::bad_alloc();
    XML_SetUserData(xml_, this);
    XML_SetElementHandler(xml_, &Parser::on_start, &Parser::on_end);
    XML_SetCharacterDataHandler(xml_, &Parser::on_text);
    XML_SetParamEntityParsing(xml_, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetEntityDeclHandler(xml_, &Parser::on_entity_declaration);
    XML_SetExternalEntityRefHandler(xml_, &Parser::on_external_entity);
    XML_SetSkippedEntityHandler(xml_, &Parser::on_skipped_entity);
  }
  ~Parser() { XML_ParserFree(xml_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  bool feed(std::string_view bytes, bool last) {
    if (stopped_) return false;
    XML_Status status = XML_Parse(xml_, bytes.data(), static_cast<int>(bytes.size()), last ? XML_TRUE : XML_FALSE);
    if (error_) std::rethrow_exception(error_);
    if (status != XML_STATUS_OK && !stopped_) {
      stopped_ = true;
      std::string_view error = XML_ErrorString(XML_GetErrorCode(xml_));
      malformed(ui_format(reading_.questions.empty() ? message_id("import.xml.not_well_formed_none")
                                                     : message_id("import.xml.not_well_formed_some"),
                          fmt::arg("error", error)),
                ui_text("import.xml.not_well_formed.hint"));
    }
    return !stopped_;
  }

  ImportReading finish() {
    feed({}, true);
    reading_.diagnostics.sort();
    return std::move(reading_);
  }

 private:
  Location here() const {
    return Location{file_, static_cast<uint32_t>(XML_GetCurrentLineNumber(xml_)),
                    static_cast<uint32_t>(XML_GetCurrentColumnNumber(xml_) + 1)};
  }

  void stop() {
    stopped_ = true;
    XML_StopParser(xml_, XML_FALSE);
  }

  void malformed(std::string message, std::string_view hint) {
    reading_.diagnostics.push_back(Diagnostic{Rule::import_malformed_xml, here(), std::move(message), std::string(hint)});
  }

  // The whole file is refused: nothing read from it is kept.
  void refuse(std::string message) {
    if (stopped_) return;
    reading_.diagnostics.push_back(Diagnostic{
        Rule::import_xml_refused, here(), std::move(message), std::string(ui_text("import.xml.refused.hint"))});
    reading_.questions.clear();
    question_.reset();
    stop();
  }

  void start(std::string_view name, const XML_Char** attributes) {
    if (path_.empty() && name != "quiz") {
      malformed(ui_format("import.xml.not_quiz", fmt::arg("element", escaped_for_message(name))),
                ui_text("import.xml.not_quiz.hint"));
      return stop();
    }
    if (path_.size() >= kMaxDepth) {
      malformed(ui_format("import.xml.too_deep", fmt::arg("depth", kMaxDepth)), ui_text("import.xml.too_deep.hint"));
      return stop();
    }
    path_.emplace_back(name);
    target_ = nullptr;
    if (path_.size() == 2 && name == "question") {
      question_.emplace();
      question_->type = attribute_text(attributes, "type");
      Location where = here();
      question_->line = where.line;
      question_->column = where.column;
      question_bytes_ = 0;
    } else if (question_ && !question_->too_long) {
      charge(kElementCost);
      if (!question_->too_long) question_element(name, attributes);
    }
  }

  void question_element(std::string_view name, const XML_Char** attributes) {
    MoodleQuestion& q = *question_;
    if (name == "file") {
      ++q.files;
    } else if (is(path_, {"name", "text"})) {
      target_ = &q.name;
    } else if (is(path_, {"questiontext"})) {
      q.questiontext.format = attribute_text(attributes, "format");
    } else if (is(path_, {"questiontext", "text"})) {
      target_ = &q.questiontext.text;
    } else if (is(path_, {"generalfeedback"})) {
      q.generalfeedback.format = attribute_text(attributes, "format");
    } else if (is(path_, {"generalfeedback", "text"})) {
      target_ = &q.generalfeedback.text;
    } else if (is(path_, {"defaultgrade"})) {
      target_ = &q.defaultgrade;
    } else if (is(path_, {"single"})) {
      target_ = &q.single;
    } else if (is(path_, {"usecase"})) {
      target_ = &q.usecase;
    } else if (is(path_, {"idnumber"})) {
      target_ = &q.idnumber;
    } else if (is(path_, {"category", "text"})) {
      target_ = &q.category;
    } else {
      answer_element(attributes);
    }
  }

  void answer_element(const XML_Char** attributes) {
    MoodleQuestion& q = *question_;
    if (is(path_, {"answer"})) {
      q.answers.push_back(MoodleAnswer{attribute_text(attributes, "fraction"),
                                       MoodleText{"", attribute_text(attributes, "format")}, "", ""});
    } else if (is(path_, {"answer", "text"})) {
      target_ = &q.answers.back().text.text;
    } else if (is(path_, {"answer", "feedback", "text"})) {
      target_ = &q.answers.back().feedback;
    } else if (is(path_, {"answer", "tolerance"})) {
      target_ = &q.answers.back().tolerance;
    } else if (is(path_, {"units", "unit"})) {
      q.units.emplace_back();
    } else if (is(path_, {"units", "unit", "unit_name"}) && !q.units.empty()) {
      target_ = &q.units.back().name;
    } else if (is(path_, {"units", "unit", "multiplier"}) && !q.units.empty()) {
      target_ = &q.units.back().multiplier;
    } else if (is(path_, {"tags", "tag", "text"})) {
      target_ = &q.tags.emplace_back();
    } else if (is(path_, {"hint", "text"})) {
      target_ = &q.hints.emplace_back();
    }
  }

  // Counts `bytes` against the question's budget; over it, the question is only skipped to its end.
  void charge(size_t bytes) {
    question_bytes_ += bytes;
    if (question_bytes_ > kMaxImportQuestion) drop_question_content();
  }

  void drop_question_content() {
    MoodleQuestion& q = *question_;
    MoodleQuestion dropped;
    dropped.type = q.type;
    dropped.name = q.name.size() <= 1024 ? q.name : "";
    dropped.line = q.line;
    dropped.column = q.column;
    dropped.too_long = true;
    q = std::move(dropped);
    target_ = nullptr;
  }

  void end() {
    if (question_ && path_.size() == 2) {
      add_moodle_question(std::move(*question_), file_, category_, reading_);
      question_.reset();
    }
    target_ = nullptr;
    path_.pop_back();
  }

  void text(std::string_view data) {
    if (target_ == nullptr) return;
    if (target_->size() + data.size() > kMaxImportText) return drop_question_content();
    charge(data.size());
    if (target_ != nullptr) target_->append(data);
  }

  template <typename Work>
  static void guarded(void* data, Work work) {
    auto* self = static_cast<Parser*>(data);
    if (self->error_ || self->stopped_) return;
    try {
      work(*self);
    } catch (...) {
      self->error_ = std::current_exception();
      self->stop();
    }
  }
  static void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    guarded(data, [&](Parser& self) { self.start(name, attributes); });
  }
  static void XMLCALL on_end(void* data, const XML_Char*) {
    guarded(data, [](Parser& self) { self.end(); });
  }
  static void XMLCALL on_text(void* data, const XML_Char* text, int size) {
    guarded(data, [&](Parser& self) { self.text(std::string_view(text, static_cast<size_t>(size))); });
  }
  static void XMLCALL on_entity_declaration(void* data, const XML_Char* name, int, const XML_Char*, int,
                                            const XML_Char*, const XML_Char* system_id, const XML_Char*,
                                            const XML_Char*) {
    guarded(data, [&](Parser& self) {
      std::string_view key = system_id != nullptr ? message_id("import.xml.entity_declared_external")
                                                  : message_id("import.xml.entity_declared");
      self.refuse(ui_format(key, fmt::arg("entity", escaped_for_message(name))));
    });
  }
  static int XMLCALL on_external_entity(XML_Parser parser, const XML_Char*, const XML_Char*, const XML_Char* system_id,
                                        const XML_Char*) {
    auto* self = static_cast<Parser*>(XML_GetUserData(parser));
    guarded(self, [&](Parser& me) {
      me.refuse(ui_format("import.xml.external_entity",
                          fmt::arg("file", escaped_for_message(system_id != nullptr ? system_id : ""))));
    });
    return XML_STATUS_ERROR;
  }
  static void XMLCALL on_skipped_entity(void* data, const XML_Char* name, int) {
    guarded(data, [&](Parser& self) {
      self.refuse(ui_format("import.xml.undefined_entity", fmt::arg("entity", escaped_for_message(name))));
    });
  }

  std::string file_;
  XML_Parser xml_;
  ImportReading reading_;
  std::string category_;
  std::vector<std::string> path_;
  std::optional<MoodleQuestion> question_;
  std::string* target_ = nullptr;
  size_t question_bytes_ = 0;
  bool stopped_ = false;
  std::exception_ptr error_;
};

MoodleXmlReader::MoodleXmlReader(std::string file) : parser_(std::make_unique<Parser>(std::move(file))) {}

MoodleXmlReader::~MoodleXmlReader() = default;

bool MoodleXmlReader::feed(std::string_view bytes) {
  return parser_->feed(bytes, false);
}

ImportReading MoodleXmlReader::finish() {
  return parser_->finish();
}

ImportReading read_moodle_xml(std::string_view bytes, const std::string& file) {
  MoodleXmlReader reader(file);
  for (size_t offset = 0; offset < bytes.size(); offset += kChunk) {
    if (!reader.feed(bytes.substr(offset, kChunk))) break;
  }
  return reader.finish();
}

}  // namespace hocvu
