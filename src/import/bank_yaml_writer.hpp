#pragma once
// A question bank as YAML in the bundled banks' layout, every value quoted so that it reads back
// as written (yaml/quote.hpp): what hocvu import writes.
#include <string>
#include <vector>

#include "model/model.hpp"

namespace hocvu {

// `bank` as a bank file: `comments` first (one "# " line each), then the header and the
// questions, a blank line between them. Empty ids, competencies, levels and framework are left
// out, for the author to fill in (hocvu lint reports them as missing); points are written unless
// 1, tolerance unless absent.
std::string render_bank_yaml(const Bank& bank, const std::vector<std::string>& comments);

}  // namespace hocvu
