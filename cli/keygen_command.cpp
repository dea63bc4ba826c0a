// hocvu keygen: the issuer's Ed25519 key pair for signed certificates.
#include <fmt/format.h>

#include <memory>
#include <string>

#include "command.hpp"
#include "language_option.hpp"
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
  fmt::print(stderr, "{}\n", ui_format("cli.keygen.secret_written", fmt::arg("file", escape_unprintable(out))));
  fmt::print(stderr, "{}\n",
             ui_format("cli.keygen.public_written", fmt::arg("file", escape_unprintable(public_key_path_for(out)))));
  return kExitSuccess;
}

}  // namespace

RunCommand add_keygen_command(CLI::App& app) {
  auto out = std::make_shared<std::string>();
  CLI::App* keygen = app.add_subcommand("keygen", help_text("cli.keygen.description"));
  keygen->add_option("-o,--out", *out, help_text("cli.keygen.option.out"))->required();
  add_message_language_option(*keygen);
  keygen->footer(help_text("cli.keygen.footer"));
  return [out] { return run_keygen(*out); };
}

}  // namespace hocvu::cli
