// The vi catalogue, rules part: rule summaries and `hocvu lint --explain` texts, keys rule.<CODE>.summary and rule.<CODE>.explain (codes E0xx/W0xx, E1xx, E2xx, E7xx, E8xx, E9xx and I1xx; the others are in rules_more_vi.cpp).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kRulesVi;
const std::vector<MessageEntry> kRulesVi = {
    // The labels before the examples, and a severity for people (json and sarif keep the
    // machine words "error" and "warning" of severity_name).
    {"rule.example.bad", "Ví dụ sai:"},
    {"rule.example.fixed", "Đã sửa:"},
    {"rule.severity.error", "lỗi"},
    {"rule.severity.warning", "cảnh báo"},
    // The findings a file has beyond the limits (src/diag/capped_reporter.hpp, Diagnostics::close).
    {"rule.more_lines_one", "còn 1 dòng khác của tệp này có cùng vấn đề"},
    {"rule.more_lines_other", "còn {count} dòng khác của tệp này có cùng vấn đề"},
    {"rule.more_questions_one", "còn 1 câu hỏi khác của tệp này có cùng vấn đề"},
    {"rule.more_questions_other", "còn {count} câu hỏi khác của tệp này có cùng vấn đề"},
    {"rule.more_findings", "còn {count} phát hiện khác trong tệp này không được liệt kê"},
    {"rule.more_findings_hint", "sửa các phát hiện đã liệt kê rồi chạy lint lại"},
    // Texts hold fmt format strings: a literal brace is written {{ or }}. Commands, option names,
    // YAML keys and values, and the markers of the examples (<TAB>, <xE1>, ...) stay as they are.
    {"rule.E001.summary", "tệp lớn hơn giới hạn kích thước"},
    {"rule.E001.explain",
     "hocvu đọc toàn bộ tệp một lần. Một tệp YAML vượt giới hạn (mặc định 16 MiB) hầu như luôn là\n"
     "nhầm lẫn: một bản kết xuất tự động, hoặc chọn nhầm tệp. Tệp không được phân tích.\n"
     "Cách sửa: tách ngân hàng câu hỏi thành nhiều tệp (mỗi miền năng lực hoặc mỗi năng lực thành\n"
     "phần một tệp), hoặc nâng giới hạn bằng --max-file-size nếu tệp thật sự lớn như vậy."},
    {"rule.E002.summary", "tệp không phải UTF-8 hợp lệ"},
    {"rule.E002.explain",
     "Tệp của hocvu dùng mã UTF-8. Một dãy byte không phải UTF-8 thì không hiển thị hay so sánh\n"
     "được, nên tệp không được phân tích. Phát hiện chỉ vào byte sai đầu tiên. Trong ví dụ,\n"
     "<xE1><xBB> là hai byte đầu trong ba byte của chữ 'ụ': byte thứ ba đã bị mất.\n"
     "Cách sửa: lưu lại tệp dưới dạng UTF-8 trong trình soạn thảo, hoặc chuyển mã, ví dụ\n"
     "  iconv -f WINDOWS-1258 -t UTF-8 bank.yaml > bank.utf8.yaml"},
    {"rule.E003.summary", "văn bản dùng bảng mã tiếng Việt cũ (TCVN3, VNI, VISCII, Windows-1258)"},
    {"rule.E003.explain",
     "Tiếng Việt gõ bằng phông cũ (.VnTime cho TCVN3/ABC, VNI-Times cho VNI) chỉ hiển thị đúng với\n"
     "phông đó. Lưu dưới dạng byte thì không phải UTF-8; dán vào dưới dạng Unicode thì thành chữ\n"
     "lỗi như 'Vieät Nam' (VNI) hoặc 'ViÖt Nam' (TCVN3).\n"
     "Cách sửa: chuyển văn bản sang Unicode bằng công cụ chuyển mã của Unikey (Công cụ chuyển mã)\n"
     "hoặc iconv, ví dụ  iconv -f TCVN5712-1 -t UTF-8 old.yaml > new.yaml , rồi kiểm tra lại kết quả."},
    {"rule.E004.summary", "tệp chứa byte NUL"},
    {"rule.E004.explain",
     "Tệp văn bản không bao giờ chứa byte NUL; thường đó là dấu hiệu tệp nhị phân, tệp UTF-16, hoặc\n"
     "tệp bị cắt cụt do sự cố. Tệp không được phân tích. Trong ví dụ, <NUL> là một byte 0.\n"
     "Cách sửa: mở tệp bằng trình soạn thảo hiển thị được ký tự điều khiển, hoặc xuất lại tệp\n"
     "dưới dạng UTF-8."},
    {"rule.E006.summary", "tệp chứa ký tự tab"},
    {"rule.E006.explain",
     "YAML không cho phép thụt lề bằng tab, còn tab trong văn bản thì hiển thị khác nhau tùy trình\n"
     "soạn thảo. Trong ví dụ, <TAB> là một ký tự tab, và YAML không đọc được tệp từ chỗ đó trở đi:\n"
     "khi tab làm dừng việc đọc, phát hiện sẽ báo tệp không đọc được, và các kiểm tra cần đủ mọi\n"
     "tệp (độ bao phủ, ma trận đề, tham chiếu đến id) được hoãn lại cho đến khi đọc được tệp.\n"
     "Cách sửa: thay tab bằng dấu cách (hai dấu cách cho mỗi mức thụt lề). hocvu lint --fix không\n"
     "sửa tab: một tab bằng bao nhiêu dấu cách là tùy trình soạn thảo."},
    {"rule.E009.summary", "văn bản không ở dạng chuẩn Unicode NFC"},
    {"rule.E009.explain",
     "Chữ tiếng Việt có thể lưu ở dạng dựng sẵn ('ệ' là một điểm mã, NFC) hoặc dạng tổ hợp ('e' +\n"
     "U+0323 + U+0302, NFD, do một số công cụ trên Mac và trên web tạo ra). Hai dạng trông giống\n"
     "nhau nhưng so sánh lại khác nhau, nên việc kiểm tra trùng, tìm kiếm và chấm câu trả lời ngắn\n"
     "bị sai. Trong ví dụ, <U+0323> và <U+0302> là hai dấu tổ hợp đó.\n"
     "Cách sửa: hocvu lint --fix ghi lại tệp ở dạng NFC."},
    {"rule.E011.summary", "tệp có ký tự xuống dòng khác LF hoặc CRLF (CR đứng riêng, U+0085, U+2028, U+2029)"},
    {"rule.E011.explain",
     "YAML coi CR đứng riêng, NEL (U+0085) và các ký tự phân cách dòng, phân cách đoạn của Unicode\n"
     "(U+2028, U+2029) là xuống dòng, còn trình soạn thảo, diff và grep thì không: cùng một tệp hiện\n"
     "thành một dòng ở công cụ này và nhiều dòng ở công cụ khác. Chúng lẫn vào khi dán từ trình\n"
     "soạn thảo văn bản hoặc tệp PDF. Tệp không được đọc tiếp. Trong ví dụ, <U+2028> là ký tự phân\n"
     "cách dòng.\n"
     "Cách sửa: hocvu lint --fix đổi CR đứng riêng thành LF. Lệnh này giữ nguyên U+0085, U+2028 và\n"
     "U+2029, vì chỉ người viết mới biết mỗi ký tự vốn là gì: xuống dòng, dấu cách, hay (với U+0085,\n"
     "từ văn bản Windows-1252 bị đọc như Latin-1) dấu ba chấm '…'. Hãy thay chúng bằng tay."},
    {"rule.E012.summary", "tệp có nhiều phát hiện hơn số được liệt kê"},
    {"rule.E012.explain",
     "Sau 1000 phát hiện trong một tệp, các phát hiện còn lại chỉ được đếm, không liệt kê: tệp hỏng\n"
     "đến mức đó cần sửa những lỗi đầu tiên thì các lỗi sau mới có ý nghĩa.\n"
     "Cách sửa: sửa các phát hiện đã liệt kê rồi chạy lint lại."},
    {"rule.E101.summary", "lỗi cú pháp YAML"},
    {"rule.E101.explain",
     "Tệp không phải YAML hợp lệ, nên không đọc được gì sau chỗ lỗi. Nguyên nhân thường gặp là dấu\n"
     "': ' thứ hai trong một văn bản không đặt trong dấu nháy, như trong ví dụ.\n"
     "Cách sửa: đặt văn bản trong dấu nháy hoặc sửa thụt lề tại vị trí được chỉ ra."},
    {"rule.E102.summary", "một khóa xuất hiện hai lần trong cùng một ánh xạ (mapping)"},
    {"rule.E102.explain",
     "Các trình đọc YAML xử lý khóa trùng không giống nhau: phần lớn lặng lẽ giữ khóa sau cùng,\n"
     "nên giá trị đầu tiên bị mất. hocvu báo cả hai.\n"
     "Cách sửa: xóa một trong hai, hoặc đổi tên khóa mà lẽ ra phải là một khóa khác."},
    {"rule.E103.summary", "một alias tham chiếu đến chính nút chứa nó"},
    {"rule.E103.explain",
     "Một alias nằm bên trong nút mà anchor của nó đánh dấu sẽ bung ra vô tận. Tệp không được đọc\n"
     "tiếp.\n"
     "Cách sửa: xóa alias; tệp của hocvu không cần anchor hay alias."},
    {"rule.E104.summary", "alias bung ra vượt quá giới hạn số nút"},
    {"rule.E104.explain",
     "Anchor và alias có thể làm một tệp nhỏ bung ra thành hàng tỷ nút ('billion laughs').\n"
     "hocvu dừng lại khi các alias sẽ thêm hơn 1 triệu nút vào tài liệu.\n"
     "Cách sửa: viết đầy đủ nội dung; tệp của hocvu không cần anchor hay alias."},
    {"rule.E105.summary", "lồng sâu quá 64 mức"},
    {"rule.E105.explain",
     "Các định dạng của hocvu lồng nhau nhiều nhất năm mức. Lồng sâu hơn là do nhầm lẫn hoặc là\n"
     "một cuộc tấn công vào trình phân tích; tệp không được đọc tiếp.\n"
     "Cách sửa: kiểm tra thụt lề hoặc các dấu ngoặc gần vị trí được chỉ ra."},
    {"rule.E106.summary", "tệp chứa nhiều hơn một tài liệu YAML"},
    {"rule.E106.explain",
     "hocvu chỉ đọc một tài liệu trong mỗi tệp; dấu '---' thứ hai mở đầu một tài liệu sẽ bị bỏ qua.\n"
     "Cách sửa: chuyển tài liệu thứ hai sang một tệp riêng, hoặc xóa dấu '---' thừa."},
    {"rule.E107.summary", "một alias gọi tên một anchor chưa được định nghĩa"},
    {"rule.E107.explain",
     "Alias (*tên) lặp lại nút mà anchor (&tên) đã đánh dấu ở phía trước trong cùng tệp. Không có\n"
     "anchor đó thì không có gì để lặp lại.\n"
     "Cách sửa: định nghĩa anchor trước alias, hoặc viết đầy đủ giá trị."},
    {"rule.E108.summary", "một tính năng YAML mà hocvu không dùng (khóa gộp, thẻ tùy biến, khóa phức hợp)"},
    {"rule.E108.explain",
     "Tệp của hocvu chỉ gồm ánh xạ, danh sách và văn bản đơn giản. Khóa gộp ('<<'), thẻ tùy biến\n"
     "('!foo') và ánh xạ hay danh sách dùng làm khóa đều không được đọc, nên dữ liệu của chúng sẽ\n"
     "bị mất.\n"
     "Cách sửa: viết đầy đủ các khóa và giá trị."},
    {"rule.E109.summary", "tệp không chứa tài liệu YAML nào"},
    {"rule.E109.explain",
     "Một tệp rỗng (hoặc chỉ có chú thích) không định nghĩa gì; có lẽ tệp chưa được viết xong.\n"
     "Cách sửa: thêm nội dung, hoặc xóa tệp."},
    {"rule.E201.summary",
     "tệp không phải khung năng lực, ngân hàng câu hỏi, ma trận đề, cây đơn vị hay tệp chỉ tiêu"},
    {"rule.E201.explain",
     "hocvu nhận biết một tệp qua khóa cấp thứ nhất: 'framework' (với levels, areas, roles), 'bank'\n"
     "(với questions), 'blueprint' (với constraints), 'units' (cây tổ chức của báo cáo) hoặc\n"
     "'targets' (các chỉ tiêu bao phủ của báo cáo).\n"
     "Cách sửa: mở đầu tệp bằng  framework:,  bank:,  blueprint:,  units:  hoặc  targets:  như\n"
     "trong README (Formats)."},
    {"rule.E202.summary", "thiếu một trường bắt buộc"},
    {"rule.E202.explain",
     "Một bản ghi thiếu trường bắt buộc thì không dùng được: câu hỏi không có đáp án thì không chấm\n"
     "được.\n"
     "Cách sửa: thêm trường đó; README (Formats) liệt kê các trường bắt buộc của từng loại bản ghi."},
    {"rule.E203.summary", "một trường có giá trị sai kiểu"},
    {"rule.E203.explain",
     "Mỗi trường nhận một kiểu giá trị: văn bản, số, danh sách, hoặc ánh xạ như các phương án của\n"
     "một câu hỏi. Giá trị kiểu khác không được đọc.\n"
     "Cách sửa: viết giá trị theo dạng mà README (Formats) nêu cho trường đó."},
    {"rule.E204.summary", "một khóa không thuộc định dạng"},
    {"rule.E204.explain",
     "Một khóa không xác định thường là lỗi gõ ('anwser'), và dữ liệu của nó sẽ bị bỏ qua mà không\n"
     "có thông báo nào.\n"
     "Cách sửa: sửa chính tả (hocvu gợi ý khóa hợp lệ gần nhất) hoặc xóa khóa đó."},
    {"rule.E205.summary", "một trường văn bản bị trống"},
    {"rule.E205.explain",
     "Phần dẫn hay phương án trống sẽ không hiện gì trên đề in; văn bản trống là việc chưa làm xong.\n"
     "Cách sửa: viết nội dung, hoặc xóa bản ghi nếu chưa sẵn sàng (hoặc ghi status: draft cho câu hỏi)."},
    {"rule.E206.summary", "một id không đúng mẫu id"},
    {"rule.E206.explain",
     "Id được dùng trong tên tệp, khóa và báo cáo: gồm chữ cái, chữ số, '.', '_' và '-', bắt đầu\n"
     "bằng chữ cái hoặc chữ số, tối đa 64 ký tự. Khóa của phương án viết thường: a, b, c.\n"
     "Cách sửa: dùng id dạng Q1.1-CB-01."},
    {"rule.E207.summary", "một giá trị không thuộc các giá trị được phép"},
    {"rule.E207.explain",
     "Một số trường chỉ nhận một trong vài giá trị: type là single, multiple, true_false, numeric\n"
     "hoặc short_text; difficulty là một số từ -4 đến 4; status là draft, active hoặc retired.\n"
     "Cách sửa: dùng một trong các giá trị được liệt kê trong thông báo."},
    {"rule.E208.summary", "ngôn ngữ không phải là thẻ ngôn ngữ BCP 47"},
    {"rule.E208.explain",
     "Trường `language` của khung năng lực và của ngân hàng câu hỏi (và `translation_of` của ngân\n"
     "hàng câu hỏi) là một thẻ ngôn ngữ BCP 47 (RFC 5646): mã ISO 639 gồm 2 hoặc 3 chữ cái của ngôn\n"
     "ngữ, sau đó có thể thêm hệ chữ viết (4 chữ cái), vùng (2 chữ cái hoặc 3 chữ số) và biến thể,\n"
     "nối bằng dấu gạch ngang: vi, vi-VN, en, en-GB, zh-Hant-TW. Một tên như 'english' hay\n"
     "'Tiếng Việt' không phải là thẻ: các công cụ đọc ngôn ngữ (kiểm tra ngôn ngữ của hocvu, xuất\n"
     "CASE, nhập vào LMS) không nhận ra được.\n"
     "Chữ hoa hay chữ thường đều được, nhưng theo quy ước mã ngôn ngữ viết thường và mã vùng viết\n"
     "hoa.\n"
     "Cách sửa: ghi mã của ngôn ngữ, như trong ví dụ."},
    {"rule.E701.summary", "không đọc được một dòng của tệp đáp án (key.csv)"},
    {"rule.E701.explain",
     "key.csv chứa đáp án của mọi câu hỏi trong mọi đề, do hocvu exam ghi ra; việc chấm thi dựa vào\n"
     "tệp này, nên mỗi dòng phải đọc lại được thành đúng một đáp án đúng kiểu. Các cột là\n"
     "form,position,question_id,type,answer,points,competency,level; đáp án là chữ cái với câu hỏi\n"
     "có phương án (B, hoặc A;C), true hoặc false, một số kèm sai số cho phép nếu có (42 hoặc\n"
     "42:0.5), hoặc các câu trả lời được chấp nhận, phân cách bằng | (VNeID|ứng dụng VNeID).\n"
     "Ví dụ: dòng 101,3,Q1.1-CB-02,single,B;C,1,1.1,CB ghi hai đáp án cho một câu hỏi chọn một đáp án.\n"
     "Cách sửa: sửa dòng đó, hoặc tạo lại kỳ thi bằng hocvu exam."},
    {"rule.E702.summary", "không đọc được manifest.json của thư mục đề thi, hoặc tệp này không khớp với key.csv"},
    {"rule.E702.explain",
     "hocvu grade --exam DIR đọc quy định điểm đạt, và năng lực thành phần, miền năng lực, trình độ,\n"
     "kiểu, điểm và các phương án của từng câu hỏi từ manifest.json, còn đáp án từ key.csv. Cả hai\n"
     "tệp do hocvu exam ghi ra cùng lúc; manifest không phải JSON, thiếu các trường này, hoặc ở một\n"
     "vị trí lại liệt kê câu hỏi khác với key.csv, nghĩa là thư mục đã bị sửa tay hoặc lẫn tệp của\n"
     "kỳ thi khác, và chấm theo đó sẽ chấm sai đáp án.\n"
     "Cách sửa: tạo lại thư mục đề thi bằng hocvu exam, hoặc chỉ chấm với --key key.csv."},
    {"rule.E703.summary", "không gộp được một trạng thái chấm thi (hocvu grade --shard)"},
    {"rule.E703.explain",
     "hocvu grade --shard ghi các số đếm chính xác của một phần chấm trong một lô; hocvu merge cộng\n"
     "các phần lại thành đúng các kết quả như khi chấm một lần toàn bộ dữ liệu. Một trạng thái bị\n"
     "từ chối toàn bộ khi nó không phải tệp như vậy, khi nó được tạo cho các đề khác hoặc các hiệu\n"
     "chỉnh đáp án khác (câu hỏi, điểm hoặc phương án khác nhau), hoặc khi các số đếm không khớp.\n"
     "Cách sửa: chấm mọi phần theo cùng một thư mục đề thi và cùng các hiệu chỉnh, rồi gộp lại."},
    {"rule.E801.summary", "không đọc được tệp hiệu chỉnh đáp án (--corrections)"},
    {"rule.E801.explain",
     "hocvu grade --corrections đọc các hiệu chỉnh đáp án sau khi rà soát câu hỏi: một tệp YAML có\n"
     "một khóa duy nhất là corrections, gán cho mỗi id câu hỏi một hiệu chỉnh: drop, credit_all,\n"
     "{{accept: [B]}} hoặc {{rekey: C}}. Mục không đọc được sẽ bị bỏ qua và lệnh dừng lại, để không\n"
     "bao giờ chấm một lô bài chỉ với một nửa số hiệu chỉnh.\n"
     "Ví dụ: 'Q1.2-CB-08: {{accept: b, rekey: c}}' cho một câu hỏi hai hiệu chỉnh, còn\n"
     "'Q2.1-CB-03: dropped' không phải là hiệu chỉnh nào.\n"
     "Cách sửa: ghi một trong bốn hiệu chỉnh cho mỗi câu hỏi, ví dụ\n"
     "  corrections:\n"
     "    Q1.2-CB-08: drop\n"
     "    Q3.4-TC-01: {{accept: [b]}}"},
    {"rule.E802.summary", "một hiệu chỉnh đáp án nêu câu hỏi không có trong đề nào của kỳ thi"},
    {"rule.E802.explain",
     "Hiệu chỉnh áp dụng cho một id câu hỏi có trong key.csv của kỳ thi. Id không có trong đề nào\n"
     "thường do gõ nhầm, và hiệu chỉnh định làm sẽ không được áp dụng.\n"
     "Ví dụ: 'Q1.2-CB-8: drop' trong khi đáp án có Q1.2-CB-08.\n"
     "Cách sửa: sao chép question_id từ items.csv hoặc key.csv."},
    {"rule.E803.summary",
     "một hiệu chỉnh đáp án nêu phương án mà câu hỏi không có, hoặc không hợp với kiểu câu hỏi"},
    {"rule.E803.explain",
     "accept và rekey gọi phương án theo khóa phương án trong ngân hàng câu hỏi (cột option của\n"
     "distractors.csv), hoặc theo chữ cái trên đề khi thư mục đề thi không có manifest. Với câu hỏi\n"
     "chọn một đáp án, rekey nêu đúng một phương án. Với câu hỏi đúng/sai, câu hỏi số và câu hỏi trả\n"
     "lời ngắn, chúng cho đáp án theo cách ghi của key.csv: true hoặc false, 42 hoặc 42:0.5, một\n"
     "đoạn văn bản.\n"
     "Ví dụ: '{{rekey: [b, c]}}' cho câu hỏi chọn một đáp án, hoặc '{{accept: [e]}}' cho câu hỏi có các\n"
     "phương án từ a đến d.\n"
     "Cách sửa: nêu phương án mà câu hỏi có; để chấp nhận thêm một phương án thứ hai, rekey sang\n"
     "một phương án và accept phương án kia."},
    {"rule.E901.summary", "các mốc trong targets.yaml không theo thứ tự, hoặc ngày bắt đầu không đứng trước các mốc"},
    {"rule.E901.explain",
     "Báo cáo vẽ đường tiến độ từ 0% vào ngày bắt đầu qua từng mốc, và coi mốc cuối là hạn chót. Vì\n"
     "vậy các mốc được liệt kê theo thứ tự ngày, mỗi mốc có ngày muộn hơn mốc trước, tỷ lệ phần\n"
     "trăm không bao giờ giảm, và ngày bắt đầu đứng trước mốc đầu tiên.\n"
     "Cách sửa: xếp các mốc theo thứ tự ngày và sửa ngày hoặc tỷ lệ phần trăm của chúng."},
    {"rule.E902.summary", "trình độ chỉ tiêu của một vị trí không khớp với các kỳ thi chứng nhận vị trí đó"},
    {"rule.E902.explain",
     "targets.yaml nêu trình độ mà mỗi vị trí phải được chứng nhận (roles), và kỳ thi nào chứng nhận\n"
     "vị trí nào ở trình độ nào (certifications). Một người được tính là hoàn thành khi đạt một kỳ\n"
     "thi chứng nhận vị trí của mình ở trình độ chỉ tiêu hoặc cao hơn. Vị trí có trình độ chỉ tiêu\n"
     "nhưng không có kỳ thi như vậy thì không bao giờ hoàn thành được; vị trí có kỳ thi nhưng không\n"
     "có trình độ chỉ tiêu thì bị thiếu trong báo cáo.\n"
     "Trong ví dụ, kỳ thi duy nhất cho vị trí cb chứng nhận trình độ CB, thấp hơn chỉ tiêu TC.\n"
     "Cách sửa: ghi trình độ của vị trí trong roles, và một kỳ thi chứng nhận vị trí đó ở trình độ\n"
     "ấy trong certifications (hoặc sửa lại trình độ)."},
    {"rule.I101.summary", "một câu hỏi được nhập có kiểu mà hocvu không có"},
    {"rule.I101.explain",
     "hocvu import chuyển câu hỏi từ LMS thành năm kiểu câu hỏi của hocvu: single, multiple,\n"
     "true_false, numeric và short_text. Các câu hỏi essay, matching, cloze (multianswer),\n"
     "drag-and-drop, calculated, description và random của Moodle, và các câu hỏi essay, matching,\n"
     "description và missing-word của GIFT, không có dạng tương ứng trong hocvu; mỗi câu được nêu\n"
     "ở đây kèm số dòng và không được đưa vào ngân hàng câu hỏi, chứ không bao giờ bị bỏ đi mà không\n"
     "báo.\n"
     "Cách sửa: viết lại câu hỏi bằng tay theo một kiểu của hocvu trong ngân hàng câu hỏi, hoặc để\n"
     "câu hỏi lại trong LMS."},
    {"rule.I102.summary", "không đọc được một câu hỏi GIFT"},
    {"rule.I102.explain",
     "Một câu hỏi GIFT gồm nội dung câu hỏi, sau đó là các câu trả lời giữa {{ và }}, và một dòng\n"
     "trống trước câu hỏi tiếp theo. Dấu ngoặc nhọn không được đóng, khối câu trả lời thứ hai, tiêu\n"
     "đề :: không kết thúc hoặc trọng số như %abc% làm câu hỏi không đọc được; câu hỏi đó bị bỏ\n"
     "qua, kèm dòng và cột của chỗ sai. Các ký tự {{ }} ~ = # hoặc : dùng như văn bản phải viết\n"
     "kèm dấu gạch chéo ngược: \\{{.\n"
     "Ví dụ: 'Thủ đô của Việt Nam là? {{=Hà Nội ~Huế' (thiếu dấu ngoặc đóng).\n"
     "Cách sửa: đóng dấu ngoặc, hoặc thêm dấu gạch chéo ngược trước ký tự dùng như văn bản, rồi\n"
     "nhập lại."},
    {"rule.I103.summary", "tệp Moodle XML khai báo entity, mà hocvu không mở rộng entity"},
    {"rule.I103.explain",
     "Moodle không bao giờ ghi DOCTYPE có khai báo entity. Entity trong tệp XML có thể bung ra vô\n"
     "tận (kiểu tấn công billion laughs) hoặc kéo nội dung tệp khác vào (<!ENTITY x SYSTEM\n"
     "\"file:///etc/passwd\">), nên hocvu từ chối tệp ngay ở khai báo đầu tiên và không đọc gì từ\n"
     "tệp đó.\n"
     "Cách sửa: xuất lại câu hỏi từ Moodle (Question bank > Export > Moodle XML format)."},
    {"rule.I104.summary", "câu trả lời của một câu hỏi được nhập không cho ra đáp án mà hocvu dùng được"},
    {"rule.I104.explain",
     "Mọi câu hỏi của hocvu đều có đáp án. Câu hỏi Moodle hoặc GIFT cho đáp án qua tỷ lệ điểm của\n"
     "từng câu trả lời: câu hỏi chọn một đáp án cần đúng một phương án được 100%, câu hỏi\n"
     "chọn nhiều đáp án cần các phương án có tổng tỷ lệ điểm là 100%, câu hỏi đúng/sai, câu hỏi số hoặc câu hỏi\n"
     "trả lời ngắn cần một câu trả lời được 100% (với câu hỏi số, đó phải là một số). Câu hỏi không\n"
     "có đáp án như vậy, hoặc có hai phương án được 100% ở chế độ chọn một đáp án, hoặc có ít hơn hai\n"
     "phương án, sẽ bị bỏ qua.\n"
     "Ví dụ: một câu hỏi multichoice có các phương án được 50%, 30% và 0%.\n"
     "Cách sửa: cho câu trả lời đúng trọn điểm trong LMS rồi xuất lại, hoặc viết câu hỏi bằng tay\n"
     "trong ngân hàng câu hỏi."},
    {"rule.I105.summary", "tệp không phải XML đúng cú pháp, hoặc không phải bộ câu hỏi Moodle XML"},
    {"rule.I105.explain",
     "hocvu import moodle-xml đọc những gì Moodle xuất ra: <quiz> chứa các phần tử <question>. Tệp\n"
     "XML sai cú pháp được đọc đến chỗ lỗi (các câu hỏi trước đó vẫn được nhập); tệp có phần tử gốc\n"
     "không phải <quiz>, hoặc lồng phần tử sâu hơn 64 mức, thì không được đọc.\n"
     "Cách sửa: xuất lại câu hỏi từ Moodle theo định dạng Moodle XML, hoặc sửa XML tại dòng được\n"
     "chỉ ra."},
    {"rule.I106.summary", "một câu hỏi được nhập, hoặc một đoạn văn bản của câu hỏi, lớn hơn mức hocvu chấp nhận"},
    {"rule.I106.explain",
     "Nội dung câu hỏi, một phương án hay một phản hồi trên 1 MiB, hoặc cả câu hỏi trên 4 MiB, không\n"
     "phải là câu hỏi thi: thường đó là hình ảnh hoặc tài liệu nhúng được dán vào dưới dạng văn bản.\n"
     "Câu hỏi bị bỏ qua mà không cần giữ phần còn lại của tệp trong bộ nhớ.\n"
     "Cách sửa: xóa nội dung nhúng khỏi câu hỏi trong LMS rồi xuất lại."},
    {"rule.I107.summary", "một phần của câu hỏi được nhập không có chỗ trong hocvu và đã bị bỏ đi"},
    {"rule.I107.explain",
     "Câu hỏi của hocvu là văn bản thuần với một đáp án. Những gì câu hỏi trong LMS có thêm ngoài\n"
     "đó không được đưa vào ngân hàng câu hỏi và được nêu ở đây: hình ảnh, định dạng và bảng của\n"
     "văn bản HTML, phản hồi cho từng câu trả lời, gợi ý, điểm từng phần, câu trả lời ngắn phân\n"
     "biệt chữ hoa chữ thường hoặc có ký tự đại diện, các đáp án số và đơn vị ngoài cái đầu tiên,\n"
     "các thẻ (tag) không phải thẻ của hocvu. Bản thân câu hỏi vẫn được nhập.\n"
     "Cách sửa: kiểm tra câu hỏi trong ngân hàng câu hỏi; đưa nội dung quan trọng vào phần dẫn hoặc\n"
     "phần giải thích (explanation) của câu hỏi."},
    {"rule.I108.summary", "một câu hỏi được nhập trùng tên với một câu hỏi đã nhập trước đó"},
    {"rule.I108.explain",
     "Trong hocvu, id câu hỏi là duy nhất. Khi một tên xuất hiện lại (moodle.xml của một kỳ thi chứa\n"
     "mỗi câu hỏi một lần cho mỗi đề), câu hỏi giống hệt câu trước (cùng kiểu, nội dung, phương án\n"
     "theo bất kỳ thứ tự nào, đáp án, điểm) chỉ được nhập một lần; câu hỏi khác thì vẫn được giữ\n"
     "dưới một id tạo tự động (IMP-0007), tên của câu hỏi được ghi lại trong source.\n"
     "Cách sửa: không cần làm gì nếu các câu hỏi giống nhau; nếu không, hãy đặt cho mỗi câu hỏi một\n"
     "id riêng."},
    {"rule.I109.summary", "dấu gạch chéo ngược trong tệp GIFT thoát một ký tự không cần thoát"},
    {"rule.I109.explain",
     "GIFT thoát các ký tự đặc biệt bằng dấu gạch chéo ngược: \\~ \\= \\# \\{{ \\}} \\: \\\\ và \\n\n"
     "để xuống dòng. Dấu gạch chéo ngược trước bất kỳ ký tự nào khác được giữ nguyên như đã viết,\n"
     "giống cách Moodle giữ, nhưng thường là nhầm lẫn (một đường dẫn, một công thức, hoặc cách thoát\n"
     "ký tự của định dạng khác).\n"
     "Ví dụ: 'Mở thư mục C\\Users' giữ lại dấu gạch chéo ngược; 'C\\\\Users' có cùng nghĩa và nói\n"
     "rõ điều đó.\n"
     "Cách sửa: viết \\\\ cho dấu gạch chéo ngược dùng như văn bản, hoặc xóa dấu gạch chéo ngược."},
    {"rule.W005.summary", "tệp bắt đầu bằng dấu thứ tự byte (BOM) của UTF-8"},
    {"rule.W005.explain",
     "Một số trình soạn thảo trên Windows thêm các byte EF BB BF (<BOM> trong ví dụ) vào đầu tệp\n"
     "UTF-8. YAML chấp nhận các byte này, nhưng các công cụ khác (diff, grep, một số trình phân\n"
     "tích) thì không.\n"
     "Cách sửa: hocvu lint --fix sẽ xóa chúng, hoặc lưu tệp theo kiểu 'UTF-8' thay vì 'UTF-8 with BOM'."},
    {"rule.W007.summary", "tệp dùng ký tự xuống dòng kiểu Windows (CRLF)"},
    {"rule.W007.explain",
     "Tệp trong git chỉ nên kết thúc dòng bằng LF; ký tự xuống dòng lẫn lộn làm diff rối. Trong ví\n"
     "dụ, <CR> là ký tự về đầu dòng (carriage return) đứng trước mỗi ký tự xuống dòng.\n"
     "Cách sửa: hocvu lint --fix đổi CRLF thành LF, hoặc đặt git config core.autocrlf."},
    {"rule.W008.summary", "dòng kết thúc bằng dấu cách"},
    {"rule.W008.explain",
     "Dấu cách ở cuối dòng không nhìn thấy được và làm diff rối. Trong khối văn bản ('|' hoặc '>')\n"
     "chúng là một phần của văn bản, nên ở đó phát hiện sẽ nói rõ và --fix giữ nguyên. Trong ví dụ,\n"
     "<SP> là một dấu cách.\n"
     "Cách sửa: hocvu lint --fix xóa chúng ở ngoài khối văn bản; trong khối, hãy xóa bằng tay."},
    {"rule.W010.summary", "dòng dài hơn giới hạn"},
    {"rule.W010.explain",
     "Một dòng dài hàng nghìn ký tự thường là dữ liệu được dán vào hoặc thiếu chỗ xuống dòng; dòng\n"
     "như vậy rất khó xem trong diff. Giới hạn là 2000 ký tự.\n"
     "Cách sửa: dùng khối văn bản gấp dòng ( stem: > ) và ngắt văn bản thành nhiều dòng."},
};

}  // namespace hocvu
