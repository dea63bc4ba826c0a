#include "credential/key_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "i18n/interface.hpp"
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
    throw FatalError(ui_format("credential.key.cannot_create", fmt::arg("path", path), fmt::arg("reason", std::strerror(errno))));
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
      throw FatalError(ui_format("credential.key.cannot_write", fmt::arg("path", path), fmt::arg("reason", std::strerror(error))));
    }
    written += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    unlink(path.c_str());
    throw FatalError(ui_format("credential.key.cannot_write", fmt::arg("path", path), fmt::arg("reason", std::strerror(errno))));
  }
}

// Refuses a secret key file that group or others may read or write.
void check_secret_mode(const std::string& path, int fd) {
  struct stat info {};
  if (fstat(fd, &info) != 0) {
    throw FatalError(ui_format("credential.key.cannot_examine", fmt::arg("path", path), fmt::arg("reason", std::strerror(errno))));
  }
  if (!S_ISREG(info.st_mode)) {
    throw FatalError(ui_format("credential.key.not_regular", fmt::arg("path", path)));
  }
  const unsigned mode = info.st_mode & 07777u;
  if ((mode & 077u) != 0) {
    std::string_view key = (mode & 044u) != 0 ? message_id("credential.key.readable_by_others")
                                              : message_id("credential.key.writable_by_others");
    throw FatalError(ui_format(key, fmt::arg("path", path), fmt::arg("mode", fmt::format("{:04o}", mode))));
  }
}

std::string read_secret_bytes(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw FatalError(ui_format("credential.key.cannot_open_secret", fmt::arg("path", path), fmt::arg("reason", std::strerror(errno))));
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
        throw FatalError(ui_format("credential.key.cannot_read", fmt::arg("path", path)));
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
    throw FatalError(ui_format("credential.key.not_object", fmt::arg("path", path)));
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
      throw FatalError(ui_format("credential.key.exists", fmt::arg("path", path)));
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
    throw FatalError(ui_format("credential.key.not_secret", fmt::arg("path", path)));
  }
  const std::string stated = string_member(doc, "publicKeyMultibase");
  if (!stated.empty() && stated != public_key_multibase(pair->public_key)) {
    throw FatalError(ui_format("credential.key.halves_differ", fmt::arg("path", path)));
  }
  return *pair;
}

PublicKey read_public_key_file(const std::string& path) {
  const FileBytes file = read_regular_file(path, kMaxKeyFileBytes);
  if (file.too_large) {
    throw FatalError(ui_format("credential.key.too_large", fmt::arg("path", path)));
  }
  const auto doc = parse_key_json(path, file.bytes);
  if (doc.contains("secretKeyMultibase")) {
    throw FatalError(ui_format("credential.key.secret_given", fmt::arg("path", path),
                               fmt::arg("public_path", public_key_path_for(path))));
  }
  const auto keys = stated_public_keys(doc);
  if (keys.empty()) {
    throw FatalError(ui_format("credential.key.no_public", fmt::arg("path", path)));
  }
  const auto key = parse_public_key_multibase(keys.front());
  if (!key) {
    throw FatalError(ui_format("credential.key.not_ed25519", fmt::arg("path", path)));
  }
  for (const auto& other : keys) {
    if (other != keys.front()) {
      throw FatalError(ui_format("credential.key.two_keys", fmt::arg("path", path)));
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
