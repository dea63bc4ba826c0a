// Writes a small, fixed set of credentials signed with the library (fixed seeds, so the bytes
// never change) for the end-to-end cases of hocvu verify and for the independent Node verifier:
//   FOLDER/issuer.pub.json            the issuer's public key (seed 0x01 x 32)
//   FOLDER/good/credentials.jsonl     three credentials valid on 2026-12-15, none revoked
//   FOLDER/good/status.json           their status list (no bit set)
//   FOLDER/bad/credentials.jsonl      one valid, then one of each failure (see kBadCases)
//   FOLDER/bad/status.json            its status list: the bit of line 2 set (revoked)
// tests/credential/sample/ holds the output; CTest credential.sample_up_to_date checks it.
#include <array>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "credential/data_integrity.hpp"
#include "credential/key_files.hpp"
#include "credential/status_list.hpp"
#include "credential/uuid.hpp"
#include "io/file.hpp"

namespace {

using Json = nlohmann::json;

hocvu::KeyPair pair_of(uint8_t fill) {
  std::array<uint8_t, 32> seed{};
  seed.fill(fill);
  return hocvu::key_pair_from_seed(seed);
}

struct Person {
  std::string id;
  std::string name;
  double score;
};

const std::vector<Person> kPeople = {{"QH-0001", "Nguyễn Văn An", 0.85},
                                     {"QH-0002", "Trần Thị Bình", 1},
                                     {"QH-0003", "Lê \"Cường\"\tPhạm", 0.000000123},
                                     {"QH-0004", "Đỗ Minh Dũng", 1e21},
                                     {"QH-0005", "Hoàng Thu Hà", 0.9},
                                     {"QH-0006", "Vũ Đức Giang", 0.7},
                                     {"QH-0007", "Phan Thanh Hải", 0.75},
                                     {"QH-0008", "Bùi Khánh Linh", 0.8},
                                     {"QH-0009", "Đặng Quốc Minh", 0.95}};

Json credential(const Person& person, const std::string& issuer, const std::string& list_url, size_t index) {
  return {{"@context", {"https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"}},
          {"id", hocvu::urn_uuid(hocvu::uuid_v5(hocvu::hocvu_namespace(), "sample/" + person.id))},
          {"type", {"VerifiableCredential", "OpenBadgeCredential"}},
          {"issuer", {{"id", issuer}, {"type", {"Profile"}}, {"name", "Văn phòng Quốc hội"}}},
          {"validFrom", "2026-12-01T00:00:00Z"},
          {"validUntil", "2028-12-01T00:00:00+07:00"},
          {"name", "Chứng nhận kỹ năng số – cơ bản"},
          {"credentialSubject",
           {{"type", {"AchievementSubject"}},
            {"name", person.name},
            {"score", person.score},
            // names that JCS orders by UTF-16 code units: U+1F600 before U+FB33
            {"ghi chú", {{"\U0001F600", "vui"}, {"\uFB33", "dalet"}, {"a", Json::array()}}},
            {"achievement", {{"id", "urn:hocvu:achievement:co-ban"}, {"type", {"Achievement"}}, {"name", "Cơ bản"}}}}},
          {"credentialStatus",
           {{"id", list_url + "#" + std::to_string(index)},
            {"type", "BitstringStatusListEntry"},
            {"statusPurpose", "revocation"},
            {"statusListIndex", std::to_string(index)},
            {"statusListCredential", list_url}}}};
}

hocvu::ProofOptions options_for(const hocvu::KeyPair& pair) {
  return {hocvu::did_key_method(pair.public_key), "2026-12-01T00:00:00Z", "assertionMethod"};
}

Json status_list(const hocvu::KeyPair& pair, const std::string& url, const std::vector<size_t>& revoked) {
  hocvu::Bytes bits = hocvu::empty_status_bits();
  for (size_t index : revoked) hocvu::set_status_bit(bits, index, true);
  const Json list = {{"@context", {"https://www.w3.org/ns/credentials/v2"}},
                     {"id", url},
                     {"type", {"VerifiableCredential", "BitstringStatusListCredential"}},
                     {"issuer", hocvu::did_key(pair.public_key)},
                     {"validFrom", "2026-12-01T00:00:00Z"},
                     {"credentialSubject", {{"id", url + "#list"}, {"type", "BitstringStatusList"},
                                            {"statusPurpose", "revocation"}, {"encodedList", hocvu::encode_status_list(bits)}}}};
  return hocvu::add_proof(list, pair, options_for(pair));
}

Json signed_credential(size_t index, const hocvu::KeyPair& pair, const std::string& url) {
  return hocvu::add_proof(credential(kPeople[index], hocvu::did_key(pair.public_key), url, index), pair, options_for(pair));
}

void write_lines(const std::string& path, const std::vector<Json>& credentials) {
  std::string text;
  for (const auto& c : credentials) text += c.dump() + "\n";
  hocvu::write_file_atomically(path, text);
}

void write_good(const std::string& folder, const hocvu::KeyPair& issuer) {
  const std::string url = "https://hocvu.quochoi.vn/status/sample-good";
  write_lines(folder + "/credentials.jsonl",
              {signed_credential(0, issuer, url), signed_credential(1, issuer, url), signed_credential(2, issuer, url)});
  hocvu::write_file_atomically(folder + "/status.json", status_list(issuer, url, {}).dump(2) + "\n");
}

// Line by line: valid; revoked; expired; altered after signing; signed by another key (and
// naming it); signed by another key while naming the issuer's (forged); not yet valid; another
// issuer named; line 1's proof copied onto another person's credential.
void write_bad(const std::string& folder, const hocvu::KeyPair& issuer, const hocvu::KeyPair& other) {
  const std::string url = "https://hocvu.quochoi.vn/status/sample-bad";
  std::vector<Json> lines;
  lines.push_back(signed_credential(0, issuer, url));
  lines.push_back(signed_credential(1, issuer, url));
  Json expired = credential(kPeople[2], hocvu::did_key(issuer.public_key), url, 2);
  expired["validUntil"] = "2026-12-10T00:00:00Z";
  lines.push_back(hocvu::add_proof(expired, issuer, options_for(issuer)));
  Json altered = signed_credential(3, issuer, url);
  altered["credentialSubject"]["name"] = "Đỗ Minh Dũng!";
  lines.push_back(altered);
  Json by_other = credential(kPeople[4], hocvu::did_key(other.public_key), url, 4);
  lines.push_back(hocvu::add_proof(by_other, other, options_for(other)));
  lines.push_back(hocvu::add_proof(credential(kPeople[5], hocvu::did_key(issuer.public_key), url, 5), other,
                                   options_for(issuer)));
  Json early = credential(kPeople[6], hocvu::did_key(issuer.public_key), url, 6);
  early["validFrom"] = "2027-01-01T00:00:00Z";
  lines.push_back(hocvu::add_proof(early, issuer, options_for(issuer)));
  lines.push_back(hocvu::add_proof(credential(kPeople[7], "did:web:example.org", url, 7), issuer, options_for(issuer)));
  Json copied = credential(kPeople[8], hocvu::did_key(issuer.public_key), url, 8);
  copied["proof"] = lines.front()["proof"];
  lines.push_back(copied);
  write_lines(folder + "/credentials.jsonl", lines);
  hocvu::write_file_atomically(folder + "/status.json", status_list(issuer, url, {1}).dump(2) + "\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: write_sample_credentials FOLDER\n";
    return 2;
  }
  const std::string folder = argv[1];
  try {
    const auto issuer = pair_of(1);
    std::filesystem::create_directories(folder + "/good");
    std::filesystem::create_directories(folder + "/bad");
    hocvu::write_file_atomically(folder + "/issuer.pub.json", hocvu::public_key_document(issuer.public_key));
    write_good(folder + "/good", issuer);
    write_bad(folder + "/bad", issuer, pair_of(2));
  } catch (const std::exception& error) {
    std::cerr << "write_sample_credentials: " << error.what() << "\n";
    return 2;
  }
  return 0;
}
