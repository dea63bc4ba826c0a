#pragma once
// Name-based UUIDs, version 5 (RFC 9562, SHA-1): the same namespace and name give the same id,
// so reissued credentials and re-exported frameworks keep their identifiers.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace hocvu {

using Uuid = std::array<uint8_t, 16>;

// hocvu's own namespace (a fixed v5 UUID of the DNS namespace and "hocvu.quochoi.vn").
const Uuid& hocvu_namespace();
Uuid uuid_v5(const Uuid& ns, std::string_view name);
// The id of one object of a framework ("document", "area", "competency", "outcome", ...), the same
// wherever hocvu names it: the CASE export's identifiers and the alignments of certificates.
// uuid_v5(hocvu_namespace(), "<framework id>/<kind>/<local id>").
Uuid framework_object_uuid(std::string_view framework, std::string_view kind, std::string_view local);
std::string uuid_text(const Uuid& uuid);  // "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx", lowercase
std::string urn_uuid(const Uuid& uuid);   // "urn:uuid:" + uuid_text

}  // namespace hocvu
