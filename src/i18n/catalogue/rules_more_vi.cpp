// The vi catalogue, rules_more part: rule summaries and `hocvu lint --explain` texts of codes E3xx-E6xx and W4xx.
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kRulesMoreVi;
const std::vector<MessageEntry> kRulesMoreVi = {
    {"rule.E301.summary", "hai bản ghi cùng loại có cùng id"},
    {"rule.E301.explain", "Id phải là duy nhất trong mọi tệp được lint cùng nhau: tệp bài làm, đáp án của đề thi và báo cáo\n"
     "chỉ tới câu hỏi bằng id của câu hỏi, còn các câu hỏi của một tư liệu và dữ liệu của đề chỉ tới\n"
     "tư liệu bằng id của tư liệu.\n"
     "Cách sửa: đặt id mới cho một trong hai (không bao giờ dùng lại id của câu hỏi đã ngừng dùng)."},
    {"rule.E302.summary", "một tham chiếu chỉ tới thứ không tồn tại"},
    {"rule.E302.explain", "Một câu hỏi nêu năng lực thành phần, trình độ và yêu cầu cần đạt của nó trong khung năng lực,\n"
     "các câu hỏi loại trừ với nó (enemies) trong ngân hàng và tư liệu của nó trong số tư liệu của\n"
     "các ngân hàng; một ma trận đề nêu khung năng lực, vị trí và trình độ của nó. Khung năng lực\n"
     "trong ví dụ không có năng lực thành phần 7.1.\n"
     "Cách sửa: sửa lại id (hocvu gợi ý id gần nhất), hoặc lint tệp cùng với khung năng lực\n"
     "định nghĩa id đó."},
    {"rule.E303.summary", "yêu cầu cần đạt của câu hỏi thuộc năng lực thành phần hoặc trình độ khác"},
    {"rule.E303.explain", "Mỗi yêu cầu cần đạt của khung năng lực thuộc về một năng lực thành phần ở một trình độ;\n"
     "yêu cầu cần đạt của câu hỏi phải thuộc đúng năng lực thành phần và trình độ của câu hỏi.\n"
     "Trong ví dụ, 1.1-TC-1 thuộc trình độ TC.\n"
     "Cách sửa: chọn một yêu cầu cần đạt của đúng năng lực thành phần và trình độ của câu hỏi,\n"
     "hoặc sửa năng lực thành phần và trình độ ghi ở câu hỏi."},
    {"rule.E304.summary", "một vị trí yêu cầu cùng một năng lực thành phần hai lần"},
    {"rule.E304.explain", "Mỗi vị trí nêu một lần trình độ cần có ở từng năng lực thành phần. Nếu viết hai lần, một\n"
     "trong hai trình độ sẽ bị bỏ qua mà không báo, và bỏ trình độ nào là tùy công cụ. hocvu dùng\n"
     "yêu cầu thứ nhất và báo lỗi ở yêu cầu thứ hai.\n"
     "Cách sửa: mỗi năng lực thành phần giữ một yêu cầu, với trình độ (hoặc khoảng trình độ) mong muốn."},
    {"rule.W305.summary", "một vị trí yêu cầu một năng lực thành phần ở trình độ bằng hoặc thấp hơn trình độ nền"},
    {"rule.W305.explain", "Trình độ nền (baseline) của một vị trí là trình độ vị trí cần ở mọi năng lực thành phần; các yêu\n"
     "cầu của vị trí nâng một số năng lực thành phần lên cao hơn. Yêu cầu bằng trình độ nền không nói\n"
     "thêm điều gì, còn yêu cầu thấp hơn không hạ trình độ nền (trước đây có hạ, mà không báo): năng\n"
     "lực thành phần vẫn ở trình độ nền. Dù thế nào, yêu cầu đó cũng không đúng ý người viết. Yêu cầu\n"
     "nêu một khoảng trình độ (levels, min_level, max_level) làm thay đổi những câu hỏi được tính, nên\n"
     "không bị báo.\n"
     "Cách sửa: bỏ yêu cầu đó, hoặc nâng trình độ của nó lên cao hơn trình độ nền."},
    {"rule.E306.summary", "ngôn ngữ của ngân hàng khác ngôn ngữ của khung năng lực, mà ngân hàng không khai báo là bản dịch"},
    {"rule.E306.explain", "Ngân hàng câu hỏi được viết bằng ngôn ngữ của khung năng lực: thẻ ngôn ngữ chính (primary\n"
     "language subtag) phải khớp, nên ngân hàng vi-VN thuộc khung năng lực vi. Ngân hàng bằng ngôn ngữ\n"
     "khác hoặc là nhầm lẫn (phần đầu chép từ ngân hàng khác), hoặc là bản dịch, và bản dịch phải khai\n"
     "báo điều đó: translation_of nêu ngôn ngữ gốc của bản dịch, và ngôn ngữ đó phải là ngôn ngữ của\n"
     "khung năng lực. Khi ra đề, chấm thi và nhập (import), ngân hàng bản dịch được xử lý như mọi ngân\n"
     "hàng khác.\n"
     "Cách sửa: sửa ngôn ngữ của ngân hàng, hoặc khai báo bản dịch như trong ví dụ."},
    {"rule.E307.summary", "không thể in bảng hoặc biểu đồ của tư liệu như đã viết"},
    {"rule.E307.explain", "Tư liệu là nội dung mà nhiều câu hỏi dùng chung (một thư điện tử, một câu trả lời của AI, một\n"
     "bảng, một biểu đồ), được in một lần trước các câu hỏi đó. Bảng của tư liệu là các hàng gồm nhiều\n"
     "ô, hàng đầu là tiêu đề, mọi hàng có số ô bằng hàng tiêu đề; tối đa 50 hàng (kể cả tiêu đề) và 8\n"
     "cột, để vừa một trang in (bảng lớn hơn bị báo lỗi, không được in). `chart: bar` vẽ bảng thành biểu\n"
     "đồ thanh: cột đầu tiên ghi nhãn các thanh, mỗi cột còn lại là một dãy số, viết theo cách ngôn ngữ\n"
     "của ngân hàng viết số (vi: 1.250 là một nghìn hai trăm năm mươi, 1,5 là một phẩy năm; en: 1,250 và\n"
     "1.5). `axis_from` đặt giá trị bắt đầu của trục giá trị, thấp hơn mọi thanh, để trục bị cắt được vẽ\n"
     "rõ là bị cắt; không có nó, trục bắt đầu từ 0.\n"
     "Cách sửa: cho mỗi hàng đủ một ô ở mỗi cột (ô trống là \"\"), giữ bảng nhỏ, và viết số liệu của\n"
     "biểu đồ dưới dạng số."},
    {"rule.W308.summary", "không câu hỏi đang dùng nào sử dụng tư liệu"},
    {"rule.W308.explain", "Tư liệu chỉ được in trước những câu hỏi nêu tên nó (`exhibit: EX-1`). Tư liệu không được câu\n"
     "hỏi đang dùng nào nêu tên thì không bao giờ xuất hiện trên đề in: các câu hỏi của nó đã ngừng\n"
     "dùng hoặc chưa được viết, hoặc một câu hỏi viết nhầm id của nó thành id của tư liệu khác.\n"
     "Cách sửa: nêu tư liệu trong các câu hỏi về nó, hoặc bỏ tư liệu."},
    {"rule.W309.summary", "các câu hỏi đang dùng của ngân hàng không nêu yêu cầu cần đạt"},
    {"rule.W309.explain", "Mỗi câu hỏi nêu yêu cầu cần đạt của khung năng lực mà nó kiểm tra (`outcome`), để người thẩm\n"
     "định kiểm tra được câu hỏi có đo đúng điều đã nêu không, và lint biết yêu cầu cần đạt nào chưa có\n"
     "câu hỏi (W310). Phát hiện được báo một lần cho mỗi ngân hàng, tại id của ngân hàng, và liệt kê\n"
     "các câu hỏi.\n"
     "Cách sửa: thêm `outcome:` với một yêu cầu cần đạt của năng lực thành phần và trình độ của câu hỏi."},
    {"rule.W310.summary", "các yêu cầu cần đạt được đánh giá bằng thi chưa có câu hỏi đang dùng nào"},
    {"rule.W310.explain", "Yêu cầu cần đạt được đánh giá bằng thi, trừ khi khung năng lực nói khác (`assessed_by:\n"
     "observation` hoặc `portfolio`, cho một thái độ hay một sản phẩm công việc mà bài thi không đo\n"
     "được). Yêu cầu cần đạt được đánh giá bằng thi mà không câu hỏi đang dùng nào nêu tên thì khung\n"
     "năng lực có nêu nhưng không bao giờ được kiểm tra. Phát hiện được báo một lần cho mỗi\n"
     "năng lực thành phần, tại id của nó, và liệt kê các yêu cầu cần đạt. Quy tắc không được kiểm tra\n"
     "khi không có ngân hàng nào của khung năng lực được lint cùng.\n"
     "Cách sửa: viết câu hỏi cho yêu cầu cần đạt (`outcome: <id>`), hoặc, nếu bài thi không đo được,\n"
     "ghi rõ cách đánh giá nó, như trong ví dụ."},
    {"rule.W311.summary", "một câu hỏi nêu yêu cầu cần đạt không được đánh giá bằng thi"},
    {"rule.W311.explain", "Khung năng lực ghi yêu cầu cần đạt này được đánh giá bằng quan sát (observation) hoặc hồ sơ\n"
     "(portfolio), không bằng thi, vậy mà có câu hỏi nêu nó: hoặc câu hỏi kiểm tra điều khác, hoặc\n"
     "khung năng lực ghi sai về yêu cầu cần đạt này.\n"
     "Cách sửa: nêu yêu cầu cần đạt mà câu hỏi thực sự kiểm tra, hoặc đặt `assessed_by: exam` cho yêu\n"
     "cầu cần đạt."},
    {"rule.E401.summary", "một đáp án không phải là một trong các phương án"},
    {"rule.E401.explain", "Đáp án chỉ ra phương án bằng ký hiệu của nó (a, b, ...); một ký hiệu không có trong các phương\n"
     "án thì không bao giờ được chọn, nên không ai có thể trả lời đúng câu hỏi.\n"
     "Cách sửa: đặt đáp án là ký hiệu của một phương án, hoặc thêm phương án còn thiếu."},
    {"rule.E402.summary", "câu hỏi chọn một đáp án không có đúng một đáp án"},
    {"rule.E402.explain", "Ở câu hỏi chọn một đáp án (single), thí sinh chọn một phương án, nên câu hỏi có đúng một đáp án.\n"
     "Cách sửa: giữ lại một đáp án, hoặc đổi loại câu hỏi thành multiple."},
    {"rule.E403.summary", "hai phương án của một câu hỏi có nội dung giống nhau"},
    {"rule.E403.explain", "Các phương án được so sánh sau khi chuẩn hóa chữ hoa/thường, khoảng trắng và dạng Unicode (dấu\n"
     "câu vẫn được tính: 'dichvucong.gov.vn' và 'dichvucong-gov.vn' là hai phương án khác nhau).\n"
     "Cách sửa: viết lại hoặc bỏ một trong hai phương án."},
    {"rule.E404.summary", "câu hỏi nhiều lựa chọn có ít hơn hai phương án"},
    {"rule.E404.explain", "Câu hỏi chỉ có một phương án thì không còn gì để lựa chọn.\n"
     "Cách sửa: thêm phương án, hoặc đổi loại câu hỏi (true_false, numeric hoặc short_text)."},
    {"rule.E405.summary", "hai câu hỏi có phần dẫn giống nhau"},
    {"rule.E405.explain", "Phần dẫn được so sánh sau khi chuẩn hóa chữ hoa/thường, khoảng trắng, dấu câu và dạng Unicode.\n"
     "Một câu hỏi xuất hiện hai lần làm sai lệch đề thi và số liệu thống kê.\n"
     "Cách sửa: bỏ một câu, hoặc viết lại để hỏi điều khác."},
    {"rule.W406.summary", "hai câu hỏi có phần dẫn rất giống nhau"},
    {"rule.W406.explain", "Hai phần dẫn có chung phần lớn các cặp từ liền nhau (độ tương đồng Jaccard từ 0.8 trở lên)\n"
     "thường hỏi cùng một điều.\n"
     "Cách sửa: gộp hai câu hoặc viết lại một câu. Khai báo hai câu là enemies của nhau giúp chúng\n"
     "không nằm trên cùng một đề, nhưng cảnh báo vẫn còn."},
    {"rule.E407.summary", "đáp án không phù hợp với loại câu hỏi"},
    {"rule.E407.explain", "Mỗi loại câu hỏi có dạng đáp án riêng: true hoặc false cho true_false, một số cho numeric, một\n"
     "danh sách các đáp án dạng văn bản cho short_text. Chỉ single và multiple có phương án, và chỉ\n"
     "numeric có sai số cho phép (tolerance) và đơn vị (unit).\n"
     "Cách sửa: viết đáp án như README (mục Formats) hướng dẫn cho loại câu hỏi đó."},
    {"rule.W408.summary", "mọi phương án của câu hỏi chọn nhiều đáp án đều đúng"},
    {"rule.W408.explain", "Câu hỏi mà mọi phương án đều đúng thì trả lời được bằng cách đánh dấu tất cả.\n"
     "Cách sửa: thêm các phương án nhiễu hợp lý (sai nhưng có vẻ đúng)."},
    {"rule.W409.summary", "sai số cho phép của câu hỏi dạng số không nhỏ hơn đáp án"},
    {"rule.W409.explain", "Đáp án dạng số được chấm đúng khi nằm trong khoảng sai số cho phép quanh đáp án. Khi sai số cho\n"
     "phép lớn bằng chính đáp án, khoảng được chấp nhận chạm tới 0: thí sinh viết 0 được chấm đúng, và\n"
     "vượt quá 0 thì cả thí sinh ghi sai dấu cũng được chấm đúng. Khi đó câu hỏi không kiểm tra được\n"
     "gì; thường là người viết định ghi sai số cho phép theo phần trăm, hoặc gõ thừa một chữ số.\n"
     "hocvu cảnh báo khi đáp án khác 0 và tolerance >= |answer|. Đáp án 0 không có độ lớn để so với\n"
     "sai số cho phép, nên sai số cho phép của nó không được xét. Trong ví dụ, sai số cho phép 50\n"
     "chấp nhận từ -10 đến 90; 2 chấp nhận từ 38 đến 42.\n"
     "Cách sửa: đặt sai số cho phép là sai lệch lớn nhất vẫn được chấm đúng, nhỏ hơn đáp án."},
    {"rule.W410.summary", "đáp án của câu hỏi chọn một đáp án là phương án dài nhất, dài hơn hẳn các phương án khác"},
    {"rule.W410.explain", "Người viết thường chăm chút để đáp án đầy đủ, chính xác, còn phương án nhiễu thì ngắn: thí sinh\n"
     "có mẹo làm bài học được cách chọn phương án dài nhất mà không cần đọc câu hỏi.\n"
     "hocvu cảnh báo khi đáp án của câu hỏi chọn một đáp án là phương án dài nhất duy nhất, dài ít nhất\n"
     "gấp 1.2 lần và hơn ít nhất 10 ký tự so với phương án dài kế tiếp (độ dài tính bằng ký tự Unicode\n"
     "của văn bản NFC, đã bỏ khoảng trắng ở hai đầu). Trên toàn ngân hàng, W420 đếm số lần đáp án là\n"
     "phương án dài nhất, dù dài hơn nhiều hay ít.\n"
     "Cách sửa: viết phương án nhiễu chi tiết như đáp án (mỗi phương án đều hợp lý với người không\n"
     "biết), hoặc rút ngắn đáp án."},
    {"rule.W411.summary", "một phương án là 'tất cả các đáp án trên' hoặc 'không có đáp án nào'"},
    {"rule.W411.explain", "'Tất cả các đáp án trên' đúng ngay khi thí sinh thấy hai phương án đúng, dù không biết phương\n"
     "án thứ ba; 'không có đáp án nào' chỉ kiểm tra rằng các phương án khác sai, không bao giờ kiểm\n"
     "tra điều gì là đúng. Cả hai đổi nghĩa khi các phương án được xáo trộn. hocvu so khớp các cụm từ\n"
     "theo nguyên từ, bằng tiếng Việt và tiếng Anh: 'tất cả các đáp án/phương án/ý/câu/lựa chọn trên',\n"
     "'không có đáp án/phương án/ý/lựa chọn nào', 'tất cả đều đúng/sai', 'all/none of the above',\n"
     "'both a and b' và các cụm tương tự.\n"
     "Cách sửa: viết một phương án hợp lý có nội dung riêng; nếu muốn hỏi nhiều phương án đúng, hãy\n"
     "chuyển thành câu hỏi chọn nhiều đáp án (như trong ví dụ)."},
    {"rule.W412.summary", "một phương án hoặc mệnh đề Đúng/Sai chứa từ tuyệt đối (luôn, không bao giờ, always)"},
    {"rule.W412.explain", "Từ tuyệt đối khiến một mệnh đề sai chỉ vì một ngoại lệ, và người viết hay dùng chúng để làm một\n"
     "mệnh đề thành sai: thí sinh học được rằng 'luôn' hay 'không bao giờ' nghĩa là sai, và trả lời mà\n"
     "không cần biết. Các từ đó là 'luôn', 'luôn luôn', 'chắc chắn', 'tuyệt đối', 'không bao giờ',\n"
     "'hoàn toàn', 'mãi mãi', 'bất kỳ trường hợp nào', 'trong mọi trường hợp', 'always', 'never',\n"
     "'absolutely', 'certainly', 'completely', 'entirely' và 'guaranteed', so khớp nguyên từ sau khi\n"
     "chuẩn hóa NFC và chuyển về chữ thường ('luôn' không khớp 'lượn', 'khôn' không khớp 'không').\n"
     "hocvu xét các phương án của câu hỏi nhiều lựa chọn và mệnh đề của câu hỏi Đúng/Sai.\n"
     "Cách sửa: làm cho mệnh đề sai vì nội dung của nó, không phải vì một từ tuyệt đối; hoặc nêu điều\n"
     "kiện thực tế ('thường', 'trong hầu hết trường hợp', chính quy định đó)."},
    {"rule.W413.summary", "phần dẫn hỏi ở dạng phủ định mà không nhấn mạnh"},
    {"rule.W413.explain", "Thí sinh đọc nhanh dễ bỏ sót chữ 'không' giữa câu hỏi và trả lời ngược lại: khi đó câu hỏi đo tốc\n"
     "độ đọc. hocvu xét câu hỏi chính trong phần dẫn của câu hỏi nhiều lựa chọn (câu cuối cùng, bỏ qua\n"
     "lời dặn trong ngoặc ở cuối như '(Chọn tất cả đáp án đúng)') để tìm 'không', 'trừ' (như trong\n"
     "'ngoại trừ'), 'not' và 'except'. Từ viết hoa (KHÔNG, NOT) hoặc in đậm (**không**, <b>không</b>)\n"
     "được coi là đã nhấn mạnh; 'không' là từ cuối của câu hỏi ('Có nên ... không?') là hỏi có hay\n"
     "không, còn 'không gian', 'không khí', 'hàng không', 'dấu trừ', 'phép trừ' và các từ tương tự là từ\n"
     "riêng: không trường hợp nào trong số đó là phủ định.\n"
     "Cách sửa: viết từ đó bằng chữ hoa, hoặc tốt hơn, đặt câu hỏi ở dạng khẳng định."},
    {"rule.W414.summary", "độ dài các phương án của một câu hỏi chênh lệch nhiều"},
    {"rule.W414.explain", "Một phương án dài, viết cẩn thận giữa các phương án ngắn sẽ nổi bật: nó thường là đáp án (hoặc,\n"
     "với thí sinh cảnh giác, thường không phải). Dù thế nào, thí sinh trả lời nhờ độ dài chứ không nhờ\n"
     "kiến thức. hocvu cảnh báo khi phương án dài nhất dài ít nhất gấp 3 lần phương án ngắn nhất và hơn\n"
     "ít nhất 30 ký tự.\n"
     "Cách sửa: viết các phương án có độ dài và cấu trúc ngữ pháp tương đương nhau."},
    {"rule.W415.summary", "câu hỏi chọn nhiều đáp án chỉ có một phương án đúng"},
    {"rule.W415.explain", "Câu hỏi chọn nhiều đáp án mà chỉ có một phương án đúng thực chất là câu hỏi chọn một đáp án trá\n"
     "hình; và khi phần lớn câu hỏi chọn nhiều đáp án có cùng số phương án đúng (W422), thí sinh học\n"
     "được cách đánh dấu đúng chừng ấy phương án. (Mọi phương án đều đúng là W408.)\n"
     "Cách sửa: chuyển thành câu hỏi chọn một đáp án, hoặc cho thêm phương án đúng (với năm phương án,\n"
     "nên thay đổi giữa 2, 3 và 4 phương án đúng)."},
    {"rule.W420.summary", "đáp án của câu hỏi chọn một đáp án là phương án dài nhất thường xuyên hơn mức ngẫu nhiên"},
    {"rule.W420.explain", "Ngay cả khi không đáp án nào dài hơn hẳn các phương án khác (W410), một ngân hàng mà đáp án hết\n"
     "lần này đến lần khác là phương án dài nhất sẽ có lợi cho thí sinh luôn chọn phương án dài nhất.\n"
     "Trên các câu hỏi chọn một đáp án đang dùng của một ngân hàng (và của nguồn câu hỏi của một ma trận\n"
     "đề), hocvu đếm số đáp án là phương án dài nhất duy nhất, so với mức ngẫu nhiên: mỗi câu hỏi có một\n"
     "phương án dài nhất trong k phương án góp 1/k. hocvu cảnh báo khi z = (số quan sát - số kỳ vọng) /\n"
     "sqrt(tổng các p(1 - p)) lớn hơn 2.33 (mức ý nghĩa 1% một phía), với ít nhất 10 câu hỏi chọn một\n"
     "đáp án. Trong ví dụ, đáp án là phương án dài nhất ở 8 trên 10 câu hỏi, trong khi mức ngẫu nhiên là\n"
     "2.0 (z = 4.90); ngân hàng đã sửa có 3 câu (z = 1.81).\n"
     "Cách sửa: làm dài phương án nhiễu hoặc rút ngắn đáp án cho đến khi phương án dài nhất là đáp án\n"
     "với tần suất xấp xỉ như mọi phương án khác; W410 nêu các câu hỏi tệ nhất."},
    {"rule.W421.summary", "đáp án của các câu hỏi chọn một đáp án dồn vào một số vị trí"},
    {"rule.W421.explain", "Người viết hay đặt đáp án ở giữa, hoặc ở đầu; thí sinh biết thói quen này đoán đúng nhiều hơn\n"
     "mức ngẫu nhiên. Trên các câu hỏi chọn một đáp án đang dùng (ít nhất 20), hocvu so sánh số đáp án\n"
     "ở mỗi vị trí (a, b, c, ...) với 1/k cho mỗi câu hỏi có k phương án, bằng kiểm định khi bình\n"
     "phương, và cảnh báo khi p < 0.01 (lớn hơn 6.635 với 1 bậc tự do, 11.345 với 3; trên 9 bậc tự do\n"
     "dùng xấp xỉ Wilson-Hilferty). Với ma trận đề có xáo trộn phương án (mặc định), vị trí không còn\n"
     "giữ nguyên trên đề in, nên quy tắc không được kiểm tra. Trong ví dụ, 17 trên 20 đáp án là a (khi\n"
     "bình phương 9.80 với 1 bậc tự do).\n"
     "Cách sửa: chuyển đáp án sang các vị trí ít được dùng nhất, hoặc để ma trận đề xáo trộn phương án."},
    {"rule.W422.summary", "phần lớn câu hỏi chọn nhiều đáp án có cùng số phương án đúng"},
    {"rule.W422.explain", "Khi phần lớn câu hỏi chọn nhiều đáp án có, chẳng hạn, 3 trên 5 phương án đúng, thí sinh đánh dấu\n"
     "ba phương án dài nhất, hay ba phương án bất kỳ, sẽ được điểm từng phần mà không cần biết. hocvu\n"
     "đếm các câu hỏi chọn nhiều đáp án đang dùng (ít nhất 6) theo số phương án đúng, và cảnh báo khi\n"
     "cùng một số lượng phương án đúng xuất hiện ở hơn một nửa số câu; thông báo nêu toàn bộ phân bố.\n"
     "Trong ví dụ, cả 6 câu đều có 2 trên 4 phương án đúng; ngân hàng đã sửa có ba câu 2 phương án đúng\n"
     "và ba câu 3.\n"
     "Cách sửa: thay đổi số phương án đúng (với năm phương án, 2, 3 và 4 với tần suất xấp xỉ nhau)."},
    {"rule.W423.summary", "đáp án của câu hỏi Đúng/Sai nghiêng về một phía"},
    {"rule.W423.explain", "Người viết thấy mệnh đề đúng dễ viết hơn, nên ngân hàng thường nghiêng về đúng, và đoán 'true'\n"
     "có lợi hơn. Trên các câu hỏi Đúng/Sai đang dùng (ít nhất 10), hocvu tính z = (số câu true -\n"
     "n/2) / sqrt(n/4) và cảnh báo khi |z| > 2.33. Trong ví dụ, 9 trên 10 câu là true (z = 2.53); ngân\n"
     "hàng đã sửa có 6 câu true và 4 câu false (z = 0.63).\n"
     "Cách sửa: viết lại một số mệnh đề theo chiều ngược lại, sai vì nội dung của nó (không phải vì\n"
     "một từ tuyệt đối: W412)."},
    {"rule.E501.summary", "một năng lực thành phần mà vị trí yêu cầu có quá ít câu hỏi đang dùng ở trình độ đó"},
    {"rule.E501.explain", "Đề thi cho một vị trí được rút từ các câu hỏi đang dùng (active) của từng năng lực thành phần\n"
     "và trình độ mà vị trí yêu cầu. Nếu ít hơn mức tối thiểu (mặc định 4, --min-questions) thì không\n"
     "thể tạo đề, hoặc mọi đề đều dùng lại cùng những câu hỏi. Trong ví dụ, các ngân hàng có bốn câu\n"
     "hỏi đang dùng của năng lực thành phần 1.1 ở trình độ CB và không có câu nào ở trình độ TC.\n"
     "Cách sửa: viết thêm câu hỏi, chuyển câu hỏi nháp (draft) sang active, hoặc hạ yêu cầu của vị trí."},
    {"rule.E601.summary", "các câu hỏi trong ngân hàng không đủ để đáp ứng ma trận đề"},
    {"rule.E601.explain", "Trước khi chạy bộ giải, hocvu đối chiếu những gì ma trận đề cần với các câu hỏi đủ điều kiện (đang\n"
     "dùng, ở trình độ mà vị trí yêu cầu cho năng lực thành phần của câu hỏi). Các đề được trùng nhau\n"
     "tối đa K câu hỏi thì cần nhiều câu hỏi khác nhau: đề thứ j mang vào ít nhất length - j*K câu mới.\n"
     "Trong ví dụ, các ngân hàng có bốn câu hỏi đủ điều kiện. Hai đề 3 câu không trùng câu nào cần\n"
     "3+3 = 6 câu; nếu được trùng tối đa 2 câu thì cần 3+1 = 4 câu.\n"
     "Cách sửa: viết thêm câu hỏi, hoặc giảm số đề, giảm số câu hỏi loại đó, hoặc cho trùng nhiều hơn."},
    {"rule.E602.summary", "yêu cầu bao phủ của ma trận đề cần nhiều câu hỏi hơn số câu mà đề hoặc miền năng lực chứa được"},
    {"rule.E602.explain", "Mỗi đề đo những gì vị trí của ma trận đề yêu cầu (constraints.coverage, bật theo mặc định): mỗi\n"
     "năng lực thành phần mà vị trí yêu cầu cao hơn trình độ nền có ít nhất required_min câu (mặc định\n"
     "2) ở trình độ yêu cầu, và mỗi năng lực thành phần của khung năng lực có ít nhất each_min câu (mặc\n"
     "định 1). hocvu cộng các số này trước khi chạy bộ giải và báo độ dài đề, hoặc mức tối đa của một\n"
     "miền năng lực hay một năng lực thành phần, không đủ chứa chúng, kèm các con số.\n"
     "Trong ví dụ, each_min 3 đưa 3 câu hỏi của năng lực thành phần 1.1 vào đề, nhưng miền năng lực 1\n"
     "chỉ cho phép 2.\n"
     "Cách sửa: nâng mức tối đa (và độ dài đề nếu cần), hoặc hạ các mức tối thiểu của coverage."},
    {"rule.W603.summary", "ma trận đề cho phép một đề bỏ sót một yêu cầu của vị trí hoặc một năng lực thành phần"},
    {"rule.W603.explain", "Chứng nhận xác nhận người được cấp có đủ những gì vị trí yêu cầu, nên mỗi đề phải đo mọi yêu cầu.\n"
     "hocvu cảnh báo khi một đề có thể bỏ sót một yêu cầu: các trình độ của ma trận đề không gồm trình\n"
     "độ mà một yêu cầu cần, hoặc không cho phép trình độ nào của một năng lực thành phần; required_min\n"
     "nhỏ hơn 2 (chấm thi chỉ báo mức thành thạo của một năng lực thành phần khi có từ 2 câu hỏi); hoặc\n"
     "các đề quá ngắn để chứa each_min của mọi năng lực thành phần cùng với mức tối thiểu của các yêu\n"
     "cầu, nên each_min không được áp dụng.\n"
     "Trong ví dụ, đề 3 câu không thể chứa 4 câu của năng lực thành phần 1.1.\n"
     "Cách sửa: tăng độ dài đề, mở rộng các trình độ, hoặc đặt mức tối thiểu mong muốn (each_min: 0\n"
     "nghĩa là đề không cần chứa mọi năng lực thành phần)."},
    {"rule.W604.summary", "ma trận đề chứng nhận một trình độ khác trình độ nền của vị trí"},
    {"rule.W604.explain", "Trình độ (level) của ma trận đề là trình độ ghi trên chứng nhận; trình độ nền của vị trí là trình\n"
     "độ vị trí cần ở mọi năng lực thành phần. Trình độ cao hơn trình độ nền nâng mọi năng lực thành\n"
     "phần lên mức đó (đề kiểm tra nhiều hơn vị trí cần); trình độ thấp hơn thì chứng nhận ít hơn những\n"
     "gì đề kiểm tra, vì câu hỏi được chọn theo yêu cầu của vị trí. Cả hai đều có thể là chủ ý, nhưng\n"
     "thường hai trình độ nên khớp nhau, và chỉ tiêu trong báo cáo cũng nêu trình độ của vị trí.\n"
     "Trong ví dụ, vị trí cb có trình độ nền CB còn ma trận đề chứng nhận TC.\n"
     "Cách sửa: chứng nhận trình độ nền của vị trí, hoặc nâng trình độ nền của vị trí nếu thực sự cần hơn."},
    {"rule.W605.summary", "thí sinh không có kiến thức, chỉ dựa vào dấu hiệu gợi ý, có điểm kỳ vọng lớn hơn một nửa điểm đạt"},
    {"rule.W605.explain", "Với từng đề, hocvu exam tính số điểm kỳ vọng của thí sinh không có kiến thức, chỉ dựa vào gợi ý:\n"
     "ở câu hỏi chọn một đáp án, chọn phương án dài nhất (chọn ngẫu nhiên một trong các phương án dài\n"
     "nhất nếu bằng nhau); ở câu hỏi chọn nhiều đáp án, chọn t phương án dài nhất, t là số phương án\n"
     "đúng phổ biến nhất của đề, chấm theo quy tắc điểm từng phần mặc định của hocvu grade; ở câu hỏi\n"
     "Đúng/Sai, chọn 'true' trừ khi mệnh đề chứa từ tuyệt đối (W412); không được điểm ở câu hỏi numeric\n"
     "và short_text. Điểm kỳ vọng được ghi vào manifest.json (forms[].test_wise), và hocvu exam cảnh\n"
     "báo khi điểm này lớn hơn một nửa điểm đạt: đề như vậy không phân biệt được người có kiến thức với\n"
     "người chỉ học được thói quen của các ngân hàng câu hỏi. Đề vẫn được tạo (mã thoát 0).\n"
     "Cách sửa: loại bỏ các dấu hiệu gợi ý khỏi ngân hàng; hocvu lint nêu chúng (W410-W415 theo từng\n"
     "câu hỏi, W420-W423 theo từng ngân hàng và từng ma trận đề)."},
};

}  // namespace hocvu
