#pragma once
// The files of a certify run, from its plan: the credential lines (signed anew, or copied from
// the earlier run byte for byte), the two CSV tables and the status list.
#include <string>
#include <vector>

#include "certify/certificate_plan.hpp"
#include "certify/status_credential.hpp"
#include "credential/keys.hpp"

namespace hocvu {

class OutputFolder;

struct SigningSetup {
  const BadgeSetup& badge;
  const KeyPair& key;
  Day as_of = 0;  // the proofs' `created`, 00:00:00Z: the same inputs give the same bytes
};

// certificate_id,person_id,unit_id,role_id,level,date,exam,status,valid_until,status_index
std::string credentials_csv(const std::vector<PlannedCertificate>& plan);
// change,certificate_id,person_id,status_index,reason
std::string changes_csv(const std::vector<PlannedCertificate>& plan);

// The earlier list (or an empty one of the minimum size) with every revoked certificate's bit
// set, grown to the highest index when needed.
Bytes status_bits_for(const std::vector<PlannedCertificate>& plan, const PreviousState* previous);

// The signed status list credential, as written (two-space indent, final newline).
std::string status_json(const Bytes& bits, const std::string& url, const SigningSetup& signing);

// credentials.jsonl into the folder, streamed: each planned certificate's line, signed anew (on
// `threads` threads, 0: one per core) or read back from the earlier run's file.
void write_credential_lines(OutputFolder& out, const std::vector<PlannedCertificate>& plan,
                            const PreviousState* previous, const SigningSetup& signing, unsigned threads);

}  // namespace hocvu
