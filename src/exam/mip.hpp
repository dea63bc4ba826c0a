#pragma once
// A small mixed-integer program, solved with GLPK: binary columns for questions, a few
// continuous ones, rows with lower and upper bounds. Keeps GLPK out of the assembler.
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "exam/deadline.hpp"

struct glp_prob;

namespace hocvu {

class MipModel {
 public:
  static constexpr double kNoBound = std::numeric_limits<double>::infinity();

  // Adds a column and returns its index; `binary` columns take 0 or 1.
  int add_column(bool binary, double lower, double upper, double cost);
  void add_row(const std::vector<std::pair<int, double>>& terms, double lower, double upper);

  // out_of_time: the deadline passed before the solve ended; its answer is unknown.
  enum class Status { optimal, feasible, infeasible, failed, out_of_time };
  struct Result {
    Status status = Status::failed;
    std::vector<double> values;  // per column
    uint64_t branch_nodes = 0;
    bool gave_up = false;  // the node limit was reached before any solution
  };
  // When the search stops. The limits that decide the answer are counts, not times, so the
  // same program gives the same answer on every machine; the deadline only cuts a solve short,
  // and a solve that ends after it is out_of_time whatever GLPK found.
  struct Limits {
    double gap = 0.0;                     // relative MIP gap at which the search stops
    bool stop_at_first_solution = false;  // stop when the tree search finds its first solution
    uint64_t max_nodes = UINT64_MAX;      // give up after this many branch-and-bound nodes
    Deadline deadline{};                  // never, unless set
  };
  Result solve(const Limits& limits) const;

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
  struct ProblemDeleter {
    void operator()(glp_prob* problem) const;
  };
  using Problem = std::unique_ptr<glp_prob, ProblemDeleter>;
  Problem to_glpk() const;
  Result solve_here(const Limits& limits) const;  // on the calling thread
  std::vector<Column> columns_;
  std::vector<Row> rows_;
};

const char* status_name(MipModel::Status status);

}  // namespace hocvu
