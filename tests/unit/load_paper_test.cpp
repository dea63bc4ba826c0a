// Tests of the blueprint's optional `paper` block (src/model/load_blueprint.cpp, load_paper).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "load_document_support.hpp"

namespace {

using Lines = std::vector<std::string>;

constexpr const char* kHeader = R"(blueprint:
  id: bp
  title: Kiểm tra
  framework: qh-kns
  role: dbqh
  level: CB
  forms: 1
  length: 10
  time_limit: 30
  pass: {percent: 70}
)";

std::vector<std::string> values(const std::vector<hocvu::LocatedText>& list) {
  std::vector<std::string> out;
  for (const auto& item : list) {
    out.push_back(item.value);
  }
  return out;
}

}  // namespace

TEST_CASE("without a paper block a paper asks for name, candidate number and unit, never the personal ID",
          "[load][paper]") {
  auto loaded = load_support::load(kHeader);
  CHECK(loaded.diagnostics.empty());
  const hocvu::PaperSettings& paper = loaded.document.blueprint->paper;
  CHECK(paper.issuing_body.empty());
  CHECK(paper.sitting.empty());
  CHECK(values(paper.candidate_fields) == Lines{"name", "candidate_number", "unit"});
  CHECK(values(paper.signatures) == Lines{"candidate", "invigilator_1", "invigilator_2"});
}

TEST_CASE("the paper block sets issuing body, sitting, candidate fields and signatures in order", "[load][paper]") {
  auto loaded = load_support::load(std::string(kHeader) + R"(paper:
  issuing_body: VĂN PHÒNG QUỐC HỘI
  sitting: Đợt 1, tháng 12/2026
  candidate_fields: [candidate_number, name, personal_id, room]
  signatures: marker_1
)");
  CHECK(loaded.diagnostics.empty());
  const hocvu::PaperSettings& paper = loaded.document.blueprint->paper;
  CHECK(paper.issuing_body == "VĂN PHÒNG QUỐC HỘI");
  CHECK(paper.sitting == "Đợt 1, tháng 12/2026");
  CHECK(values(paper.candidate_fields) == Lines{"candidate_number", "name", "personal_id", "room"});
  CHECK(values(paper.signatures) == Lines{"marker_1"});
  CHECK(paper.pos.line == 12);  // the block's first key
}

TEST_CASE("empty lists in the paper block ask for no fields and no signatures", "[load][paper]") {
  auto loaded = load_support::load(std::string(kHeader) + "paper:\n  candidate_fields: []\n  signatures: []\n");
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.document.blueprint->paper.candidate_fields.empty());
  CHECK(loaded.document.blueprint->paper.signatures.empty());
}

TEST_CASE("unknown and repeated choices in the paper block are E207 and left out", "[load][paper]") {
  auto loaded = load_support::load(std::string(kHeader) + R"(paper:
  candidate_fields: [name, candidat_number, name, email]
  signatures: [candidate, invigilator_3]
  issuer: X
)");
  CHECK(load_support::describe(loaded.diagnostics) ==
        Lines{"14:3 E204 unknown key 'issuer' in paper [known keys: issuing_body, sitting, candidate_fields, signatures]",
              "12:28 E207 'candidate_fields' of paper lists 'candidat_number', not one of: name, candidate_number, "
              "unit, position, room, date_of_birth, personal_id, staff_id [did you mean 'candidate_number'?]",
              "12:45 E207 'candidate_fields' of paper lists 'name' twice [remove the second one]",
              "12:51 E207 'candidate_fields' of paper lists 'email', not one of: name, candidate_number, unit, "
              "position, room, date_of_birth, personal_id, staff_id []",
              "13:27 E207 'signatures' of paper lists 'invigilator_3', not one of: candidate, invigilator_1, "
              "invigilator_2, marker_1, marker_2 [did you mean 'invigilator_1'?]"});
  const hocvu::PaperSettings& paper = loaded.document.blueprint->paper;
  CHECK(values(paper.candidate_fields) == Lines{"name"});
  CHECK(values(paper.signatures) == Lines{"candidate"});
}

TEST_CASE("a paper block of the wrong shape is reported, and the defaults hold", "[load][paper]") {
  auto loaded = load_support::load(std::string(kHeader) + "paper:\n  candidate_fields: {name: true}\n");
  CHECK(load_support::describe(loaded.diagnostics) ==
        Lines{"12:21 E203 'candidate_fields' of paper is a mapping, not a list []"});
  CHECK(loaded.document.blueprint->paper.candidate_fields.empty());
  auto not_mapping = load_support::load(std::string(kHeader) + "paper: yes\n");
  CHECK(load_support::describe(not_mapping.diagnostics) ==
        Lines{"11:8 E203 'paper' of blueprint file is a single value, not a mapping [write one 'key: value' per "
              "line, indented under it]"});
  CHECK(not_mapping.document.blueprint->paper.candidate_fields.size() == 3);
}
