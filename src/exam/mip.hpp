#pragma once
// A small mixed-integer program, solved with GLPK: binary columns for questions, a few
// continuous ones, rows with lower and upper bounds. Keeps GLPK out of the assembler.
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace hocvu {

class MipModel {
 public:
  static constexpr double kNoBound = std::numeric_limits<double>::infinity();

  // Adds a column and returns its index; `binary` columns take 0 or 1.
  int add_column(bool binary, double lower, double upper, double cost);
  void add_row(const std::vector<std::pair<int, double>>& terms, double lower, double upper);

  enum class Status { optimal, feasible, infeasible, failed };
  struct Result {
    Status status = Status::failed;
    std::vector<double> values;  // per column
    uint64_t branch_nodes = 0;
  };
  // The search stops at relative MIP gap `gap`, or `node_budget` branch-and-bound nodes after
  // its first solution: both deterministic, unlike a time limit.
  Result solve(double gap, uint64_t node_budget) const;

  static std::string solver_name();

 private:
  struct Column {
    bool binary;
    double lower, upper, cost;
  };
  struct Row {
    std::vector<std::pair<int, double>> terms;
    double lower, upper;
  };
  std::vector<Column> columns_;
  std::vector<Row> rows_;
};

const char* status_name(MipModel::Status status);

}  // namespace hocvu
