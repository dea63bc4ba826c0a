#pragma once
// What a certify run writes, certificate by certificate: the people covered now, matched with
// the credentials of an earlier run (--previous) by credential id.
//
//   issued     covered, no earlier credential: a new id (UUIDv5) and the next free status index
//   renewed    covered, the earlier credential's content changed (a newer pass, a new name, ...):
//              re-signed with the same id and index
//   unchanged  covered and the same content (the earlier line is kept byte for byte), or revoked
//              or expired already, or its person left, is off the roster, cannot be placed or holds
//              a credential for a new role or level (still true: kept valid, with the reason)
//   expired    an earlier credential whose validUntil has passed and that nothing renews: kept,
//              not revoked (its own validUntil already tells verifiers)
//   revoked    an earlier credential of a person of the headcount whom no qualifying pass covers
//              on the as-of date (a regrade turned the pass into a fail, the results are gone):
//              its bit is set, the credential stays in the files with status revoked
// Revocation is final (Bitstring Status List): a person certified again after a revocation gets
// a new credential (the next generation of the id) and a new index. Nothing issued is dropped.
#include <cstdint>
#include <string>
#include <vector>

#include "certify/open_badge.hpp"
#include "certify/previous_state.hpp"
#include "report/coverage.hpp"
#include "report/roster.hpp"

namespace hocvu {

enum class Change : uint8_t { issued, renewed, unchanged, expired, revoked };
enum class CertificateStatus : uint8_t { active, expired, revoked };
const char* change_text(Change change);
const char* status_text(CertificateStatus status);

struct PlannedCertificate {
  std::string id;
  std::string person, unit, role, level, exam;
  Day date = 0;
  std::optional<Day> valid_until;
  size_t index = 0;
  CertificateStatus status = CertificateStatus::active;
  Change change = Change::issued;
  std::string reason;
  const CoveredPerson* current = nullptr;         // signed anew when issued or renewed
  const PreviousCredential* previous = nullptr;   // else its line is copied
  bool sign() const { return change == Change::issued || change == Change::renewed; }
};

struct PlanInput {
  const PeopleCoverage& people;
  const Roster& roster;
  const PreviousState* previous = nullptr;  // none without --previous
  const BadgeSetup& setup;
  Day as_of = 0;
};

// In status index order: the earlier credentials in their order, then new ones in roster order.
std::vector<PlannedCertificate> plan_certificates(const PlanInput& input);

}  // namespace hocvu
