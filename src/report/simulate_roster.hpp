#pragma once
// `hocvu simulate roster`: a made-up roster for demos, tests and benchmarks, shaped like what HR
// sends. People are drawn into the leaf units of the tree in proportion to a plausible size of
// their kind (a commune's People's Council is smaller than the Office, but there are thousands
// of communes), hold one of the roles their unit lists (or its nearest ancestor lists), carry a
// Vietnamese full name drawn with realistic family-name frequencies, are mostly active (about 2%
// have left), mostly started before 2025 (about 6% in 2026: inside a grace period), and have a
// 12-digit national id that starts with 0000, which no real CCCD does.
//
// Every person is drawn from their own seeded stream (exam/random.hpp), so the same seed gives
// the same bytes everywhere, and rows are written in chunks: memory stays flat for any size.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"
#include "text/date.hpp"

namespace hocvu {

struct RosterSimulationOptions {
  uint64_t people = 0;
  uint64_t seed = 0;
};

// A leaf unit people are drawn into.
struct RosterSlot {
  uint32_t unit = 0;               // index in UnitTree::units
  double weight = 0;               // its plausible size (unit_size_of_kind)
  std::vector<std::string> roles;  // inherited_roles
};

struct RosterPlan {
  std::vector<RosterSlot> slots;   // leaf units with a role, in tree order
  std::vector<double> cumulative;  // running sums of the weights, for drawing
  std::string problem;             // why no roster can be drawn (no leaf unit holds a role); else empty
};

// The leaf units that hold a role, with their weights.
RosterPlan plan_roster(const UnitTree& tree);

// How many people a leaf unit of `kind` plausibly holds, from words in the kind (commune,
// council, delegation, committee, department, office, audit ...); 25 for a kind it does not know.
double unit_size_of_kind(std::string_view kind);

// The roles of unit `index`: its own, else those of its nearest ancestor that lists some.
std::vector<std::string> inherited_roles(const UnitTree& tree, uint32_t index);

struct SimulatedPerson {
  std::string id;           // "NV0000001"
  std::string full_name;    // "Nguyễn Thị Lan"
  std::string unit;         // the unit's id
  std::string role;
  std::string status;       // "active" or "left"
  Day start = 0;
  std::string national_id;  // "0000" and 8 digits
};

// Person `index` (0-based) of the roster drawn with `seed`. The plan must have slots.
void simulate_person(const UnitTree& tree, const RosterPlan& plan, uint64_t seed, uint64_t index,
                     SimulatedPerson& person);

// The family names and their shares (percent), the middle and given names by sex: for tests.
struct WeightedName {
  const char* name;
  double weight;
};
const std::vector<WeightedName>& family_names();
const std::vector<WeightedName>& middle_names(bool female);
const std::vector<const char*>& given_names(bool female);

// CSV: person_id,full_name,unit,role,status,start_date,national_id, then one row per person,
// written through `write` in chunks of about 64 KiB.
void write_simulated_roster_csv(const UnitTree& tree, const RosterPlan& plan, const RosterSimulationOptions& options,
                                const std::function<void(std::string_view)>& write);

// The most people an xlsx roster holds: a sheet has 1,048,576 rows, less the title, the blank
// row below it and the header.
constexpr uint64_t kMostXlsxPeople = 1048576 - 3;

// xlsx, as HR sends it: a title row, a blank row, a header in Vietnamese (Mã cán bộ, Họ và tên,
// Mã đơn vị, Vai trò, Trạng thái, Ngày bắt đầu, Số CCCD), start dates as date cells. Written
// with libxlsxwriter in constant-memory mode to a temporary file beside `path`, renamed over it
// when complete. Throws FatalError when it cannot be written or options.people is over
// kMostXlsxPeople.
void write_simulated_roster_xlsx(const UnitTree& tree, const RosterPlan& plan, const RosterSimulationOptions& options,
                                 const std::string& path);

}  // namespace hocvu
