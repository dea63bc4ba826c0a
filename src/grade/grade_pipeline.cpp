// The reader thread, the grading workers and the in-order writer (see grade_pipeline.hpp).
#include "grade/grade_pipeline.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "grade/grade_rows.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

// About 256 KiB of input a batch: its attempts take about 12 times that in memory, and at most
// 2 * threads + 2 batches are in flight.
constexpr size_t kBatchBytes = 256u << 10;

struct Work {
  size_t seq = 0;
  uint32_t source = 0;
  ResponseBatch batch;
  std::vector<uint8_t> duplicate;  // per attempt
  std::string scores, competencies, rejects;
  uint64_t graded_rows = 0, rejected_rows = 0, duplicates = 0;
  std::array<uint64_t, 32> by_reason{};

  void clear_results() {
    scores.clear();
    competencies.clear();
    rejects.clear();
    graded_rows = rejected_rows = duplicates = 0;
    by_reason.fill(0);
  }
};

using WorkPtr = std::unique_ptr<Work>;

class Pipeline {
 public:
  Pipeline(const PipelineSetup& setup, const RowSinks& sinks) : setup_(setup), sinks_(sinks) {
    for (size_t f = 0; f < setup.forms->size(); ++f) form_index_[(*setup.forms)[f].form().id] = f;
    result_.inputs.resize(setup.inputs.size());
    for (size_t i = 0; i < setup.inputs.size(); ++i) result_.inputs[i].path = setup.inputs[i];
    threads_ = std::max(1u, setup.threads);
    for (const auto& input : setup.inputs) {
      struct stat info {};
      if (input != "-" && ::stat(input.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
        total_bytes_ += static_cast<uint64_t>(info.st_size);
      }
    }
    max_in_flight_ = 2 * threads_ + 2;
  }

  PipelineResult run() {
    auto items = scoring_items_of(*setup_.forms);
    std::vector<GradeTally> tallies;
    for (unsigned t = 0; t < threads_; ++t) tallies.emplace_back(items, setup_.key->competencies.size());
    std::thread reader([this] { guarded([this] { read_all(); }); });
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads_; ++t) {
      workers.emplace_back([this, &tally = tallies[t]] { guarded([this, &tally] { work(tally); }); });
    }
    guarded([this] { write_in_order(); });
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    reader.join();
    for (auto& worker : workers) worker.join();
    if (failure_) std::rethrow_exception(failure_);
    GradeTally total(items, setup_.key->competencies.size());
    for (const auto& tally : tallies) total.merge(tally);
    result_.tally = std::move(total);
    return std::move(result_);
  }

 private:
  // Runs `body`; the first exception of any thread stops every thread and is rethrown by run().
  template <typename Body>
  void guarded(Body body) {
    try {
      body();
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!failure_) failure_ = std::current_exception();
      stopping_ = true;
      changed_.notify_all();
    }
  }

  WorkPtr take_free() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return stopping_ || in_flight_ < max_in_flight_; });
    if (stopping_) return nullptr;
    ++in_flight_;
    if (free_.empty()) return std::make_unique<Work>();
    WorkPtr work = std::move(free_.back());
    free_.pop_back();
    return work;
  }

  void read_all() {
    for (uint32_t source = 0; source < setup_.inputs.size(); ++source) {
      ResponseReader reader(setup_.inputs[source], source, *setup_.key, setup_.reader);
      uint64_t bytes_before = bytes_read_.load();
      for (;;) {
        WorkPtr work = take_free();
        if (!work) return;
        bool more = reader.next_batch(work->batch, kBatchBytes);
        bytes_read_.store(bytes_before + reader.bytes_read());
        if (!more) {
          release(std::move(work));
          break;
        }
        work->source = source;
        mark_duplicates(*work);
        std::lock_guard<std::mutex> lock(mutex_);
        work->seq = next_seq_++;
        todo_.push_back(std::move(work));
        changed_.notify_all();
      }
      result_.inputs[source].sha256 = reader.sha256();
      result_.inputs[source].format = format_name(reader.format());
    }
    std::lock_guard<std::mutex> lock(mutex_);
    reading_done_ = true;
    changed_.notify_all();
  }

  static const char* format_name(ResponseFormat format) {
    switch (format) {
      case ResponseFormat::wide: return "wide";
      case ResponseFormat::long_rows: return "long";
      case ResponseFormat::jsonl: return "jsonl";
      case ResponseFormat::detect: break;
    }
    return "";
  }

  void release(WorkPtr work) {
    std::lock_guard<std::mutex> lock(mutex_);
    --in_flight_;
    free_.push_back(std::move(work));
    changed_.notify_all();
  }

  void mark_duplicates(Work& work) {
    work.duplicate.assign(work.batch.attempts.size(), 0);
    if (setup_.duplicates == DuplicatePolicy::allow) return;
    const std::vector<Attempt>& attempts = work.batch.attempts;
    fingerprints_.resize(attempts.size());
    for (size_t i = 0; i < attempts.size(); ++i) {
      fingerprints_[i] = attempt_fingerprint(attempts[i].candidate_id, attempts[i].date);
    }
    constexpr size_t kAhead = 16;  // slots being loaded while earlier ones are inserted
    for (size_t i = 0; i < attempts.size(); ++i) {
      if (i + kAhead < attempts.size()) seen_.prefetch(fingerprints_[i + kAhead]);
      work.duplicate[i] = seen_.insert(fingerprints_[i]) ? 0 : 1;
    }
  }

  void work(GradeTally& tally) {
    GradedAttempt graded;
    std::vector<Reject> rejects;
    for (;;) {
      WorkPtr work;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return stopping_ || !todo_.empty() || reading_done_; });
        if (stopping_ || todo_.empty()) return;
        work = std::move(todo_.front());
        todo_.pop_front();
      }
      grade_batch(*work, tally, graded, rejects);
      std::lock_guard<std::mutex> lock(mutex_);
      done_[work->seq] = std::move(work);
      changed_.notify_all();
    }
  }

  void grade_batch(Work& work, GradeTally& tally, GradedAttempt& graded, std::vector<Reject>& rejects) {
    work.clear_results();
    rejects.assign(work.batch.rejects.begin(), work.batch.rejects.end());
    for (size_t i = 0; i < work.batch.attempts.size(); ++i) {
      const Attempt& attempt = work.batch.attempts[i];
      std::optional<Reject> reject = grade_attempt(work, attempt, work.duplicate[i] != 0, tally, graded);
      if (reject) rejects.push_back(std::move(*reject));
    }
    std::stable_sort(rejects.begin(), rejects.end(), [](const Reject& a, const Reject& b) { return a.line < b.line; });
    const std::string& source = setup_.inputs[work.source];
    for (const auto& reject : rejects) {
      append_reject_row(work.rejects, reject, source);
      ++work.by_reason[static_cast<size_t>(reject.reason)];
    }
    work.rejected_rows += work.batch.rejects.size();
  }

  std::optional<Reject> grade_attempt(Work& work, const Attempt& attempt, bool duplicate, GradeTally& tally,
                                      GradedAttempt& graded) {
    auto reject = [&](RejectReason reason, std::string message) {
      work.rejected_rows += attempt.rows;
      return Reject{attempt.source, attempt.line, reason, std::move(message), attempt.raw};
    };
    if (duplicate && setup_.duplicates == DuplicatePolicy::reject) {
      return reject(RejectReason::duplicate_attempt,
                    ui_format("grade.reject.duplicate_attempt", fmt::arg("candidate", attempt.candidate_id),
                              fmt::arg("date", attempt.date)));
    }
    auto found = form_index_.find(attempt.form);
    if (found == form_index_.end()) {
      return reject(RejectReason::unknown_form, ui_format("grade.reject.form_not_in_key", fmt::arg("form", attempt.form)));
    }
    const FormGrader& form = (*setup_.forms)[found->second];
    form.grade(attempt, graded);
    if (graded.unreadable_position != 0) {
      size_t at = graded.unreadable_position - 1;
      return reject(RejectReason::unreadable_answer,
                    ui_format("grade.reject.unreadable_answer", fmt::arg("position", graded.unreadable_position),
                              fmt::arg("reason", unreadable_reason(form.items()[at], attempt.answers[at]))));
    }
    graded.flags |= duplicate ? kDuplicateAttempt : 0;
    work.duplicates += duplicate ? 1 : 0;
    work.graded_rows += attempt.rows;
    append_score_row(work.scores, *setup_.key, attempt, form, graded, setup_.inputs[work.source]);
    append_competency_row(work.competencies, *setup_.key, attempt, form, graded);
    tally.add(found->second, graded.scores, graded.total, graded.passed, graded.mastery);
    return std::nullopt;
  }

  void write_in_order() {
    for (size_t seq = 0;; ++seq) {
      WorkPtr work;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] {
          return stopping_ || done_.count(seq) > 0 || (reading_done_ && next_seq_ == seq);
        });
        if (done_.count(seq) == 0) return;
        work = std::move(done_[seq]);
        done_.erase(seq);
      }
      write(*work);
      release(std::move(work));
    }
  }

  void write(const Work& work) {
    sinks_.scores(work.scores);
    sinks_.competencies(work.competencies);
    sinks_.rejects(work.rejects);
    InputAccount& input = result_.inputs[work.source];
    input.rows += work.graded_rows + work.rejected_rows;
    input.graded += work.graded_rows;
    input.rejected += work.rejected_rows;
    result_.rows_read += work.graded_rows + work.rejected_rows;
    result_.graded += work.graded_rows;
    result_.rejected += work.rejected_rows;
    result_.duplicates += work.duplicates;
    for (size_t r = 0; r < work.by_reason.size(); ++r) result_.rejected_by_reason[r] += work.by_reason[r];
    if (setup_.progress) setup_.progress(GradeProgress{result_.rows_read, bytes_read_.load(), total_bytes_});
  }

  const PipelineSetup& setup_;
  const RowSinks& sinks_;
  std::map<std::string, size_t> form_index_;
  unsigned threads_ = 1;
  size_t max_in_flight_ = 4;
  SeenAttempts seen_;
  std::vector<uint64_t> fingerprints_;  // of a batch's attempts, on the reader thread
  PipelineResult result_{GradeTally({}, 0), {}, 0, 0, 0, 0, {}};
  std::atomic<uint64_t> bytes_read_{0};
  uint64_t total_bytes_ = 0;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<WorkPtr> todo_;
  std::map<size_t, WorkPtr> done_;
  std::vector<WorkPtr> free_;
  size_t in_flight_ = 0;
  size_t next_seq_ = 0;
  bool reading_done_ = false;
  bool stopping_ = false;
  std::exception_ptr failure_;
};

}  // namespace

PipelineResult run_pipeline(const PipelineSetup& setup, const RowSinks& sinks) {
  return Pipeline(setup, sinks).run();
}

}  // namespace hocvu
