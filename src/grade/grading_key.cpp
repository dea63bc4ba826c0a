#include "grade/grading_key.hpp"

namespace hocvu {

// Linear: a key holds a few forms (at most some hundred), and this runs once per attempt.
const KeyForm* GradingKey::find_form(std::string_view id) const {
  for (const KeyForm& form : forms) {
    if (form.id == id) {
      return &form;
    }
  }
  return nullptr;
}

}  // namespace hocvu
