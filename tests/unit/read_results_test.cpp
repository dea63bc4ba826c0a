// Tests of src/report/read_results.cpp: scores.csv and competencies.csv read side by side, and
// every row that cannot be used reported with where and why.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <vector>

#include "io/error.hpp"
#include "report/results.hpp"
#include "scratch_folder.hpp"
#include "text/date.hpp"

using namespace hocvu;
using hocvu::test::ScratchFolder;

namespace {

const char* kScores = "candidate_id,exam,form,date,answered,earned,possible,percent,passed,source,line,flags\n";
const char* kCompetencies = "candidate_id,exam,form,date,1.1,6.2,mastered\n";

struct Read {
  std::vector<std::string> attempts;  // "person exam date passed measured/mastered line"
  DataProblems problems;
};

Read read(const std::string& folder) {
  Read result;
  read_results({folder}, {"1.1", "6.2"},
               [&result](const ResultAttempt& a) {
                 std::string line = std::string(a.person) + " " + std::string(a.exam) + " " + format_date(a.date) +
                                    (a.passed ? " pass " : " fail ");
                 for (uint16_t c : *a.measured) line += std::to_string(c);
                 line += "/";
                 for (uint16_t c : *a.mastered) line += std::to_string(c);
                 result.attempts.push_back(line + " " + std::to_string(a.line));
               },
               result.problems);
  return result;
}

std::string describe(const DataProblem& p) {
  return std::string(problem_code(p.code)) + " " + std::to_string(p.line) + ":" + std::to_string(p.column) + " " +
         p.message;
}

}  // namespace

TEST_CASE("read_results: attempts with what each measured and mastered", "[report][results]") {
  ScratchFolder scratch;
  scratch.add("r/scores.csv", std::string(kScores) +
                                  "A1,dbqh,101,2026-11-20,30,25,30,83.33,true,\"in,put.csv\",2,\n"
                                  "A2,dbqh,102,20/11/2026,30,10,30,33.33,false,input.csv,3,\n");
  scratch.add("r/competencies.csv", std::string(kCompetencies) + "A1,dbqh,101,2026-11-20,80.00,,1.1\n"
                                                                  "A2,dbqh,102,20/11/2026,10.00,50.00,\n");
  Read r = read(scratch.path("r"));
  CHECK(r.problems.empty());
  CHECK(r.attempts == std::vector<std::string>{"A1 dbqh 2026-11-20 pass 0/0 2", "A2 dbqh 2026-11-20 fail 01/ 3"});
}

TEST_CASE("read_results: rows that cannot be used are reported, the rest read on", "[report][results]") {
  ScratchFolder scratch;
  scratch.add("r/scores.csv", std::string(kScores) +
                                  "A1,dbqh,101,2026-11-20,30,25,30,83.33,yes,input.csv,2,\n"
                                  "A2,dbqh,102\n"
                                  "A3,dbqh,101,2026-11-20,30,25,30,83.33,true,input.csv,4,\n"
                                  "A4,dbqh,101,2026-11-20,30,25,30,83.33,true,input.csv,5,\n");
  scratch.add("r/competencies.csv", std::string("candidate_id,exam,form,date,1.1,9.9,mastered\n") +
                                        "A1,dbqh,101,2026-11-20,80.00,,1.1\n"
                                        "A2,dbqh,102,2026-11-20,,,\n"
                                        "A3,dbqh,101,2026-11-20,80.00,,1.1\n"
                                        "XX,dbqh,101,2026-11-20,80.00,,1.1\n");
  Read r = read(scratch.path("r"));
  CHECK(r.attempts == std::vector<std::string>{"A3 dbqh 2026-11-20 pass 0/0 4", "A4 dbqh 2026-11-20 pass / 5"});
  std::vector<std::string> problems;
  for (const auto& p : r.problems) problems.push_back(describe(p));
  CHECK(problems == std::vector<std::string>{
                        "bad_result_row 1:6 competency '9.9' is not in the framework: its column is not used",
                        "bad_result_row 2:9 passed is 'yes', neither true nor false",
                        "bad_result_row 3:0 the row has 3 fields where the header has 12 (or its quoting is broken)",
                        "bad_result_row 5:1 this row is of 'XX' where scores.csv has 'A4': the files are out of step, "
                        "competencies are not used from here on"});
}

TEST_CASE("read_results: competencies.csv longer or shorter than scores.csv", "[report][results]") {
  ScratchFolder scratch;
  std::string row = "A1,dbqh,101,2026-11-20,30,25,30,83.33,true,input.csv,2,\n";
  std::string competency_row = "A1,dbqh,101,2026-11-20,80.00,,1.1\n";
  scratch.add("longer/scores.csv", std::string(kScores) + row);
  scratch.add("longer/competencies.csv", std::string(kCompetencies) + competency_row + competency_row);
  Read longer = read(scratch.path("longer"));
  REQUIRE(longer.problems.size() == 1);
  CHECK(describe(longer.problems[0]) ==
        "bad_result_row 3:0 competencies.csv has more rows than scores.csv: the files are not from the same run");
  scratch.add("shorter/scores.csv", std::string(kScores) + row + row);
  scratch.add("shorter/competencies.csv", std::string(kCompetencies) + competency_row);
  Read shorter = read(scratch.path("shorter"));
  CHECK(shorter.attempts.size() == 2);
  REQUIRE(shorter.problems.size() == 1);
  CHECK(describe(shorter.problems[0]) ==
        "bad_result_row 0:0 competencies.csv has fewer rows than scores.csv: competencies are not used from here on");
}

TEST_CASE("read_results: a folder that is not hocvu grade's stops the run", "[report][results]") {
  ScratchFolder scratch;
  std::string empty = scratch.path("empty");
  scratch.add("empty/notes.txt", "x");
  CHECK_THROWS_WITH(read(empty), empty + ": no scores.csv here; --results takes folders written by hocvu grade");
  scratch.add("other/scores.csv", "id,score\nA1,5\n");
  CHECK_THROWS_WITH(read(scratch.path("other")),
                    scratch.path("other/scores.csv") +
                        ":1: this is not a scores.csv of hocvu grade (its header should begin "
                        "candidate_id,exam,form,date and have percent and passed columns)");
  scratch.add("badcomp/scores.csv", kScores);
  scratch.add("badcomp/competencies.csv", "a,b\n");
  CHECK_THROWS_WITH(read(scratch.path("badcomp")),
                    scratch.path("badcomp/competencies.csv") +
                        ":1: this is not a competencies.csv of hocvu grade (its header should begin "
                        "candidate_id,exam,form,date and end with mastered)");
}

TEST_CASE("dates: SOURCE_DATE_EPOCH sets today; a value that is not seconds stops the run", "[date]") {
  const char* old = std::getenv("SOURCE_DATE_EPOCH");
  std::string saved = old == nullptr ? "" : old;
  setenv("SOURCE_DATE_EPOCH", "1798675200", 1);  // 2026-12-31 00:00 UTC
  CHECK(today_or_source_date_epoch() == day_from_civil(2026, 12, 31));
  setenv("SOURCE_DATE_EPOCH", "tomorrow", 1);
  CHECK_THROWS_WITH(today_or_source_date_epoch(),
                    "SOURCE_DATE_EPOCH is 'tomorrow', not a whole number of seconds since 1970");
  if (old == nullptr) unsetenv("SOURCE_DATE_EPOCH");
  else setenv("SOURCE_DATE_EPOCH", saved.c_str(), 1);
}
