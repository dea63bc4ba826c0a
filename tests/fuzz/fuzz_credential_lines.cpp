// Fuzz target: hocvu verify's reading of credentials.jsonl on any bytes. The lines are split by
// BoundedLineReader with a small limit (the first byte picks it), each parsed with
// parse_credential_text, and every object checked by check_credential against a fixed key and a
// small status list, so hostile JSON reaches JCS, multibase and the status checks. Whatever the
// bytes: lines stay within the limit and are numbered in order, text that is not a credential
// says why in valid UTF-8, a parsed credential is an object, and the checks never throw and
// give reasons with messages.
#include <sstream>
#include <string>

#include "check.hpp"
#include "credential/status_list.hpp"
#include "verify/credential_checks.hpp"
#include "verify/credential_text.hpp"

namespace {

const hocvu::CheckContext& fixed_context() {
  static const hocvu::StatusLists lists = [] {
    hocvu::StatusLists made;
    hocvu::Bytes bits = hocvu::empty_status_bits(4);
    hocvu::set_status_bit(bits, 1, true);
    made["https://example.org/status/1"] = hocvu::StatusList{"status.json", "revocation", bits, ""};
    return made;
  }();
  static const hocvu::CheckContext context = [] {
    hocvu::CheckContext made;
    std::array<uint8_t, 32> seed{};
    seed.fill(1);
    made.key = hocvu::key_pair_from_seed(seed).public_key;
    made.issuer = hocvu::did_key(made.key);
    made.as_of = hocvu::day_from_civil(2026, 12, 15);
    made.status_lists = &lists;
    return made;
  }();
  return context;
}

bool is_utf8(const std::string& text) { return hocvu::find_invalid_utf8(text) == std::string::npos; }

void check_line(const hocvu::BoundedLineReader::Line& line) {
  if (line.too_long) return;
  const hocvu::CredentialText text = hocvu::parse_credential_text(line.text);
  if (!text.value) {
    HOCVU_FUZZ_CHECK(!text.reason.empty() && !text.message.empty() && is_utf8(text.message));
    HOCVU_FUZZ_CHECK(text.column <= line.text.size() + 1);
    return;
  }
  HOCVU_FUZZ_CHECK(text.value->is_object());
  for (const auto& problem : hocvu::check_credential(*text.value, fixed_context())) {
    HOCVU_FUZZ_CHECK(!problem.reason.empty() && !problem.message.empty() && is_utf8(problem.message));
  }
  hocvu::StatusList list;
  (void)hocvu::read_status_list(*text.value, fixed_context(), list);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const size_t max_bytes = 16 + (data[0] % 4) * 4096;
  std::istringstream in(std::string(hocvu::fuzz::as_text(data + 1, size - 1)));
  hocvu::BoundedLineReader reader(in, max_bytes);
  hocvu::BoundedLineReader::Line line;
  uint64_t expected = 1;
  while (reader.next(line)) {
    HOCVU_FUZZ_CHECK(line.number == expected++);
    HOCVU_FUZZ_CHECK(line.text.size() <= max_bytes && (line.too_long || line.length >= line.text.size()));
    check_line(line);
  }
  return 0;
}
