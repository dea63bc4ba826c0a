#include "credential/uuid.hpp"

#include <openssl/evp.h>

#include <memory>

#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

struct DigestContextDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

// SHA-1 of the namespace's 16 bytes followed by the name (RFC 9562, section 5.5).
std::array<unsigned char, 20> sha1_of(const Uuid& ns, std::string_view name) {
  std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
  std::array<unsigned char, 20> digest{};
  unsigned int size = 0;
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha1(), nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), ns.data(), ns.size()) != 1 ||
      EVP_DigestUpdate(context.get(), name.data(), name.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest.data(), &size) != 1 || size != digest.size()) {
    throw FatalError(std::string(ui_text("credential.uuid_sha1")));
  }
  return digest;
}

Uuid dns_namespace() {
  return {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
          0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
}

}  // namespace

const Uuid& hocvu_namespace() {
  static const Uuid kNamespace = uuid_v5(dns_namespace(), "hocvu.quochoi.vn");
  return kNamespace;
}

Uuid uuid_v5(const Uuid& ns, std::string_view name) {
  const auto digest = sha1_of(ns, name);
  Uuid uuid{};
  for (size_t i = 0; i < uuid.size(); ++i) {
    uuid[i] = digest[i];
  }
  uuid[6] = static_cast<uint8_t>((uuid[6] & 0x0F) | 0x50);  // version 5
  uuid[8] = static_cast<uint8_t>((uuid[8] & 0x3F) | 0x80);  // variant 10xx (RFC 9562)
  return uuid;
}

std::string uuid_text(const Uuid& uuid) {
  static const char kDigits[] = "0123456789abcdef";
  std::string text;
  text.reserve(36);
  for (size_t i = 0; i < uuid.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) {
      text += '-';
    }
    text += kDigits[uuid[i] >> 4];
    text += kDigits[uuid[i] & 0xF];
  }
  return text;
}

std::string urn_uuid(const Uuid& uuid) { return "urn:uuid:" + uuid_text(uuid); }

Uuid framework_object_uuid(std::string_view framework, std::string_view kind, std::string_view local) {
  std::string name;
  name.reserve(framework.size() + kind.size() + local.size() + 2);
  name.append(framework).append("/").append(kind).append("/").append(local);
  return uuid_v5(hocvu_namespace(), name);
}

}  // namespace hocvu
