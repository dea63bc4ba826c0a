// The vi catalogue, certify part: messages of certify and import (src/certify, src/import).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kCertifyVi;
const std::vector<MessageEntry> kCertifyVi = {
// certify
  {"certify.out_is_input", "--out {out} trùng với đầu vào {input}: certify thay toàn bộ thư mục kết quả; hãy "
                           "đặt tên một thư mục mới (và dùng --previous để chỉ thư mục của lần trước)"},
  {"certify.status_url_differs", "--status-url {url} không phải danh sách trạng thái của lần chạy trước ({previous}), "
                                 "nơi các chứng nhận số đã cấp trỏ tới; hãy bỏ tùy chọn --status-url"},
  {"certify.previous.refused", "--previous: {where}: {what}; hãy chỉ thư mục do hocvu certify ghi ở lần trước với "
                               "cùng khóa này"},
  {"certify.previous.not_object", "không phải một đối tượng JSON"},
  {"certify.previous.status_too_large", "lớn hơn mức một danh sách trạng thái có thể có"},
  {"certify.previous.not_status_list", "không phải chứng nhận số danh sách trạng thái (id, validFrom, encodedList)"},
  {"certify.previous.status_list_short", "danh sách trạng thái ngắn hơn 16 KiB"},
  {"certify.previous.not_hocvu_credential", "không phải chứng nhận số do hocvu certify ghi"},
  {"certify.previous.duplicate_id", "mã {id} đã có ở một dòng phía trên"},
  {"certify.previous.duplicate_index", "chỉ số trạng thái {index} đã có ở một dòng phía trên"},
  {"certify.previous.index_beyond", "chỉ số trạng thái vượt quá độ dài danh sách trạng thái"},
  {"certify.previous.cannot_read", "--previous: không đọc được {path}"},
  {"certify.previous.changed", "--previous: {path} đã bị thay đổi trong lúc đang đọc"},
  {"certify.plan.pass", "kỳ thi {exam} ngày {date} ({file}:{line})"},
  {"certify.plan.issued", "đạt {pass}"},
  {"certify.plan.unchanged", "không đổi, vẫn theo kết quả đạt: {pass}"},
  {"certify.plan.renewed_new_pass", "ký lại theo kết quả đạt mới hơn: {pass}"},
  {"certify.plan.renewed_details", "ký lại: thông tin của cán bộ, đơn vị hoặc đơn vị cấp đã thay đổi"},
  {"certify.plan.revoked_earlier", "đã bị thu hồi ở một lần chạy trước"},
  {"certify.plan.expired", "hết hiệu lực ngày {date} và không có kết quả đạt mới để gia hạn"},
  {"certify.plan.revoked", "đến ngày {date} người này không còn kết quả đạt nào đủ điều kiện: kết quả dùng để cấp "
                           "chứng nhận không còn trong kết quả thi"},
  {"certify.plan.kept_off_roster", "mã cán bộ không còn trong danh sách cán bộ; chứng nhận vẫn còn hiệu lực (chứng "
                                   "nhận ghi điều đã đạt, không ghi nơi công tác)"},
  {"certify.plan.kept_not_placed", "không xác định được đơn vị hoặc vị trí của cán bộ trong danh sách cán bộ (xem "
                                   "problems.csv); chứng nhận vẫn còn hiệu lực (chứng nhận ghi điều đã đạt, không ghi "
                                   "nơi công tác)"},
  {"certify.plan.kept_not_in_headcount", "không được tính vào quân số ngày {date} (đã nghỉ, hoặc bắt đầu sau ngày đó); "
                                         "chứng nhận vẫn còn hiệu lực (chứng nhận ghi điều đã đạt, không ghi nơi công "
                                         "tác)"},
  {"certify.plan.kept_superseded", "{id} nay chứng nhận cho người này (vị trí hoặc trình độ mới); chứng nhận này vẫn "
                                   "còn hiệu lực"},
  {"certify.plan.another_credential", "một chứng nhận số khác"},
  {"badge.name", "Chứng nhận kỹ năng số mức {level} – {role}"},
  {"badge.description", "Đạt chuẩn kiến thức, kỹ năng số mức {level} của {framework} (phiên bản {version}) cho vai "
                        "trò {role}."},
  {"badge.criteria", "Đạt một bài kiểm tra chứng nhận vai trò {role} ở mức {level} trở lên theo {framework} (phiên "
                     "bản {version})."},
  {"badge.criteria_valid_days", "Đạt một bài kiểm tra chứng nhận vai trò {role} ở mức {level} trở lên theo "
                                "{framework} (phiên bản {version}). Chứng nhận có hiệu lực {days} ngày kể từ ngày đạt."},
  {"badge.framework_description", "{title} (phiên bản {version})"},
  {"badge.score_name", "Điểm bài kiểm tra (%)"},
  {"badge.mastery_name", "Năng lực đã thành thạo trong bài kiểm tra"},
  {"badge.evidence_genre", "Bài kiểm tra"},
  {"badge.evidence_description", "Bài kiểm tra {exam} ngày {date}"},
  {"certify.sodium_failed", "không khởi động được thư viện libsodium"},
// import
  {"import.question_numbered", "câu hỏi thứ {ordinal}"},
  {"import.question_named", "câu hỏi '{name}'"},
  {"import.not_imported", "{question}: {problem}; câu hỏi này không được nhập"},
  {"import.too_long", "{question} lớn hơn mức hocvu chấp nhận (1 MiB mỗi đoạn văn bản, 4 MiB mỗi câu hỏi); câu hỏi "
                      "này không được nhập"},
  {"import.too_long.hint", "hãy xóa nội dung nhúng (hình ảnh hoặc tài liệu dán vào dưới dạng văn bản) trong LMS rồi "
                           "xuất lại"},
  {"import.no_answer_key.hint", "hãy cho đáp án đúng trọn điểm (100%) trong LMS rồi nhập lại"},
  {"import.content_lost", "{question}: đã bỏ qua {lost}"},
  {"import.content_lost.hint", "hãy kiểm tra câu hỏi đã nhập; đưa nội dung cần giữ vào phần dẫn hoặc phần giải thích"},
  {"import.unsupported_moodle", "{question} là {what} (loại Moodle '{type}'), hocvu không có loại câu hỏi này; câu hỏi "
                                "không được nhập"},
  {"import.unsupported_gift", "{question} là {what}, hocvu không có loại câu hỏi này; câu hỏi không được nhập"},
  {"import.unsupported.hint", "hãy tự viết lại thành câu hỏi loại single, multiple, true_false, numeric hoặc short_text"},
  {"import.type.essay", "câu hỏi tự luận"},
  {"import.type.match", "câu hỏi ghép đôi"},
  {"import.type.multianswer", "câu hỏi điền khuyết có đáp án nhúng (cloze)"},
  {"import.type.ddwtos", "câu hỏi kéo thả vào văn bản"},
  {"import.type.ddimageortext", "câu hỏi kéo thả lên hình ảnh"},
  {"import.type.ddmarker", "câu hỏi kéo thả điểm đánh dấu"},
  {"import.type.gapselect", "câu hỏi chọn từ điền vào chỗ trống"},
  {"import.type.calculated", "câu hỏi tính toán"},
  {"import.type.calculatedsimple", "câu hỏi tính toán đơn giản"},
  {"import.type.calculatedmulti", "câu hỏi tính toán nhiều lựa chọn"},
  {"import.type.description", "một đoạn mô tả, không phải câu hỏi"},
  {"import.type.random", "câu hỏi ngẫu nhiên (một vị trí trong đề, không phải câu hỏi)"},
  {"import.type.randomsamatch", "câu hỏi ghép đôi trả lời ngắn ngẫu nhiên"},
  {"import.type.ordering", "câu hỏi sắp xếp thứ tự"},
  {"import.type.unknown", "câu hỏi thuộc loại hocvu không biết"},
  {"import.problem.option_count_one", "câu hỏi có {count} phương án; câu hỏi lựa chọn cần từ 2 đến 26 phương án"},
  {"import.problem.option_count_other", "câu hỏi có {count} phương án; câu hỏi lựa chọn cần từ 2 đến 26 phương án"},
  {"import.problem.no_full_option", "không có phương án nào được 100% điểm"},
  {"import.problem.no_credit_option", "không có phương án nào được điểm"},
  {"import.problem.many_full_options", "{count} phương án cùng được 100% điểm; câu hỏi một lựa chọn chỉ có một phương "
                                       "án đúng"},
  {"import.problem.credit_total", "tổng điểm các phương án được điểm là {total}%, không phải 100%"},
  {"import.problem.no_full_answer", "không có câu trả lời nào được 100% điểm"},
  {"import.problem.numeric_not_number", "đáp án '{answer}' với sai số '{tolerance}' không phải là số"},
  {"import.problem.credit_not_number", "điểm của câu trả lời thứ {number} ('{credit}') không phải là số"},
  {"import.problem.true_false_no_key", "cả 'true' lẫn 'false' đều không được 100% điểm"},
  {"import.lost.mark", "điểm '{mark}' của câu hỏi (điểm trong hocvu từ 0.01 đến 1000; dùng 1 điểm)"},
  {"import.lost.partial_options_one", "điểm từng phần của {count} phương án"},
  {"import.lost.partial_options_other", "điểm từng phần của {count} phương án"},
  {"import.lost.unequal_credits", "mức điểm khác nhau giữa các phương án đúng (hocvu chia đều điểm cho mỗi phương án)"},
  {"import.lost.option_feedback_one", "phản hồi của {count} phương án"},
  {"import.lost.option_feedback_other", "phản hồi của {count} phương án"},
  {"import.lost.partial_answers_one", "điểm từng phần của {count} câu trả lời"},
  {"import.lost.partial_answers_other", "điểm từng phần của {count} câu trả lời"},
  {"import.lost.wildcard", "ký tự đại diện * (được giữ như một dấu * thông thường)"},
  {"import.lost.case_sensitive", "việc phân biệt chữ hoa, chữ thường khi so khớp (hocvu không phân biệt)"},
  {"import.lost.answer_feedback_one", "phản hồi của {count} câu trả lời"},
  {"import.lost.answer_feedback_other", "phản hồi của {count} câu trả lời"},
  {"import.lost.other_credited_one", "{count} câu trả lời khác có điểm"},
  {"import.lost.other_credited_other", "{count} câu trả lời khác có điểm"},
  {"import.lost.other_units", "{count} đơn vị đo khác"},
  {"import.lost.in_question_text", "{what} trong phần dẫn"},
  {"import.lost.in_general_feedback", "{what} trong phản hồi chung"},
  {"import.lost.in_options", "{what} trong các phương án"},
  {"import.lost.embedded_files_one", "{count} tệp nhúng"},
  {"import.lost.embedded_files_other", "{count} tệp nhúng"},
  {"import.lost.hints_one", "{count} gợi ý"},
  {"import.lost.hints_other", "{count} gợi ý"},
  {"import.lost.tags_one", "thẻ {tags} (thẻ của hocvu là các từ ASCII viết thường nối bằng dấu gạch ngang)"},
  {"import.lost.tags_other", "các thẻ {tags} (thẻ của hocvu là các từ ASCII viết thường nối bằng dấu gạch ngang)"},
  {"import.lost.feedback_on_answers", "phản hồi của các câu trả lời"},
  {"import.lost.feedback_on_wrong_answers", "phản hồi của các câu trả lời sai"},
  {"import.lost.images", "hình ảnh"},
  {"import.lost.formatting", "định dạng (chữ đậm, chữ nghiêng, màu chữ)"},
  {"import.lost.tables", "bố cục bảng (nội dung các ô được giữ dạng văn bản)"},
  {"import.lost.links", "địa chỉ liên kết (phần chữ của liên kết được giữ)"},
  {"import.lost.media", "âm thanh, video và trang nhúng"},
  {"import.lost.scripts", "mã script và kiểu trình bày (style)"},
  {"import.list.comma", ", "},
  {"import.list.and", " và "},
  {"import.gift.title_unclosed", "tiêu đề mở bằng '::' nhưng không đóng bằng '::'"},
  {"import.gift.title_unclosed.hint", "hãy đóng tiêu đề bằng ::, hoặc viết \\: nếu dấu hai chấm là một phần của văn bản"},
  {"import.gift.description", "một đoạn mô tả (văn bản không có câu trả lời)"},
  {"import.gift.stray_close", "dấu '}}' này không đóng khối câu trả lời nào"},
  {"import.gift.stray_close.hint", "hãy viết \\}} nếu dấu ngoặc nhọn là một phần của văn bản"},
  {"import.gift.unclosed", "khối câu trả lời mở bằng '{{' tại đây không được đóng bằng '}}'"},
  {"import.gift.unclosed.hint", "hãy đóng khối câu trả lời bằng }}, hoặc viết \\{{ nếu dấu ngoặc nhọn là một phần của "
                                "văn bản"},
  {"import.gift.nested", "có dấu '{{' bên trong khối câu trả lời"},
  {"import.gift.nested.hint", "hãy viết \\{{ nếu dấu ngoặc nhọn là một phần của văn bản"},
  {"import.gift.second_block", "có khối câu trả lời thứ hai; mỗi câu hỏi GIFT chỉ có một khối"},
  {"import.gift.second_block.hint", "hãy kết thúc câu hỏi ngay sau khối câu trả lời, hoặc viết \\{{ và \\}} nếu dấu "
                                    "ngoặc nhọn là một phần của văn bản"},
  {"import.gift.missing_word", "câu hỏi điền từ còn thiếu (có văn bản sau khối câu trả lời)"},
  {"import.gift.essay", "câu hỏi tự luận (không có câu trả lời)"},
  {"import.gift.bad_weight", "trọng số này không phải số phần trăm đặt giữa hai dấu %, chẳng hạn %50%"},
  {"import.gift.bad_weight.hint", "hãy viết điểm dạng %50% (hoặc %-25% nếu trừ điểm), hoặc viết \\% nếu dấu phần trăm "
                                  "là một phần của văn bản"},
  {"import.gift.text_before_answers", "có văn bản trước dấu câu trả lời đầu tiên (~ hoặc =)"},
  {"import.gift.text_before_answers.hint", "hãy bắt đầu mỗi câu trả lời bằng ~ hoặc ="},
  {"import.gift.not_utf8", "tệp không phải UTF-8 hợp lệ tại đây; không nhập câu hỏi nào từ tệp này"},
  {"import.gift.not_utf8.hint", "hãy lưu tệp dưới dạng UTF-8 (trong Notepad: Save As, mục Encoding chọn UTF-8)"},
  {"import.gift.backslash_at_end", "văn bản kết thúc bằng dấu gạch chéo ngược; dấu này được giữ nguyên"},
  {"import.gift.unknown_escape", "'\\{sequence}' không phải chuỗi thoát (escape) của GIFT; dấu gạch chéo ngược được "
                                 "giữ nguyên"},
  {"import.gift.escape.hint", "hãy viết \\\\ nếu dấu gạch chéo ngược là một phần của văn bản"},
  {"import.xml.not_well_formed_none", "tệp không phải XML đúng cú pháp: {error}; chưa nhập câu hỏi nào"},
  {"import.xml.not_well_formed_some", "tệp không phải XML đúng cú pháp: {error}; các câu hỏi trước vị trí này đã được "
                                      "nhập"},
  {"import.xml.not_well_formed.hint", "hãy xuất lại câu hỏi từ Moodle, hoặc sửa XML tại vị trí này"},
  {"import.xml.refused.hint", "hãy xuất lại câu hỏi từ Moodle (định dạng Moodle XML); Moodle không bao giờ khai báo "
                              "thực thể (entity)"},
  {"import.xml.not_quiz", "phần tử gốc là <{element}>, không phải <quiz>: đây không phải tệp câu hỏi Moodle XML"},
  {"import.xml.not_quiz.hint", "hãy xuất câu hỏi từ Moodle theo định dạng Moodle XML"},
  {"import.xml.too_deep", "các phần tử lồng nhau sâu hơn {depth} cấp; không tệp Moodle XML nào như vậy"},
  {"import.xml.too_deep.hint", "hãy xuất lại câu hỏi từ Moodle"},
  {"import.xml.entity_declared", "tệp khai báo thực thể (entity) '{entity}'; hocvu không khai triển thực thể nào (thực "
                                 "thể có thể phình to vô hạn hoặc đọc tệp khác), vì vậy không nhập gì từ tệp này"},
  {"import.xml.entity_declared_external", "tệp khai báo thực thể (entity) '{entity}' lấy từ một tệp khác; hocvu không "
                                          "khai triển thực thể nào (thực thể có thể phình to vô hạn hoặc đọc tệp "
                                          "khác), vì vậy không nhập gì từ tệp này"},
  {"import.xml.external_entity", "tệp tham chiếu tới một tệp khác ('{file}'); hocvu không đọc thực thể bên ngoài, vì "
                                 "vậy không nhập gì từ tệp này"},
  {"import.xml.undefined_entity", "thực thể '{entity}' không được định nghĩa trong tệp, và hocvu không đọc DTD; không "
                                  "nhập gì từ tệp này"},
  {"import.source", "nhập từ {file} ({format}), dòng {line}"},
  {"import.source.name", ", tên \"{name}\""},
  {"import.source.category", ", danh mục \"{category}\""},
  {"import.duplicate", "câu hỏi '{id}' giống hệt câu hỏi ở dòng {line}; chỉ nhập một lần"},
  {"import.renamed", "câu hỏi ở dòng {line} cũng có tên '{id}' nhưng nội dung khác; câu hỏi này được nhập với mã "
                     "{new_id}"},
  {"import.renamed.hint", "hãy đặt cho mỗi câu hỏi một tên riêng trong LMS, hoặc đổi tên trong ngân hàng câu hỏi"},
  {"import.cannot_open", "không mở được '{path}'"},
  {"import.cannot_read", "không đọc được '{path}'"},
  {"import.gift_too_large", "'{path}' lớn hơn 256 MiB, không tệp câu hỏi GIFT nào lớn như vậy; hãy chia nhỏ tệp"},
  {"import.header.imported", "Câu hỏi do hocvu import {format} nhập từ {file}: {imported} trên tổng số {seen} câu hỏi "
                             "trong tệp."},
  {"import.header.check", "Hãy kiểm tra từng câu hỏi trước khi dùng; trường source ghi nguồn gốc của câu hỏi."},
  {"import.header.left_for_author", "Năng lực thành phần và trình độ để trống cho tác giả điền: hãy bổ sung cho mọi câu hỏi, "
                                    "hoặc nhập lại"},
  {"import.header.left_for_author_2", "với --competency và --level (hocvu lint liệt kê các câu hỏi còn thiếu)."},
  {"import.out_is_input", "--out '{out}' trùng với tệp đầu vào; hãy ghi ngân hàng câu hỏi ra tệp khác"},
};

}  // namespace hocvu
