// Tests of the response readers (src/grade/response_reader.cpp and the read_*.cpp it drives):
// hand-made files in every format, separator and encoding, gzip, and damaged input.
#include "grade/response_reader.hpp"

#include <zlib.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "io/error.hpp"
#include "i18n/interface.hpp"
#include "io/hash.hpp"
#include "scratch_folder.hpp"

using namespace std::string_literals;
using hocvu::Attempt;
using hocvu::InputEncoding;
using hocvu::ReaderOptions;
using hocvu::Reject;
using hocvu::RejectReason;
using hocvu::ResponseFormat;

namespace {

hocvu::KeyItem item(uint32_t position, const std::string& id, hocvu::QuestionType type) {
  hocvu::KeyItem key_item;
  key_item.position = position;
  key_item.question_id = id;
  key_item.type = type;
  return key_item;
}

// Form 101: Q1 Q2 Q3; form 102: Q2 Q4 (Q2 on both, at different positions).
const hocvu::GradingKey& test_key() {
  static const hocvu::GradingKey key = [] {
    hocvu::GradingKey k;
    k.exam = "thu";
    hocvu::KeyForm a;
    a.id = "101";
    a.items = {item(1, "Q1", hocvu::QuestionType::single), item(2, "Q2", hocvu::QuestionType::multiple),
               item(3, "Q3", hocvu::QuestionType::short_text)};
    hocvu::KeyForm b;
    b.id = "102";
    b.items = {item(1, "Q4", hocvu::QuestionType::true_false), item(2, "Q2", hocvu::QuestionType::multiple)};
    k.forms = {a, b};
    return k;
  }();
  return key;
}

struct ReadAll {
  std::vector<Attempt> attempts;
  std::vector<Reject> rejects;
  uint64_t rows = 0;
  uint64_t attempt_rows = 0;
  ResponseFormat format = ResponseFormat::detect;
  std::string sha256;
  uint64_t bytes = 0;
  size_t batches = 0;
};

// Reads a whole file in batches of `target` bytes, checking each batch's accounting.
ReadAll read_path(const std::string& path, ReaderOptions options = {}, size_t target = size_t{1} << 20,
                  const hocvu::GradingKey& key = test_key()) {
  hocvu::ResponseReader reader(path, 3, key, options);
  ReadAll all;
  hocvu::ResponseBatch batch;
  while (reader.next_batch(batch, target)) {
    uint64_t rows = batch.rejects.size();
    for (const Attempt& attempt : batch.attempts) rows += attempt.rows;
    REQUIRE(batch.rows == rows);
    all.rows += batch.rows;
    for (const Attempt& attempt : batch.attempts) {
      CHECK(attempt.source == 3);
      all.attempt_rows += attempt.rows;
      all.attempts.push_back(attempt);
    }
    for (const Reject& reject : batch.rejects) all.rejects.push_back(reject);
    ++all.batches;
    REQUIRE(all.batches < 10000000);
  }
  CHECK(batch.attempts.empty());
  CHECK(batch.rejects.empty());
  CHECK(all.rows == all.attempt_rows + all.rejects.size());
  all.format = reader.format();
  all.sha256 = reader.sha256();
  all.bytes = reader.bytes_read();
  return all;
}

ReadAll read_text(const std::string& text, ReaderOptions options = {}, size_t target = size_t{1} << 20,
                  const std::string& name = "responses.csv") {
  hocvu::test::ScratchFolder folder;
  return read_path(folder.add(name, text), options, target);
}

std::vector<std::string> answers(std::initializer_list<const char*> list) { return {list.begin(), list.end()}; }

std::vector<std::string> codes(const ReadAll& all) {
  std::vector<std::string> list;
  for (const Reject& reject : all.rejects) list.push_back(hocvu::reject_code(reject.reason));
  return list;
}

std::vector<uint64_t> reject_lines(const ReadAll& all) {
  std::vector<uint64_t> lines;
  for (const Reject& reject : all.rejects) lines.push_back(reject.line);
  return lines;
}

std::string gzip(const std::string& bytes) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

}  // namespace

TEST_CASE("reject codes are the names rejects.csv writes", "[grade]") {
  CHECK(std::string(hocvu::reject_code(RejectReason::unknown_form)) == "unknown_form");
  CHECK(std::string(hocvu::reject_code(RejectReason::malformed_quoting)) == "malformed_quoting");
  CHECK(std::string(hocvu::reject_code(RejectReason::row_too_long)) == "row_too_long");
  CHECK(std::string(hocvu::reject_code(RejectReason::repeated_answer)) == "repeated_answer");
  CHECK(std::string(hocvu::reject_code(RejectReason::nul_byte)) == "nul_byte");
}

TEST_CASE("the values of --format and --encoding", "[grade]") {
  CHECK(hocvu::parse_response_format("wide") == ResponseFormat::wide);
  CHECK(hocvu::parse_response_format("long") == ResponseFormat::long_rows);
  CHECK(hocvu::parse_response_format("jsonl") == ResponseFormat::jsonl);
  CHECK(hocvu::parse_response_format("csv") == std::nullopt);
  CHECK(hocvu::parse_input_encoding("UTF-8") == InputEncoding::utf8);
  CHECK(hocvu::parse_input_encoding("utf-16le") == InputEncoding::utf16le);
  CHECK(hocvu::parse_input_encoding("UTF16BE") == InputEncoding::utf16be);
  CHECK(hocvu::parse_input_encoding("windows-1258") == InputEncoding::windows1258);
  CHECK(hocvu::parse_input_encoding("cp1258") == InputEncoding::windows1258);
  CHECK(hocvu::parse_input_encoding("TCVN3") == InputEncoding::tcvn3);
  CHECK(hocvu::parse_input_encoding("vni") == InputEncoding::vni);
  CHECK(hocvu::parse_input_encoding("latin1") == std::nullopt);
}

TEST_CASE("wide rows by position: ids verbatim, fields trimmed, blanks omitted", "[grade]") {
  ReadAll all = read_text(
      "candidate_id,form,date,1,2,3\n"
      "000123,101,2024-05-01,B,AC,  Hà Nội \n"
      "  007 ,102,2024-05-02,T,,\n"
      "'=cmd,101,,a,,\n");
  CHECK(all.format == ResponseFormat::wide);
  REQUIRE(all.attempts.size() == 3);
  CHECK(all.rejects.empty());
  CHECK(all.rows == 3);
  const Attempt& first = all.attempts[0];
  CHECK(first.candidate_id == "000123");
  CHECK(first.form == "101");
  CHECK(first.date == "2024-05-01");
  CHECK(first.answers == answers({"B", "AC", "Hà Nội"}));
  CHECK(first.line == 2);
  CHECK(first.rows == 1);
  CHECK(all.attempts[1].candidate_id == "007");
  CHECK(all.attempts[1].answers == answers({"T", ""}));  // form 102 has two questions; column 3 is blank
  CHECK(all.attempts[2].candidate_id == "=cmd");         // the formula guard is removed
  CHECK(all.attempts[2].date.empty());
  CHECK(all.attempts[2].answers == answers({"a", "", ""}));
}

TEST_CASE("wide rows with question ids as headers, in any order and a subset", "[grade]") {
  ReadAll all = read_text(
      "Candidate_ID ; FORM ; Q2 ; Q1 ; Q4 ; name\n"
      "1;101;AB;C;;\n"        // Q4 is not on 101 but blank: fine
      "2;102;D;;F;\n"         // Q2 is position 2 on form 102
      "3;101;;;T;\n"          // Q4 answered on form 101
      "4;101;;;;Lan\n");      // a column that is on no form
  REQUIRE(all.attempts.size() == 2);
  CHECK(all.attempts[0].answers == answers({"C", "AB", ""}));
  CHECK(all.attempts[1].answers == answers({"F", "D"}));
  CHECK(codes(all) == std::vector<std::string>{"unknown_question", "unknown_question"});
  CHECK(reject_lines(all) == std::vector<uint64_t>{4, 5});
  CHECK(all.rejects[0].message == "question Q4 is not on form 101, so its answer 'T' cannot be graded");
  CHECK(all.rejects[0].raw == "3;101;;;T;");
  CHECK(all.rejects[1].message ==
        "column 'name' is not a question of any form in the key, so its answer 'Lan' cannot be graded");
}

TEST_CASE("wide rows: positions past the form, two columns for one question", "[grade]") {
  ReadAll all = read_text(
      "candidate_id\tform\t1\t2\t3\tQ1\n"
      "1\t102\tT\tA\tB\t\n"
      "2\t101\tA\t\t\tB\n"
      "3\t102\tT\t\t\t\n");
  REQUIRE(all.attempts.size() == 1);
  CHECK(all.attempts[0].candidate_id == "3");
  CHECK(codes(all) == std::vector<std::string>{"unknown_question", "repeated_answer"});
  CHECK(all.rejects[0].message == "an answer ('B') to question 3, but form 102 has 2 questions");
  CHECK(all.rejects[1].message == "question 1 of form 101 is answered in two columns");
}

TEST_CASE("wide rows: field counts, missing ids and unknown forms are rejected with their reason", "[grade]") {
  ReadAll all = read_text(
      "candidate_id,form,1,2,3\n"
      "1,101,A,B\n"
      "2,101,A,B,C,D\n"
      ",101,A,B,C\n"
      "5,109,A,B,C\n"
      "6,,A,B,C\n"
      "7,101,A,B,C\n");
  REQUIRE(all.attempts.size() == 1);
  CHECK(codes(all) == std::vector<std::string>{"field_count", "field_count", "missing_candidate", "unknown_form",
                                               "unknown_form"});
  CHECK(reject_lines(all) == std::vector<uint64_t>{2, 3, 4, 5, 6});
  CHECK(all.rejects[0].message == "the row has 4 fields but the header has 5 columns");
  CHECK(all.rejects[3].message == "form '109' is not in the key (forms in the key: 101, 102)");
  CHECK(all.rejects[4].message == "the form is empty (forms in the key: 101, 102)");
  CHECK(all.rejects[3].raw == "5,109,A,B,C");
}

TEST_CASE("reject reasons in Vietnamese: the same rows, the reasons in the interface language", "[grade][i18n]") {
  hocvu::InterfaceLanguageScope vietnamese(hocvu::Language::vi);
  ReadAll all = read_text(
      "candidate_id,form,1,2,3\n"
      "1,101,A,B\n"
      ",101,A,B,C\n"
      "5,109,A,B,C\n");
  REQUIRE(all.rejects.size() == 3);
  CHECK(all.rejects[0].message == "dòng có 4 trường nhưng dòng tiêu đề có 5 cột");
  CHECK(all.rejects[1].message == "mã thí sinh để trống");
  CHECK(all.rejects[2].message == "đề '109' không có trong đáp án (các đề trong đáp án: 101, 102)");
  CHECK(codes(all) == std::vector<std::string>{"field_count", "missing_candidate", "unknown_form"});
}

TEST_CASE("a file without a form column uses the key's only form", "[grade]") {
  hocvu::GradingKey key = test_key();
  key.forms.resize(1);
  hocvu::test::ScratchFolder folder;
  ReadAll one = read_path(folder.add("r.csv", "candidate_id,1\n9,B\n"), {}, 1 << 20, key);
  REQUIRE(one.attempts.size() == 1);
  CHECK(one.attempts[0].form == "101");
  ReadAll two = read_text("candidate_id,1\n9,B\n");
  CHECK(codes(two) == std::vector<std::string>{"not_responses", "not_responses"});
  CHECK(two.rejects[0].message.find("the first line has no form column, and the key has 2 forms") == 0);
}

TEST_CASE("RFC 4180 quoting: separators, quotes and line breaks inside fields; CRLF and lone CR", "[grade]") {
  ReadAll all = read_text(
      "candidate_id,form,1,2,3\r\n"
      "\"1\",101,\"A\",\"A,C\",\"say \"\"hi\"\"\"\r\n"
      "2,101,B,,\"two\r\nlines\"\r\n"
      "\r\n"
      "3,101,C,,x\r"
      "4 , 101 ,  \"D\"  ,,\n"
      "5,101,a\"b,,");
  REQUIRE(all.attempts.size() == 5);
  CHECK(all.rejects.empty());
  CHECK(all.attempts[0].answers == answers({"A", "A,C", "say \"hi\""}));
  CHECK(all.attempts[1].answers == answers({"B", "", "two\r\nlines"}));
  CHECK(all.attempts[1].line == 3);
  CHECK(all.attempts[2].line == 6);  // the blank line 5 is no row
  CHECK(all.attempts[3].line == 7);  // after a lone CR
  CHECK(all.attempts[3].candidate_id == "4");
  CHECK(all.attempts[3].answers == answers({"D", "", ""}));
  CHECK(all.attempts[4].answers == answers({"a\"b", "", ""}));  // a quote inside an unquoted field is text
}

TEST_CASE("a quote that never closes costs its first line only", "[grade]") {
  ReadAll all = read_text(
      "candidate_id,form,1,2,3\n"
      "1,101,\"A,B,C\n"
      "2,101,A,B,C\n"
      "3,101,A,B,C\n");
  CHECK(codes(all) == std::vector<std::string>{"malformed_quoting"});
  CHECK(all.rejects[0].line == 2);
  CHECK(all.rejects[0].raw == "1,101,\"A,B,C");
  REQUIRE(all.attempts.size() == 2);
  CHECK(all.attempts[0].candidate_id == "2");
  CHECK(all.attempts[1].line == 4);
}

TEST_CASE("text after a closing quote is malformed quoting; reading goes on at the next line", "[grade]") {
  ReadAll all = read_text(
      "candidate_id,form,1,2,3\n"
      "1,101,\"A\"B,,\n"
      "2,101,\"A\n"
      "x\"y,,\n"
      "3,101,A,,\n");
  // Line 4 is then read as a row of its own (a quote there no longer spans lines): 3 fields.
  CHECK(codes(all) == std::vector<std::string>{"malformed_quoting", "malformed_quoting", "field_count"});
  CHECK(reject_lines(all) == std::vector<uint64_t>{2, 3, 4});
  CHECK(all.rejects[1].raw == "2,101,\"A");
  REQUIRE(all.attempts.size() == 1);
  CHECK(all.attempts[0].candidate_id == "3");
  CHECK(all.rows == 4);
}

TEST_CASE("long rows make one attempt of consecutive rows, across batches", "[grade]") {
  std::string text =
      "candidate_id,form,question,response,date\n"
      "1,101,1,B,d1\n"
      "1,101,Q3,  text ,d1\n"
      "1,101,Q2,,d1\n"
      "1,101,1,C,d1\n"   // question 1 again
      "1,101,Q4,T,d1\n"  // not on 101
      "2,102,Q4,F,d1\n"
      "2,102,2,AB,d1\n"
      "1,101,1,A,d2\n";
  for (size_t target : {size_t{1}, size_t{1} << 20}) {
    ReadAll all = read_text(text, {}, target);
    CHECK(all.format == ResponseFormat::long_rows);
    REQUIRE(all.attempts.size() == 3);
    CHECK(all.attempts[0].candidate_id == "1");
    CHECK(all.attempts[0].answers == answers({"B", "", "text"}));
    CHECK(all.attempts[0].rows == 3);
    CHECK(all.attempts[0].line == 2);
    CHECK(all.attempts[1].answers == answers({"F", "AB"}));
    CHECK(all.attempts[1].rows == 2);
    CHECK(all.attempts[1].line == 7);
    CHECK(all.attempts[2].date == "d2");
    CHECK(all.attempts[2].rows == 1);
    CHECK(codes(all) == std::vector<std::string>{"repeated_answer", "unknown_question"});
    CHECK(all.rows == 8);
  }
}

TEST_CASE("JSON Lines: strings, numbers, booleans, null and lists", "[grade]") {
  ReadAll all = read_text(
      "{\"candidate_id\":\"00042\",\"form\":\"101\",\"date\":\"2024-05-01\",\"responses\":{\"1\":\"B\",\"Q2\":[\"A\",\"C\"],\"3\":12.50}}\n"
      "\n"
      "{\"form\":102,\"candidate_id\":\"7\",\"extra\":{\"deep\":[1,2]},\"responses\":{\"Q4\":true,\"2\":null}}\r\n");
  CHECK(all.format == ResponseFormat::jsonl);
  CHECK(all.rejects.empty());
  REQUIRE(all.attempts.size() == 2);
  CHECK(all.attempts[0].candidate_id == "00042");
  CHECK(all.attempts[0].date == "2024-05-01");
  CHECK(all.attempts[0].answers == answers({"B", "A,C", "12.50"}));
  CHECK(all.attempts[1].form == "102");
  CHECK(all.attempts[1].line == 3);
  CHECK(all.attempts[1].answers == answers({"true", ""}));
}

TEST_CASE("JSON Lines: rows that do not fit are rejected with the reason", "[grade]") {
  ReadAll all = read_text(
      "{\"candidate_id\":42,\"form\":\"101\",\"responses\":{}}\n"
      "{\"candidate_id\":\"1\",\"form\":\"101\",\"responses\":{\"1\":\"A\"}\n"
      "[1,2]\n"
      "{\"candidate_id\":\"1\",\"form\":\"109\",\"responses\":{}}\n"
      "{\"candidate_id\":\"1\",\"form\":\"101\",\"responses\":{\"9\":\"A\"}}\n"
      "{\"candidate_id\":\"\",\"form\":\"101\",\"responses\":{}}\n"
      "{\"candidate_id\":\"1\",\"form\":\"101\",\"responses\":{\"1\":\"A\",\"Q1\":\"B\"}}\n"
      "{\"candidate_id\":\"1\",\"form\":\"101\",\"x\":[[[[[[[[[1]]]]]]]]]}\n"
      "{\"candidate_id\":\"1\",\"form\":\"101\",\"responses\":[\"A\"]}\n"
      "{\"candidate_id\":\"1\\u0000\",\"form\":\"101\",\"responses\":{}}\n"
      "{\"candidate_id\":\"ok\",\"form\":\"101\",\"responses\":{}}\n");
  REQUIRE(all.attempts.size() == 1);
  CHECK(all.attempts[0].candidate_id == "ok");
  CHECK(all.attempts[0].answers == answers({"", "", ""}));
  CHECK(codes(all) == std::vector<std::string>{"malformed_json", "malformed_json", "malformed_json", "unknown_form",
                                               "unknown_question", "missing_candidate", "repeated_answer",
                                               "malformed_json", "malformed_json", "nul_byte"});
  CHECK(all.rejects[0].message == "candidate_id must be a string (in quotes), so that leading zeros survive");
  CHECK(all.rejects[2].message == "the line is a JSON array, not an object");
  CHECK(all.rejects[7].message == "the line nests deeper than 8 levels");
}

TEST_CASE("attempts keep the original text of their rows, for a reject found when grading", "[grade]") {
  // Grading rejects an attempt whose answer is unreadable (or a duplicate under --duplicates reject)
  // and rejects.csv must then show its row(s) verbatim: quotes, spaces and line breaks as written.
  ReadAll wide = read_text("candidate_id,form,1,2,3\r\n000123, 101 ,\"x\"\"y\",\"A\nC\", t\r\n");
  REQUIRE(wide.attempts.size() == 1);
  CHECK(wide.attempts[0].raw == "000123, 101 ,\"x\"\"y\",\"A\nC\", t");

  ReadAll json = read_text("{\"candidate_id\":\"7\", \"form\":\"101\",\"responses\":{\"1\":\"zz\"}}\n");
  REQUIRE(json.attempts.size() == 1);
  CHECK(json.attempts[0].raw == "{\"candidate_id\":\"7\", \"form\":\"101\",\"responses\":{\"1\":\"zz\"}}");

  // Long: the rows the attempt was made from, joined by LF; a rejected row is not among them.
  std::string long_text =
      "candidate_id,form,question,response\n"
      "1,101,1,B\n"
      "1,101,1,C\n"   // repeated_answer: its own reject
      "1,101,3,\"a,b\"\n"
      "2,102,1,T\n";
  for (size_t target : {size_t{1}, size_t{1} << 20}) {
    ReadAll rows = read_text(long_text, {}, target);
    REQUIRE(rows.attempts.size() == 2);
    CHECK(rows.attempts[0].raw == "1,101,1,B\n1,101,3,\"a,b\"");
    CHECK(rows.attempts[1].raw == "2,102,1,T");
    REQUIRE(rows.rejects.size() == 1);
    CHECK(rows.rejects[0].raw == "1,101,1,C");
  }
}

TEST_CASE("the separator is detected from the header, or given", "[grade]") {
  ReadAll semicolons = read_text("candidate_id;form;1;2;3\n1;101;A,C;B;x\n");
  REQUIRE(semicolons.attempts.size() == 1);
  CHECK(semicolons.attempts[0].answers == answers({"A,C", "B", "x"}));
  // Detected, ';' would win here and leave no candidate_id column.
  std::string text = "candidate_id,form,1;2;3;4\n1,101,A\n";
  CHECK(codes(read_text(text)) == std::vector<std::string>{"not_responses", "not_responses"});
  ReaderOptions options;
  options.separator = ',';
  ReadAll given = read_text(text, options);
  CHECK(codes(given) == std::vector<std::string>{"unknown_question"});
  CHECK(given.rejects[0].message ==
        "column '1;2;3;4' is not a question of any form in the key, so its answer 'A' cannot be graded");
}

TEST_CASE("UTF-16 files, with and without a byte-order mark", "[grade]") {
  auto utf16 = [](const std::u16string& text, bool big_endian, bool bom) {
    std::string bytes;
    auto put = [&](char16_t unit) {
      char high = static_cast<char>(unit >> 8), low = static_cast<char>(unit & 0xFF);
      bytes += big_endian ? high : low;
      bytes += big_endian ? low : high;
    };
    if (bom) put(0xFEFF);
    for (char16_t unit : text) put(unit);
    return bytes;
  };
  std::u16string text = u"candidate_id,form,1,2,3\n1,101,A,B,Việt 😀\n";
  ReaderOptions options;
  options.encoding = InputEncoding::utf16;
  for (bool big : {false, true}) {
    ReadAll all = read_text(utf16(text, big, true), options);
    REQUIRE(all.attempts.size() == 1);
    CHECK(all.attempts[0].answers == answers({"A", "B", "Việt 😀"}));
  }
  options.encoding = InputEncoding::utf16be;
  CHECK(read_text(utf16(text, true, false), options).attempts.size() == 1);
  options.encoding = InputEncoding::utf16le;
  std::u16string broken = u"candidate_id,form,1,2,3\n1,101,A,B,x\n2,101,A,B,?\n3,101,A,B,C\n";
  broken[broken.find(u'?')] = 0xD800;  // a high surrogate alone
  ReadAll all = read_text(utf16(broken, false, false), options);
  CHECK(all.attempts.size() == 2);
  CHECK(codes(all) == std::vector<std::string>{"invalid_encoding"});
  CHECK(all.rejects[0].line == 3);
  CHECK(all.rejects[0].message ==
        "column 11 holds half of a UTF-16 surrogate pair (or the file ends in half a character)");
}

TEST_CASE("legacy single-byte encodings become UTF-8 in NFC; rejects keep the original bytes", "[grade]") {
  struct Case {
    InputEncoding encoding;
    std::string bytes;  // "Việt Nam, Quốc hội, đại biểu" and "Đ" (a capital)
  };
  const Case cases[] = {
      {InputEncoding::tcvn3, "Vi\xD6t Nam, Qu\xE8" "c h\xE9i, \xAE\xB9i bi\xD3u \xA7"},
      {InputEncoding::vni, "Vie\xE4t Nam, Quo\xE1" "c ho\xE4i, \xF1" "a\xEFi bie\xE5u \xD1"},
      {InputEncoding::windows1258, "Vi\xEA\xF2t Nam, Qu\xF4\xEC" "c h\xF4\xF2i, \xF0" "a\xF2i bi\xEA\xD2u \xD0"},
  };
  for (const Case& c : cases) {
    ReaderOptions options;
    options.encoding = c.encoding;
    ReadAll all = read_text("candidate_id,form,1,2,3\n1,101,A,B,\"" + c.bytes + "\"\n,101,A,B,\"" + c.bytes + "\"\n",
                            options);
    REQUIRE(all.attempts.size() == 1);
    CHECK(all.attempts[0].answers[2] == "Việt Nam, Quốc hội, đại biểu Đ");
    REQUIRE(all.rejects.size() == 1);
    CHECK(all.rejects[0].raw == ",101,A,B,\"" + c.bytes + "\"");
  }
  ReaderOptions options;
  options.encoding = InputEncoding::windows1258;
  ReadAll undefined = read_text("candidate_id,form,1,2,3\n1,101,A,B,\x81\n", options);  // 0x81: no character
  REQUIRE(codes(undefined) == std::vector<std::string>{"invalid_encoding"});
  CHECK(undefined.rejects[0].message == "byte 0x81 (at byte 11) means nothing in the encoding given (--encoding)");
}

TEST_CASE("UTF-8: a BOM at the start is skipped; invalid bytes and NUL reject their row only", "[grade]") {
  ReadAll all = read_text(
      "\xEF\xBB\xBF" "candidate_id,form,1,2,3\n"
      "1,101,A,B,caf\xE9\n"
      "2,101,A,B,ok\n"
      "3,101,A,B,\0x\n"
      "\xEF\xBB\xBF" "4,101,A,B,C\n"
      "\xEF\xBB\xBF" "candidate_id,form,1,2,3\n"
      "5,101,A,B,x\xEF\xBB\xBFy\n"s);
  CHECK(codes(all) == std::vector<std::string>{"invalid_encoding", "nul_byte", "not_responses"});
  CHECK(reject_lines(all) == std::vector<uint64_t>{2, 4, 6});
  CHECK(all.rejects[0].message ==
        "byte 0xE9 at column 14 is not UTF-8; save the file as UTF-8, or give --encoding (windows-1258, tcvn3, "
        "vni, utf-16)");
  CHECK(all.rejects[0].raw == "1,101,A,B,caf\xE9");
  CHECK(all.rejects[1].raw == "3,101,A,B,\0x"s);
  CHECK(all.rejects[2].message == "the line repeats the header (were two files joined?)");
  REQUIRE(all.attempts.size() == 3);
  CHECK(all.attempts[1].candidate_id == "4");             // a BOM starting a row belongs to no field
  CHECK(all.attempts[2].answers[2] == "x\xEF\xBB\xBFy");  // elsewhere it is text
}

TEST_CASE("gzip files are read through zlib, several members too; the hash is of the bytes on disk", "[grade]") {
  std::string head = "candidate_id,form,1,2,3\n1,101,A,B,C\n";
  std::string tail = "2,102,T,A,\n";
  std::string compressed = gzip(head) + gzip(tail);
  hocvu::test::ScratchFolder folder;
  for (std::string name : {"r.csv.gz", "r.csv"}) {  // by its name, or by its first bytes
    ReadAll all = read_path(folder.add(name, compressed));
    REQUIRE(all.attempts.size() == 2);
    CHECK(all.attempts[1].answers == answers({"T", "A"}));
    CHECK(all.attempts[1].line == 3);
    CHECK(all.sha256 == hocvu::sha256_hex(compressed));
    CHECK(all.bytes == compressed.size());
  }
  std::string cut = compressed.substr(0, compressed.size() / 2 - 3);
  std::string path = folder.add("cut.csv.gz", cut);
  CHECK_THROWS_WITH(read_path(path), "cannot read '" + path + "': the gzip data ends too early (the file is cut short)");
}

TEST_CASE("the hash and size of a plain file are of its bytes", "[grade]") {
  std::string text = "\xEF\xBB\xBF" "candidate_id,form,1\n1,101,A\n";
  ReadAll all = read_text(text);
  CHECK(all.sha256 == hocvu::sha256_hex(text));
  CHECK(all.bytes == text.size());
}

TEST_CASE("a file that cannot be read is a fatal error naming it", "[grade]") {
  hocvu::test::ScratchFolder folder;
  std::string missing = folder.path("missing.csv");
  CHECK_THROWS_WITH(read_path(missing), "cannot read '" + missing + "': No such file or directory");
  CHECK_THROWS_WITH(read_path(folder.path()), "cannot read '" + folder.path() + "': it is a folder");
}

TEST_CASE("empty files, blank files and a header alone hold no rows", "[grade]") {
  for (const std::string& text : {""s, "\n\n  \r\n\t\n"s, "candidate_id,form,1\n"s, "\n\ncandidate_id,form,1"s,
                                   "\xEF\xBB\xBF"s}) {
    ReadAll all = read_text(text);
    CHECK(all.rows == 0);
    CHECK(all.attempts.empty());
    CHECK(all.rejects.empty());
  }
  CHECK(read_text("").sha256 == hocvu::sha256_hex(""));
}

TEST_CASE("a file that is not a response file: every line is one not_responses reject", "[grade]") {
  ReadAll all = read_text("name,score\nLan,7\n\nAn,8\n");
  CHECK(codes(all) == std::vector<std::string>{"not_responses", "not_responses", "not_responses"});
  CHECK(reject_lines(all) == std::vector<uint64_t>{1, 2, 4});
  CHECK(all.rejects[0].message ==
        "the first line has no candidate_id column; a response file starts with a header candidate_id,form,1,2,3,... "
        "(wide), candidate_id,form,question,response (long), or JSON Lines");
  CHECK(all.rejects[1].message == "the file's first line (line 1) is not a response header, so no row can be placed");
  CHECK(all.rejects[2].raw == "An,8");

  // A PNG's first bytes: its first line is not UTF-8, and what follows is no row either.
  ReadAll png = read_text("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0"s);
  CHECK(codes(png) == std::vector<std::string>{"invalid_encoding", "not_responses", "nul_byte", "nul_byte"});
  CHECK(png.rows == 4);
  CHECK(png.rejects[1].raw == "\x1A");

  ReadAll twice = read_text("candidate_id,form,candidate,1\n1,101,1,A\n");
  CHECK(codes(twice) == std::vector<std::string>{"not_responses", "not_responses"});
  CHECK(twice.rejects[0].message.find("columns 1 and 3 both name the candidate;") == 0);
  ReadAll long_without_response = read_text("candidate_id,form,question\n1,101,1\n", {ResponseFormat::long_rows});
  CHECK(long_without_response.rejects[0].message.find("a long file needs a question and a response column") == 0);
}

TEST_CASE("a row over the limit is rejected with its first 4 KiB, and reading goes on", "[grade]") {
  ReaderOptions options;
  options.max_row_bytes = 10000;
  std::string big(30000, 'x');
  std::string quoted_big = "\"" + std::string(6000, 'y') + "\n" + std::string(6000, 'z') + "\"";
  ReadAll all = read_text("candidate_id,form,1,2,3\n1,101,A,B," + big + "\n2,101,A,B,C\n3,101,A,B," + quoted_big +
                              "\n4,101,A,B,C\r\n" + big + "\r\n5,101,A,B,C",
                          options, 1000);
  CHECK(codes(all) == std::vector<std::string>{"row_too_long", "malformed_quoting", "field_count", "row_too_long"});
  CHECK(reject_lines(all) == std::vector<uint64_t>{2, 4, 5, 7});
  CHECK(all.rejects[0].raw == "1,101,A,B," + big.substr(0, 4096 - 10));
  CHECK(all.rejects[0].message == "the row is longer than 10000 bytes, the limit; only its first 4 KiB are kept here");
  // The quote that runs past the limit costs its first line; the second is then a row of its own.
  CHECK(all.rejects[1].raw == "3,101,A,B,\"" + std::string(6000, 'y'));
  CHECK(all.rejects[2].raw == std::string(6000, 'z') + "\"");
  REQUIRE(all.attempts.size() == 3);
  CHECK(all.attempts[0].candidate_id == "2");
  CHECK(all.attempts[1].candidate_id == "4");
  CHECK(all.attempts[2].candidate_id == "5");
  CHECK(all.attempts[2].line == 8);
}

namespace {

// Deterministic bytes from a linear congruential generator.
std::string random_bytes(size_t size, uint32_t seed) {
  std::string out(size, '\0');
  for (char& c : out) {
    seed = seed * 1664525u + 1013904223u;
    c = static_cast<char>(seed >> 24);
  }
  return out;
}

// The same file read in batches of very different sizes gives the same attempts and rejects.
void check_same_in_any_batches(const std::string& path, const ReaderOptions& options = {}) {
  ReadAll whole = read_path(path, options, size_t{1} << 30);
  ReadAll small = read_path(path, options, 7);
  REQUIRE(small.attempts.size() == whole.attempts.size());
  REQUIRE(small.rejects.size() == whole.rejects.size());
  for (size_t i = 0; i < whole.attempts.size(); ++i) {
    CHECK(small.attempts[i].line == whole.attempts[i].line);
    CHECK(small.attempts[i].answers == whole.attempts[i].answers);
  }
  for (size_t i = 0; i < whole.rejects.size(); ++i) {
    CHECK(small.rejects[i].line == whole.rejects[i].line);
    CHECK(small.rejects[i].raw == whole.rejects[i].raw);
  }
}

}  // namespace

TEST_CASE("hostile corpus: every row ends as an attempt or a reject, and nothing hangs", "[grade]") {
  hocvu::test::ScratchFolder folder;
  const std::string header = "candidate_id,form,1,2,3\n";

  SECTION("a 10 MB field is an answer under the default limit, and reading goes on") {
    std::string path = folder.add("big.csv", header + "1,101,A,B," + std::string(10'000'000, 'q') + "\n2,101,A,B,C\n");
    ReadAll all = read_path(path, {}, 1 << 16);
    REQUIRE(all.attempts.size() == 2);
    CHECK(all.attempts[0].answers[2].size() == 10'000'000);
    CHECK(all.attempts[1].line == 3);
  }
  SECTION("ragged rows, quotes over lines, NUL bytes, invalid UTF-8, unknown forms") {
    std::string text = header + "1,101,A\n2,101,A,B,C,D,E\n3,101,\"A\nB\",\"\",C\n4,101,\"A\"x,,\n5,1\0" "01,A,B,C\n"s +
                       "6,101,\xC3\x28,B,C\n7,999,A,B,C\n8,101,A,B,\"unclosed\n9,101,A,B,C\n";
    ReadAll all = read_path(folder.add("ragged.csv", text));
    CHECK(codes(all) == std::vector<std::string>{"field_count", "field_count", "malformed_quoting", "nul_byte",
                                                 "invalid_encoding", "unknown_form", "malformed_quoting"});
    CHECK(all.attempts.size() == 2);
    CHECK(all.rows == 9);
  }
  SECTION("random bytes are rejected line by line, the same in any batch size") {
    std::string path = folder.add("random.bin", random_bytes(200'000, 7));
    ReadAll all = read_path(path);
    CHECK(all.attempts.empty());
    CHECK(all.rows == all.rejects.size());
    CHECK(all.rows > 100);
    check_same_in_any_batches(path);
  }
  SECTION("a CSV header over random bytes") {
    std::string path = folder.add("noise.csv", header + random_bytes(100'000, 11));
    ReadAll all = read_path(path);
    CHECK(all.rows == all.rejects.size() + all.attempts.size());
    check_same_in_any_batches(path);
  }
  SECTION("quotes that never close on every line cost linear time") {
    std::string text = header;
    for (int i = 0; i < 200'000; ++i) text += "\"x\n";  // each line opens a quote the next does not close
    ReadAll all = read_path(folder.add("quotes.csv", text));
    CHECK(all.rows == 200'000);
    CHECK(all.rejects.size() == 200'000);
    CHECK(all.rejects.back().reason == RejectReason::malformed_quoting);
    CHECK(all.rejects.back().line == 200'001);
  }
  SECTION("a file of line ends alone") {
    ReadAll all = read_path(folder.add("blank.csv", std::string(3'000'000, '\n')));
    CHECK(all.rows == 0);
  }
}

TEST_CASE("files larger than a block read the same in any batch size", "[grade]") {
  hocvu::test::ScratchFolder folder;
  std::string wide = "candidate_id;form;date;1;2;3\r\n";
  std::string long_rows = "candidate_id,form,question,response\n";
  std::string jsonl;
  for (int i = 0; i < 60'000; ++i) {
    std::string id = std::to_string(100000 + i);
    wide += id + ";" + (i % 2 ? "101" : "102") + ";d;\"A;B\";C;" + (i % 97 == 0 ? "\"x\ny\"" : "z") + "\r\n";
    long_rows += id + ",101,1,A\n" + id + ",101,2,B\n";
    jsonl += "{\"candidate_id\":\"" + id + "\",\"form\":\"101\",\"responses\":{\"1\":\"A\"}}\n";
  }
  ReadAll all = read_path(folder.add("wide.csv", wide));
  CHECK(all.attempts.size() == 30'000);  // form 102 has no question 3
  CHECK(all.rejects.size() == 30'000);
  check_same_in_any_batches(folder.path("wide.csv"));
  ReadAll grouped = read_path(folder.add("long.csv", long_rows), {}, 100);
  CHECK(grouped.attempts.size() == 60'000);
  CHECK(grouped.rows == 120'000);
  check_same_in_any_batches(folder.path("long.csv"));
  check_same_in_any_batches(folder.add("rows.jsonl", jsonl));
}
