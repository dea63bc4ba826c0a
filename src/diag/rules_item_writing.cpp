// The rows of the item-writing rules: W410-W415 judge one question, W420-W423 the cues across a
// bank or a blueprint's pool, W605 the forms of an exam. Their definitions are in
// lint/item_flaws.cpp, lint/cue_statistics.cpp and exam/test_wise.cpp; the README's "Item-writing
// flaws" section has the thresholds table.
#include "diag/rule_parts.hpp"

namespace hocvu::rule_parts {

std::vector<RuleInfo> item_writing_rules() {
  constexpr Severity W = Severity::warning;
  return {
      {Rule::key_longest_option, "W410", "key-longest-option", W,
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Trước khi nhập mật khẩu vào một trang web, cần làm gì?
    options:
      a: Nhập ngay cho nhanh
      b: Kiểm tra tên miền và biểu tượng ổ khoá trên thanh địa chỉ
      c: Hỏi người ngồi bên
      d: Tắt máy rồi bật lại
    answer: b
)",
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Trước khi nhập mật khẩu vào một trang web, cần làm gì?
    options:
      a: Tải lại trang cho tới khi hiện đủ hình ảnh
      b: Kiểm tra tên miền và ổ khoá trên thanh địa chỉ
      c: Hỏi người ngồi bên xem trang có quen thuộc không
      d: Xoá lịch sử duyệt web rồi mở lại trang đó
    answer: b
)"},
      {Rule::all_or_none_option, "W411", "all-or-none-option", W,
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Cách nào giúp tìm đúng văn bản pháp luật cần tra cứu?
    options:
      a: Tìm theo số hiệu văn bản
      b: Lọc theo cơ quan ban hành
      c: Tìm trên Cơ sở dữ liệu quốc gia về pháp luật
      d: Tất cả các đáp án trên
    answer: d
)",
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: multiple
    stem: Những cách nào giúp tìm đúng văn bản pháp luật cần tra cứu?
    options:
      a: Tìm theo số hiệu văn bản
      b: Lọc theo cơ quan ban hành
      c: Tìm theo tên người đăng bài chia sẻ
      d: Tìm trên Cơ sở dữ liệu quốc gia về pháp luật
    answer: [a, b, d]
)"},
      {Rule::absolute_word, "W412", "absolute-word", W,
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Kết quả đứng đầu trang tìm kiếm luôn là nguồn chính xác nhất.
    answer: false
)",
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: true_false
    stem: Thứ hạng trên trang tìm kiếm cho biết độ chính xác của nguồn tin.
    answer: false
)"},
      {Rule::negative_stem, "W413", "negative-stem", W,
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Dấu hiệu nào không cho thấy một trang web là giả mạo?
    options:
      a: Tên miền sai một chữ so với trang thật
      b: Trang có biểu tượng ổ khoá và tên miền .gov.vn
      c: Trang đòi nhập mã OTP để nhận quà
      d: Trang đếm ngược thời gian để giục người dùng
    answer: b
)",
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Dấu hiệu nào KHÔNG cho thấy một trang web là giả mạo?
    options:
      a: Tên miền sai một chữ so với trang thật
      b: Trang có biểu tượng ổ khoá và tên miền .gov.vn
      c: Trang đòi nhập mã OTP để nhận quà
      d: Trang đếm ngược thời gian để giục người dùng
    answer: b
)"},
      {Rule::unequal_options, "W414", "unequal-options", W,
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: multiple
    stem: Những việc nào giúp đánh giá độ tin cậy của một bài viết trên mạng?
    options:
      a: Xem tác giả
      b: Đối chiếu nội dung với trang của cơ quan nhà nước có thẩm quyền về vấn đề đó
      c: Đếm lượt thích
      d: Xem ngày đăng
    answer: [a, b, d]
)",
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: multiple
    stem: Những việc nào giúp đánh giá độ tin cậy của một bài viết trên mạng?
    options:
      a: Xem tác giả và nơi đăng bài
      b: Đối chiếu với nguồn chính thống
      c: Đếm lượt thích và lượt chia sẻ
      d: Xem bài được đăng vào ngày nào
    answer: [a, b, d]
)"},
      {Rule::one_correct_option, "W415", "one-correct-option", W,
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: multiple
    stem: Trang nào là Cổng Dịch vụ công quốc gia?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dvc-quocgia.net
    answer: [a]
)",
       R"(questions:
  - id: Q1
    competency: "1.1"
    level: CB
    type: single
    stem: Trang nào là Cổng Dịch vụ công quốc gia?
    options:
      a: dichvucong.gov.vn
      b: dichvucong.com.vn
      c: dvc-quocgia.net
    answer: a
)"},
      {Rule::key_longest_share, "W420", "key-longest-share", W,
       R"(questions:
  - {id: Q1, competency: "1.1", level: CB, type: single, stem: "Trang nào là Cổng Dịch vụ công quốc gia?", options: {a: "dichvucong.gov.vn", b: "dichvucong.com", c: "dvc-quocgia.net", d: "congdichvu.org"}, answer: a}
  - {id: Q2, competency: "1.1", level: CB, type: single, stem: "Mã OTP dùng để làm gì?", options: {a: "Xác thực một giao dịch", b: "Đặt tên cho tệp tin", c: "Tăng tốc độ mạng", d: "Mở khoá màn hình"}, answer: a}
  - {id: Q3, competency: "1.1", level: CB, type: single, stem: "Ứng dụng nào dùng để định danh điện tử?", options: {a: "Zalo", b: "VNeID", c: "Word", d: "Zoom"}, answer: b}
  - {id: Q4, competency: "1.1", level: CB, type: single, stem: "Phím tắt nào sao chép văn bản?", options: {a: "Ctrl + C", b: "Ctrl + V", c: "Ctrl + Z", d: "Ctrl + P"}, answer: a}
  - {id: Q5, competency: "1.1", level: CB, type: single, stem: "Đuôi tệp nào là tài liệu Word?", options: {a: ".xlsx", b: ".pptx", c: ".docx", d: ".mp4"}, answer: c}
  - {id: Q6, competency: "1.1", level: CB, type: single, stem: "Khi nhận thư lạ có tệp đính kèm, nên làm gì?", options: {a: "Mở tệp để xem", b: "Chuyển cho đồng nghiệp", c: "Hỏi bộ phận CNTT trước khi mở", d: "Trả lời người gửi"}, answer: c}
  - {id: Q7, competency: "1.1", level: CB, type: single, stem: "Mật khẩu nào mạnh nhất?", options: {a: "123456", b: "matkhau", c: "Qh#2025!tq", d: "quochoi"}, answer: c}
  - {id: Q8, competency: "1.1", level: CB, type: single, stem: "Trình duyệt hiện ổ khoá trên thanh địa chỉ khi nào?", options: {a: "Trang dùng HTTPS", b: "Trang tải chậm", c: "Trang có ảnh", d: "Trang chưa lưu"}, answer: a}
  - {id: Q9, competency: "1.1", level: CB, type: single, stem: "Lưu tệp lên đâu để mở được trên nhiều máy?", options: {a: "Kho lưu trữ đám mây", b: "Thùng rác", c: "Bộ nhớ tạm", d: "Màn hình chờ"}, answer: a}
  - {id: Q10, competency: "1.1", level: CB, type: single, stem: "Ai được biết mã PIN chữ ký số của cán bộ?", options: {a: "Văn thư", b: "Chỉ người được cấp", c: "Người bán", d: "Bộ phận kế toán"}, answer: b}
)",
       R"(questions:
  - {id: Q1, competency: "1.1", level: CB, type: single, stem: "Trang nào là Cổng Dịch vụ công quốc gia?", options: {a: "dichvucong.gov.vn", b: "dichvucong.com.vn", c: "dvc-quocgia.net", d: "congdichvu.org"}, answer: a}
  - {id: Q2, competency: "1.1", level: CB, type: single, stem: "Mã OTP dùng để làm gì?", options: {a: "Xác thực một giao dịch", b: "Đặt tên cho tệp tin", c: "Tăng tốc độ mạng", d: "Mở khoá màn hình máy in"}, answer: a}
  - {id: Q3, competency: "1.1", level: CB, type: single, stem: "Ứng dụng nào dùng để định danh điện tử?", options: {a: "Zalo", b: "VNeID", c: "Excel", d: "Paint"}, answer: b}
  - {id: Q4, competency: "1.1", level: CB, type: single, stem: "Phím tắt nào sao chép văn bản?", options: {a: "Ctrl + C", b: "Ctrl + V", c: "Ctrl + Z", d: "Ctrl + P"}, answer: a}
  - {id: Q5, competency: "1.1", level: CB, type: single, stem: "Đuôi tệp nào là tài liệu Word?", options: {a: ".xlsx", b: ".pptx", c: ".docx", d: ".mp4"}, answer: c}
  - {id: Q6, competency: "1.1", level: CB, type: single, stem: "Khi nhận thư lạ có tệp đính kèm, nên làm gì?", options: {a: "Mở tệp để xem", b: "Chuyển cho đồng nghiệp", c: "Hỏi bộ phận CNTT trước khi mở", d: "Trả lời người gửi"}, answer: c}
  - {id: Q7, competency: "1.1", level: CB, type: single, stem: "Mật khẩu nào mạnh nhất?", options: {a: "123456", b: "matkhau", c: "Qh#2025!tq", d: "quochoi"}, answer: c}
  - {id: Q8, competency: "1.1", level: CB, type: single, stem: "Trình duyệt hiện ổ khoá trên thanh địa chỉ khi nào?", options: {a: "Trang dùng HTTPS", b: "Trang tải chậm", c: "Trang có quảng cáo", d: "Trang chưa lưu"}, answer: a}
  - {id: Q9, competency: "1.1", level: CB, type: single, stem: "Lưu tệp lên đâu để mở được trên nhiều máy?", options: {a: "Kho lưu trữ đám mây", b: "Thùng rác", c: "Bộ nhớ tạm", d: "Màn hình chờ"}, answer: a}
  - {id: Q10, competency: "1.1", level: CB, type: single, stem: "Ai được biết mã PIN chữ ký số của cán bộ?", options: {a: "Văn thư của cơ quan", b: "Chỉ người được cấp", c: "Người bán chứng thư", d: "Bộ phận kế toán"}, answer: b}
)"},
      {Rule::key_position_skew, "W421", "key-position-skew", W,
       R"(questions:
  - {id: Q1, competency: "1.1", level: CB, type: single, stem: "Có nên bật xác thực hai lớp cho hộp thư công vụ không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q2, competency: "1.1", level: CB, type: single, stem: "Có nên cập nhật trình duyệt khi có bản vá bảo mật không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q3, competency: "1.1", level: CB, type: single, stem: "Có nên sao lưu tài liệu quan trọng ra nơi khác không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q4, competency: "1.1", level: CB, type: single, stem: "Có nên đọc mã OTP cho người gọi tự xưng nhân viên ngân hàng không?", options: {a: "Có", b: "Không"}, answer: b}
  - {id: Q5, competency: "1.1", level: CB, type: single, stem: "Có nên khoá màn hình máy tính khi rời bàn làm việc không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q6, competency: "1.1", level: CB, type: single, stem: "Có nên kiểm tra tên miền trước khi đăng nhập vào trang không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q7, competency: "1.1", level: CB, type: single, stem: "Có nên dùng mật khẩu riêng cho từng tài khoản không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q8, competency: "1.1", level: CB, type: single, stem: "Có nên báo bộ phận CNTT khi nhận thư nghi lừa đảo không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q9, competency: "1.1", level: CB, type: single, stem: "Có nên cắm USB nhặt được vào máy tính cơ quan không?", options: {a: "Có", b: "Không"}, answer: b}
  - {id: Q10, competency: "1.1", level: CB, type: single, stem: "Có nên đọc kỹ quyền mà ứng dụng điện thoại xin cấp không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q11, competency: "1.1", level: CB, type: single, stem: "Có nên ký số văn bản điện tử trước khi phát hành không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q12, competency: "1.1", level: CB, type: single, stem: "Có nên tải ứng dụng VNeID từ kho ứng dụng chính thức không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q13, competency: "1.1", level: CB, type: single, stem: "Có nên xoá dữ liệu khỏi máy cũ trước khi thanh lý không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q14, competency: "1.1", level: CB, type: single, stem: "Có nên đối chiếu tin nóng với nguồn chính thống không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q15, competency: "1.1", level: CB, type: single, stem: "Có nên gửi tài liệu mật qua mạng xã hội không?", options: {a: "Có", b: "Không"}, answer: b}
  - {id: Q16, competency: "1.1", level: CB, type: single, stem: "Có nên đặt mã PIN cho thẻ SIM điện thoại công vụ không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q17, competency: "1.1", level: CB, type: single, stem: "Có nên đăng xuất tài khoản trên máy tính dùng chung không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q18, competency: "1.1", level: CB, type: single, stem: "Có nên bật tường lửa của hệ điều hành không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q19, competency: "1.1", level: CB, type: single, stem: "Có nên lưu biên bản họp vào thư mục dùng chung của đơn vị không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q20, competency: "1.1", level: CB, type: single, stem: "Có nên đặt tên tệp theo quy ước của cơ quan không?", options: {a: "Có", b: "Không"}, answer: a}
)",
       R"(questions:
  - {id: Q1, competency: "1.1", level: CB, type: single, stem: "Có nên bật xác thực hai lớp cho hộp thư công vụ không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q2, competency: "1.1", level: CB, type: single, stem: "Có nên cập nhật trình duyệt khi có bản vá bảo mật không?", options: {a: "Không", b: "Có"}, answer: b}
  - {id: Q3, competency: "1.1", level: CB, type: single, stem: "Có nên sao lưu tài liệu quan trọng ra nơi khác không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q4, competency: "1.1", level: CB, type: single, stem: "Có nên đọc mã OTP cho người gọi tự xưng nhân viên ngân hàng không?", options: {a: "Không", b: "Có"}, answer: a}
  - {id: Q5, competency: "1.1", level: CB, type: single, stem: "Có nên khoá màn hình máy tính khi rời bàn làm việc không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q6, competency: "1.1", level: CB, type: single, stem: "Có nên kiểm tra tên miền trước khi đăng nhập vào trang không?", options: {a: "Không", b: "Có"}, answer: b}
  - {id: Q7, competency: "1.1", level: CB, type: single, stem: "Có nên dùng mật khẩu riêng cho từng tài khoản không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q8, competency: "1.1", level: CB, type: single, stem: "Có nên báo bộ phận CNTT khi nhận thư nghi lừa đảo không?", options: {a: "Không", b: "Có"}, answer: b}
  - {id: Q9, competency: "1.1", level: CB, type: single, stem: "Có nên cắm USB nhặt được vào máy tính cơ quan không?", options: {a: "Có", b: "Không"}, answer: b}
  - {id: Q10, competency: "1.1", level: CB, type: single, stem: "Có nên đọc kỹ quyền mà ứng dụng điện thoại xin cấp không?", options: {a: "Không", b: "Có"}, answer: b}
  - {id: Q11, competency: "1.1", level: CB, type: single, stem: "Có nên ký số văn bản điện tử trước khi phát hành không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q12, competency: "1.1", level: CB, type: single, stem: "Có nên tải ứng dụng VNeID từ kho ứng dụng chính thức không?", options: {a: "Không", b: "Có"}, answer: b}
  - {id: Q13, competency: "1.1", level: CB, type: single, stem: "Có nên xoá dữ liệu khỏi máy cũ trước khi thanh lý không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q14, competency: "1.1", level: CB, type: single, stem: "Có nên đối chiếu tin nóng với nguồn chính thống không?", options: {a: "Không", b: "Có"}, answer: b}
  - {id: Q15, competency: "1.1", level: CB, type: single, stem: "Có nên gửi tài liệu mật qua mạng xã hội không?", options: {a: "Có", b: "Không"}, answer: b}
  - {id: Q16, competency: "1.1", level: CB, type: single, stem: "Có nên đặt mã PIN cho thẻ SIM điện thoại công vụ không?", options: {a: "Không", b: "Có"}, answer: b}
  - {id: Q17, competency: "1.1", level: CB, type: single, stem: "Có nên đăng xuất tài khoản trên máy tính dùng chung không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q18, competency: "1.1", level: CB, type: single, stem: "Có nên bật tường lửa của hệ điều hành không?", options: {a: "Không", b: "Có"}, answer: b}
  - {id: Q19, competency: "1.1", level: CB, type: single, stem: "Có nên lưu biên bản họp vào thư mục dùng chung của đơn vị không?", options: {a: "Có", b: "Không"}, answer: a}
  - {id: Q20, competency: "1.1", level: CB, type: single, stem: "Có nên đặt tên tệp theo quy ước của cơ quan không?", options: {a: "Không", b: "Có"}, answer: b}
)"},
      {Rule::correct_count_skew, "W422", "correct-count-skew", W,
       R"(questions:
  - {id: Q1, competency: "1.1", level: CB, type: multiple, stem: "Những tên miền nào là của cơ quan nhà nước?", options: {a: "chinhphu.vn", b: "quochoi.vn", c: "chinhphu.com", d: "quochoi.net"}, answer: [a, b]}
  - {id: Q2, competency: "1.1", level: CB, type: multiple, stem: "Những dấu hiệu nào cho thấy thư lừa đảo?", options: {a: "Giục làm ngay", b: "Đòi mật khẩu", c: "Có chữ ký số hợp lệ", d: "Gửi từ hộp thư cơ quan"}, answer: [a, b]}
  - {id: Q3, competency: "1.1", level: CB, type: multiple, stem: "Những thiết bị nào lưu được dữ liệu?", options: {a: "Ổ USB", b: "Thẻ nhớ", c: "Bàn phím", d: "Con chuột"}, answer: [a, b]}
  - {id: Q4, competency: "1.1", level: CB, type: multiple, stem: "Những việc nào giúp bảo vệ tài khoản?", options: {a: "Đổi mật khẩu mặc định", b: "Bật xác thực hai lớp", c: "Dùng chung mật khẩu", d: "Ghi mật khẩu lên bàn"}, answer: [a, b]}
  - {id: Q5, competency: "1.1", level: CB, type: multiple, stem: "Những định dạng nào là tệp ảnh?", options: {a: ".jpg", b: ".png", c: ".mp3", d: ".csv"}, answer: [a, b]}
  - {id: Q6, competency: "1.1", level: CB, type: multiple, stem: "Những ứng dụng nào dùng để họp trực tuyến?", options: {a: "Zoom", b: "Teams", c: "Excel", d: "Paint"}, answer: [a, b]}
)",
       R"(questions:
  - {id: Q1, competency: "1.1", level: CB, type: multiple, stem: "Những tên miền nào là của cơ quan nhà nước?", options: {a: "chinhphu.vn", b: "quochoi.vn", c: "chinhphu.com", d: "quochoi.net"}, answer: [a, b]}
  - {id: Q2, competency: "1.1", level: CB, type: multiple, stem: "Những dấu hiệu nào cho thấy thư lừa đảo?", options: {a: "Giục làm ngay", b: "Đòi mật khẩu", c: "Sai chính tả tên cơ quan", d: "Gửi từ hộp thư cơ quan"}, answer: [a, b, c]}
  - {id: Q3, competency: "1.1", level: CB, type: multiple, stem: "Những thiết bị nào lưu được dữ liệu?", options: {a: "Ổ USB", b: "Thẻ nhớ", c: "Ổ cứng ngoài", d: "Con chuột"}, answer: [a, b, c]}
  - {id: Q4, competency: "1.1", level: CB, type: multiple, stem: "Những việc nào giúp bảo vệ tài khoản?", options: {a: "Đổi mật khẩu mặc định", b: "Bật xác thực hai lớp", c: "Dùng chung mật khẩu", d: "Ghi mật khẩu lên bàn"}, answer: [a, b]}
  - {id: Q5, competency: "1.1", level: CB, type: multiple, stem: "Những định dạng nào là tệp ảnh?", options: {a: ".jpg", b: ".png", c: ".gif", d: ".csv"}, answer: [a, b, c]}
  - {id: Q6, competency: "1.1", level: CB, type: multiple, stem: "Những ứng dụng nào dùng để họp trực tuyến?", options: {a: "Zoom", b: "Teams", c: "Excel", d: "Paint"}, answer: [a, b]}
)"},
      {Rule::true_false_balance, "W423", "true-false-balance", W,
       R"(questions:
  - {id: Q1, competency: "1.1", level: CB, type: true_false, stem: "Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn.", answer: true}
  - {id: Q2, competency: "1.1", level: CB, type: true_false, stem: "Mã OTP chỉ dùng cho một lần xác thực.", answer: true}
  - {id: Q3, competency: "1.1", level: CB, type: true_false, stem: "Ứng dụng VNeID dùng để định danh điện tử.", answer: true}
  - {id: Q4, competency: "1.1", level: CB, type: true_false, stem: "Xác thực hai lớp làm tài khoản khó bị chiếm hơn.", answer: true}
  - {id: Q5, competency: "1.1", level: CB, type: true_false, stem: "Nên cập nhật hệ điều hành khi có bản vá bảo mật.", answer: true}
  - {id: Q6, competency: "1.1", level: CB, type: true_false, stem: "Tệp PDF có thể được ký số.", answer: true}
  - {id: Q7, competency: "1.1", level: CB, type: true_false, stem: "Wi-Fi công cộng không mã hoá dễ bị nghe lén.", answer: true}
  - {id: Q8, competency: "1.1", level: CB, type: true_false, stem: "Sao lưu dữ liệu giúp khôi phục khi máy hỏng.", answer: true}
  - {id: Q9, competency: "1.1", level: CB, type: true_false, stem: "Tin nhắn mạo danh ngân hàng thường giục chuyển tiền gấp.", answer: true}
  - {id: Q10, competency: "1.1", level: CB, type: true_false, stem: "Mật khẩu 123456 đủ an toàn cho hộp thư công vụ.", answer: false}
)",
       R"(questions:
  - {id: Q1, competency: "1.1", level: CB, type: true_false, stem: "Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn.", answer: true}
  - {id: Q2, competency: "1.1", level: CB, type: true_false, stem: "Mã OTP chỉ dùng cho một lần xác thực.", answer: true}
  - {id: Q3, competency: "1.1", level: CB, type: true_false, stem: "Ứng dụng VNeID dùng để định danh điện tử.", answer: true}
  - {id: Q4, competency: "1.1", level: CB, type: true_false, stem: "Xác thực hai lớp làm tài khoản khó bị chiếm hơn.", answer: true}
  - {id: Q5, competency: "1.1", level: CB, type: true_false, stem: "Nên cập nhật hệ điều hành khi có bản vá bảo mật.", answer: true}
  - {id: Q6, competency: "1.1", level: CB, type: true_false, stem: "Tệp PDF có thể được ký số.", answer: true}
  - {id: Q7, competency: "1.1", level: CB, type: true_false, stem: "Mật khẩu 123456 đủ an toàn cho hộp thư công vụ.", answer: false}
  - {id: Q8, competency: "1.1", level: CB, type: true_false, stem: "Đường link rút gọn cho biết trang đích là gì.", answer: false}
  - {id: Q9, competency: "1.1", level: CB, type: true_false, stem: "Cán bộ được chia sẻ mã OTP cho người gọi tự xưng công an.", answer: false}
  - {id: Q10, competency: "1.1", level: CB, type: true_false, stem: "Tệp .exe nhận qua thư lạ có thể mở ngay.", answer: false}
)"},
      {Rule::test_wise_score, "W605", "test-wise-score", W},
  };
}

}  // namespace hocvu::rule_parts
