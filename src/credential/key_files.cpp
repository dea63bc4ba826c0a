#include "credential/key_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "io/error.hpp"
#include "io/file.hpp"

namespace hocvu {

namespace {

constexpr uint64_t kMaxKeyFileBytes = 64 * 1024;

std::string secret_key_document(const KeyPair& pair) {
  const std::string did = did_key(pair.public_key);
  nlohmann::ordered_json doc = {
      {"type", "Multikey"},
      {"controller", did},
      {"id", did_key_method(pair.public_key)},
      {"publicKeyMultibase", public_key_multibase(pair.public_key)},
      {"secretKeyMultibase", secret_key_multibase(pair)},
  };
  return doc.dump(2) + "\n";
}

bool path_exists(const std::string& path) {
  struct stat info {};
  return lstat(path.c_str(), &info) == 0;
}

// Creates `path` with `mode` (never replacing anything, never following a link) and writes
// `contents`; a file half written is removed.
void write_new_file(const std::string& path, const std::string& contents, mode_t mode) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0) {
    throw FatalError(fmt::format("{}: cannot create it: {}", path, std::strerror(errno)));
  }
  size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      const int error = errno;
      close(fd);
      unlink(path.c_str());
      throw FatalError(fmt::format("{}: cannot write it: {}", path, std::strerror(error)));
    }
    written += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    unlink(path.c_str());
    throw FatalError(fmt::format("{}: cannot write it: {}", path, std::strerror(errno)));
  }
}

// Refuses a secret key file that group or others may read or write.
void check_secret_mode(const std::string& path, int fd) {
  struct stat info {};
  if (fstat(fd, &info) != 0) {
    throw FatalError(fmt::format("{}: cannot examine it: {}", path, std::strerror(errno)));
  }
  if (!S_ISREG(info.st_mode)) {
    throw FatalError(fmt::format("{}: not a regular file", path));
  }
  const unsigned mode = info.st_mode & 07777u;
  if ((mode & 077u) != 0) {
    const char* what = (mode & 044u) != 0 ? "readable" : "writable";
    throw FatalError(fmt::format("{}: the secret key is {} by others (mode {:04o}); run: chmod 600 {}",
                                 path, what, mode, path));
  }
}

std::string read_secret_bytes(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw FatalError(fmt::format("{}: cannot open the secret key: {}", path, std::strerror(errno)));
  }
  std::string bytes;
  try {
    check_secret_mode(path, fd);
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(fd, buffer, sizeof buffer)) != 0) {
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n < 0 || bytes.size() + static_cast<size_t>(n) > kMaxKeyFileBytes) {
        throw FatalError(fmt::format("{}: cannot read it as a key file", path));
      }
      bytes.append(buffer, static_cast<size_t>(n));
    }
  } catch (...) {
    close(fd);
    throw;
  }
  close(fd);
  return bytes;
}

nlohmann::json parse_key_json(const std::string& path, const std::string& bytes) {
  auto json = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) {
    throw FatalError(fmt::format("{}: not a key file (not a JSON object)", path));
  }
  return json;
}

std::string string_member(const nlohmann::json& object, const char* name) {
  const auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Every public key the document states: its own publicKeyMultibase, its Multikey verification
// methods', and the did:key of its id.
std::vector<std::string> stated_public_keys(const nlohmann::json& doc) {
  std::vector<std::string> keys;
  if (doc.contains("publicKeyMultibase")) {
    keys.push_back(string_member(doc, "publicKeyMultibase"));
  }
  const auto methods = doc.find("verificationMethod");
  if (methods != doc.end() && methods->is_array()) {
    for (const auto& method : *methods) {
      if (method.is_object() && method.contains("publicKeyMultibase")) {
        keys.push_back(string_member(method, "publicKeyMultibase"));
      }
    }
  }
  const std::string id = string_member(doc, "id");
  if (auto did = parse_did_key(id)) {
    keys.push_back(public_key_multibase(*did));
  }
  return keys;
}

}  // namespace

std::string public_key_path_for(const std::string& secret_path) {
  return std::filesystem::path(secret_path).replace_extension(".pub.json").string();
}

void write_key_files(const KeyPair& pair, const std::string& secret_path) {
  const std::string public_path = public_key_path_for(secret_path);
  for (const auto& path : {secret_path, public_path}) {
    if (path_exists(path)) {
      throw FatalError(fmt::format("{}: already exists; hocvu keygen never replaces a key file "
                                   "(move it away or choose another --out)", path));
    }
  }
  write_new_file(secret_path, secret_key_document(pair), 0600);
  try {
    write_new_file(public_path, public_key_document(pair.public_key), 0644);
  } catch (...) {
    unlink(secret_path.c_str());
    throw;
  }
}

KeyPair read_secret_key_file(const std::string& path) {
  const auto doc = parse_key_json(path, read_secret_bytes(path));
  const auto pair = parse_secret_key_multibase(string_member(doc, "secretKeyMultibase"));
  if (!pair) {
    throw FatalError(fmt::format("{}: not a hocvu secret key file (no Ed25519 secretKeyMultibase); "
                                 "create one with: hocvu keygen --out {}", path, path));
  }
  const std::string stated = string_member(doc, "publicKeyMultibase");
  if (!stated.empty() && stated != public_key_multibase(pair->public_key)) {
    throw FatalError(fmt::format("{}: its publicKeyMultibase is not the public half of its secret key; "
                                 "the file was altered", path));
  }
  return *pair;
}

PublicKey read_public_key_file(const std::string& path) {
  const FileBytes file = read_regular_file(path, kMaxKeyFileBytes);
  if (file.too_large) {
    throw FatalError(fmt::format("{}: too large for a public key file", path));
  }
  const auto doc = parse_key_json(path, file.bytes);
  if (doc.contains("secretKeyMultibase")) {
    throw FatalError(fmt::format("{}: this is a secret key file; give the public one "
                                 "({}) and keep this one private", path, public_key_path_for(path)));
  }
  const auto keys = stated_public_keys(doc);
  if (keys.empty()) {
    throw FatalError(fmt::format("{}: no public key in it (expected publicKeyMultibase or a did:key)", path));
  }
  const auto key = parse_public_key_multibase(keys.front());
  if (!key) {
    throw FatalError(fmt::format("{}: publicKeyMultibase is not an Ed25519 Multikey (z6Mk...)", path));
  }
  for (const auto& other : keys) {
    if (other != keys.front()) {
      throw FatalError(fmt::format("{}: it names two different public keys", path));
    }
  }
  return *key;
}

std::string public_key_document(const PublicKey& key) {
  const std::string did = did_key(key);
  const std::string method = did_key_method(key);
  const std::string multibase = public_key_multibase(key);
  nlohmann::ordered_json doc = {
      {"@context", {"https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"}},
      {"id", did},
      {"verificationMethod",
       {{{"id", method}, {"type", "Multikey"}, {"controller", did}, {"publicKeyMultibase", multibase}}}},
      {"assertionMethod", {method}},
      {"authentication", {method}},
      {"publicKeyMultibase", multibase},
  };
  return doc.dump(2) + "\n";
}

}  // namespace hocvu
