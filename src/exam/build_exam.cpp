#include "exam/build_exam.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "exam/random.hpp"

namespace hocvu {

namespace {

// Streams of the seed kept apart from assembly's (which uses the form index).
constexpr uint64_t kOrderStream = 1u << 20;

std::vector<uint32_t> paper_order(const Blueprint& blueprint, const Pool& pool, std::vector<uint32_t> items,
                                  Random& random) {
  std::sort(items.begin(), items.end());
  random.shuffle(items);
  if (blueprint.order == QuestionOrder::by_area) {
    std::stable_sort(items.begin(), items.end(), [&](uint32_t a, uint32_t b) {
      return std::tie(pool.items[a].area_index, pool.items[a].competency_index) <
             std::tie(pool.items[b].area_index, pool.items[b].competency_index);
    });
  }
  return items;
}

ExamItem place(const Blueprint& blueprint, const PoolItem& item, Random& random) {
  ExamItem placed;
  placed.question = item.question;
  placed.area = item.area;
  placed.competency = item.competency;
  placed.difficulty = item.difficulty;
  placed.exhibit = item.exhibit;
  placed.option_order.resize(item.question->options.size());
  std::iota(placed.option_order.begin(), placed.option_order.end(), size_t{0});
  if (blueprint.shuffle_options) {
    random.shuffle(placed.option_order);
  }
  return placed;
}

}  // namespace

void group_by_exhibit(std::vector<ExamItem>& items) {
  std::vector<ExamItem> grouped;
  grouped.reserve(items.size());
  std::vector<bool> taken(items.size(), false);
  for (size_t i = 0; i < items.size(); ++i) {
    if (taken[i]) {
      continue;
    }
    grouped.push_back(items[i]);
    for (size_t j = i + 1; j < items.size() && items[i].exhibit != nullptr; ++j) {
      if (!taken[j] && items[j].exhibit == items[i].exhibit) {
        grouped.push_back(items[j]);
        taken[j] = true;
      }
    }
  }
  items = std::move(grouped);
}

std::string form_code(size_t index) {
  return std::to_string(101 + index);
}

Exam build_exam(const Blueprint& blueprint, const Framework& framework, const Role& role, const Pool& pool,
                const Assembly& assembly, uint64_t seed) {
  Exam exam;
  exam.blueprint = &blueprint;
  exam.framework = &framework;
  exam.role = &role;
  exam.targets = pool.targets;
  exam.seed = seed;
  exam.solver = assembly.report;
  for (size_t f = 0; f < assembly.forms.size(); ++f) {
    Random random(seed, kOrderStream + f);
    ExamForm form;
    form.id = form_code(f);
    for (uint32_t item : paper_order(blueprint, pool, assembly.forms[f], random)) {
      form.items.push_back(place(blueprint, pool.items[item], random));
    }
    group_by_exhibit(form.items);
    exam.forms.push_back(std::move(form));
  }
  return exam;
}

}  // namespace hocvu
