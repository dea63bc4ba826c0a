#include "exam/mip.hpp"

#include <glpk.h>

#include <climits>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

namespace hocvu {

namespace {

int bound_kind(double lower, double upper) {
  bool has_lower = std::isfinite(lower);
  bool has_upper = std::isfinite(upper);
  if (has_lower && has_upper) {
    return lower == upper ? GLP_FX : GLP_DB;
  }
  return has_lower ? GLP_LO : (has_upper ? GLP_UP : GLP_FR);
}

double finite_or_zero(double value) {
  return std::isfinite(value) ? value : 0.0;
}

struct SearchState {
  uint64_t nodes = 0;
  MipModel::Limits limits;
  bool gave_up = false;
};

// GLPK's own time limit (milliseconds): it covers the simplex and the tree search, which the
// callback below does not reach. GLPK stops once `tm_lim - 1` ms have passed since it started,
// so 2 ms more make sure that whenever it stops for time, the deadline has passed too.
int glpk_time_limit(const Deadline& deadline) {
  constexpr int64_t kMargin = 2;
  int64_t left = deadline.milliseconds_left(INT_MAX - kMargin);
  return static_cast<int>(left + (deadline.is_set() ? kMargin : 0));
}

// Counts nodes, gives up after the limit, stops at the first solution when asked, and stops
// when the deadline passes.
void on_search_event(glp_tree* tree, void* info) {
  auto* state = static_cast<SearchState*>(info);
  if (state->limits.deadline.passed()) {
    glp_ios_terminate(tree);
    return;
  }
  switch (glp_ios_reason(tree)) {
    case GLP_ISELECT:
      if (++state->nodes > state->limits.max_nodes) {
        state->gave_up = true;
        glp_ios_terminate(tree);
      }
      break;
    case GLP_IBINGO:
      if (state->limits.stop_at_first_solution) {
        glp_ios_terminate(tree);
      }
      break;
    default:
      break;
  }
}

}  // namespace

void MipModel::ProblemDeleter::operator()(glp_prob* problem) const {
  glp_delete_prob(problem);
}

int MipModel::add_column(bool binary, double lower, double upper, double cost) {
  columns_.push_back({binary, lower, upper, cost});
  return static_cast<int>(columns_.size()) - 1;
}

void MipModel::add_row(const std::vector<std::pair<int, double>>& terms, double lower, double upper) {
  rows_.push_back({terms, lower, upper});
}

// GLPK's own copy of the program (1-based indices, as GLPK wants them).
MipModel::Problem MipModel::to_glpk() const {
  Problem problem(glp_create_prob());
  glp_set_obj_dir(problem.get(), GLP_MIN);
  glp_add_cols(problem.get(), static_cast<int>(columns_.size()));
  for (size_t c = 0; c < columns_.size(); ++c) {
    const Column& column = columns_[c];
    int index = static_cast<int>(c) + 1;
    glp_set_col_kind(problem.get(), index, column.binary ? GLP_BV : GLP_CV);
    if (!column.binary || column.lower == column.upper) {
      glp_set_col_bnds(problem.get(), index, bound_kind(column.lower, column.upper), finite_or_zero(column.lower),
                       finite_or_zero(column.upper));
    }
    glp_set_obj_coef(problem.get(), index, column.cost);
  }
  std::vector<int> row_index{0}, column_index{0};
  std::vector<double> values{0.0};
  glp_add_rows(problem.get(), static_cast<int>(rows_.size()));
  for (size_t r = 0; r < rows_.size(); ++r) {
    const Row& row = rows_[r];
    glp_set_row_bnds(problem.get(), static_cast<int>(r) + 1, bound_kind(row.lower, row.upper), finite_or_zero(row.lower),
                     finite_or_zero(row.upper));
    for (auto [column, value] : row.terms) {
      row_index.push_back(static_cast<int>(r) + 1);
      column_index.push_back(column + 1);
      values.push_back(value);
    }
  }
  glp_load_matrix(problem.get(), static_cast<int>(values.size()) - 1, row_index.data(), column_index.data(),
                  values.data());
  return problem;
}

namespace {

// One solve on a thread of its own. The thread owns a copy of the program and shares this
// with the caller, so a caller that stops waiting leaves it nothing dangling.
struct Job {
  Job(const MipModel& program, const MipModel::Limits& search) : model(program), limits(search) {}
  const MipModel model;
  const MipModel::Limits limits;
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  MipModel::Result result;
};

MipModel::Result out_of_time() {
  MipModel::Result result;
  result.status = MipModel::Status::out_of_time;
  return result;
}

}  // namespace

// Without a deadline the solve runs here. With one it runs on a thread of its own and the
// caller waits until the deadline at most: GLPK's feasibility pump runs a simplex that no
// time limit or callback reaches, and one was seen to cycle for minutes (dbqh, form 701 of
// 1000). A thread the caller stops waiting for runs on, unseen, until the process ends;
// the answer is out_of_time either way.
MipModel::Result MipModel::solve(const Limits& limits) const {
  if (limits.deadline.passed()) {
    return out_of_time();
  }
  if (!limits.deadline.is_set()) {
    return solve_here(limits);
  }
  auto job = std::make_shared<Job>(*this, limits);
  try {
    std::thread([job] {
      MipModel::Result result = job->model.solve_here(job->limits);
      glp_free_env();  // GLPK keeps an environment per thread
      std::lock_guard<std::mutex> lock(job->mutex);
      job->result = std::move(result);
      job->done = true;
      job->finished.notify_one();
    }).detach();
  } catch (const std::system_error&) {
    return solve_here(limits);  // no thread to be had: the deadline is then checked by GLPK alone
  }
  std::unique_lock<std::mutex> lock(job->mutex);
  if (!job->finished.wait_until(lock, limits.deadline.when(), [&] { return job->done; })) {
    return out_of_time();
  }
  return std::move(job->result);
}

MipModel::Result MipModel::solve_here(const Limits& limits) const {
  glp_term_out(GLP_OFF);
  Problem problem = to_glpk();
  glp_iocp parameters;
  glp_init_iocp(&parameters);
  parameters.msg_lev = GLP_MSG_OFF;
  parameters.presolve = GLP_ON;
  parameters.mip_gap = limits.gap;
  parameters.fp_heur = GLP_ON;  // the feasibility pump finds a first form at the root, most of the time
  parameters.tm_lim = glpk_time_limit(limits.deadline);
  SearchState state;
  state.limits = limits;
  parameters.cb_func = on_search_event;
  parameters.cb_info = &state;
  int code = glp_intopt(problem.get(), &parameters);
  int status = glp_mip_status(problem.get());
  // Whatever GLPK returned after the deadline may be what a cut search found (its heuristics
  // stop quietly when time is up), which an uncut search might not: the answer is unknown.
  if (code == GLP_ETMLIM || limits.deadline.passed()) {
    return out_of_time();
  }

  Result result;
  result.branch_nodes = state.nodes;
  bool solved = status == GLP_OPT || status == GLP_FEAS;
  result.gave_up = state.gave_up && !solved;
  if (!solved) {
    bool infeasible = !result.gave_up && (code == GLP_ENOPFS || code == GLP_ENODFS || status == GLP_NOFEAS);
    result.status = infeasible ? Status::infeasible : Status::failed;
    return result;
  }
  result.status = status == GLP_OPT && code == 0 ? Status::optimal : Status::feasible;
  result.values.resize(columns_.size());
  for (size_t c = 0; c < columns_.size(); ++c) {
    result.values[c] = glp_mip_col_val(problem.get(), static_cast<int>(c) + 1);
  }
  return result;
}

std::string MipModel::solver_name() {
  return std::string("GLPK ") + glp_version();
}

const char* status_name(MipModel::Status status) {
  switch (status) {
    case MipModel::Status::optimal: return "optimal";
    case MipModel::Status::feasible: return "feasible";
    case MipModel::Status::infeasible: return "infeasible";
    case MipModel::Status::failed: return "failed";
    case MipModel::Status::out_of_time: return "out of time";
  }
  return "?";
}

}  // namespace hocvu
