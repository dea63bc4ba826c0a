// hocvu_make_bank: writes a synthetic but valid framework and question banks for benchmarks.
//
//   hocvu_make_bank --questions N --files F --seed S --out DIR
//
// writes DIR/framework/bench.yaml and DIR/question-banks/bank-001.yaml ... bank-F.yaml. The
// output depends only on N, F and S: the generator uses std::mt19937_64 (whose sequence the
// C++ standard fixes) and its own integer and real draws, never std::*_distribution, whose
// results differ between standard libraries.
//
// Every file is UTF-8 NFC, LF, 2-space indentation, no trailing spaces, and valid against
// docs/formats.md: unique question ids and stems, options with distinct texts, answers that fit
// their type, outcomes of the question's own competency and level, enemies that exist.
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Random draws that are the same on every platform.

class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}

  // Uniform in [0, n), n > 0. Lemire's multiply-and-reject: exact, and portable because it
  // only uses the engine's raw 64-bit output.
  uint64_t below(uint64_t n) {
    unsigned __int128 m = static_cast<unsigned __int128>(engine_()) * n;
    auto low = static_cast<uint64_t>(m);
    if (low < n) {
      const uint64_t threshold = (0 - n) % n;
      while (low < threshold) {
        m = static_cast<unsigned __int128>(engine_()) * n;
        low = static_cast<uint64_t>(m);
      }
    }
    return static_cast<uint64_t>(m >> 64);
  }

  // Uniform in [lo, hi].
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint64_t>(hi - lo + 1))); }

  // True with probability percent / 100.
  bool chance(int percent) { return below(100) < static_cast<uint64_t>(percent); }

  // Uniform in [0, 1) with 53 random bits.
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::mt19937_64 engine_;
};

// ---------------------------------------------------------------------------------------------
// Vocabulary: real Vietnamese words (NFC, precomposed), most of them from the programme's own
// subject. Stems, options, answers and explanations are drawn from it.

const std::vector<std::string> kWords = {
    // nouns
    "dữ liệu", "thông tin", "mật khẩu", "tài khoản", "máy tính", "điện thoại", "phần mềm",
    "ứng dụng", "trình duyệt", "thư điện tử", "tệp", "thư mục", "mạng", "trang web", "đường dẫn",
    "tin nhắn", "văn bản", "bảng tính", "bài trình chiếu", "hình ảnh", "video", "âm thanh",
    "máy in", "thiết bị", "bản sao", "đám mây", "bộ nhớ", "ổ cứng", "bản cập nhật", "bảo mật",
    "quyền riêng tư", "danh tính", "chữ ký số", "mã độc", "tin tặc", "lừa đảo", "cán bộ",
    "đại biểu", "cử tri", "cơ quan", "phiên họp", "kỳ họp", "dự thảo", "luật", "nghị quyết",
    "báo cáo", "tài liệu", "hồ sơ", "biểu mẫu", "cổng thông tin", "dịch vụ công", "công dân",
    "người dùng", "nhóm", "cuộc họp", "lịch", "nhiệm vụ", "kế hoạch", "nguồn", "trích dẫn",
    "bản quyền", "giấy phép", "nội dung", "bài viết", "bình luận", "mạng xã hội", "diễn đàn",
    "công cụ", "từ khóa", "bộ lọc", "kết quả", "trí tuệ nhân tạo", "mô hình", "câu lệnh",
    "chương trình", "thuật toán", "lỗi", "sự cố", "giải pháp", "kỹ năng", "năng lực",
    "môi trường", "sức khỏe", "thời gian", "màn hình", "bàn phím", "pin", "điện năng",
    "rác thải", "chính sách", "quy trình", "quy định", "phiên bản", "địa chỉ", "mã xác thực",
    "chứng chỉ", "hệ thống", "máy chủ", "cơ sở dữ liệu", "ảnh chụp", "bản đồ", "thống kê",
    "biểu đồ", "số liệu", "câu hỏi", "ý kiến", "phản ánh", "kiến nghị", "đồng nghiệp",
    "lãnh đạo", "văn phòng", "thư ký", "chuyên viên", "trợ lý", "tổ chức", "địa phương",
    // verbs
    "kiểm tra", "đánh giá", "lưu trữ", "chia sẻ", "gửi", "nhận", "tải lên", "tải xuống", "mở",
    "đóng", "xóa", "chỉnh sửa", "tạo", "sắp xếp", "phân loại", "tra cứu", "xác minh", "bảo vệ",
    "cài đặt", "gỡ bỏ", "khởi động lại", "đăng nhập", "đăng xuất", "đăng ký", "thay đổi",
    "ghi nhớ", "phản hồi", "trao đổi", "hợp tác", "thảo luận", "soạn thảo", "trình bày",
    "phân tích", "tổng hợp", "so sánh", "lựa chọn", "sử dụng", "áp dụng", "hướng dẫn", "hỗ trợ",
    "giải thích", "mô tả", "phát hiện", "ngăn chặn", "khắc phục", "theo dõi", "quản lý",
    "tìm kiếm", "sao lưu", "mã hóa", "đặt lịch", "ghi âm", "in", "ký",
    // adjectives and adverbs
    "chính xác", "tin cậy", "an toàn", "nhanh chóng", "hiệu quả", "phù hợp", "đầy đủ",
    "rõ ràng", "cẩn thận", "kịp thời", "công khai", "riêng tư", "quan trọng", "cần thiết",
    "mới nhất", "chính thức", "hợp pháp", "mạnh", "yếu", "lạ", "đáng ngờ", "miễn phí",
    "trực tuyến", "ngoại tuyến", "thường xuyên", "tự động",
    // function words
    "của", "cho", "với", "trong", "trên", "khi", "để", "và", "hoặc", "nhưng", "các", "những",
    "mỗi", "được", "cần", "nên", "phải", "có thể", "đã", "sẽ", "đang", "từ", "đến", "về",
    "theo", "bằng", "sau", "trước", "tại", "qua", "này", "đó", "mình", "người",
};

// The nouns lead kWords; short-text answers are drawn from them.
size_t noun_count() {
  static const size_t count = static_cast<size_t>(
      std::find(kWords.begin(), kWords.end(), std::string("kiểm tra")) - kWords.begin());
  return count;
}

// Openers of stems (already capitalised, distinct even case-folded).
const std::vector<std::string> kOpeners = {
    "Trong tình huống", "Khi làm việc với", "Tại phiên họp về", "Theo hướng dẫn về",
    "Với yêu cầu", "Ở cơ quan có", "Giả sử cán bộ cần", "Để chuẩn bị",
};

// Endings of stems, by question type.
const std::vector<std::string> kEndSingle = {
    "thì lựa chọn nào đúng nhất?", "thì cách làm nào phù hợp nhất?", "thì nên làm gì trước tiên?",
    "thì phương án nào an toàn nhất?",
};
const std::vector<std::string> kEndMultiple = {
    "thì những lựa chọn nào đúng?", "thì những việc nào cần làm?", "thì các phương án nào phù hợp?",
};
const std::vector<std::string> kEndTrueFalse = {
    "thì nhận định trên đúng hay sai?", "thì cách làm đó đúng hay sai?",
};
const std::vector<std::string> kEndShortText = {
    "thì thuật ngữ nào đúng?", "thì việc đó gọi là gì?",
};

struct Unit {
  const char* name;
  int lo;
  int hi;
};
const std::vector<Unit> kUnits = {
    {"phút", 1, 120}, {"giờ", 1, 48},  {"ngày", 1, 90},     {"MB", 1, 500},
    {"GB", 1, 256},   {"tệp", 1, 200}, {"ký tự", 6, 64},    {"lần", 1, 10},
    {"trang", 1, 300}, {"người", 2, 500},
};

const std::vector<std::string> kTags = {
    "tra-cuu",       "tim-kiem",   "danh-gia",     "luu-tru",         "chia-se",
    "hop-tac",       "giao-tiep",  "mang-xa-hoi",  "danh-tinh-so",    "noi-dung-so",
    "ban-quyen",     "lap-trinh",  "bao-ve-thiet-bi", "du-lieu-ca-nhan", "suc-khoe",
    "moi-truong",    "su-co",      "giai-phap",    "sang-tao",        "tu-hoc",
    "tri-tue-nhan-tao", "mat-khau", "lua-dao",     "thu-dien-tu",     "van-ban",
    "bang-tinh",     "trinh-chieu", "hop-truc-tuyen", "dich-vu-cong",  "phap-luat",
};

// ---------------------------------------------------------------------------------------------
// The framework: 6 areas, 24 competencies, levels CB TC NC CS, outcomes at CB and TC.

struct Competency {
  const char* id;
  const char* title;
};
struct Area {
  const char* id;
  const char* title;
  std::vector<Competency> competencies;
};

const std::vector<Area> kAreas = {
    {"1", "Khai thác dữ liệu và thông tin",
     {{"1.1", "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số"},
      {"1.2", "Đánh giá dữ liệu, thông tin và nội dung số"},
      {"1.3", "Quản lý dữ liệu, thông tin và nội dung số"}}},
    {"2", "Giao tiếp và hợp tác trong môi trường số",
     {{"2.1", "Tương tác thông qua công nghệ số"},
      {"2.2", "Chia sẻ thông qua công nghệ số"},
      {"2.3", "Thực hiện trách nhiệm công dân thông qua công nghệ số"},
      {"2.4", "Hợp tác thông qua công nghệ số"},
      {"2.5", "Quy tắc ứng xử trên môi trường số"},
      {"2.6", "Quản lý danh tính số"}}},
    {"3", "Sáng tạo nội dung số",
     {{"3.1", "Phát triển nội dung số"},
      {"3.2", "Tích hợp và tái tạo nội dung số"},
      {"3.3", "Bản quyền và giấy phép"},
      {"3.4", "Lập trình"}}},
    {"4", "An toàn",
     {{"4.1", "Bảo vệ thiết bị"},
      {"4.2", "Bảo vệ dữ liệu cá nhân và quyền riêng tư"},
      {"4.3", "Bảo vệ sức khỏe và an sinh"},
      {"4.4", "Bảo vệ môi trường"}}},
    {"5", "Giải quyết vấn đề",
     {{"5.1", "Giải quyết các vấn đề kỹ thuật"},
      {"5.2", "Xác định nhu cầu và giải pháp công nghệ"},
      {"5.3", "Sử dụng công nghệ số một cách sáng tạo"},
      {"5.4", "Xác định khoảng trống năng lực số"}}},
    {"6", "Ứng dụng trí tuệ nhân tạo",
     {{"6.1", "Hiểu biết về trí tuệ nhân tạo"},
      {"6.2", "Sử dụng trí tuệ nhân tạo"},
      {"6.3", "Đánh giá trí tuệ nhân tạo"}}},
};

// The two levels questions use; the framework also defines NC and CS.
const char* const kQuestionLevels[] = {"CB", "TC"};

std::vector<const Competency*> all_competencies() {
  std::vector<const Competency*> out;
  for (const auto& area : kAreas) {
    for (const auto& competency : area.competencies) {
      out.push_back(&competency);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

// Capitalises the first letter of a Vietnamese word (the letters that can start one).
std::string capitalise(std::string_view text) {
  static const char* const kLower[] = {
      "a", "à", "á", "ả", "ã", "ạ", "ă", "ằ", "ắ", "ẳ", "ẵ", "ặ", "â", "ầ", "ấ", "ẩ", "ẫ", "ậ",
      "e", "è", "é", "ẻ", "ẽ", "ẹ", "ê", "ề", "ế", "ể", "ễ", "ệ", "i", "ì", "í", "ỉ", "ĩ", "ị",
      "o", "ò", "ó", "ỏ", "õ", "ọ", "ô", "ồ", "ố", "ổ", "ỗ", "ộ", "ơ", "ờ", "ớ", "ở", "ỡ", "ợ",
      "u", "ù", "ú", "ủ", "ũ", "ụ", "ư", "ừ", "ứ", "ử", "ữ", "ự", "y", "ỳ", "ý", "ỷ", "ỹ", "ỵ",
      "đ"};
  static const char* const kUpper[] = {
      "A", "À", "Á", "Ả", "Ã", "Ạ", "Ă", "Ằ", "Ắ", "Ẳ", "Ẵ", "Ặ", "Â", "Ầ", "Ấ", "Ẩ", "Ẫ", "Ậ",
      "E", "È", "É", "Ẻ", "Ẽ", "Ẹ", "Ê", "Ề", "Ế", "Ể", "Ễ", "Ệ", "I", "Ì", "Í", "Ỉ", "Ĩ", "Ị",
      "O", "Ò", "Ó", "Ỏ", "Õ", "Ọ", "Ô", "Ồ", "Ố", "Ổ", "Ỗ", "Ộ", "Ơ", "Ờ", "Ớ", "Ở", "Ỡ", "Ợ",
      "U", "Ù", "Ú", "Ủ", "Ũ", "Ụ", "Ư", "Ừ", "Ứ", "Ử", "Ữ", "Ự", "Y", "Ỳ", "Ý", "Ỷ", "Ỹ", "Ỵ",
      "Đ"};
  static_assert(sizeof(kLower) == sizeof(kUpper));
  std::string out;
  if (text.empty()) {
    return out;
  }
  const auto c = static_cast<unsigned char>(text[0]);
  if (c >= 'a' && c <= 'z') {
    out.push_back(static_cast<char>(c - 'a' + 'A'));
    out.append(text.substr(1));
    return out;
  }
  for (size_t i = 0; i < sizeof(kLower) / sizeof(kLower[0]); ++i) {
    const std::string_view lower = kLower[i];
    if (text.substr(0, lower.size()) == lower) {
      out.append(kUpper[i]);
      out.append(text.substr(lower.size()));
      return out;
    }
  }
  out.append(text);
  return out;
}

size_t count_tokens(std::string_view text) {
  size_t n = text.empty() ? 0 : 1;
  for (char c : text) {
    n += c == ' ';
  }
  return n;
}

// Appends random words until `out` holds about `tokens` more space-separated tokens.
void append_words(Rng& rng, std::string& out, size_t tokens) {
  size_t added = 0;
  while (added < tokens) {
    const std::string& word = rng.pick(kWords);
    if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
    out.append(word);
    added += count_tokens(word);
  }
}

// A phrase of `lo`..`hi` vocabulary words, capitalised.
std::string phrase(Rng& rng, int lo, int hi) {
  std::string out;
  const int words = rng.between(lo, hi);
  for (int i = 0; i < words; ++i) {
    if (i > 0) {
      out.push_back(' ');
    }
    out.append(rng.pick(kWords));
  }
  return capitalise(out);
}

// Key under which two texts the generator makes are "the same" for hocvu (it drops
// punctuation; case differs only in the first letter, and openers are distinct).
uint64_t text_key(std::string_view text) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : text) {
    if (c == ',' || c == '?' || c == '.') {
      continue;
    }
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  return h;
}

// ---------------------------------------------------------------------------------------------
// Output.

struct Options {
  uint64_t questions = 0;
  uint64_t files = 1;
  uint64_t seed = 42;
  std::string out;
};

bool write_file(const fs::path& path, const std::string& content) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    fmt::print(stderr, "hocvu_make_bank: cannot write {}: {}\n", path.string(), std::strerror(errno));
    return false;
  }
  const size_t written = std::fwrite(content.data(), 1, content.size(), f);
  const bool ok = written == content.size() && std::fclose(f) == 0;
  if (!ok) {
    fmt::print(stderr, "hocvu_make_bank: cannot write {}: {}\n", path.string(), std::strerror(errno));
  }
  return ok;
}

std::string header_comment(const Options& options) {
  return fmt::format(
      "# Synthetic content for benchmarks, not for exams.\n"
      "# Made by: hocvu_make_bank --questions {} --files {} --seed {}\n",
      options.questions, options.files, options.seed);
}

std::string make_framework(const Options& options) {
  std::string y = header_comment(options);
  y +=
      "framework:\n"
      "  id: bench\n"
      "  version: \"1.0\"\n"
      "  title: Khung năng lực số dùng để đo hiệu năng\n"
      "  language: vi\n"
      "  description: Khung tổng hợp có cấu trúc giống khung thật, dùng cho bài đo hiệu năng của hocvu.\n"
      "levels:\n"
      "  - id: CB\n"
      "    name: Cơ bản\n"
      "    default_difficulty: -1.0\n"
      "  - id: TC\n"
      "    name: Trung cấp\n"
      "    default_difficulty: 0.0\n"
      "  - id: NC\n"
      "    name: Nâng cao\n"
      "    default_difficulty: 1.0\n"
      "  - id: CS\n"
      "    name: Chuyên sâu\n"
      "    default_difficulty: 2.0\n"
      "areas:\n";
  for (const auto& area : kAreas) {
    fmt::format_to(std::back_inserter(y), "  - id: \"{}\"\n    title: {}\n    competencies:\n", area.id,
                   area.title);
    for (const auto& c : area.competencies) {
      fmt::format_to(std::back_inserter(y), "      - id: \"{}\"\n        title: {}\n        outcomes:\n", c.id,
                     c.title);
      for (const char* level : kQuestionLevels) {
        const bool basic = std::string_view(level) == "CB";
        fmt::format_to(std::back_inserter(y),
                       "          - id: {0}-{1}-1\n"
                       "            level: {1}\n"
                       "            kind: knowledge\n"
                       "            text: {2} của năng lực {0}.\n"
                       "          - id: {0}-{1}-2\n"
                       "            level: {1}\n"
                       "            kind: skill\n"
                       "            text: {3} thuộc năng lực {0}.\n",
                       c.id, level,
                       basic ? "Nêu được các khái niệm cơ bản" : "Giải thích được các nguyên tắc chính",
                       basic ? "Thực hiện được các thao tác thường gặp"
                             : "Tự xử lý được các tình huống phức tạp");
      }
    }
  }
  y +=
      "roles:\n"
      "  - id: dbqh\n"
      "    name: Đại biểu Quốc hội\n"
      "    baseline: CB\n"
      "    requires:\n"
      "      - competency: \"6.2\"\n"
      "        level: TC\n"
      "  - id: chuyen-vien\n"
      "    name: Chuyên viên giúp việc\n"
      "    description: Chuyên viên các cơ quan của Quốc hội.\n"
      "    baseline: CB\n"
      "    requires:\n"
      "      - competency: \"1.1\"\n"
      "        level: TC\n"
      "      - competency: \"4.2\"\n"
      "        level: TC\n";
  return y;
}

enum class Type { single, multiple, true_false, numeric, short_text };

Type draw_type(Rng& rng) {
  const uint64_t r = rng.below(100);
  if (r < 60) return Type::single;
  if (r < 75) return Type::multiple;
  if (r < 85) return Type::true_false;
  if (r < 93) return Type::numeric;
  return Type::short_text;
}

const char* type_name(Type type) {
  switch (type) {
    case Type::single: return "single";
    case Type::multiple: return "multiple";
    case Type::true_false: return "true_false";
    case Type::numeric: return "numeric";
    case Type::short_text: return "short_text";
  }
  return "";
}

class BankWriter {
 public:
  BankWriter(const Options& options, Rng& rng)
      : options_(options), rng_(rng), competencies_(all_competencies()) {
    // Digits of the unique token sequence: enough base-|kWords| digits for every question.
    code_digits_ = 1;
    code_span_ = kWords.size();
    while (code_span_ < options.questions) {
      code_span_ *= kWords.size();
      ++code_digits_;
    }
  }

  std::string bank_id(uint64_t file) const { return fmt::format("bench-{:03d}", file + 1); }
  std::string question_id(uint64_t file, uint64_t number) const {
    return fmt::format("B{:03d}-Q{:06d}", file + 1, number);
  }

  // Writes file `file` (0-based) holding questions [first, last) (0-based global numbers).
  std::string make_bank(uint64_t file, uint64_t first, uint64_t last) {
    std::string y = header_comment(options_);
    y.reserve((last - first) * 620 + 512);
    fmt::format_to(std::back_inserter(y),
                   "bank:\n"
                   "  id: {}\n"
                   "  framework: bench\n"
                   "  language: vi\n"
                   "  title: Ngân hàng câu hỏi thử nghiệm số {}\n"
                   "questions:\n",
                   bank_id(file), file + 1);
    first_ = first;
    for (uint64_t q = first; q < last; ++q) {
      write_question(y, file, q);
    }
    return y;
  }

 private:
  // Question q (0-based, global) of bank `file`; its id holds q + 1.
  void write_question(std::string& y, uint64_t file, uint64_t q) {
    auto out = std::back_inserter(y);
    const size_t combos = competencies_.size() * 2;
    const uint64_t combo = q % combos;
    const Competency& competency = *competencies_[combo / 2];
    const char* level = kQuestionLevels[combo % 2];
    const Type type = draw_type(rng_);

    fmt::format_to(out,
                   "  - id: {}\n"
                   "    competency: \"{}\"\n"
                   "    level: {}\n"
                   "    outcome: {}-{}-{}\n"
                   "    type: {}\n"
                   "    stem: {}\n",
                   question_id(file, q + 1), competency.id, level, competency.id, level, rng_.between(1, 2),
                   type_name(type), make_stem(q, type));

    switch (type) {
      case Type::single: {
        const auto options = distinct_options(4);
        write_options(y, options);
        fmt::format_to(out, "    answer: {}\n", static_cast<char>('a' + rng_.below(4)));
        break;
      }
      case Type::multiple: {
        const auto options = distinct_options(5);
        write_options(y, options);
        const uint64_t first = rng_.below(5);
        uint64_t second = rng_.below(4);
        if (second >= first) {
          ++second;
        }
        const char a = static_cast<char>('a' + std::min(first, second));
        const char b = static_cast<char>('a' + std::max(first, second));
        fmt::format_to(out, "    answer: [{}, {}]\n", a, b);
        break;
      }
      case Type::true_false:
        fmt::format_to(out, "    answer: {}\n", rng_.chance(50) ? "true" : "false");
        break;
      case Type::numeric: {
        const Unit& unit = rng_.pick(kUnits);
        const int value = rng_.between(unit.lo, unit.hi);
        if (rng_.chance(20)) {
          fmt::format_to(out, "    answer: {}.5\n", value);
        } else {
          fmt::format_to(out, "    answer: {}\n", value);
        }
        if (rng_.chance(40)) {
          fmt::format_to(out, "    tolerance: {}\n", rng_.chance(50) ? "0.5" : "1");
        }
        fmt::format_to(out, "    unit: {}\n", unit.name);
        break;
      }
      case Type::short_text: {
        const std::string& first = kWords[rng_.below(noun_count())];
        const std::string& second = kWords[rng_.below(noun_count())];
        if (second == first || rng_.chance(40)) {
          fmt::format_to(out, "    answer: [{}]\n", first);
        } else {
          fmt::format_to(out, "    answer: [{}, {}]\n", first, second);
        }
        break;
      }
    }

    if (rng_.chance(15)) {
      y += "    points: 2\n";
    } else if (rng_.chance(50)) {
      y += "    points: 1\n";
    }
    fmt::format_to(out, "    difficulty: {}\n", difficulty(level));
    // Some enemies: the one or two questions before, in the same bank.
    if (q > first_ && rng_.chance(5)) {
      if (q - 1 > first_ && rng_.chance(20)) {
        fmt::format_to(out, "    enemies: [{}, {}]\n", question_id(file, q - 1), question_id(file, q));
      } else {
        fmt::format_to(out, "    enemies: [{}]\n", question_id(file, q));
      }
    }
    y += "    status: active\n";
    write_tags(y);
    if (rng_.chance(10)) {
      y += "    source: Nhóm hocvu biên soạn, 2026\n";
    }
    std::string explanation = "Đáp án đúng vì ";
    append_words(rng_, explanation, static_cast<size_t>(rng_.between(3, 8)));
    explanation += '.';
    fmt::format_to(out, "    explanation: {}\n", explanation);
  }

  // Opener, a run of random words with the question's unique code words inside, an ending that
  // fits the type: 17 to 32 space-separated words, 23 on average.
  std::string make_stem(uint64_t q, Type type) {
    const std::vector<std::string>* endings = &kEndSingle;
    switch (type) {
      case Type::single: endings = &kEndSingle; break;
      case Type::multiple: endings = &kEndMultiple; break;
      case Type::true_false: endings = &kEndTrueFalse; break;
      case Type::numeric: endings = nullptr; break;
      case Type::short_text: endings = &kEndShortText; break;
    }
    for (;;) {
      const std::string& opener = rng_.pick(kOpeners);
      std::string ending;
      if (endings != nullptr) {
        ending = rng_.pick(*endings);
      } else {
        ending = fmt::format("thì cần bao nhiêu {}?", rng_.pick(kUnits).name);
      }
      const size_t target = static_cast<size_t>(rng_.between(12, 23));
      const size_t fixed = count_tokens(opener) + count_tokens(ending);
      const size_t body = target > fixed + code_digits_ + 6 ? target - fixed - code_digits_ : 6;

      std::string stem = opener;
      const size_t before = body / 2 - rng_.below(body / 4 + 1);
      append_words(rng_, stem, before);
      // The unique code: the question number, scrambled by a bijection of [0, code_span_) so
      // that neighbours share no code word, written in base |kWords| with vocabulary words.
      // 1000003 is a prime larger than |kWords|, so it is coprime with code_span_.
      uint64_t n = static_cast<uint64_t>(static_cast<unsigned __int128>(q) * 1000003u % code_span_);
      for (size_t d = 0; d < code_digits_; ++d) {
        stem += ' ';
        stem += kWords[n % kWords.size()];
        n /= kWords.size();
      }
      stem += ',';
      append_words(rng_, stem, body - before);
      stem += ' ';
      stem += ending;
      if (stems_.insert(text_key(stem)).second) {
        return stem;
      }
    }
  }

  std::vector<std::string> distinct_options(size_t count) {
    std::vector<std::string> options;
    std::vector<uint64_t> keys;
    while (options.size() < count) {
      std::string text = phrase(rng_, 2, 4);
      const uint64_t key = text_key(text);
      bool seen = false;
      for (uint64_t k : keys) {
        seen = seen || k == key;
      }
      if (!seen) {
        keys.push_back(key);
        options.push_back(std::move(text));
      }
    }
    return options;
  }

  static void write_options(std::string& y, const std::vector<std::string>& options) {
    y += "    options:\n";
    for (size_t i = 0; i < options.size(); ++i) {
      y += "      ";
      y += static_cast<char>('a' + i);
      y += ": ";
      y += options[i];
      y += '\n';
    }
  }

  std::string difficulty(const char* level) {
    const double centre = std::string_view(level) == "CB" ? -1.0 : 0.4;
    // Roughly normal: the sum of four uniforms, spread about 1.
    const double noise = (rng_.unit() + rng_.unit() + rng_.unit() + rng_.unit() - 2.0) * 1.7;
    double value = centre + noise;
    if (value < -3.9) value = -3.9;
    if (value > 3.9) value = 3.9;
    const long tenths = std::lround(value * 10.0);
    return fmt::format("{}{}.{}", tenths < 0 ? "-" : "", std::labs(tenths) / 10, std::labs(tenths) % 10);
  }

  void write_tags(std::string& y) {
    const int count = rng_.between(1, 3);
    std::vector<uint64_t> chosen;
    while (chosen.size() < static_cast<size_t>(count)) {
      const uint64_t t = rng_.below(kTags.size());
      bool seen = false;
      for (uint64_t c : chosen) {
        seen = seen || c == t;
      }
      if (!seen) {
        chosen.push_back(t);
      }
    }
    y += "    tags: [";
    for (size_t i = 0; i < chosen.size(); ++i) {
      if (i > 0) {
        y += ", ";
      }
      y += kTags[chosen[i]];
    }
    y += "]\n";
  }

  const Options& options_;
  Rng& rng_;
  std::vector<const Competency*> competencies_;
  size_t code_digits_ = 1;
  uint64_t code_span_ = 1;  // |kWords| ^ code_digits_
  uint64_t first_ = 0;  // first question of the bank being written
  std::unordered_set<uint64_t> stems_;
};

// ---------------------------------------------------------------------------------------------
// Arguments.

constexpr const char* kUsage =
    "usage: hocvu_make_bank --questions N [--files F] [--seed S] --out DIR\n"
    "\n"
    "Writes a synthetic, valid hocvu framework (DIR/framework/bench.yaml) and N questions spread\n"
    "evenly over F bank files (DIR/question-banks/bank-001.yaml ...). The output depends only on\n"
    "N, F and S. Stale bank-*.yaml files in DIR/question-banks are removed.\n"
    "\n"
    "  --questions N   number of questions, 1..10000000\n"
    "  --files F       number of bank files, 1..N and at most 99999 (default 1)\n"
    "  --seed S        random seed, 0..2^64-1 (default 42)\n"
    "  --out DIR       output folder (created when missing)\n";

[[noreturn]] void usage_error(std::string_view message) {
  if (!message.empty()) {
    fmt::print(stderr, "hocvu_make_bank: {}\n", message);
  }
  std::fputs(kUsage, stderr);
  std::exit(2);
}

uint64_t parse_number(std::string_view name, std::string_view text, uint64_t lo, uint64_t hi) {
  if (text.empty() || text.size() > 20) {
    usage_error(fmt::format("{} needs a number, got '{}'", name, text));
  }
  unsigned __int128 value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      usage_error(fmt::format("{} needs a number, got '{}'", name, text));
    }
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  if (value < lo || value > hi) {
    usage_error(fmt::format("{} must be between {} and {}, got {}", name, lo, hi, text));
  }
  return static_cast<uint64_t>(value);
}

Options parse_arguments(int argc, char** argv) {
  Options options;
  bool have_questions = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    }
    std::string_view value;
    bool inline_value = false;
    if (const size_t eq = arg.find('='); arg.substr(0, 2) == "--" && eq != std::string_view::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      inline_value = true;
    }
    const bool known = arg == "--questions" || arg == "--files" || arg == "--seed" || arg == "--out";
    if (!known) {
      usage_error(fmt::format("unknown argument '{}'", argv[i]));
    }
    if (!inline_value) {
      if (i + 1 >= argc) {
        usage_error(fmt::format("{} needs a value", arg));
      }
      value = argv[++i];
    }
    if (arg == "--questions") {
      options.questions = parse_number(arg, value, 1, 10'000'000);
      have_questions = true;
    } else if (arg == "--files") {
      options.files = parse_number(arg, value, 1, 99'999);
    } else if (arg == "--seed") {
      options.seed = parse_number(arg, value, 0, UINT64_MAX);
    } else {
      if (value.empty()) {
        usage_error("--out needs a folder");
      }
      options.out = std::string(value);
    }
  }
  if (!have_questions) {
    usage_error("--questions is required");
  }
  if (options.out.empty()) {
    usage_error("--out is required");
  }
  if (options.files > options.questions) {
    usage_error(fmt::format("--files ({}) must not exceed --questions ({})", options.files, options.questions));
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_arguments(argc, argv);
  const fs::path out = options.out;
  const fs::path framework_dir = out / "framework";
  const fs::path banks_dir = out / "question-banks";
  std::error_code ec;
  fs::create_directories(framework_dir, ec);
  if (!ec) {
    fs::create_directories(banks_dir, ec);
  }
  if (ec) {
    fmt::print(stderr, "hocvu_make_bank: cannot create {}: {}\n", out.string(), ec.message());
    return 1;
  }

  // Remove bank files of an earlier run with more files, so no stale question is linted.
  for (const auto& entry : fs::directory_iterator(banks_dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("bank-", 0) == 0 && entry.path().extension() == ".yaml") {
      fs::remove(entry.path(), ec);
    }
  }

  uint64_t bytes = 0;
  const std::string framework = make_framework(options);
  if (!write_file(framework_dir / "bench.yaml", framework)) {
    return 1;
  }
  bytes += framework.size();

  Rng rng(options.seed);
  BankWriter writer(options, rng);
  for (uint64_t f = 0; f < options.files; ++f) {
    const uint64_t first = f * options.questions / options.files;
    const uint64_t last = (f + 1) * options.questions / options.files;
    const std::string bank = writer.make_bank(f, first, last);
    if (!write_file(banks_dir / fmt::format("bank-{:03d}.yaml", f + 1), bank)) {
      return 1;
    }
    bytes += bank.size();
  }
  fmt::print("hocvu_make_bank: {} questions in {} files, {:.1f} MB, in {}\n", options.questions,
             options.files + 1, static_cast<double>(bytes) / (1024.0 * 1024.0), out.string());
  return 0;
}
