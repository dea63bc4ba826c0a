#include "grade/tally.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "grade/form_tally.hpp"

namespace hocvu {

GradeTally::GradeTally(const std::vector<std::vector<ScoringItem>>& forms, size_t competencies)
    : measured_(competencies, 0), mastered_(competencies, 0) {
  for (const auto& items : forms) {
    forms_.push_back(std::make_unique<FormTally>(items));
  }
}

GradeTally::~GradeTally() = default;
GradeTally::GradeTally(GradeTally&&) noexcept = default;
GradeTally& GradeTally::operator=(GradeTally&&) noexcept = default;

GradeTally::GradeTally(const GradeTally& other)
    : measured_(other.measured_), mastered_(other.mastered_) {
  for (const auto& form : other.forms_) {
    forms_.push_back(std::make_unique<FormTally>(*form));
  }
}

GradeTally GradeTally::empty_copy() const {
  GradeTally empty(*this);
  for (auto& form : empty.forms_) {
    form->clear_counts();
  }
  std::fill(empty.measured_.begin(), empty.measured_.end(), 0);
  std::fill(empty.mastered_.begin(), empty.mastered_.end(), 0);
  return empty;
}

void GradeTally::add(size_t form_index, const std::vector<ItemScore>& scores, Units total, bool passed,
                     const MasteryRow& mastery) {
  forms_.at(form_index)->add(scores, total, passed);
  const size_t competencies = std::min(mastery.size(), measured_.size());
  for (size_t c = 0; c < competencies; ++c) {
    measured_[c] += mastery[c] >= 0 ? 1 : 0;
    mastered_[c] += mastery[c] > 0 ? 1 : 0;
  }
}

bool GradeTally::same_layout(const GradeTally& other) const {
  if (forms_.size() != other.forms_.size() || measured_.size() != other.measured_.size()) {
    return false;
  }
  for (size_t f = 0; f < forms_.size(); ++f) {
    if (forms_[f]->layout() != other.forms_[f]->layout()) {
      return false;
    }
  }
  return true;
}

bool GradeTally::add_checked(const GradeTally& other) {
  GradeTally sum(*this);
  for (size_t f = 0; f < forms_.size(); ++f) {
    if (!sum.forms_[f]->add_checked(*other.forms_[f])) {
      return false;
    }
  }
  for (size_t c = 0; c < measured_.size(); ++c) {
    if (sum.measured_[c] > UINT64_MAX - other.measured_[c] || sum.mastered_[c] > UINT64_MAX - other.mastered_[c]) {
      return false;
    }
    sum.measured_[c] += other.measured_[c];
    sum.mastered_[c] += other.mastered_[c];
  }
  *this = std::move(sum);
  return true;
}

void GradeTally::merge(const GradeTally& other) {
  // Tallies of one run share the key: another layout is a programming error, not data.
  if (!same_layout(other)) {
    throw std::invalid_argument("GradeTally::merge: the tallies were made for different forms");
  }
  if (!add_checked(other)) {
    throw std::overflow_error("GradeTally::merge: a count overflows 64 bits");
  }
}

size_t GradeTally::forms() const {
  return forms_.size();
}

std::vector<GradeTally::TotalBucket> GradeTally::buckets(size_t form_index) const {
  const FormTally& form = *forms_.at(form_index);
  std::vector<TotalBucket> buckets;
  for (size_t b : form.sorted_buckets()) {
    const uint64_t* row = form.row(b);
    TotalBucket bucket;
    bucket.total = form.bucket_total(b);
    bucket.attempts = row[0];
    bucket.marks.assign(row + 1, row + 1 + form.mark_width());
    bucket.chosen.assign(row + 1 + form.mark_width(), row + form.row_width());
    buckets.push_back(std::move(bucket));
  }
  return buckets;
}

size_t GradeTally::level_offset(size_t form_index, size_t item) const {
  return forms_.at(form_index)->layout().at(item).level_offset;
}

size_t GradeTally::option_offset(size_t form_index, size_t item) const {
  return forms_.at(form_index)->layout().at(item).option_offset;
}

uint64_t GradeTally::attempts(size_t form_index) const {
  return forms_.at(form_index)->attempts;
}

uint64_t GradeTally::passed(size_t form_index) const {
  return forms_.at(form_index)->passed;
}

uint64_t GradeTally::omitted(size_t form_index, size_t item) const {
  return forms_.at(form_index)->omitted.at(item);
}

uint64_t GradeTally::invalid(size_t form_index, size_t item) const {
  return forms_.at(form_index)->invalid.at(item);
}

uint64_t GradeTally::measured(size_t competency) const {
  return measured_.at(competency);
}

uint64_t GradeTally::mastered(size_t competency) const {
  return mastered_.at(competency);
}

}  // namespace hocvu
