// Tests of src/verify/verify_job.cpp on files: inputs, status lists from several files, huge lines.
#include "verify/verify_job.hpp"

#include <catch2/catch.hpp>

#include "credential/data_integrity.hpp"
#include "credential/key_files.hpp"
#include "credential/status_list.hpp"
#include "io/error.hpp"
#include "scratch_folder.hpp"

using nlohmann::json;

namespace {

const char kList[] = "https://example.org/status/7";

hocvu::KeyPair job_pair() {
  std::array<uint8_t, 32> seed{};
  seed.fill(4);
  return hocvu::key_pair_from_seed(seed);
}

json signed_doc(json doc) {
  const auto pair = job_pair();
  return hocvu::add_proof(doc, pair, {hocvu::did_key_method(pair.public_key), "", "assertionMethod"});
}

std::string credential_line(int index) {
  return signed_doc({{"id", "urn:c" + std::to_string(index)},
                     {"issuer", hocvu::did_key(job_pair().public_key)},
                     {"credentialStatus", {{"type", "BitstringStatusListEntry"}, {"statusPurpose", "revocation"},
                                           {"statusListIndex", std::to_string(index)}, {"statusListCredential", kList}}}})
             .dump() + "\n";
}

std::string status_list(const std::vector<uint64_t>& revoked) {
  hocvu::Bytes bits = hocvu::empty_status_bits();
  for (uint64_t index : revoked) hocvu::set_status_bit(bits, index, true);
  return signed_doc({{"id", kList},
                     {"type", {"VerifiableCredential", "BitstringStatusListCredential"}},
                     {"issuer", hocvu::did_key(job_pair().public_key)},
                     {"credentialSubject", {{"type", "BitstringStatusList"}, {"statusPurpose", "revocation"},
                                            {"encodedList", hocvu::encode_status_list(bits)}}}})
      .dump();
}

hocvu::VerifyRequest request_for(const hocvu::test::ScratchFolder& folder, std::vector<std::string> inputs) {
  hocvu::VerifyRequest request;
  request.public_key = folder.add("issuer.pub.json", hocvu::public_key_document(job_pair().public_key));
  request.inputs = std::move(inputs);
  request.as_of = hocvu::day_from_civil(2026, 12, 15);
  return request;
}

}  // namespace

TEST_CASE("verify job: a folder's credentials.jsonl and status.json", "[verify_job]") {
  hocvu::test::ScratchFolder folder;
  folder.add("out/credentials.jsonl", credential_line(0) + credential_line(1));
  folder.add("out/status.json", status_list({1}));
  const auto outcome = hocvu::run_verify_job(request_for(folder, {folder.path("out")}));
  CHECK(outcome.checked == 3);
  CHECK(outcome.verified == 2);
  REQUIRE(outcome.problems.size() == 1);
  CHECK(outcome.problems[0].line == 2);
  CHECK(outcome.problems[0].id == "urn:c1");
  CHECK(outcome.problems[0].reason == "revoked");
}

TEST_CASE("verify job: a bit set in any trusted copy of a status list counts", "[verify_job]") {
  hocvu::test::ScratchFolder folder;
  folder.add("new/credentials.jsonl", credential_line(0) + credential_line(1));
  folder.add("new/status.json", status_list({}));
  folder.add("old.json", status_list({0}));
  const auto outcome = hocvu::run_verify_job(request_for(folder, {folder.path("new"), folder.path("old.json")}));
  CHECK(outcome.verified == 3);  // two lists and line 2
  REQUIRE(outcome.problems.size() == 1);
  CHECK(outcome.problems[0].id == "urn:c0");
  CHECK(outcome.problems[0].reason == "revoked");
}

TEST_CASE("verify job: a line over 1 MiB is a problem and the next line is read", "[verify_job]") {
  hocvu::test::ScratchFolder folder;
  const std::string huge = "{\"id\": \"" + std::string(2 * 1024 * 1024, 'x') + "\"}\n";
  folder.add("status.json", status_list({}));
  folder.add("c.jsonl", credential_line(0) + huge + credential_line(1));
  const auto outcome = hocvu::run_verify_job(request_for(folder, {folder.path("c.jsonl")}));
  CHECK(outcome.verified == 3);
  REQUIRE(outcome.problems.size() == 1);
  CHECK(outcome.problems[0].line == 2);
  CHECK(outcome.problems[0].reason == "too-long");
  CHECK(outcome.problems[0].message == "the line is 2097162 bytes, more than the 1048576 a credential may take");
}

TEST_CASE("verify job: what cannot be verified stops the run", "[verify_job]") {
  hocvu::test::ScratchFolder folder;
  CHECK_THROWS_AS(hocvu::run_verify_job(request_for(folder, {folder.path("missing.jsonl")})), hocvu::FatalError);
  CHECK_THROWS_WITH(hocvu::run_verify_job(request_for(folder, {folder.path("")})),
                    Catch::Contains("no credentials.jsonl or status.json in this folder"));
  CHECK_THROWS_WITH(hocvu::run_verify_job(request_for(folder, {})), Catch::Contains("give the credentials to verify"));
}
