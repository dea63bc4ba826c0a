// The names of the item flags, as items.csv and summary.json write them.
#include "grade/statistics.hpp"

namespace hocvu {

const char* item_flag_name(ItemFlag flag) {
  switch (flag) {
    case ItemFlag::too_hard: return "too_hard";
    case ItemFlag::too_easy: return "too_easy";
    case ItemFlag::weak_discrimination: return "weak_discrimination";
    case ItemFlag::negative_discrimination: return "negative_discrimination";
    case ItemFlag::possible_miskey: return "possible_miskey";
    case ItemFlag::nonfunctioning_distractor: return "nonfunctioning_distractor";
    case ItemFlag::low_efficiency: return "low_efficiency";
  }
  return "unknown";
}

}  // namespace hocvu
