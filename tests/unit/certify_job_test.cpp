// The certify job on the report's fixture: every credential and the status list verify with the
// issuer's key, reruns are byte-identical, and an earlier folder that was altered is refused.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "certify/certify_job.hpp"
#include "certify/previous_state.hpp"
#include "credential/data_integrity.hpp"
#include "credential/key_files.hpp"
#include "io/error.hpp"
#include "scratch_folder.hpp"

using namespace hocvu;
using hocvu::test::ScratchFolder;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

CertifyRequest fixture_request(const ScratchFolder& scratch, const std::string& out) {
  std::string data = std::string(HOCVU_SOURCE_DIR) + "/tests/report/data/";
  std::string key = scratch.add("issuer.key", slurp(std::string(HOCVU_SOURCE_DIR) + "/tests/certify/issuer.key"));
  ::chmod(key.c_str(), 0600);  // git keeps only the x bit
  CertifyRequest request;
  request.inputs.roster = data + "roster.csv";
  request.inputs.results = {data + "results/s1", data + "results/s2"};
  request.inputs.data = {std::string(HOCVU_SOURCE_DIR) + "/framework"};
  request.inputs.units = data + "units.yaml";
  request.inputs.targets = data + "targets.yaml";
  request.key = key;
  request.out = scratch.path(out);
  request.as_of = day_from_civil(2026, 11, 15);
  return request;
}

}  // namespace

TEST_CASE("certify job: what it writes verifies with the issuer's key", "[certify]") {
  ScratchFolder scratch;
  CertifyRequest request = fixture_request(scratch, "a");
  request.threads = 1;
  CertifyOutcome outcome = run_certify_job(request);
  REQUIRE(outcome.written);
  CHECK((outcome.issued == 3 && outcome.active == 3 && outcome.problems == 7));
  PublicKey key = read_public_key_file(std::string(HOCVU_SOURCE_DIR) + "/tests/certify/issuer.pub.json");
  std::istringstream lines(slurp(scratch.path("a/credentials.jsonl")));
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    CHECK(verify_proof(nlohmann::json::parse(line), key) == ProofCheck::valid);
    ++count;
  }
  CHECK(count == 3);
  CHECK(verify_proof(nlohmann::json::parse(slurp(scratch.path("a/status.json"))), key) == ProofCheck::valid);
  CHECK(slurp(scratch.path("a/credentials.jsonl")).find("001000000001") == std::string::npos);
  // The same inputs and date: the same bytes, signed on one thread or on three.
  request.out = scratch.path("b");
  request.threads = 3;
  run_certify_job(request);
  for (const char* name : {"credentials.jsonl", "credentials.csv", "changes.csv", "status.json", "problems.csv"}) {
    CHECK(slurp(scratch.path(std::string("a/") + name)) == slurp(scratch.path(std::string("b/") + name)));
  }
}

TEST_CASE("certify job: an earlier folder is read back, and refused once altered", "[certify]") {
  ScratchFolder scratch;
  CertifyRequest request = fixture_request(scratch, "a");
  run_certify_job(request);
  PublicKey key = read_public_key_file(std::string(HOCVU_SOURCE_DIR) + "/tests/certify/issuer.pub.json");
  PreviousState state = read_previous_state(scratch.path("a"), key);
  REQUIRE(state.credentials.size() == 3);
  const PreviousCredential& first = state.credentials[0];
  CHECK((first.person == "A01" && first.unit == "QH-UBKHCNMT" && first.role == "dbqh" && first.level == "CB"));
  CHECK((first.exam == "dbqh" && first.date == day_from_civil(2025, 11, 20) && first.index == 0 && !first.revoked));
  CHECK(first.valid_until == day_from_civil(2026, 11, 20));
  CHECK((first.line == 1 && first.offset == 0 && state.credentials[1].offset == first.length + 1));
  CHECK((state.as_of == day_from_civil(2026, 11, 15) && state.bits.size() == 16384));
  request.previous = scratch.path("a");
  request.out = scratch.path("a");
  CHECK_THROWS_AS(run_certify_job(request), FatalError);  // --out onto --previous
  std::string text = slurp(scratch.path("a/credentials.jsonl"));
  text.replace(text.find("Nguyễn Văn An"), 3, "Ngo");
  scratch.add("a/credentials.jsonl", text);
  CHECK_THROWS_WITH(read_previous_state(scratch.path("a"), key),
                    Catch::Contains("credentials.jsonl:1: ") && Catch::Contains("give the folder an earlier hocvu certify"));
}
