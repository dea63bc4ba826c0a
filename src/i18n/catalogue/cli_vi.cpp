// The vi catalogue, cli part: what the executable prints itself: help texts and examples, summaries, progress, usage errors (cli/).
// Keys start with the part's area ("load.", "lint.", ...); the other language's file has the same keys
// with the same named fields (tests/unit/messages_test.cpp), and every key the code uses is here
// (tests/i18n/check_message_ids.py).
#include "i18n/messages.hpp"

namespace hocvu {

extern const std::vector<MessageEntry> kCliVi;
const std::vector<MessageEntry> kCliVi = {
    // main.cpp: the command table, help, usage errors
    {"cli.app.description", "hocvu: đánh giá kỹ năng số cho phong trào \"Bình dân học vụ số – Quốc hội số\""},
    {"cli.app.footer", "Chạy 'hocvu help LỆNH' để xem các tùy chọn của một lệnh.\n"
        "\nVí dụ:\n"
        "  hocvu lint                      kiểm tra framework/ và question-banks/ trong thư mục này\n"
        "  hocvu lint --format sarif -o lint.sarif\n"
        "  hocvu lint --explain E401       ý nghĩa của một quy tắc và cách sửa\n"
        "  hocvu exam framework/blueprints/dbqh.yaml --out out/exam/dbqh\n"
        "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh responses.csv\n"
        "  hocvu help grade                các tùy chọn của một lệnh\n"
        "\nTrạng thái thoát: 0 thành công, 1 phát hiện vấn đề, 2 không chạy được.\n"},
    {"cli.version_flag", "In phiên bản của chương trình rồi thoát"},
    {"cli.help_flag", "In hướng dẫn này rồi thoát"},
    {"cli.summary.lint", "kiểm tra các tệp khung năng lực, ngân hàng câu hỏi và ma trận đề"},
    {"cli.summary.exam", "tạo các đề thi song song từ một ma trận đề"},
    {"cli.summary.grade", "chấm các tệp bài làm: điểm, mức thành thạo, phân tích câu hỏi"},
    {"cli.summary.merge", "gộp các phần chấm (hocvu grade --shard) thành một kết quả"},
    {"cli.summary.report", "tỷ lệ hoàn thành theo đơn vị so với mục tiêu 2026: Excel, CSV, JSON, Markdown"},
    {"cli.summary.keygen", "tạo cặp khóa của đơn vị cấp để ký chứng nhận số"},
    {"cli.summary.certify", "chứng nhận số Open Badges 3.0 có chữ ký số và danh sách thu hồi"},
    {"cli.summary.verify", "kiểm tra chứng nhận số có chữ ký và danh sách trạng thái"},
    {"cli.summary.export", "khung năng lực dưới dạng JSON 1EdTech CASE 1.1, cho các công cụ khác"},
    {"cli.summary.import", "nhập câu hỏi từ Moodle XML hoặc GIFT thành ngân hàng câu hỏi của hocvu"},
    {"cli.summary.simulate", "tạo dữ liệu mô phỏng để trình diễn, kiểm thử và đo hiệu năng"},
    {"cli.summary.help", "xem các tùy chọn và ví dụ của hocvu hoặc của một lệnh"},
    {"cli.commands_heading", "Các lệnh:"},
    {"cli.not_a_command", "'{word}' không phải là lệnh của hocvu"},
    {"cli.not_a_command_did_you_mean", "'{word}' không phải là lệnh của hocvu; có phải là '{nearest}' không?"},
    {"cli.run_help_for_more", "Chạy 'hocvu help' để xem thêm."},
    {"cli.run_help_for_usage", "Chạy 'hocvu help{topic}' để xem cách dùng."},
    {"cli.help.one_topic", "'hocvu help' chỉ nhận một tên lệnh, ví dụ hocvu help lint"},
    {"cli.help.usage", "Cách dùng: hocvu help [LỆNH]\nXem các tùy chọn và ví dụ của một lệnh, hoặc của hocvu.\n"},
    {"cli.help.no_command", "không có lệnh '{word}'"},
    {"cli.help.no_command_did_you_mean", "không có lệnh '{word}'; có phải là '{nearest}' không?"},
    {"cli.out_of_memory", "không đủ bộ nhớ"},
    {"cli.internal_error", "lỗi nội bộ: {what} (xin hãy báo lại lỗi này)"},
    {"cli.prefix.error", "lỗi"},
    {"cli.prefix.warning", "cảnh báo"},
    // CLI11's words (cli11_language.cpp)
    {"cli.label.usage", "Cách dùng"},
    {"cli.label.options_word", "TÙY CHỌN"},
    {"cli.label.command", "LỆNH"},
    {"cli.label.commands", "LỆNH"},
    {"cli.label.positionals", "Đối số"},
    {"cli.label.required", "BẮT BUỘC"},
    {"cli.label.env", "Biến môi trường"},
    {"cli.label.needs", "Cần"},
    {"cli.label.excludes", "Không dùng cùng"},
    {"cli.label.options_group", "Tùy chọn"},
    {"cli.label.commands_group", "Lệnh"},
    {"cli.parse.not_in_set", "'{value}' không phải giá trị hợp lệ; hãy chọn một trong {set}"},
    {"cli.parse.subcommand_required", "cần nêu một lệnh con"},
    {"cli.parse.required", "thiếu {name} (bắt buộc phải có)"},
    {"cli.parse.value_missing", "{name}: thiếu giá trị sau tùy chọn này"},
    {"cli.parse.flag_value", "{name}: tùy chọn này không nhận giá trị"},
    {"cli.parse.wrong_count", "số giá trị không đúng: {detail}"},
    {"cli.parse.cannot_convert", "{name}: không đọc được giá trị {value}"},
    {"cli.parse.extras", "đối số thừa, hocvu không dùng được: {arguments}"},
    {"cli.parse.requires", "{first} cần dùng kèm {second}"},
    {"cli.parse.excludes", "{first} không dùng cùng {second} được"},
    // Option values (number_options.cpp, language_option.cpp)
    {"cli.option.lang_messages", "ngôn ngữ của thông báo: vi hoặc en"},
    {"cli.number.range", "{min} đến {max}"},
    {"cli.number.not_whole", "'{text}' không phải số nguyên viết bằng chữ số thập phân; hãy cho một số từ {min} đến {max}"},
    {"cli.number.whole_out_of_range", "{text} nằm ngoài khoảng cho phép; hãy cho một số nguyên từ {min} đến {max}"},
    {"cli.number.not_positive_decimal", "'{text}' {problem}; hãy cho một số lớn hơn 0, ví dụ 300 hoặc 2.5"},
    {"cli.number.not_above_zero", "{text} không lớn hơn 0; hãy cho một số lớn hơn 0, ví dụ 300 hoặc 2.5"},
    {"cli.number.not_decimal", "'{text}' {problem}; hãy cho một số từ {min} đến {max}"},
    {"cli.number.decimal_out_of_range", "{text} nằm ngoài khoảng cho phép; hãy cho một số từ {min} đến {max}"},
    {"cli.number.problem.none", "là một số"},
    {"cli.number.problem.not_decimal", "không phải là số thập phân"},
    {"cli.number.problem.too_large", "quá lớn, không lưu được (giới hạn khoảng 1.8e308)"},
    {"cli.number.problem.too_small", "quá gần 0, không lưu chính xác được (giới hạn khoảng 2.2e-308)"},
    {"cli.lang.not_a_tag", "'{tag}' không phải thẻ ngôn ngữ BCP 47: {problem}; hãy dùng vi hoặc en"},
    {"cli.lang.no_catalogue", "hocvu chưa có bộ thông báo cho '{tag}'; hãy dùng vi hoặc en (có thể kèm vùng: en-GB)"},
    // What the commands print
    {"cli.as_of_not_a_date", "--as-of '{value}' không phải là ngày; hãy viết dạng 2026-12-31"},
    {"cli.cannot_write_stdout", "không ghi được ra đầu ra chuẩn"},
    {"cli.lint.no_rule", "không có quy tắc '{code}'; 'hocvu lint --list-rules' liệt kê các quy tắc"},
    {"cli.lint.no_rule_did_you_mean", "không có quy tắc '{code}' (có phải là {nearest} không?); 'hocvu lint --list-rules' "
        "liệt kê các quy tắc"},
    {"cli.lint.not_fixed", "'{file}' chưa được sửa: {reason}"},
    {"cli.lint.fixed_one", "đã sửa {fixed} trên {count} tệp"},
    {"cli.lint.fixed_other", "đã sửa {fixed} trên {count} tệp"},
    {"cli.lint.fixed_some_refused_one", "đã sửa {fixed} trên {count} tệp ({refused} tệp chưa sửa, xem ở trên)"},
    {"cli.lint.fixed_some_refused_other", "đã sửa {fixed} trên {count} tệp ({refused} tệp chưa sửa, xem ở trên)"},
    {"cli.lint.output_is_input", "tệp kết quả '{output}' cũng là một tệp cần kiểm tra ('{input}'); hãy dùng -o để ghi "
        "kết quả vào chỗ khác"},
    {"cli.lint.no_yaml_files", "không tìm thấy tệp .yaml nào trong {paths}"},
    {"cli.exam.progress", "đang ghép đề {done}/{total}"},
    {"cli.exam.broken_blueprint", "không đọc được ma trận đề '{blueprint}'; hãy sửa các lỗi ở trên rồi chạy lại"},
    {"cli.exam.broken_inputs_one", "các tệp của kỳ thi có {count} lỗi; hãy sửa (hocvu lint) trước khi tạo đề"},
    {"cli.exam.broken_inputs_other", "các tệp của kỳ thi có {count} lỗi; hãy sửa (hocvu lint) trước khi tạo đề"},
    {"cli.exam.infeasible", "các ngân hàng câu hỏi này không đáp ứng được ma trận đề; chưa ghi tệp nào"},
    {"cli.exam.no_catalogue", "không có bộ thông báo cho '{tag}' ({from}); phần chữ của đề in sẽ bằng tiếng Anh; hãy dùng "
        "--lang vi hoặc --lang en"},
    {"cli.exam.written", "{forms} đề, mỗi đề {length} câu hỏi, chọn từ {eligible} câu phù hợp, trong {out} (nạp dữ liệu "
        "{loading} s, ghép đề {assembly} s)"},
    {"cli.grade.group.item_flags", "Ngưỡng đánh dấu câu hỏi"},
    {"cli.grade.what.grading", "chấm thi"},
    {"cli.grade.what.shard", "phần chấm"},
    {"cli.grade.what.merge", "gộp"},
    {"cli.grade.broken_key", "đáp án hoặc tệp hiệu chỉnh có lỗi (ở trên); hãy sửa rồi chấm lại: chưa ghi tệp nào"},
    {"cli.grade.done", "{what}: đã đọc {read} dòng = đã chấm {graded} + bị loại {rejected}; kết quả trong {out}"},
    {"cli.grade.done_with_rejects", "{what}: đã đọc {read} dòng = đã chấm {graded} + bị loại {rejected}; kết quả trong {out} "
        "(các dòng bị loại và lý do: rejects.csv)"},
    {"cli.grade.progress", "{rows} dòng  {rate} MB/s"},
    {"cli.grade.progress_eta", "  còn khoảng {seconds} s"},
    {"cli.report.status.met", "đã đạt"},
    {"cli.report.status.on_track", "đúng tiến độ"},
    {"cli.report.status.behind", "chậm"},
    {"cli.report.status.at_risk", "có nguy cơ"},
    {"cli.report.status.no_one", "không có người"},
    {"cli.report.summary", "báo cáo: tính đến {as_of}: {headcount} người thuộc diện, {assessed} đã thi, {covered} đã "
        "hoàn thành ({coverage}; tiến độ yêu cầu {trajectory}%), trạng thái {status}"},
    {"cli.report.read", "báo cáo: đã đọc {rows} dòng danh sách cán bộ, {attempts} lượt thi đã chấm"},
    {"cli.report.problems_one", "báo cáo: {count} lỗi dữ liệu ({codes}), được liệt kê trong báo cáo"},
    {"cli.report.problems_other", "báo cáo: {count} lỗi dữ liệu ({codes}), được liệt kê trong báo cáo"},
    {"cli.report.written", "báo cáo: đã ghi {out}"},
    {"cli.report.broken_inputs_one", "các tệp YAML của báo cáo có {count} lỗi; hãy sửa (hocvu lint) rồi chạy lại"},
    {"cli.report.broken_inputs_other", "các tệp YAML của báo cáo có {count} lỗi; hãy sửa (hocvu lint) rồi chạy lại"},
    {"cli.keygen.secret_written", "keygen: khóa bí mật {file} (quyền 0600: giữ kín, sao lưu ngoại tuyến)"},
    {"cli.keygen.public_written", "keygen: khóa công khai {file} (công bố khóa này; dùng nó cho hocvu verify)"},
    {"cli.certify.summary_one", "certify: tính đến {as_of}: {count} chứng nhận ({active} còn hiệu lực): {issued} cấp mới, "
        "{renewed} gia hạn, {unchanged} không đổi, {expired} hết hạn, {revoked} bị thu hồi"},
    {"cli.certify.summary_other", "certify: tính đến {as_of}: {count} chứng nhận ({active} còn hiệu lực): {issued} cấp mới, "
        "{renewed} gia hạn, {unchanged} không đổi, {expired} hết hạn, {revoked} bị thu hồi"},
    {"cli.certify.problems_one", "certify: {count} lỗi dữ liệu ({codes}), được liệt kê trong {out}/problems.csv"},
    {"cli.certify.problems_other", "certify: {count} lỗi dữ liệu ({codes}), được liệt kê trong {out}/problems.csv"},
    {"cli.certify.written", "certify: đã ghi {out}/ (credentials.jsonl, credentials.csv, changes.csv, status.json: "
        "{bits} bit)"},
    {"cli.certify.broken_inputs_one", "các tệp YAML có {count} lỗi; hãy sửa (hocvu lint) rồi chạy lại"},
    {"cli.certify.broken_inputs_other", "các tệp YAML có {count} lỗi; hãy sửa (hocvu lint) rồi chạy lại"},
    {"cli.verify.left_out", "... và {count} vấn đề khác không liệt kê"},
    {"cli.verify.summary", "verify: tính đến {as_of}, đơn vị cấp {issuer}: {verified} hợp lệ, 0 không hợp lệ"},
    {"cli.verify.summary_failed", "verify: tính đến {as_of}, đơn vị cấp {issuer}: {verified} hợp lệ, {failed} không hợp lệ "
        "({reasons})"},
    {"cli.export.broken_files_one", "các tệp đã đọc có {count} lỗi (ở trên), và không chọn được khung năng lực nào để xuất; "
        "hãy sửa (hocvu lint) rồi xuất lại"},
    {"cli.export.broken_files_other", "các tệp đã đọc có {count} lỗi (ở trên), và không chọn được khung năng lực nào để "
        "xuất; hãy sửa (hocvu lint) rồi xuất lại"},
    {"cli.export.broken_framework_one", "khung năng lực {framework} có {count} lỗi (ở trên); hãy sửa (hocvu lint) trước "
        "khi xuất"},
    {"cli.export.broken_framework_other", "khung năng lực {framework} có {count} lỗi (ở trên); hãy sửa (hocvu lint) trước "
        "khi xuất"},
    {"cli.export.fixed_timestamp", "lastChangeDateTime là {timestamp}: hãy dùng --as-of với ngày ban hành khung năng lực"},
    {"cli.export.written", "{framework} {version}: {items} mục, {associations} liên kết, trình độ của {criteria} năng lực "
        "thành phần đã ghi vào {out}"},
    {"cli.import.moodle_xml.description", "nhập một tệp câu hỏi Moodle XML"},
    {"cli.import.gift.description", "nhập một tệp câu hỏi GIFT"},
    {"cli.import.not_an_id", "{option} '{value}' không phải là mã: mã gồm chữ cái, chữ số, '.', '_' và '-' (ví dụ 1.1, CB, "
        "kns-ngan-hang)"},
    {"cli.import.none_seen", "import: không nhập được câu hỏi nào từ {input}; chưa ghi tệp nào"},
    {"cli.import.none_imported", "import: không nhập được câu nào trong {seen} câu hỏi từ {input}; chưa ghi tệp nào"},
    {"cli.import.repeated", " ({duplicates} câu lặp lại, chỉ nhập một lần)"},
    {"cli.import.written_to", ", đã ghi {out}"},
    {"cli.import.summary", "import: đã nhập {imported} trên {seen} câu hỏi{repeated}{written}"},
    {"cli.import.left_for_author", "import: năng lực thành phần và trình độ để tác giả điền: hãy bổ sung, hoặc nhập lại "
        "với --competency và --level"},
    {"cli.simulate.broken_exam", "thư mục kỳ thi có lỗi (ở trên); hãy tạo lại bằng hocvu exam"},
    {"cli.simulate.broken_units", "tệp đơn vị hoặc khung năng lực có lỗi (ở trên); hãy sửa (hocvu lint {units}) rồi chạy lại"},
    {"cli.simulate.no_unit_tree", "{units} không có cây đơn vị (tệp đơn vị bắt đầu bằng 'units:'; xem reports/units.yaml)"},
    {"cli.simulate.cannot_draw_roster", "{units}: không tạo được danh sách cán bộ: {problem}"},
    {"cli.simulate.roster_written", "{people} người ở {used} trong {units} đơn vị của {file} → {out}"},
    {"cli.simulate.not_a_date", "{option} '{value}' không phải là ngày: hãy viết dạng YYYY-MM-DD, ví dụ 2026-11-30"},
    {"cli.simulate.broken_exam_folder", "thư mục kỳ thi {folder} có lỗi (ở trên); hãy tạo lại bằng hocvu exam"},
    {"cli.simulate.no_role", "{folder}: manifest không nêu vị trí nào, nên không ai trong danh sách cán bộ thi kỳ thi này; "
        "hãy dùng thư mục do hocvu exam ghi"},
    {"cli.simulate.exam_twice", "kỳ thi '{exam}' được nêu hai lần ({first} và {second}): mỗi kỳ thi ghi một tệp <exam>.csv"},
    {"cli.simulate.roster_rows_left_out", "{roster}: {count} dòng của danh sách cán bộ không dùng được và bị bỏ qua (dòng "
        "đầu tiên là dòng {line}: {message})"},
    {"cli.simulate.sittings_written", "{exam}: {people} người ở vị trí {role}, {sat} người đã thi, {attempts} lượt thi, "
        "{passed} người đạt → {out}/{exam}.csv"},
    {"cli.simulate.to_before_from", "--to {to} sớm hơn --from {from}: ngày cuối phải từ ngày đầu trở đi"},
    {"cli.simulate.without_exam_one", "{count} người giữ vị trí mà không kỳ thi nào chứng nhận: họ không thi kỳ nào"},
    {"cli.simulate.without_exam_other", "{count} người giữ vị trí mà không kỳ thi nào chứng nhận: họ không thi kỳ nào"},
    // Help texts of the commands and their options
    {"cli.lint.description", "kiểm tra các tệp khung năng lực, ngân hàng câu hỏi, ma trận đề và báo cáo"},
    {"cli.lint.option.paths", "các tệp hoặc thư mục cần kiểm tra (mặc định: framework question-banks reports)"},
    {"cli.lint.option.format", "dạng kết quả: text, json, sarif hoặc github"},
    {"cli.lint.option.output", "ghi kết quả vào tệp này (ghi trọn một lần) thay vì ra màn hình"},
    {"cli.lint.option.strict", "có cảnh báo cũng coi là không đạt (mã thoát 1)"},
    {"cli.lint.option.fix", "sửa ngay trong tệp các lỗi sửa được an toàn: NFC, CRLF, dấu cách cuối dòng, byte-order mark"},
    {"cli.lint.option.explain", "giải thích một quy tắc, ví dụ --explain E401"},
    {"cli.lint.option.list_rules", "liệt kê mọi quy tắc cùng mã của chúng"},
    {"cli.lint.option.min_questions", "số câu hỏi đang dùng cần có cho mỗi năng lực thành phần và trình độ của một vị trí "
        "(0: không kiểm tra độ bao phủ)"},
    {"cli.lint.option.max_file_size", "tệp lớn hơn mức này được báo lại, không đọc (byte)"},
    {"cli.lint.option.color", "auto, always hoặc never (tôn trọng biến NO_COLOR)"},
    {"cli.lint.option.jobs", "số luồng (mặc định: mỗi lõi một luồng)"},
    {"cli.lint.footer", "Trạng thái thoát: 0 không có lỗi, 1 có lỗi (hoặc có cảnh báo khi dùng --strict), 2 không chạy được.\n"
        "\nVí dụ:\n"
        "  hocvu lint                                  kiểm tra framework/, question-banks/ và reports/\n"
        "  hocvu lint question-banks/kns-6.yaml framework/\n"
        "  hocvu lint --format github                  chú thích trong quy trình GitHub\n"
        "  hocvu lint --format sarif -o lint.sarif     cho các bảng theo dõi quét mã\n"
        "  hocvu lint --fix                            chuẩn hóa Unicode, ký tự xuống dòng, dấu cách\n"
        "  hocvu lint --explain E009                   quy tắc kiểm tra gì và cách sửa\n"},
    {"cli.exam.description", "tạo các đề thi song song từ một ma trận đề"},
    {"cli.exam.option.blueprint", "tệp ma trận đề (framework/blueprints/*.yaml)"},
    {"cli.exam.option.data", "các tệp hoặc thư mục khung năng lực và ngân hàng câu hỏi (mặc định: framework question-banks)"},
    {"cli.exam.option.forms", "số đề (mặc định: theo ma trận đề)"},
    {"cli.exam.option.seed", "hạt giống bốc câu hỏi (mặc định: theo ma trận đề)"},
    {"cli.exam.option.out", "thư mục kết quả (mặc định: out/exam/<mã ma trận đề>)"},
    {"cli.exam.option.lang", "ngôn ngữ của thông báo và của phần chữ hocvu thêm vào đề in và tệp LMS: vi hoặc en, có thể "
        "kèm vùng (mặc định cho đề in: ngôn ngữ của ma trận đề, nếu không có thì của khung năng lực)"},
    {"cli.option.force", "thay thư mục kết quả kể cả khi trong đó có tệp không do hocvu ghi"},
    {"cli.exam.option.time_limit", "dừng ghép đề sau ngần này giây (mã thoát 2)"},
    {"cli.exam.footer", "Ghi forms/<MÃ>.md, .html và .json (đề in cho thí sinh, không có đáp án), key.csv, moodle.xml,\n"
        "gift.txt và manifest.json. Cùng ma trận đề, ngân hàng câu hỏi và hạt giống thì cho các tệp giống hệt.\n"
        "Thư mục kết quả được thay trọn khi chạy thành công: không còn tệp nào của kỳ thi trước, còn lần\n"
        "chạy lỗi hoặc bị ngắt thì để nguyên thư mục. Thư mục có tệp không do hocvu ghi sẽ bị từ chối,\n"
        "trừ khi dùng --force.\n"
        "Phần chữ hocvu thêm (tiêu đề, hướng dẫn, đơn vị) theo ngôn ngữ của --lang, nếu không có thì theo\n"
        "`language` của ma trận đề, rồi của khung năng lực; hocvu có bộ thông báo tiếng Việt (vi) và tiếng Anh\n"
        "(en), ngôn ngữ khác thì dùng tiếng Anh (kèm cảnh báo). Câu hỏi giữ nguyên như trong ngân hàng.\n"
        "Trạng thái thoát: 0 đã ghi, 1 không đáp ứng được ma trận đề (có in lý do), 2 không chạy được.\n"
        "\nVí dụ:\n"
        "  hocvu exam framework/blueprints/dbqh.yaml\n"
        "  hocvu exam framework/blueprints/hdnd-xa.yaml --forms 8 --seed 2027 --out out/hdnd-xa-dot2\n"
        "  hocvu exam courses/en/blueprints/basics.yaml --data courses/en --lang en-GB\n"},
    {"cli.grade.description", "chấm các tệp bài làm: điểm, mức thành thạo, phân tích câu hỏi"},
    {"cli.grade.option.responses", "các tệp hoặc thư mục bài làm (.csv, .tsv, .jsonl, cả .gz); - là đọc từ đầu vào chuẩn"},
    {"cli.grade.option.exam", "thư mục kỳ thi do hocvu exam ghi (key.csv, manifest.json)"},
    {"cli.grade.option.key", "chỉ một tệp key.csv (khi đó cần --pass-percent)"},
    {"cli.option.out", "thư mục kết quả"},
    {"cli.grade.option.threads", "số luồng xử lý (mặc định: mọi lõi); kết quả như nhau với bất kỳ số nào"},
    {"cli.grade.option.shard", "ghi một phần chấm (các dòng và trạng thái gộp được) cho hocvu merge thay vì số liệu thống kê"},
    {"cli.grade.option.quiet", "không hiện dòng tiến độ và dòng tổng kết trên stderr"},
    {"cli.grade.footer", "Ghi scores.csv, competencies.csv, rejects.csv (dữ liệu cá nhân: chỉ bạn đọc được),\n"
        "items.csv, distractors.csv, summary.json và analysis.html vào thư mục kết quả; thư mục này\n"
        "được thay trọn khi chạy xong. Mỗi dòng đọc vào đều được chấm hoặc bị loại kèm lý do:\n"
        "cuối cùng in ra đã đọc = đã chấm + bị loại.\n"
        "Trạng thái thoát: 0 mọi dòng đã được chấm, 1 có dòng bị loại (xem rejects.csv), 2 không chạy được.\n"
        "\nVí dụ:\n"
        "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh responses/dbqh-*.csv\n"
        "  hocvu grade --exam out/exam/dbqh --out out/grade/dbqh --corrections review.yaml responses/\n"
        "  zcat export.csv.gz | hocvu grade --key key.csv --pass-percent 70 --out out/grade/thu -\n"
        "  hocvu grade --exam out/exam/dbqh --shard --out shards/1 part-1.csv   (sau đó: hocvu merge)\n"},
    {"cli.merge.description", "gộp các phần chấm (hocvu grade --shard) thành một kết quả"},
    {"cli.merge.option.shards", "các thư mục phần chấm, theo thứ tự đầu vào của chúng"},
    {"cli.option.lang", "ngôn ngữ của thông báo và của analysis.html: vi hoặc en (có thể kèm vùng: en-GB)"},
    {"cli.option.quiet", "không in dòng tổng kết trên stderr"},
    {"cli.merge.footer", "Ghi đúng các tệp, giống từng byte, mà một lần hocvu grade trên toàn bộ đầu vào của các phần chấm\n"
        "sẽ ghi, theo thứ tự các phần chấm được nêu. Các phần chấm phải dùng cùng một đáp án, cùng một tệp\n"
        "hiệu chỉnh và cùng các tùy chọn (có kiểm tra). Lượt thi trùng cũng được phát hiện giữa các phần chấm.\n"
        "Trạng thái thoát: 0 mọi dòng đã được chấm, 1 có dòng bị loại (xem rejects.csv), 2 không chạy được.\n"
        "\nVí dụ (GNU parallel, mỗi phần dữ liệu một phần chấm, rồi gộp):\n"
        "  parallel hocvu grade --exam out/exam/dbqh --shard --quiet --out shards/{{#}} {{}} ::: parts/*.csv\n"
        "  hocvu merge --out out/grade/dbqh $(ls -d shards/* | sort -V)\n"},
    {"cli.report.description", "tỷ lệ hoàn thành theo đơn vị so với mục tiêu 2026: Excel, CSV, JSON, Markdown"},
    {"cli.report.option.roster", "danh sách cán bộ: .csv hoặc .xlsx (những người phải có chứng nhận)"},
    {"cli.option.results", "các thư mục do hocvu grade ghi (một hoặc nhiều)"},
    {"cli.report.option.out", "báo cáo: .xlsx, .csv, .json, .md, hoặc một thư mục/ chứa các tệp CSV"},
    {"cli.report.option.as_of", "ngày của báo cáo (mặc định: hôm nay, hoặc ngày theo SOURCE_DATE_EPOCH)"},
    {"cli.option.units", "cây đơn vị"},
    {"cli.report.option.targets", "các mốc, chứng nhận, thời gian ân hạn và thời hạn hiệu lực"},
    {"cli.option.data", "các tệp hoặc thư mục khung năng lực (mặc định: framework/)"},
    {"cli.option.sheet", "trang tính của danh sách cán bộ (xlsx; mặc định: trang đầu)"},
    {"cli.option.encoding", "bảng mã của danh sách cán bộ (CSV)"},
    {"cli.report.option.people", "nêu tên những người chưa hoàn thành (mặc định: chỉ mã)"},
    {"cli.report.option.lang", "ngôn ngữ của thông báo và của các nhãn trong báo cáo"},
    {"cli.report.footer", "Một người được tính là hoàn thành vào ngày báo cáo khi, vào hoặc trước ngày đó, người ấy đạt một kỳ\n"
        "thi chứng nhận vị trí của mình ở trình độ yêu cầu (targets.yaml) và kết quả đạt chưa hết hạn. Số liệu\n"
        "được cộng dồn: mỗi đơn vị tính người của chính mình và mọi người ở các đơn vị cấp dưới. Mỗi dòng\n"
        "danh sách cán bộ và mỗi lượt thi đã chấm đều được dùng hoặc được liệt kê là lỗi dữ liệu trong báo\n"
        "cáo. Số định danh cá nhân không bao giờ xuất hiện trong báo cáo.\n"
        "Trạng thái thoát: 0 không có lỗi dữ liệu, 1 đã ghi báo cáo và có liệt kê lỗi dữ liệu, 2 không chạy được.\n"
        "\nVí dụ:\n"
        "  hocvu report --roster roster.xlsx --results out/grade/dbqh out/grade/ccvc-qh --out bao-cao.xlsx\n"
        "  hocvu report --roster roster.csv --results results/* --as-of 2025-12-31 --out report.md --lang en\n"
        "  hocvu report --roster roster.xlsx --results results/* --people --out report-csv/\n"},
    {"cli.keygen.description", "tạo cặp khóa của đơn vị cấp để ký chứng nhận số"},
    {"cli.keygen.option.out", "tệp khóa bí mật cần tạo, ví dụ issuer.key (khóa công khai được ghi bên cạnh, "
        "tên issuer.pub.json)"},
    {"cli.keygen.footer", "Tạo cặp khóa Ed25519 (libsodium): tệp khóa bí mật, chỉ bạn đọc được (quyền 0600), và bên cạnh\n"
        "là khóa công khai dạng Multikey cùng tài liệu DID did:key để cơ quan quản lý công bố.\n"
        "Không bao giờ ghi đè tệp đã có. In ra did:key của đơn vị cấp trên stdout, không bao giờ in khóa bí mật.\n"
        "hocvu certify từ chối tệp khóa bí mật mà người khác đọc được (cách sửa: chmod 600 TỆP).\n"
        "Trạng thái thoát: 0 đã tạo, 2 không tạo được (tệp đã có, không ghi được vào thư mục).\n"
        "\nVí dụ:\n"
        "  hocvu keygen --out issuer.key\n"
        "  hocvu keygen --out /secure/keys/qh-2026.key\n"},
    {"cli.certify.description", "chứng nhận số Open Badges 3.0 có chữ ký số và danh sách thu hồi"},
    {"cli.certify.option.roster", "danh sách cán bộ: .csv hoặc .xlsx (như với hocvu report)"},
    {"cli.certify.option.key", "tệp khóa bí mật của đơn vị cấp (hocvu keygen), quyền 600"},
    {"cli.certify.option.out", "thư mục cần ghi (được thay trọn)"},
    {"cli.certify.option.previous", "thư mục của lần certify trước: giữ nguyên mã và chỉ số, thu hồi chứng nhận đã mất kết "
        "quả đạt"},
    {"cli.certify.option.as_of", "ngày cấp (mặc định: hôm nay, hoặc ngày theo SOURCE_DATE_EPOCH)"},
    {"cli.certify.option.issuer_name", "tên đơn vị cấp ghi trong mỗi chứng nhận"},
    {"cli.certify.option.status_url", "địa chỉ sẽ công bố status.json (mặc định: một urn:uuid tạo từ did của đơn vị cấp)"},
    {"cli.certify.option.targets", "các mốc, chứng nhận, thời hạn hiệu lực"},
    {"cli.certify.option.threads", "số luồng ký (mặc định: mọi lõi); kết quả như nhau với bất kỳ số nào"},
    {"cli.certify.footer", "Mỗi người hoàn thành vào ngày cấp (theo quy tắc tính hoàn thành của hocvu report) nhận một\n"
        "OpenBadgeCredential Open Badges 3.0 ký bằng eddsa-jcs-2022; số định danh cá nhân chỉ xuất hiện dưới\n"
        "dạng đã thêm muối và băm. status.json là một Bitstring Status List có chữ ký số, trong đó mỗi\n"
        "chứng nhận có một chỉ số. Với --previous, mã và chỉ số được giữ nguyên, chứng nhận không còn kết\n"
        "quả đạt nào làm căn cứ sẽ bị thu hồi (vẫn còn trong tệp), và changes.csv ghi những gì thay đổi và\n"
        "lý do.\n"
        "Trạng thái thoát: 0 xong, 1 xong nhưng danh sách cán bộ hoặc kết quả có lỗi dữ liệu (problems.csv),\n"
        "2 không chạy được.\n"
        "\nVí dụ:\n"
        "  hocvu keygen --out issuer.key\n"
        "  hocvu certify --roster roster.xlsx --results out/grade/* --key issuer.key --out certs/2026-06 \\\n"
        "      --status-url https://hocvu.quochoi.vn/status/1\n"
        "  hocvu certify --roster roster.xlsx --results out/grade/* --key issuer.key --as-of 2026-12-31 \\\n"
        "      --previous certs/2026-06 --out certs/2026-12\n"
        "  hocvu verify --pub issuer.pub.json certs/2026-12/credentials.jsonl certs/2026-12/status.json\n"},
    {"cli.verify.description", "kiểm tra chứng nhận số có chữ ký và danh sách trạng thái của chúng"},
    {"cli.verify.option.pub", "khóa công khai của đơn vị cấp (issuer.pub.json do hocvu keygen tạo)"},
    {"cli.verify.option.files", "credentials.jsonl, một tệp .json chứng nhận hoặc danh sách trạng thái, hoặc một thư mục do "
        "hocvu certify ghi"},
    {"cli.verify.option.as_of", "ngày dùng để kiểm tra hiệu lực (mặc định: hôm nay, hoặc ngày theo SOURCE_DATE_EPOCH)"},
    {"cli.verify.option.format", "text hoặc json"},
    {"cli.verify.footer", "Với mỗi chứng nhận: kiểm tra bằng chứng eddsa-jcs-2022 với khóa đã cho (phân biệt bị sửa, bị giả\n"
        "mạo và ký bằng khóa khác), đơn vị cấp đúng là did:key của khóa, chứng nhận còn hiệu lực vào ngày\n"
        "kiểm tra (validFrom, validUntil), và mục của nó trong Bitstring Status List chưa bật (bị thu hồi).\n"
        "Chứng nhận danh sách trạng thái (status.json, cạnh tệp .jsonl hoặc được nêu riêng) cũng được kiểm\n"
        "tra như vậy. Mỗi chứng nhận không đạt được liệt kê với tệp:dòng, mã và lý do; sau đó là dòng tổng kết.\n"
        "Trạng thái thoát: 0 tất cả hợp lệ, 1 có chứng nhận không đạt, 2 không chạy được (không có khóa, không đọc được tệp).\n"
        "\nVí dụ:\n"
        "  hocvu verify --pub issuer.pub.json out/certify/\n"
        "  hocvu verify --pub issuer.pub.json credentials.jsonl status.json --as-of 2027-06-30\n"
        "  hocvu verify --pub issuer.pub.json one-certificate.json --format json\n"},
    {"cli.export_case.description", "khung năng lực dưới dạng JSON 1EdTech CASE 1.1 (CFPackage)"},
    {"cli.export.description", "khung năng lực dưới dạng JSON 1EdTech CASE 1.1, cho các công cụ khác"},
    {"cli.export_case.option.data", "các tệp hoặc thư mục khung năng lực (mặc định: framework)"},
    {"cli.export_case.option.framework", "mã của khung năng lực cần xuất (mặc định: khung duy nhất)"},
    {"cli.export_case.option.out", "tệp kết quả, hoặc - để ghi ra đầu ra chuẩn (mặc định)"},
    {"cli.export_case.option.base_url", "URL http(s) mở đầu mọi uri, sau đó là mã định danh (mặc định: urn:uuid:)"},
    {"cli.export_case.option.as_of", "lastChangeDateTime, dạng ngày (mặc định: SOURCE_DATE_EPOCH, nếu không có thì 1970-01-01)"},
    {"cli.export_case.option.creator", "người tạo (creator) của CFDocument"},
    {"cli.export_case.footer", "Ghi một CFPackage: CFDocument, một CFItem cho mỗi miền năng lực, năng lực thành phần và yêu cầu\n"
        "cần đạt (humanCodingScheme là mã), các liên kết isChildOf từ mỗi mục tới mục cha và từ các miền năng\n"
        "lực tới tài liệu, ba CFItemType, và các trình độ dưới dạng một CFRubric có một tiêu chí cho mỗi năng\n"
        "lực thành phần. Mã định danh là UUIDv5 của mã khung năng lực, loại mục và mã mục, nên xuất lại sẽ\n"
        "cho cùng mã định danh, và cùng đầu vào cho cùng từng byte. Yêu cầu theo vị trí không được xuất\n"
        "(CASE không có chỗ cho chúng). --out thay trọn tệp của nó.\n"
        "Trạng thái thoát: 0 đã ghi, 2 không chạy được (khung năng lực có lỗi: hocvu lint sẽ chỉ ra).\n"
        "\nVí dụ:\n"
        "  hocvu export case --as-of 2026-01-15 --out qh-kns.case.json\n"
        "  hocvu export case --base-url https://case.example.vn/uri/ --as-of 2026-01-15 > qh-kns.json\n"},
    {"cli.export.footer", "Chạy 'hocvu export case --help' để xem các tùy chọn của lệnh xuất CASE.\n"
        "\nVí dụ:\n"
        "  hocvu export case --as-of 2026-01-15 --out qh-kns.case.json\n"},
    {"cli.import.description", "nhập câu hỏi từ Moodle XML hoặc GIFT thành ngân hàng câu hỏi của hocvu"},
    {"cli.import_format.option.file", "tệp cần nhập"},
    {"cli.import_format.option.competency", "mã năng lực thành phần cho mọi câu hỏi (mặc định: để tác giả điền)"},
    {"cli.import_format.option.level", "mã trình độ cho mọi câu hỏi (mặc định: để tác giả điền)"},
    {"cli.import_format.option.bank_id", "mã ngân hàng câu hỏi (mặc định: tên tệp, nếu không được thì 'imported')"},
    {"cli.import_format.option.framework", "mã khung năng lực của ngân hàng câu hỏi (mặc định: để tác giả điền)"},
    {"cli.import_format.option.out", "tệp ngân hàng câu hỏi cần ghi (mặc định: đầu ra chuẩn)"},
    {"cli.import_format.footer", "Chạy 'hocvu help import' để biết những gì được nhập, những gì bị bỏ qua, và xem ví dụ."},
    {"cli.import.footer", "Câu hỏi thuộc các loại hocvu có (single, multiple, true_false, numeric, short_text) được đưa vào\n"
        "ngân hàng câu hỏi; mọi câu hỏi loại khác (essay, matching, cloze, ...) và mọi câu hỏi không có đáp\n"
        "án đều được nêu kèm số dòng và bỏ qua, những gì một câu hỏi bị mất (hình ảnh, định dạng, phản hồi\n"
        "theo phương án, điểm từng phần) cũng được nêu. Câu hỏi giữ tên Moodle hoặc tiêu đề GIFT làm mã\n"
        "nếu đó là mã hợp lệ của hocvu, nếu không thì nhận mã IMP-0001 (theo vị trí trong tệp), tên gốc\n"
        "được giữ trong phần nguồn. Không có --competency và --level thì các trường đó để trống cho tác\n"
        "giả điền; hocvu lint sẽ liệt kê chúng.\n"
        "Trạng thái thoát: 0 mọi câu hỏi đã được nhập, 1 có câu không nhập được (hoặc không câu nào), 2 không đọc được tệp.\n"
        "\nVí dụ:\n"
        "  hocvu import moodle-xml cau-hoi.xml --competency 1.1 --level CB --framework qh-kns -o question-banks/moodle.yaml\n"
        "  hocvu import gift out/exam/dbqh/gift.txt --bank-id dbqh-gift > dbqh.yaml\n"
        "  hocvu import moodle-xml out/exam/dbqh/moodle.xml -o /tmp/tu-moodle.yaml && hocvu lint /tmp/tu-moodle.yaml framework\n"},
    {"cli.simulate.description", "tạo dữ liệu mô phỏng để trình diễn, kiểm thử và đo hiệu năng"},
    {"cli.simulate_responses.description", "tệp bài làm mô phỏng của một kỳ thi (mô hình Rasch)"},
    {"cli.simulate_responses.option.exam", "thư mục kỳ thi do hocvu exam ghi"},
    {"cli.simulate_responses.option.candidates", "số thí sinh"},
    {"cli.option.seed", "hạt giống: cùng hạt giống cho cùng từng byte"},
    {"cli.simulate_responses.option.format", "định dạng tệp"},
    {"cli.simulate_responses.option.noise", "khoảng 0.1% dòng sai định dạng, để thử việc loại dòng"},
    {"cli.simulate_responses.option.date", "ngày của các lượt thi"},
    {"cli.simulate_responses.option.out", "tệp kết quả (mặc định: đầu ra chuẩn)"},
    {"cli.simulate_responses.footer", "Thí sinh QH000001, QH000002, ... lần lượt làm các đề; mỗi người có năng lực rút từ N(0,1) và\n"
        "trả lời đúng câu hỏi có độ khó tiên nghiệm b với xác suất 1/(1+exp(b-ability)), có một số câu bỏ\n"
        "trống và chọn hai phương án. Dữ liệu là giả định: không có người thật nào trong đó.\n"
        "\nVí dụ:\n"
        "  hocvu simulate responses --exam out/exam/dbqh --candidates 500 --seed 1 -o responses.csv\n"
        "  hocvu simulate responses --exam out/exam/dbqh -n 1000000 --format jsonl | gzip > big.jsonl.gz\n"},
    {"cli.simulate_roster.description", "danh sách cán bộ giả định của một cây đơn vị (csv hoặc xlsx)"},
    {"cli.simulate_sittings.description", "các đợt thi giả định của những người trong danh sách cán bộ trong một chiến dịch"},
    {"cli.simulate_roster.option.people", "số người"},
    {"cli.simulate_roster.option.out", "tệp kết quả, .csv hoặc .xlsx (mặc định: CSV ra đầu ra chuẩn)"},
    {"cli.simulate_sittings.option.roster", "danh sách cán bộ (.csv hoặc .xlsx)"},
    {"cli.simulate_sittings.option.exam", "các thư mục kỳ thi do hocvu exam ghi (mỗi vị trí một thư mục)"},
    {"cli.simulate_sittings.option.from", "ngày đầu của chiến dịch"},
    {"cli.simulate_sittings.option.to", "ngày cuối: không có lượt thi nào sau ngày này"},
    {"cli.simulate_sittings.option.out", "thư mục kết quả: mỗi kỳ thi một tệp <exam>.csv"},
    {"cli.simulate_roster.footer", "Những người NV0000001, NV0000002, ... được phân vào các đơn vị lá theo tỷ lệ quy mô hợp lý của\n"
        "từng loại đơn vị, giữ một vị trí mà đơn vị của họ (hoặc đơn vị cha) có, mang họ tên tiếng Việt với\n"
        "tần suất họ sát thực tế; khoảng 2% đã nghỉ, khoảng 6% bắt đầu làm việc năm 2026. Số định danh bắt\n"
        "đầu bằng 0000, không số CCCD thật nào như vậy: dữ liệu là giả định, không có người thật nào trong đó.\n"
        "Cột CSV: person_id,full_name,unit,role,status,start_date,national_id. Tệp .xlsx trông như tệp của\n"
        "phòng tổ chức cán bộ: một dòng tiêu đề, rồi dòng tên cột tiếng Việt (Mã cán bộ, Họ và tên, Mã đơn vị, ...).\n"
        "\nVí dụ:\n"
        "  hocvu simulate roster --people 5000 --seed 1 -o roster.xlsx\n"
        "  hocvu simulate roster --units reports/units.yaml -n 1000000 -s 7 -o roster.csv\n"},
    {"cli.simulate_sittings.footer", "Mỗi người thi kỳ thi có manifest nêu vị trí của mình. Các đơn vị đi với nhịp độ khác nhau (có\n"
        "đơn vị xong sớm, phần lớn tiến đều, có đơn vị chậm, vài đơn vị chưa bắt đầu), mỗi người thi vào một\n"
        "ngày làm việc trong khoảng thời gian của đơn vị mình, và người không đạt thường thi lại sau 2 đến 6\n"
        "tuần (nhiều nhất 3 lượt). Các dòng theo định dạng bài làm dạng rộng (wide), kèm ngày của từng lượt\n"
        "thi; chấm chúng bằng hocvu grade. Dữ liệu là giả định.\n"
        "\nVí dụ:\n"
        "  hocvu simulate sittings --roster roster.xlsx --exam out/exam/dbqh --exam out/exam/ccvc-qh \\\n"
        "      --seed 1 --out out/sittings\n"
        "  hocvu grade --exam out/exam/dbqh --out results/dbqh out/sittings/dbqh.csv\n"},
    {"cli.grade.option.flag_too_hard", "đánh dấu câu hỏi có tỷ lệ làm đúng dưới mức này (quá khó)"},
    {"cli.grade.option.flag_too_easy", "đánh dấu câu hỏi có tỷ lệ làm đúng trên mức này (quá dễ)"},
    {"cli.grade.option.flag_weak_r", "đánh dấu câu hỏi có hệ số r câu hỏi–phần còn lại dưới mức này"},
    {"cli.grade.option.flag_low_efficiency", "đánh dấu câu hỏi có hiệu suất phân biệt dưới mức này"},
    {"cli.grade.option.flag_nonfunctioning", "đánh dấu phương án nhiễu được chọn với tỷ lệ nhỏ hơn mức này"},
    {"cli.grade.option.pass_percent", "điểm đạt tính theo phần trăm (mặc định: theo kỳ thi)"},
    {"cli.grade.option.data", "chương trình (các tệp hoặc thư mục khung năng lực), để có miền năng lực khi dùng --key"},
    {"cli.grade.option.format", "định dạng bài làm (mặc định: nhận biết từ dòng tiêu đề)"},
    {"cli.grade.option.encoding", "bảng mã của các tệp bài làm"},
    {"cli.grade.option.negative", "mỗi câu trả lời sai (không tính câu bỏ trống) bị trừ phần này của điểm câu hỏi (ví dụ 0.25)"},
    {"cli.grade.option.partial", "quy tắc tính điểm câu nhiều lựa chọn đúng, như exams_eval của R/exams"},
    {"cli.grade.option.corrections", "hiệu chỉnh đáp án sau khi rà soát câu hỏi (YAML)"},
    {"cli.grade.option.mastery", "tỷ lệ điểm của một năng lực thành phần cần có để đạt mức thành thạo"},
    {"cli.grade.option.mastery_min_items", "đề có ít câu hỏi hơn mức này cho một năng lực thành phần: không đánh giá"},
    {"cli.grade.option.duplicates", "lượt thi thứ hai của một thí sinh trong cùng ngày: flag đánh dấu, reject loại bỏ, allow "
        "cho phép (không kiểm tra)"},
    // The man pages' fixed words (generated_docs.cpp)
    {"cli.man.manual", "Hướng dẫn sử dụng hocvu"},
    {"cli.man.name", "TÊN"},
    {"cli.man.synopsis", "TÓM TẮT"},
    {"cli.man.description", "MÔ TẢ"},
    {"cli.man.arguments", "ĐỐI SỐ"},
    {"cli.man.options", "TÙY CHỌN"},
    {"cli.man.commands", "LỆNH"},
    {"cli.man.examples", "VÍ DỤ"},
    {"cli.man.exit_status", "TRẠNG THÁI THOÁT"},
    {"cli.man.environment", "BIẾN MÔI TRƯỜNG"},
    {"cli.man.see_also", "XEM THÊM"},
    {"cli.man.options_word", "TÙY CHỌN"},
    {"cli.man.command_word", "LỆNH"},
    {"cli.man.values", "Một trong các giá trị"},
    {"cli.man.value", "Giá trị"},
    {"cli.man.default_value", "Mặc định"},
    {"cli.man.required", "Bắt buộc."},
    {"cli.man.exit_status_default", "0 thành công, 1 phát hiện vấn đề, 2 không chạy được."},
    {"cli.man.no_color", "Khi được đặt (bất kỳ giá trị nào), kết quả không có màu (https://no-color.org), trừ khi dùng "
        "--color always."},
    {"cli.man.source_date_epoch", "Số giây tính từ 1970-01-01 UTC: ngày tương ứng được dùng làm ngày mặc định thay cho hôm "
        "nay, để chạy lại cho cùng từng byte (reproducible-builds.org)."},
};

}  // namespace hocvu
