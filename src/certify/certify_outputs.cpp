// The files of a certify run (certify_outputs.hpp).
#include "certify/certify_outputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <memory>

#include "credential/data_integrity.hpp"
#include "i18n/interface.hpp"
#include "io/error.hpp"
#include "io/file.hpp"
#include "io/output_folder.hpp"
#include "load/parallel_for.hpp"
#include "text/csv.hpp"

namespace hocvu {

namespace {

constexpr mode_t kPersonalMode = 0600;  // names and person ids

void append_row(std::string& out, std::initializer_list<std::string_view> cells) {
  bool first = true;
  for (std::string_view cell : cells) {
    if (!first) out += ',';
    append_csv_field(out, cell);
    first = false;
  }
  out += '\n';
}

std::string sign_line(const PlannedCertificate& planned, const SigningSetup& signing) {
  nlohmann::json credential = open_badge_credential(*planned.current, signing.badge, planned.id, planned.index);
  ProofOptions options;
  options.verification_method = did_key_method(signing.key.public_key);
  options.created = date_time_text(signing.as_of);
  return add_proof(credential, signing.key, options).dump() + "\n";
}

// The earlier run's lines, read back by position.
class PreviousLines {
 public:
  explicit PreviousLines(const PreviousState* previous) : previous_(previous) {}
  std::string line(const PreviousCredential& credential) {
    if (!in_) in_ = std::make_unique<std::ifstream>(previous_->credentials_path, std::ios::binary);
    std::string text(credential.length, '\0');
    in_->seekg(static_cast<std::streamoff>(credential.offset));
    in_->read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!*in_) throw FatalError(ui_format("certify.previous.changed", fmt::arg("path", previous_->credentials_path)));
    return text + "\n";
  }

 private:
  const PreviousState* previous_;
  std::unique_ptr<std::ifstream> in_;
};

}  // namespace

std::string credentials_csv(const std::vector<PlannedCertificate>& plan) {
  std::string out;
  append_row(out, {"certificate_id", "person_id", "unit_id", "role_id", "level", "date", "exam", "status",
                   "valid_until", "status_index"});
  for (const PlannedCertificate& c : plan) {
    append_row(out, {c.id, c.person, c.unit, c.role, c.level, format_date(c.date), c.exam, status_text(c.status),
                     c.valid_until ? format_date(*c.valid_until) : "", std::to_string(c.index)});
  }
  return out;
}

std::string changes_csv(const std::vector<PlannedCertificate>& plan) {
  std::string out;
  append_row(out, {"change", "certificate_id", "person_id", "status_index", "reason"});
  for (const PlannedCertificate& c : plan) {
    append_row(out, {change_text(c.change), c.id, c.person, std::to_string(c.index), c.reason});
  }
  return out;
}

Bytes status_bits_for(const std::vector<PlannedCertificate>& plan, const PreviousState* previous) {
  Bytes bits = previous != nullptr ? previous->bits : empty_status_bits();
  for (const PlannedCertificate& c : plan) {
    if (c.status == CertificateStatus::revoked || c.index / 8 >= bits.size()) {
      set_status_bit(bits, c.index, c.status == CertificateStatus::revoked);
    }
  }
  return bits;
}

std::string status_json(const Bytes& bits, const std::string& url, const SigningSetup& signing) {
  StatusListSetup setup{url, signing.badge.issuer_did, signing.as_of};
  ProofOptions options;
  options.verification_method = did_key_method(signing.key.public_key);
  options.created = date_time_text(signing.as_of);
  return add_proof(status_list_credential(bits, setup), signing.key, options).dump(2) + "\n";
}

// Signing is most of a run and every credential is independent: each chunk of the plan is signed
// on every thread, then written in plan order (the bytes do not depend on the threads).
void write_credential_lines(OutputFolder& out, const std::vector<PlannedCertificate>& plan,
                            const PreviousState* previous, const SigningSetup& signing, unsigned threads) {
  constexpr size_t kChunk = 4096;
  AtomicFile file(out.path_for("credentials.jsonl"), kPersonalMode);
  PreviousLines earlier(previous);
  std::vector<std::string> signed_lines;
  for (size_t begin = 0; begin < plan.size(); begin += kChunk) {
    size_t count = std::min(kChunk, plan.size() - begin);
    signed_lines.assign(count, std::string());
    parallel_for(count, thread_count(threads), [&](size_t i) {
      if (plan[begin + i].sign()) signed_lines[i] = sign_line(plan[begin + i], signing);
    });
    std::string batch;
    for (size_t i = 0; i < count; ++i) {
      const PlannedCertificate& c = plan[begin + i];
      batch += c.sign() ? signed_lines[i] : earlier.line(*c.previous);
    }
    file.write(batch);
  }
  file.commit();
}

}  // namespace hocvu
