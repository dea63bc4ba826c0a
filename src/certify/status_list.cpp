// The bitstring status list: bits, GZIP and the status list credential (status_list.hpp).
#include "certify/status_list.hpp"

#include <fmt/format.h>

#define ZLIB_CONST  // next_in points to const bytes
#include <zlib.h>

#include "io/error.hpp"

namespace hocvu {

namespace {

size_t whole_bytes(size_t bits) { return (std::max(bits, kMinimumStatusBits) + 7) / 8; }

// zlib's streams, closed on every path.
class Deflater {
 public:
  Deflater() {
    if (deflateInit2(&stream_, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
      throw FatalError("zlib cannot start compressing");
    }
    header_.os = 255;  // unknown: the same bytes on every operating system
    deflateSetHeader(&stream_, &header_);
  }
  ~Deflater() { deflateEnd(&stream_); }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;
  z_stream& stream() { return stream_; }

 private:
  z_stream stream_{};
  gz_header header_{};
};

class Inflater {
 public:
  Inflater() : open_(inflateInit2(&stream_, 16 + MAX_WBITS) == Z_OK) {}
  ~Inflater() {
    if (open_) inflateEnd(&stream_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool open() const { return open_; }
  z_stream& stream() { return stream_; }

 private:
  z_stream stream_{};
  bool open_;
};

}  // namespace

StatusBits::StatusBits(size_t bits) : bytes_(whole_bytes(bits), 0) {}

std::optional<StatusBits> StatusBits::from_bytes(Bytes bytes) {
  if (bytes.size() * 8 < kMinimumStatusBits) return std::nullopt;
  StatusBits bits;
  bits.bytes_ = std::move(bytes);
  return bits;
}

void StatusBits::reserve_index(size_t index) {
  if (index / 8 >= bytes_.size()) bytes_.resize(index / 8 + 1, 0);
}

bool StatusBits::get(size_t index) const {
  if (index / 8 >= bytes_.size()) return false;
  return (bytes_[index / 8] & (0x80u >> (index % 8))) != 0;
}

void StatusBits::set(size_t index, bool value) {
  reserve_index(index);
  auto mask = static_cast<uint8_t>(0x80u >> (index % 8));
  uint8_t& byte = bytes_[index / 8];
  byte = static_cast<uint8_t>(value ? byte | mask : byte & ~mask);
}

Bytes gzip_bytes(const Bytes& bytes) {
  Deflater deflater;
  z_stream& stream = deflater.stream();
  Bytes out(deflateBound(&stream, bytes.size()) + 32);
  stream.next_in = bytes.data();
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = out.data();
  stream.avail_out = static_cast<uInt>(out.size());
  if (deflate(&stream, Z_FINISH) != Z_STREAM_END) throw FatalError("zlib could not compress the status list");
  out.resize(stream.total_out);
  return out;
}

std::optional<Bytes> gunzip_bytes(const Bytes& gzip, size_t limit) {
  Inflater inflater;
  if (!inflater.open() || gzip.empty()) return std::nullopt;
  z_stream& stream = inflater.stream();
  stream.next_in = gzip.data();
  stream.avail_in = static_cast<uInt>(gzip.size());
  Bytes out;
  Bytes chunk(64 * 1024);
  for (;;) {
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    int status = inflate(&stream, Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END) return std::nullopt;
    size_t produced = chunk.size() - stream.avail_out;
    if (out.size() + produced > limit) return std::nullopt;
    out.insert(out.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(produced));
    if (status == Z_STREAM_END) return stream.avail_in == 0 ? std::optional<Bytes>(std::move(out)) : std::nullopt;
    if (produced == 0 && stream.avail_in == 0) return std::nullopt;  // cut short
  }
}

std::string encode_status_list(const StatusBits& bits) { return multibase_base64url(gzip_bytes(bits.bytes())); }

std::optional<StatusBits> decode_status_list(std::string_view encoded, std::string& why) {
  if (encoded.empty() || encoded.front() != 'u') {
    why = "encodedList does not start with 'u' (multibase base64url)";
    return std::nullopt;
  }
  std::optional<Bytes> gzip = base64url_decode(encoded.substr(1));
  if (!gzip) {
    why = "encodedList is not base64url";
    return std::nullopt;
  }
  std::optional<Bytes> bytes = gunzip_bytes(*gzip, kMaximumStatusBytes);
  if (!bytes) {
    why = fmt::format("encodedList is not GZIP data of at most {} MiB", kMaximumStatusBytes >> 20);
    return std::nullopt;
  }
  std::optional<StatusBits> bits = StatusBits::from_bytes(std::move(*bytes));
  if (!bits) why = fmt::format("the list is shorter than the minimum of {} bits", kMinimumStatusBits);
  return bits;
}

std::string date_time_text(Day day) { return format_date(day) + "T00:00:00Z"; }

nlohmann::json status_list_credential(const StatusBits& bits, const StatusListSetup& setup) {
  return {
      {"@context", {"https://www.w3.org/ns/credentials/v2"}},
      {"id", setup.url},
      {"type", {"VerifiableCredential", "BitstringStatusListCredential"}},
      {"issuer", setup.issuer},
      {"validFrom", date_time_text(setup.valid_from)},
      {"credentialSubject",
       {{"id", setup.url + "#list"},
        {"type", "BitstringStatusList"},
        {"statusPurpose", "revocation"},
        {"encodedList", encode_status_list(bits)}}},
  };
}

nlohmann::json status_list_entry(const std::string& url, size_t index) {
  return {
      {"id", fmt::format("{}#{}", url, index)},
      {"type", "BitstringStatusListEntry"},
      {"statusPurpose", "revocation"},
      {"statusListIndex", std::to_string(index)},
      {"statusListCredential", url},
  };
}

}  // namespace hocvu
