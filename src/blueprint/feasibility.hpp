#pragma once
// Counting checks of a blueprint against its pool, done before any solving: they explain in
// numbers why a blueprint cannot be met ("4 forms with at most 1 shared question need at
// least 6 questions; the banks have 5").
#include <optional>
#include <string>
#include <vector>

#include "blueprint/pool.hpp"
#include "model/model_reporter.hpp"

namespace hocvu {

struct Shortfall {
  Pos pos;  // the constraint that cannot be met
  std::string message;
  std::string hint = "";  // what to change, when it is not the usual "more questions or fewer forms"
};

// Distinct questions that `forms` forms of `per_form` questions each need when two forms may
// share at most `overlap` of them and a question may be on at most `exposure` of the forms:
// the j-th form brings at least per_form - j * overlap new ones, and each question serves at
// most ceil... max(1, floor(exposure * forms)) forms.
uint64_t questions_needed(uint32_t forms, uint32_t per_form, std::optional<uint32_t> overlap,
                          std::optional<double> exposure);

// Most forms a question may be on under the blueprint's exposure limit.
uint32_t max_uses(const Blueprint& blueprint, uint32_t forms);

// "4 forms with at most 1 question shared between two forms": how the forms may share.
std::string describe_sharing(const Blueprint& blueprint, uint32_t forms);

std::vector<Shortfall> check_counts(const Blueprint& blueprint, const Pool& pool, uint32_t forms);

// The counting checks as findings (E601) at the constraint that cannot be met: lint reports
// them for the blueprint's own number of forms, exam for the number asked for. One path, so
// both say it in the same words, with the same position.
void report_shortfalls(const Blueprint& blueprint, const Pool& pool, uint32_t forms, const ModelReporter& reporter);

}  // namespace hocvu
