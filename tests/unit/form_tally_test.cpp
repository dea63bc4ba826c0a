// Tests of src/grade/form_tally.cpp: the index from totals to buckets.
#include "grade/form_tally.hpp"

#include <catch2/catch.hpp>

namespace hocvu {

TEST_CASE("BucketIndex gives each total its first bucket, through growth", "[grade][tally]") {
  BucketIndex index;
  CHECK(index.find(5) == BucketIndex::kAbsent);
  bool added = false;
  // Totals as grading makes them: multiples of a unit step, negative ones too.
  for (uint32_t i = 0; i < 5000; ++i) {
    Units total = (static_cast<Units>(i) - 1000) * 45045;
    REQUIRE(index.find_or_add(total, i, added) == i);
    REQUIRE(added);
  }
  for (uint32_t i = 0; i < 5000; ++i) {
    Units total = (static_cast<Units>(i) - 1000) * 45045;
    REQUIRE(index.find(total) == i);
    REQUIRE(index.find_or_add(total, 99999, added) == i);
    REQUIRE_FALSE(added);
  }
  CHECK(index.find(1) == BucketIndex::kAbsent);
  index.clear();
  CHECK(index.find(0) == BucketIndex::kAbsent);
  CHECK(index.find_or_add(0, 7, added) == 7);
  CHECK(added);
}

TEST_CASE("FormTally counts attempts by total in buckets of creation order", "[grade][tally]") {
  FormTally tally({});
  tally.add({}, 30, true);
  tally.add({}, 10, false);
  tally.add({}, 30, false);
  REQUIRE(tally.bucket_count() == 2);
  CHECK(tally.bucket_total(0) == 30);
  CHECK(tally.row(0)[0] == 2);
  CHECK(tally.bucket_total(1) == 10);
  CHECK(tally.row(1)[0] == 1);
  CHECK(tally.sorted_buckets() == std::vector<size_t>{1, 0});
  CHECK(tally.attempts == 3);
  CHECK(tally.passed == 1);
}

}  // namespace hocvu
