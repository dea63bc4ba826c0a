// Tests of src/grade/grade_job.cpp and grade_pipeline.cpp: a whole grading run on files written
// by the test. The same bytes for any thread count, every row accounted for, duplicates as the
// policy says, folders expanded in sorted order, fatal errors that leave nothing behind, and
// shards that merge into exactly what one run writes.
#include "grade/grade_job.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "grade/grade_rows.hpp"
#include "io/error.hpp"
#include "scratch_folder.hpp"

using hocvu::GradeOutcome;
using hocvu::GradeRequest;
using hocvu::GradeStatus;
using hocvu::test::ScratchFolder;

namespace {

const std::string kKey =
    "form,position,question_id,type,answer,points,competency,level\n"
    "101,1,Q1,single,B,1,1.1,CB\n"
    "101,2,Q2,multiple,A;C,1,1.1,CB\n"
    "101,3,Q3,true_false,true,1,1.2,CB\n"
    "101,4,Q4,numeric,42:0.5,1,1.2,TC\n"
    "102,1,Q5,single,C,2,1.1,CB\n"
    "102,2,Q6,true_false,false,1,1.2,CB\n"
    "102,3,Q7,short_text,VNeID|ứng dụng VNeID,1,2.1,TC\n";

const std::string kHeader = "candidate_id,form,date,1,2,3,4\n";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

GradeRequest request_for(const ScratchFolder& folder, std::vector<std::string> responses, const std::string& out) {
  GradeRequest request;
  request.key_file = folder.path("exam-7.csv");
  request.pass_percent = 60;
  request.responses = std::move(responses);
  request.out = folder.path(out);
  request.threads = 1;
  return request;
}

// What kinds of rows the generated files hold.
struct Planted {
  uint64_t rows = 0, rejects = 0, duplicates = 0;
};

bool unknown_form_row(int i) { return i % 997 == 5; }
bool field_count_row(int i) { return i % 1009 == 7; }
bool plain_row(int i) { return !unknown_form_row(i) && !field_count_row(i); }
bool repeats_previous(int i) { return (i % 500 == 250 || i == 10000) && plain_row(i - 1); }

std::string date_of(int i) { return "2024-05-0" + std::to_string(1 + i % 3); }

std::string plain(int i) {
  static const char* const kSingle[] = {"A", "B", "C", "D", "b ", "", "AB", "*"};
  static const char* const kMultiple[] = {"AC", "A", "", "BD", "a, c", "ABC", "C"};
  static const char* const kTruth[] = {"T", "F", "Đ", "0", "", "sai", "TRUE"};
  static const char* const kNumber[] = {"42", "41,8", "40", "", "42.5", "-1"};
  static const char* const kText[] = {"vneid", "Ứng dụng VNeID", "x", "", "VNeID "};
  std::string candidate = "C" + std::to_string(100000 + i);
  std::string date = date_of(i);
  if (i % 2 == 0) {
    return candidate + ",101," + date + "," + kSingle[i % 8] + ",\"" + kMultiple[i % 7] + "\"," + kTruth[i % 7] +
           ",\"" + kNumber[i % 6] + "\"\n";
  }
  return candidate + ",102," + date + "," + kSingle[(i / 2) % 8] + "," + kTruth[(i / 3) % 7] + "," + kText[i % 5] +
         ",\n";
}

// Rows first to last-1, in wide CSV: mostly plain attempts, some of them again (same candidate
// and date as the row before), some unknown forms and some rows with a field too many.
std::string generated(int first, int last, Planted& planted) {
  std::string text = kHeader;
  for (int i = first; i < last; ++i) {
    ++planted.rows;
    if (unknown_form_row(i)) {
      text += "R" + std::to_string(i) + ",109,2024-05-01,A,A,T,1\n";
      ++planted.rejects;
    } else if (field_count_row(i)) {
      text += "R" + std::to_string(i) + ",101,2024-05-01,A,A,T,1,extra\n";
      ++planted.rejects;
    } else if (repeats_previous(i)) {
      const char* form = (i - 1) % 2 == 0 ? ",101," : ",102,";
      text += "C" + std::to_string(100000 + i - 1) + form + date_of(i - 1) + ",,,,\n";
      ++planted.duplicates;
    } else {
      text += plain(i);
    }
  }
  return text;
}

const std::vector<std::string> kOutputs = {"analysis.html", "competencies.csv", "distractors.csv", "items.csv",
                                           "rejects.csv",   "scores.csv",       "summary.json"};

// Every output file of `a` and `b` is the same, byte for byte.
void check_same_outputs(const std::string& a, const std::string& b) {
  for (const auto& name : kOutputs) {
    INFO(name);
    std::string left = read(a + "/" + name);
    CHECK_FALSE(left.empty());
    CHECK(left == read(b + "/" + name));
  }
}

// Three files of 10,000 rows each (30,000 rows: several batches each).
struct BigRun {
  ScratchFolder folder;
  Planted planted;
  std::vector<std::string> files;

  BigRun() {
    folder.add("exam-7.csv", kKey);
    files.push_back(folder.add("in/a.csv", generated(0, 10000, planted)));
    files.push_back(folder.add("in/b.csv", generated(10000, 20000, planted)));
    files.push_back(folder.add("in/c.csv", generated(20000, 30000, planted)));
  }
};

}  // namespace

TEST_CASE("grade job: the same bytes for 1, 2 and 5 threads; read = graded + rejected", "[grade]") {
  BigRun run;
  REQUIRE(run.planted.rejects == 61);   // 31 unknown forms, 30 with a field too many
  // 59 of the 60 rows at i % 500 == 250 (27250 is a reject itself), and row 10000.
  REQUIRE(run.planted.duplicates == 60);
  GradeOutcome outcomes[3];
  const unsigned threads[3] = {1, 2, 5};
  for (int t = 0; t < 3; ++t) {
    GradeRequest request = request_for(run.folder, run.files, "out" + std::to_string(threads[t]));
    request.threads = threads[t];
    outcomes[t] = hocvu::run_grade_job(request);
    REQUIRE(outcomes[t].status == GradeStatus::written);
    CHECK(outcomes[t].findings.empty());
  }
  for (const auto& outcome : outcomes) {
    CHECK(outcome.rows_read == 30000);
    CHECK(outcome.rejected == run.planted.rejects);
    CHECK(outcome.graded == 30000 - run.planted.rejects);
    CHECK(outcome.rows_read == outcome.graded + outcome.rejected);
  }
  check_same_outputs(run.folder.path("out1"), run.folder.path("out2"));
  check_same_outputs(run.folder.path("out1"), run.folder.path("out5"));
  std::string scores = read(run.folder.path("out1/scores.csv"));
  std::string rejects = read(run.folder.path("out1/rejects.csv"));
  CHECK(std::count(scores.begin(), scores.end(), '\n') == 1 + 30000 - 61);
  CHECK(std::count(rejects.begin(), rejects.end(), '\n') == 1 + 61);
  size_t flagged = 0;
  for (size_t at = scores.find("duplicate_attempt"); at != std::string::npos;
       at = scores.find("duplicate_attempt", at + 1)) {
    ++flagged;
  }
  CHECK(flagged == run.planted.duplicates);
  // The duplicate that starts b.csv repeats the last attempt of a.csv.
  size_t first_b = scores.find("," + run.files[1] + ",");
  REQUIRE(first_b != std::string::npos);
  size_t row_start = scores.rfind('\n', first_b) + 1;
  CHECK(scores.substr(row_start, scores.find('\n', first_b) + 1 - row_start) ==
        "C109999,exam-7,102,2024-05-01,0,0,4,0.00,false," + run.files[1] + ",2,duplicate_attempt;all_omitted\n");
}

TEST_CASE("grade job: shards merged are one run over all their input, byte for byte", "[grade]") {
  BigRun run;
  GradeRequest whole = request_for(run.folder, run.files, "whole");
  whole.threads = 2;
  REQUIRE(hocvu::run_grade_job(whole).status == GradeStatus::written);
  GradeRequest first = request_for(run.folder, {run.files[0]}, "shard-1");
  first.shard = true;
  GradeRequest rest = request_for(run.folder, {run.files[1], run.files[2]}, "shard-2");
  rest.shard = true;
  rest.threads = 2;
  REQUIRE(hocvu::run_grade_job(first).status == GradeStatus::written);
  REQUIRE(hocvu::run_grade_job(rest).status == GradeStatus::written);
  hocvu::MergeRequest merge;
  merge.shards = {run.folder.path("shard-1"), run.folder.path("shard-2")};
  merge.out = run.folder.path("merged");
  GradeOutcome merged = hocvu::merge_shards(merge);
  CHECK(merged.rows_read == 30000);
  CHECK(merged.rejected == 61);
  check_same_outputs(run.folder.path("whole"), run.folder.path("merged"));
}

TEST_CASE("grade job: duplicates flagged, rejected or allowed", "[grade]") {
  ScratchFolder folder;
  folder.add("exam-7.csv", kKey);
  std::string file = folder.add("r.csv", kHeader +
                                             "007,101,d1,B,AC,T,42\n"
                                             "007,101,d1,B,,,\n"
                                             "007,101,d2,,,,\n"
                                             "008,101,d1,A,A,F,41\n");
  GradeOutcome flag = hocvu::run_grade_job(request_for(folder, {file}, "flag"));
  CHECK(flag.rows_read == 4);
  CHECK(flag.graded == 4);
  CHECK(flag.rejected == 0);
  CHECK(read(folder.path("flag/scores.csv")) ==
        "candidate_id,exam,form,date,answered,earned,possible,percent,passed,source,line,flags\n"
        "007,exam-7,101,d1,4,4,4,100.00,true," + file + ",2,\n"
        "007,exam-7,101,d1,1,1,4,25.00,false," + file + ",3,duplicate_attempt\n"
        "007,exam-7,101,d2,0,0,4,0.00,false," + file + ",4,all_omitted\n"
        "008,exam-7,101,d1,4,0.5,4,12.50,false," + file + ",5,\n");
  CHECK(read(folder.path("flag/rejects.csv")) == "file,line,code,reason,raw\n");

  GradeRequest reject = request_for(folder, {file}, "reject");
  reject.duplicates = hocvu::DuplicatePolicy::reject;
  GradeOutcome rejected = hocvu::run_grade_job(reject);
  CHECK(rejected.graded == 3);
  CHECK(rejected.rejected == 1);
  CHECK(read(folder.path("reject/rejects.csv")) ==
        "file,line,code,reason,raw\n" + file +
            ",3,duplicate_attempt,candidate 007 already has an attempt dated 'd1' in this run (--duplicates reject),"
            "\"007,101,d1,B,,,\"\n");
  std::string scores = read(folder.path("reject/scores.csv"));
  CHECK(scores.find(",3,") == std::string::npos);
  CHECK(scores.find("duplicate_attempt") == std::string::npos);

  GradeRequest allow = request_for(folder, {file}, "allow");
  allow.duplicates = hocvu::DuplicatePolicy::allow;
  GradeOutcome allowed = hocvu::run_grade_job(allow);
  CHECK(allowed.graded == 4);
  std::string allowed_scores = read(folder.path("allow/scores.csv"));
  CHECK(allowed_scores.find("duplicate_attempt") == std::string::npos);
  CHECK(allowed_scores.find("007,exam-7,101,d1,1,1,4,25.00,false," + file + ",3,\n") != std::string::npos);
}

TEST_CASE("grade job: a folder of responses is read in sorted order, hidden files and folders left out", "[grade]") {
  ScratchFolder folder;
  folder.add("exam-7.csv", kKey);
  folder.add("in/b.csv", kHeader + "B,101,,B,,,\n");
  folder.add("in/10.csv", kHeader + "T,101,,B,,,\n");
  folder.add("in/a.csv", kHeader + "A,101,,B,,,\n");
  folder.add("in/.hidden.csv", kHeader + "H,101,,B,,,\n");
  folder.add("in/sub/c.csv", kHeader + "S,101,,B,,,\n");
  GradeOutcome outcome = hocvu::run_grade_job(request_for(folder, {folder.path("in")}, "out"));
  CHECK(outcome.graded == 3);
  std::string in = folder.path("in");
  CHECK(read(folder.path("out/scores.csv")) ==
        hocvu::scores_header() + "T,exam-7,101,,1,1,4,25.00,false," + in + "/10.csv,2,\n" +
            "A,exam-7,101,,1,1,4,25.00,false," + in + "/a.csv,2,\n" + "B,exam-7,101,,1,1,4,25.00,false," + in +
            "/b.csv,2,\n");
}

TEST_CASE("grade job: '-' named twice is refused before anything is written", "[grade]") {
  ScratchFolder folder;
  folder.add("exam-7.csv", kKey);
  REQUIRE_THROWS_WITH(hocvu::run_grade_job(request_for(folder, {"-", "-"}, "out")),
                      "'-' (standard input) is named more than once");
  CHECK(folder.entries() == std::vector<std::string>{"exam-7.csv"});
}

TEST_CASE("grade job: an unreadable input throws FatalError and leaves no output folder", "[grade]") {
  ScratchFolder folder;
  folder.add("exam-7.csv", kKey);
  Planted planted;
  std::string good = folder.add("a.csv", generated(0, 20000, planted));
  std::string missing = folder.path("missing.csv");
  REQUIRE_THROWS_AS(hocvu::run_grade_job(request_for(folder, {good, missing}, "out")), hocvu::FatalError);
  CHECK(folder.entries() == std::vector<std::string>{"a.csv", "exam-7.csv"});
  REQUIRE_THROWS_WITH(hocvu::run_grade_job(request_for(folder, {missing, good}, "out")),
                      Catch::Contains("missing.csv"));
  CHECK(folder.entries() == std::vector<std::string>{"a.csv", "exam-7.csv"});
}
