#pragma once
// When a job must give up: a point on the steady clock, or never. The caller sets it (hocvu
// exam: --time-limit after loading) and the library passes it down to the solver, so a long
// solve is cut inside GLPK rather than noticed only after it ends. A cut is reported, never
// papered over: what a run produces must not depend on how fast the machine is.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>

namespace hocvu {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  Deadline() = default;  // never
  static Deadline at(Clock::time_point when) { return Deadline(when); }
  // `seconds` after `start`. A century or more (or NaN) is never: the clock could not hold it.
  static Deadline after(double seconds, Clock::time_point start = Clock::now()) {
    constexpr double kCentury = 100 * 365.25 * 24 * 3600;
    if (!(seconds < kCentury)) {
      return Deadline();
    }
    std::chrono::duration<double> wait(std::max(0.0, seconds));
    return Deadline(start + std::chrono::duration_cast<Clock::duration>(wait));
  }

  // `fraction` of the time left from now: a part of the job gets a share and the rest stays
  // for what follows. Never when this is never.
  Deadline share(double fraction) const {
    if (!when_) {
      return Deadline();
    }
    auto now = Clock::now();
    auto left = std::max(Clock::duration::zero(), *when_ - now);
    return Deadline(now + std::chrono::duration_cast<Clock::duration>(left * fraction));
  }

  bool is_set() const { return when_.has_value(); }
  Clock::time_point when() const { return when_.value_or(Clock::time_point::max()); }
  bool passed() const { return when_ && Clock::now() >= *when_; }

  // Whole milliseconds left, at least 0; `cap` when there is no deadline or more is left
  // (GLPK takes an int of milliseconds).
  int64_t milliseconds_left(int64_t cap) const {
    if (!when_) {
      return cap;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*when_ - Clock::now()).count();
    return left < 0 ? 0 : (left > cap ? cap : left);
  }

 private:
  explicit Deadline(Clock::time_point when) : when_(when) {}
  std::optional<Clock::time_point> when_;
};

}  // namespace hocvu
