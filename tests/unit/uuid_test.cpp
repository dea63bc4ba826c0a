// Tests of src/credential/uuid.cpp. Expected values from Python's uuid.uuid5.
#include "credential/uuid.hpp"

#include <catch2/catch.hpp>

using hocvu::Uuid;

namespace {

const Uuid kDnsNamespace = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                            0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};

}  // namespace

TEST_CASE("uuid_v5 of python.org in the DNS namespace matches Python's uuid5", "[uuid]") {
  CHECK(hocvu::uuid_text(hocvu::uuid_v5(kDnsNamespace, "python.org")) ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
}

TEST_CASE("hocvu's namespace is uuid5(DNS, hocvu.quochoi.vn)", "[uuid]") {
  CHECK(hocvu::uuid_text(hocvu::hocvu_namespace()) == "474238a0-7a44-5739-a7c9-72286d4a8555");
}

TEST_CASE("uuid_v5 hashes the name's UTF-8 bytes", "[uuid]") {
  CHECK(hocvu::uuid_text(hocvu::uuid_v5(hocvu::hocvu_namespace(), "Bình dân học vụ số")) ==
        "aeee4f52-52d7-5892-a1db-3dec68edac65");
  CHECK(hocvu::uuid_text(hocvu::uuid_v5(hocvu::hocvu_namespace(), "")) ==
        "3a52cf59-efcc-512f-9425-4c6cd3e68efe");
}

TEST_CASE("urn_uuid prefixes the text form", "[uuid]") {
  CHECK(hocvu::urn_uuid(hocvu::uuid_v5(kDnsNamespace, "python.org")) ==
        "urn:uuid:886313e1-3b8a-5372-9b90-0c9aee199e5d");
}

TEST_CASE("a framework object's id is the same for every export that names it", "[uuid]") {
  // uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_DNS, "hocvu.quochoi.vn"), "fw/competency/1.2") in Python.
  CHECK(hocvu::uuid_text(hocvu::framework_object_uuid("fw", "competency", "1.2")) ==
        "71e936e2-156e-5d1b-b50e-b0f924cf018d");
  CHECK(hocvu::framework_object_uuid("fw", "document", "fw") == hocvu::uuid_v5(hocvu::hocvu_namespace(), "fw/document/fw"));
}
