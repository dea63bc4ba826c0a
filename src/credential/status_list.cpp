#include "credential/status_list.hpp"

#include <zlib.h>

#include "i18n/interface.hpp"
#include "io/error.hpp"

namespace hocvu {

namespace {

constexpr int kGzipWindowBits = 15 + 16;  // zlib: +16 writes and reads only the GZIP wrapper

Bytes gzip(const Bytes& bytes) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw FatalError(std::string(ui_text("credential.status.zlib_compress_start")));
  }
  Bytes out(deflateBound(&stream, bytes.size()));
  stream.next_in = const_cast<Bytef*>(bytes.data());  // zlib's API is not const-correct
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = out.data();
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (result != Z_STREAM_END) {
    throw FatalError(std::string(ui_text("credential.status.zlib_compress")));
  }
  return out;
}

// GZIP-decompresses `compressed`, refusing more than kMaxStatusListBytes.
DecodedStatusList gunzip(const Bytes& compressed) {
  z_stream stream{};
  if (inflateInit2(&stream, kGzipWindowBits) != Z_OK) {
    return {std::nullopt, std::string(ui_text("credential.status.zlib_start"))};
  }
  stream.next_in = const_cast<Bytef*>(compressed.data());
  stream.avail_in = static_cast<uInt>(compressed.size());
  Bytes out;
  uint8_t chunk[64 * 1024];
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = chunk;
    stream.avail_out = sizeof chunk;
    result = inflate(&stream, Z_NO_FLUSH);
    const size_t produced = sizeof chunk - stream.avail_out;
    if (out.size() + produced > kMaxStatusListBytes) {
      inflateEnd(&stream);
      return {std::nullopt, std::string(ui_text("credential.status.too_large"))};
    }
    out.insert(out.end(), chunk, chunk + produced);
    if (result == Z_BUF_ERROR && stream.avail_in == 0) {
      break;  // input ended before the stream did
    }
  }
  const bool complete = result == Z_STREAM_END && stream.avail_in == 0;
  inflateEnd(&stream);
  if (!complete) {
    return {std::nullopt, std::string(ui_text("credential.status.not_gzip"))};
  }
  return {std::move(out), ""};
}

}  // namespace

Bytes empty_status_bits(size_t size) { return Bytes(size, 0); }

bool status_bit(const Bytes& bits, uint64_t index) {
  const uint64_t byte = index / 8;
  return byte < bits.size() && (bits[byte] & (0x80u >> (index % 8))) != 0;
}

void set_status_bit(Bytes& bits, uint64_t index, bool value) {
  const uint64_t byte = index / 8;
  if (byte >= bits.size()) {
    bits.resize(byte + 1, 0);
  }
  const auto mask = static_cast<uint8_t>(0x80u >> (index % 8));
  bits[byte] = static_cast<uint8_t>(value ? bits[byte] | mask : bits[byte] & ~mask);
}

std::string encode_status_list(const Bytes& bits) { return multibase_base64url(gzip(bits)); }

DecodedStatusList decode_status_list(std::string_view encoded) {
  if (encoded.empty() || encoded.front() != 'u') {
    return {std::nullopt, std::string(ui_text("credential.status.not_multibase"))};
  }
  const auto compressed = base64url_decode(encoded.substr(1));
  if (!compressed) {
    return {std::nullopt, std::string(ui_text("credential.status.bad_base64url"))};
  }
  auto decoded = gunzip(*compressed);
  if (!decoded.bits) {
    decoded.error = ui_format("credential.status.cannot_decompress", fmt::arg("reason", decoded.error));
  }
  return decoded;
}

}  // namespace hocvu
