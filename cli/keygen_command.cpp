// hocvu keygen: the issuer's Ed25519 key pair for signed certificates.
#include <fmt/format.h>

#include <memory>
#include <string>

#include "command.hpp"
#include "credential/key_files.hpp"
#include "io/error.hpp"
#include "text/escape.hpp"

namespace hocvu::cli {

namespace {

int run_keygen(const std::string& out) {
  const KeyPair pair = generate_key_pair();
  write_key_files(pair, out);
  // The secret never reaches the terminal: only the public identity and where the files are.
  fmt::print("{}\n", did_key(pair.public_key));
  fmt::print(stderr, "keygen: secret key {} (mode 0600: keep it private, back it up offline)\n", escape_unprintable(out));
  fmt::print(stderr, "keygen: public key {} (publish it; give it to hocvu verify)\n",
             escape_unprintable(public_key_path_for(out)));
  return kExitSuccess;
}

}  // namespace

RunCommand add_keygen_command(CLI::App& app) {
  auto out = std::make_shared<std::string>();
  CLI::App* keygen = app.add_subcommand("keygen", "create the issuer's key pair for signed certificates");
  keygen->add_option("-o,--out", *out, "the secret key file to create, e.g. issuer.key (the public one goes beside "
                                       "it as issuer.pub.json)")->required();
  keygen->footer(
      "Creates an Ed25519 key pair (libsodium): the secret key file, readable by you alone (mode 0600),\n"
      "and beside it the public key as a Multikey and a did:key DID document that a registry can publish.\n"
      "Existing files are never replaced. Prints the issuer's did:key on stdout, never the secret.\n"
      "hocvu certify refuses a secret key file that others may read (fix: chmod 600 FILE).\n"
      "Exit status: 0 created, 2 could not (a file exists, the folder is not writable).\n"
      "\nExamples:\n"
      "  hocvu keygen --out issuer.key\n"
      "  hocvu keygen --out /secure/keys/qh-2026.key\n");
  return [out] { return run_keygen(*out); };
}

}  // namespace hocvu::cli
