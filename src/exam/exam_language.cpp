#include "exam/exam_language.hpp"

#include "i18n/interface.hpp"
#include "i18n/messages.hpp"

namespace hocvu {

LanguageChoice choose_language(const std::string& requested, const Blueprint& blueprint, const Framework* framework) {
  LanguageChoice choice;
  if (!requested.empty()) {
    choice.tag = requested;
    choice.from = "--lang";
  } else if (blueprint.language && !blueprint.language->value.empty()) {
    choice.tag = blueprint.language->value;
    choice.from = ui_text("exam.language_from.blueprint");
  } else if (framework != nullptr && !framework->language.value.empty()) {
    choice.tag = framework->language.value;
    choice.from = ui_text("exam.language_from.framework");
  } else {
    choice.tag = "vi";  // what hocvu wrote before it had catalogues
    choice.from = ui_text("exam.language_from.default");
  }
  auto language = catalogue_language(choice.tag);
  choice.has_catalogue = language.has_value();
  choice.language = language.value_or(Language::en);  // the language most readers share
  return choice;
}

}  // namespace hocvu
