#pragma once
// A folder written by an earlier `hocvu certify` (--previous): its credentials and status list,
// checked against the issuer's key before anything in them is trusted. Only what the next run
// needs is kept per credential (ids, index, what the CSV lists, a digest of the unsigned
// content, where its line is), so a large folder is not held in memory.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "certify/status_credential.hpp"
#include "credential/keys.hpp"
#include "text/date.hpp"

namespace hocvu {

struct PreviousCredential {
  std::string id;
  std::string person;       // the sourcedId identifier
  std::string achievement;  // achievement id
  std::string unit, role, level, exam;  // unit.id, humanCode's role and level, evidence name
  Day date = 0;             // validFrom
  std::optional<Day> valid_until;
  size_t index = 0;         // statusListIndex
  bool revoked = false;     // its bit in the previous status list
  std::string digest;       // content_digest
  uint64_t line = 0;        // in credentials.jsonl
  uint64_t offset = 0, length = 0;  // the line's bytes (without its newline)
};

struct PreviousState {
  std::string folder;
  std::string credentials_path;  // folder/credentials.jsonl
  std::string status_url;        // the status list's id
  Day as_of = 0;                 // the status list's validFrom: the earlier run's as-of date
  Bytes bits;                    // its status list
  std::vector<PreviousCredential> credentials;  // in file order
};

// SHA-256 (hex) of the JCS canonical form of `credential` without its proof: equal digests mean
// the same signed content.
std::string content_digest(nlohmann::json credential);

// Throws FatalError, naming the file and line, when the folder has no credentials.jsonl or
// status.json, a line is not a credential hocvu wrote, a proof does not verify with `key` (an
// altered file, or another issuer's folder), two credentials share an id or an index, or an
// index is beyond the list.
PreviousState read_previous_state(const std::string& folder, const PublicKey& key);

}  // namespace hocvu
