// Matching the people covered now with an earlier run's credentials (certificate_plan.hpp).
#include "certify/certificate_plan.hpp"

#include <fmt/format.h>

#include <optional>
#include <unordered_map>

#include "i18n/interface.hpp"
#include "load/parallel_for.hpp"

namespace hocvu {

const char* change_text(Change change) {
  switch (change) {
    case Change::issued: return "issued";
    case Change::renewed: return "renewed";
    case Change::unchanged: return "unchanged";
    case Change::expired: return "expired";
    case Change::revoked: return "revoked";
  }
  return "";
}

const char* status_text(CertificateStatus status) {
  switch (status) {
    case CertificateStatus::active: return "active";
    case CertificateStatus::expired: return "expired";
    case CertificateStatus::revoked: return "revoked";
  }
  return "";
}

namespace {

std::string pass_text(const CoveringPass& pass) {
  return ui_format("certify.plan.pass", fmt::arg("exam", pass.exam), fmt::arg("date", format_date(pass.date)),
                   fmt::arg("file", pass.scores_path), fmt::arg("line", pass.line));
}

class Planner {
 public:
  explicit Planner(const PlanInput& input) : in_(input) {
    for (size_t row = 0; row < input.roster.people.size(); ++row) row_by_id_.emplace(input.roster.people[row].id, row);
    if (input.previous != nullptr) {
      for (const PreviousCredential& credential : input.previous->credentials) {
        previous_by_id_.emplace(credential.id, &credential);
        next_index_ = std::max(next_index_, credential.index + 1);
      }
    }
  }

  std::vector<PlannedCertificate> plan() {
    for (const CoveredPerson& person : in_.people.covered) id_of_person_.emplace(person.id, current_id(person));
    std::unordered_map<std::string, const CoveredPerson*> current_by_id;
    for (const CoveredPerson& person : in_.people.covered) current_by_id.emplace(id_of_person_.at(person.id), &person);
    std::vector<PlannedCertificate> plan;
    if (in_.previous != nullptr) {
      const std::vector<PreviousCredential>& earlier = in_.previous->credentials;
      std::vector<const CoveredPerson*> now(earlier.size(), nullptr);
      for (size_t i = 0; i < earlier.size(); ++i) {
        auto current = current_by_id.find(earlier[i].id);
        if (current == current_by_id.end()) continue;
        now[i] = current->second;
        current_by_id.erase(current);
      }
      std::vector<std::string> digests = digests_now(earlier, now);
      for (size_t i = 0; i < earlier.size(); ++i) {
        plan.push_back(now[i] != nullptr ? carried(earlier[i], *now[i], digests[i]) : left_over(earlier[i]));
      }
    }
    for (const CoveredPerson& person : in_.people.covered) {
      if (current_by_id.count(id_of_person_.at(person.id)) > 0) plan.push_back(issued(person));
    }
    return plan;
  }

 private:
  // The id of a person's credential now: the next generation after a revoked one.
  std::string current_id(const CoveredPerson& person) const {
    std::string achievement = achievement_id(*in_.setup.framework, person.role_id, person.pass.level);
    for (unsigned generation = 1;; ++generation) {
      std::string id = credential_id(in_.setup.issuer_did, person.id, achievement, generation);
      auto previous = previous_by_id_.find(id);
      if (previous == previous_by_id_.end() || !previous->second->revoked) return id;
    }
  }

  static PlannedCertificate from_person(const CoveredPerson& person, std::string id, size_t index) {
    PlannedCertificate planned;
    planned.id = std::move(id);
    planned.person = person.id;
    planned.unit = person.unit_id;
    planned.role = person.role_id;
    planned.level = person.pass.level;
    planned.exam = person.pass.exam;
    planned.date = person.pass.date;
    planned.valid_until = person.valid_until;
    planned.index = index;
    planned.current = &person;
    return planned;
  }

  static PlannedCertificate from_previous(const PreviousCredential& previous) {
    PlannedCertificate planned;
    planned.id = previous.id;
    planned.person = previous.person;
    planned.unit = previous.unit;
    planned.role = previous.role;
    planned.level = previous.level;
    planned.exam = previous.exam;
    planned.date = previous.date;
    planned.valid_until = previous.valid_until;
    planned.index = previous.index;
    planned.previous = &previous;
    return planned;
  }

  PlannedCertificate issued(const CoveredPerson& person) {
    PlannedCertificate planned = from_person(person, id_of_person_.at(person.id), next_index_++);
    planned.change = Change::issued;
    planned.reason = ui_format("certify.plan.issued", fmt::arg("pass", pass_text(person.pass)));
    return planned;
  }

  // What each earlier credential that someone still holds would say now (content_digest), built
  // on every core: on a rerun this is most of the work.
  std::vector<std::string> digests_now(const std::vector<PreviousCredential>& earlier,
                                       const std::vector<const CoveredPerson*>& now) const {
    std::vector<std::string> digests(earlier.size());
    parallel_for(earlier.size(), thread_count(0), [&](size_t i) {
      if (now[i] == nullptr) return;
      digests[i] = content_digest(open_badge_credential(*now[i], in_.setup, earlier[i].id, earlier[i].index));
    });
    return digests;
  }

  // A covered person with an earlier credential of the same id: kept if nothing changed.
  PlannedCertificate carried(const PreviousCredential& previous, const CoveredPerson& person,
                             const std::string& digest_now) const {
    if (digest_now == previous.digest) {
      PlannedCertificate planned = from_previous(previous);
      planned.change = Change::unchanged;
      planned.reason = ui_format("certify.plan.unchanged", fmt::arg("pass", pass_text(person.pass)));
      return planned;
    }
    PlannedCertificate planned = from_person(person, previous.id, previous.index);
    planned.change = Change::renewed;
    bool new_pass = previous.date != person.pass.date || previous.exam != person.pass.exam;
    planned.reason = new_pass ? ui_format("certify.plan.renewed_new_pass", fmt::arg("pass", pass_text(person.pass)))
                              : std::string(ui_text("certify.plan.renewed_details"));
    return planned;
  }

  // An earlier credential no one covered now has the id of.
  PlannedCertificate left_over(const PreviousCredential& previous) const {
    PlannedCertificate planned = from_previous(previous);
    if (previous.revoked) {
      planned.status = CertificateStatus::revoked;
      planned.change = Change::unchanged;
      planned.reason = ui_text("certify.plan.revoked_earlier");
    } else if (previous.valid_until && *previous.valid_until <= in_.as_of) {
      planned.status = CertificateStatus::expired;
      bool before = *previous.valid_until <= in_.previous->as_of;
      planned.change = before ? Change::unchanged : Change::expired;
      planned.reason = ui_format("certify.plan.expired", fmt::arg("date", format_date(*previous.valid_until)));
    } else if (std::optional<std::string> kept = kept_reason(previous)) {
      planned.change = Change::unchanged;
      planned.reason = *kept;
    } else {
      planned.status = CertificateStatus::revoked;
      planned.change = Change::revoked;
      planned.reason = ui_format("certify.plan.revoked", fmt::arg("date", format_date(in_.as_of)));
    }
    return planned;
  }

  // Why an earlier credential that no current pass renews stays valid, or nothing when its pass is
  // gone (revoked). Only results revoke: a person who left, moved beyond the unit tree or took a
  // new role still passed what the certificate says they passed (the coverage rule does not look
  // at their results then, so a regrade of someone who left is not seen; keep them on the roster).
  std::optional<std::string> kept_reason(const PreviousCredential& previous) const {
    auto row = row_by_id_.find(previous.person);
    if (row == row_by_id_.end()) return std::string(ui_text("certify.plan.kept_off_roster"));
    switch (in_.people.standing[row->second]) {
      case Standing::not_placed: return std::string(ui_text("certify.plan.kept_not_placed"));
      case Standing::not_in_headcount:
        return ui_format("certify.plan.kept_not_in_headcount", fmt::arg("date", format_date(in_.as_of)));
      case Standing::not_covered: return std::nullopt;
      case Standing::covered: break;
    }
    auto now = id_of_person_.find(previous.person);
    return ui_format("certify.plan.kept_superseded",
                     fmt::arg("id", now != id_of_person_.end() ? now->second : ui_text("certify.plan.another_credential")));
  }

  const PlanInput& in_;
  std::unordered_map<std::string, size_t> row_by_id_;  // the first row of each id
  std::unordered_map<std::string, const PreviousCredential*> previous_by_id_;
  std::unordered_map<std::string, std::string> id_of_person_;  // covered person -> credential id now
  size_t next_index_ = 0;
};

}  // namespace

std::vector<PlannedCertificate> plan_certificates(const PlanInput& input) { return Planner(input).plan(); }

}  // namespace hocvu
