// Matching the people covered now with an earlier run's credentials: every change and reason.
#include <catch2/catch.hpp>

#include "certify/certificate_plan.hpp"
#include "certify_fixture.hpp"

using namespace hocvu;
using namespace hocvu::test;

namespace {

Day date(int y, unsigned m, unsigned d) { return day_from_civil(y, m, d); }

struct PlanFixture {
  Framework framework = badge_framework();
  BadgeSetup setup = badge_setup(framework);
  Roster roster;
  PeopleCoverage people;
  PreviousState previous;

  PlanFixture() {
    for (const char* id : {"P1", "P2", "P3", "P4", "P5"}) {
      RosterPerson row;
      row.id = id;
      roster.people.push_back(row);
    }
    people.standing = {Standing::covered, Standing::not_covered, Standing::not_in_headcount, Standing::not_placed,
                       Standing::covered};
    CoveredPerson p5 = badge_person();
    p5.id = "P5";
    p5.row = 4;
    people.covered = {badge_person(), p5};
    previous.as_of = date(2026, 2, 1);
  }

  std::string id_of(const std::string& person, unsigned generation = 1) const {
    return credential_id(kDid, person, achievement_id(framework, "r1", "TC"), generation);
  }

  // An earlier credential: `same_as` a covered person's content now, or some other content.
  void add_previous(const std::string& id, const std::string& person, size_t index,
                    std::optional<Day> valid_until = date(2026, 12, 31), bool revoked = false,
                    const CoveredPerson* same_as = nullptr) {
    PreviousCredential credential;
    credential.id = id;
    credential.person = person;
    credential.date = date(2026, 1, 2);
    credential.exam = "e1";
    credential.valid_until = valid_until;
    credential.index = index;
    credential.revoked = revoked;
    credential.digest = same_as != nullptr ? content_digest(open_badge_credential(*same_as, setup, id, index)) : "other";
    previous.credentials.push_back(credential);
  }

  std::vector<PlannedCertificate> plan(bool with_previous = true) {
    return plan_certificates({people, roster, with_previous ? &previous : nullptr, setup, date(2026, 2, 20)});
  }
};

}  // namespace

TEST_CASE("certificate plan: a first run issues in roster order from index 0", "[certify]") {
  PlanFixture f;
  std::vector<PlannedCertificate> plan = f.plan(false);
  REQUIRE(plan.size() == 2);
  CHECK((plan[0].id == f.id_of("P1") && plan[0].index == 0 && plan[0].change == Change::issued));
  CHECK((plan[1].id == f.id_of("P5") && plan[1].index == 1 && plan[1].sign()));
  CHECK(plan[0].reason == "a pass on exam e1 of 2026-02-05 (s1/scores.csv:4)");
  CHECK((plan[0].person == "P1" && plan[0].unit == "U1" && plan[0].role == "r1" && plan[0].level == "TC"));
  CHECK((plan[0].date == date(2026, 2, 5) && plan[0].valid_until == date(2026, 3, 7)));
  CHECK(plan[0].status == CertificateStatus::active);
}

TEST_CASE("certificate plan: ids and indexes kept, what lost its pass revoked, with reasons", "[certify]") {
  PlanFixture f;
  f.add_previous(f.id_of("P1"), "P1", 0, date(2026, 3, 7), false, &f.people.covered[0]);  // the same content
  f.add_previous("urn:uuid:p2", "P2", 1);
  f.add_previous("urn:uuid:p3", "P3", 5);
  f.add_previous("urn:uuid:p4", "P4", 2);
  f.add_previous("urn:uuid:p9", "P9", 3);                          // no longer on the roster
  f.add_previous("urn:uuid:p6", "P6", 4, date(2026, 2, 10));       // expired since the earlier run
  f.add_previous("urn:uuid:p7", "P7", 8, date(2026, 1, 15));       // expired before it
  f.add_previous(f.id_of("P5"), "P5", 6, date(2026, 12, 31), true);  // revoked earlier
  std::vector<PlannedCertificate> plan = f.plan();
  REQUIRE(plan.size() == 9);
  CHECK((plan[0].change == Change::unchanged && !plan[0].sign() && plan[0].previous == &f.previous.credentials[0]));
  CHECK(plan[0].reason == "the same pass: exam e1 of 2026-02-05 (s1/scores.csv:4)");
  CHECK((plan[1].change == Change::revoked && plan[1].status == CertificateStatus::revoked && plan[1].index == 1));
  CHECK(plan[1].reason ==
        "no qualifying pass covers the person on 2026-02-20: the pass it was issued for is no longer in the results");
  // Only results revoke: who left, cannot be placed or is off the roster keeps a valid certificate.
  const std::string kept = "; the certificate stays valid (it says what was passed, not where one works)";
  for (size_t i : {2, 3, 4}) CHECK((plan[i].change == Change::unchanged && plan[i].status == CertificateStatus::active));
  CHECK(plan[2].reason == "not in the headcount on 2026-02-20 (left, or starts later)" + kept);
  CHECK(plan[3].reason == "the person's unit or role on the roster cannot be placed (see problems.csv)" + kept);
  CHECK(plan[4].reason == "the person id is no longer on the roster" + kept);
  CHECK((plan[5].change == Change::expired && plan[5].status == CertificateStatus::expired));
  CHECK(plan[5].reason == "its validity ended on 2026-02-10 and no new pass renews it");
  CHECK((plan[6].change == Change::unchanged && plan[6].status == CertificateStatus::expired));
  CHECK((plan[7].change == Change::unchanged && plan[7].status == CertificateStatus::revoked));
  CHECK(plan[7].reason == "revoked by an earlier run");
  // Revocation is final: P5, covered again, gets the next generation of the id and the next index.
  CHECK((plan[8].id == f.id_of("P5", 2) && plan[8].index == 9 && plan[8].change == Change::issued));
}

TEST_CASE("certificate plan: a newer pass renews with the same id and index", "[certify]") {
  PlanFixture f;
  f.add_previous(f.id_of("P1"), "P1", 3);  // other content, an older pass
  std::vector<PlannedCertificate> plan = f.plan();
  REQUIRE(plan.size() == 2);
  CHECK((plan[0].id == f.id_of("P1") && plan[0].index == 3 && plan[0].change == Change::renewed && plan[0].sign()));
  CHECK(plan[0].reason == "re-signed for a newer pass: exam e1 of 2026-02-05 (s1/scores.csv:4)");
  CHECK((plan[1].id == f.id_of("P5") && plan[1].index == 4));
  f.previous.credentials[0].date = date(2026, 2, 5);  // the same pass, other details
  CHECK(f.plan()[0].reason == "re-signed: the person's, unit's or issuer's details changed");
}

TEST_CASE("certificate plan: a credential for another role or level stays valid beside the new one", "[certify]") {
  PlanFixture f;
  f.add_previous("urn:uuid:old-role", "P1", 0);
  std::vector<PlannedCertificate> plan = f.plan();
  REQUIRE(plan.size() == 3);
  CHECK((plan[0].change == Change::unchanged && plan[0].status == CertificateStatus::active));
  CHECK(plan[0].reason == f.id_of("P1") + " now certifies the person (a new role or level); this one stays valid");
  CHECK((plan[1].id == f.id_of("P1") && plan[1].index == 1 && plan[2].index == 2));
}
