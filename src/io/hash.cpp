#include "io/hash.hpp"

#include <openssl/evp.h>

#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

// OpenSSL rather than libsodium: it uses the CPU's SHA instructions where there are some, and
// every response file is hashed whole (on the bench machine, with SHA-NI, 365 MB/s against
// libsodium's 83 MB/s under the same load; bench/README.md).
constexpr size_t kDigestBytes = 32;

struct ContextDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using Context = std::unique_ptr<EVP_MD_CTX, ContextDeleter>;

Context new_context() {
  Context context(EVP_MD_CTX_new());
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
    throw FatalError(std::string(ui_text("load.io.sha256_start")));
  }
  return context;
}

std::string digest_hex(const unsigned char (&digest)[kDigestBytes]) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex(kDigestBytes * 2, '0');
  for (size_t i = 0; i < kDigestBytes; ++i) {
    hex[2 * i] = kDigits[digest[i] >> 4];
    hex[2 * i + 1] = kDigits[digest[i] & 0xF];
  }
  return hex;
}

std::string final_hex(EVP_MD_CTX* context) {
  unsigned char digest[kDigestBytes];
  unsigned int size = 0;
  if (EVP_DigestFinal_ex(context, digest, &size) != 1 || size != kDigestBytes) {
    throw FatalError(std::string(ui_text("load.io.sha256_finish")));
  }
  return digest_hex(digest);
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  Context context = new_context();
  EVP_DigestUpdate(context.get(), bytes.data(), bytes.size());
  return final_hex(context.get());
}

std::array<uint8_t, 32> sha256_bytes(std::string_view bytes) {
  Context context = new_context();
  EVP_DigestUpdate(context.get(), bytes.data(), bytes.size());
  std::array<uint8_t, 32> digest{};
  unsigned int size = 0;
  if (EVP_DigestFinal_ex(context.get(), digest.data(), &size) != 1 || size != digest.size()) {
    throw FatalError(std::string(ui_text("load.io.sha256_finish")));
  }
  return digest;
}

struct Sha256Stream::State {
  Context context = new_context();
};

Sha256Stream::Sha256Stream() : state_(std::make_unique<State>()) {}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::update(std::string_view bytes) {
  EVP_DigestUpdate(state_->context.get(), bytes.data(), bytes.size());
}

std::string Sha256Stream::hex() const {
  Context copy(EVP_MD_CTX_new());  // final() spends the state; more may follow
  if (!copy || EVP_MD_CTX_copy_ex(copy.get(), state_->context.get()) != 1) {
    throw FatalError(std::string(ui_text("load.io.sha256_copy")));
  }
  return final_hex(copy.get());
}

}  // namespace hocvu
