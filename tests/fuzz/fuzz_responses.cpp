// Fuzz target: the response readers (hocvu grade) on any bytes. The first byte picks the format,
// the encoding and a small row limit, so every reader and every damage path is reached; the rest
// is the file, handed over as a memfd (the reader takes a path). Whatever the bytes: every row
// read is one attempt's row or one reject (in every batch), attempts are whole, rejects say why
// in valid UTF-8 and keep at most the row limit of original bytes. A damaged gzip stream may end
// the read with FatalError; nothing else may escape.
#include <sys/mman.h>
#include <unistd.h>

#include <string>

#include "check.hpp"
#include "grade/response_reader.hpp"
#include "io/error.hpp"

namespace {

const hocvu::GradingKey& fuzz_key() {
  static const hocvu::GradingKey key = [] {
    hocvu::GradingKey k;
    const char* ids[][3] = {{"Q1", "Q2", "Q3"}, {"Q4", "Q2", ""}};
    for (int f = 0; f < 2; ++f) {
      hocvu::KeyForm form;
      form.id = f == 0 ? "101" : "102";
      for (uint32_t i = 0; i < 3 && ids[f][i][0] != '\0'; ++i) {
        hocvu::KeyItem item;
        item.position = i + 1;
        item.question_id = ids[f][i];
        form.items.push_back(item);
      }
      k.forms.push_back(form);
    }
    return k;
  }();
  return key;
}

hocvu::ReaderOptions options_from(uint8_t choice) {
  hocvu::ReaderOptions options;
  constexpr hocvu::ResponseFormat formats[] = {hocvu::ResponseFormat::detect, hocvu::ResponseFormat::wide,
                                               hocvu::ResponseFormat::long_rows, hocvu::ResponseFormat::jsonl};
  constexpr hocvu::InputEncoding encodings[] = {hocvu::InputEncoding::utf8, hocvu::InputEncoding::utf16,
                                                hocvu::InputEncoding::utf16be, hocvu::InputEncoding::windows1258,
                                                hocvu::InputEncoding::tcvn3, hocvu::InputEncoding::vni};
  options.format = formats[choice & 3];
  options.encoding = (choice >> 2) % 8 < 6 ? encodings[(choice >> 2) % 8] : hocvu::InputEncoding::utf8;
  options.max_row_bytes = choice & 0x80 ? 64 : 4096;
  return options;
}

void check_batch(const hocvu::ResponseBatch& batch, const hocvu::ReaderOptions& options) {
  uint64_t rows = batch.rejects.size();
  for (const hocvu::Attempt& attempt : batch.attempts) {
    rows += attempt.rows;
    HOCVU_FUZZ_CHECK(attempt.rows >= 1 && attempt.line >= 1 && attempt.source == 5);
    HOCVU_FUZZ_CHECK(!attempt.candidate_id.empty());
    const hocvu::KeyForm* form = nullptr;
    for (const hocvu::KeyForm& f : fuzz_key().forms) {
      if (f.id == attempt.form) form = &f;
    }
    HOCVU_FUZZ_CHECK(form != nullptr && attempt.answers.size() == form->items.size());
  }
  HOCVU_FUZZ_CHECK(batch.rows == rows);
  for (const hocvu::Reject& reject : batch.rejects) {
    HOCVU_FUZZ_CHECK(reject.line >= 1 && reject.source == 5 && !reject.message.empty());
    HOCVU_FUZZ_CHECK(hocvu::find_invalid_utf8(reject.message) == std::string_view::npos);
    HOCVU_FUZZ_CHECK(reject.raw.size() <= std::max<size_t>(options.max_row_bytes, 4096));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  hocvu::ReaderOptions options = options_from(data[0]);
  int fd = ::memfd_create("responses", MFD_CLOEXEC);
  HOCVU_FUZZ_CHECK(fd >= 0);
  HOCVU_FUZZ_CHECK(::write(fd, data + 1, size - 1) == static_cast<ssize_t>(size - 1));
  try {
    hocvu::ResponseReader reader("/proc/self/fd/" + std::to_string(fd), 5, fuzz_key(), options);
    hocvu::ResponseBatch batch;
    size_t batches = 0;
    while (reader.next_batch(batch, 64)) {
      check_batch(batch, options);
      HOCVU_FUZZ_CHECK(++batches <= size + 1);
    }
    HOCVU_FUZZ_CHECK(reader.bytes_read() == size - 1);
  } catch (const hocvu::FatalError& error) {
    HOCVU_FUZZ_CHECK(std::string(error.what()).find("gzip") != std::string::npos);
  }
  ::close(fd);
  return 0;
}
