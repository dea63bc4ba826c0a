#pragma once
// Marks and scores as exact integers. A point is 720,720 units (the least common multiple of
// 1..16), so the partial-credit fractions of a multiple response question with up to 16 options
// (1/ncorrect, 1/nwrong, 1/max(nwrong,2)) are whole numbers of units. Totals, sums of squares and
// every tally are then integers: shards and threads add up exactly, in any order.
#include <cmath>
#include <cstdint>

namespace hocvu {

using Units = int64_t;
constexpr Units kUnitsPerPoint = 720720;

// Points (as written in a key: 1, 2, 0.5) to units, rounded to the nearest unit.
inline Units to_units(double points) { return static_cast<Units>(std::llround(points * static_cast<double>(kUnitsPerPoint))); }
inline double to_points(Units units) { return static_cast<double>(units) / static_cast<double>(kUnitsPerPoint); }

}  // namespace hocvu
