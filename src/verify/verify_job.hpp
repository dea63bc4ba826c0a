#pragma once
// The verify job: credentials written by `hocvu certify` (credentials.jsonl, status.json, or the
// folder holding them), each checked against the issuer's public key. From files to a list of
// problems and counts; the executable prints them.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "text/date.hpp"

namespace hocvu {

struct VerifyRequest {
  std::string public_key;           // issuer.pub.json (or a Multikey / DID document)
  std::vector<std::string> inputs;  // .jsonl, .json, or folders written by certify
  std::optional<Day> as_of;         // default: today or SOURCE_DATE_EPOCH's day
};

struct VerifyProblem {
  std::string file;
  uint64_t line = 0;
  uint64_t column = 0;  // 0 when it means nothing (the credential as a whole)
  std::string id;       // the credential's id, empty when it has none or is not JSON
  std::string reason;   // stable code (see credential_checks.hpp)
  std::string message;
};

struct VerifyOutcome {
  Day as_of = 0;
  std::string issuer;              // the did:key of the key given
  uint64_t checked = 0;            // credentials (status lists included) and unreadable lines
  uint64_t verified = 0;
  uint64_t failed = 0;
  std::map<std::string, uint64_t> failed_by_reason;  // each failed credential under its first reason
  std::vector<VerifyProblem> problems;  // status lists first, then file by file in line order; at most kMaxVerifyProblems
  uint64_t problems_left_out = 0;
};

constexpr size_t kMaxVerifyProblems = 10000;

// Throws FatalError when the key cannot be read, an input is missing or not one verify reads.
VerifyOutcome run_verify_job(const VerifyRequest& request);

}  // namespace hocvu
