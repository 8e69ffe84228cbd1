"""Messages of e-copies, certification, the copy registers and verification by code (issue 6)."""

MESSAGES = {
    # refusals of `copy issue` (each its own reason)
    "copies.refused_unknown": (
        "Không cấp bản sao: kết quả {ref} không có trong kho dữ liệu",
        "No copy issued: result {ref} is not in the warehouse",
    ),
    "copies.refused_revoked": (
        "Không cấp bản sao: kết quả {ref} đã bị thu hồi/hủy",
        "No copy issued: result {ref} has been revoked",
    ),
    "copies.refused_entry_revoked": (
        "Không cấp bản sao: sổ gốc ghi kết quả {ref} đã bị thu hồi ngày {date} ({reason})",
        "No copy issued: the master register records result {ref} as revoked on {date} ({reason})",
    ),
    "copies.refused_unmatched": (
        "Không cấp bản sao: kết quả {ref} không khớp với dòng nào của sổ gốc (bản sao phải đúng với sổ gốc; nhập sổ gốc bằng `tthc register import`)",
        "No copy issued: result {ref} matches no master-register entry (a copy must match the master register; import it with `tthc register import`)",
    ),
    "copies.refused_register_differs": (
        "Không cấp bản sao: sổ đăng ký của kết quả {ref} khác tệp XML/PDF đã ký lưu trong kho ({detail}); "
        "sổ có thể đã bị sửa trực tiếp, chạy tthc audit",
        "No copy issued: the register row of result {ref} differs from the stored signed XML/PDF ({detail}); "
        "it may have been edited behind the tool's back, run tthc audit",
    ),
    "copies.refused_fixity": (
        "Không cấp bản sao: tệp lưu trong kho của kết quả {ref} không qua kiểm tra toàn vẹn ({detail})",
        "No copy issued: the stored file of result {ref} fails its fixity check ({detail})",
    ),
    "copies.refused_unsigned": (
        "Không cấp bản sao: bản lưu trong kho của kết quả {ref} chưa được ký số",
        "No copy issued: the stored file of result {ref} is not signed",
    ),
    "copies.refused_signature": (
        "Không cấp bản sao: chữ ký số trên bản lưu của kết quả {ref} không còn nguyên vẹn ({verdict})",
        "No copy issued: the signature on the stored file of result {ref} is not intact ({verdict})",
    ),
    "copies.refused_not_holder": (
        "Không cấp bản sao: người yêu cầu (số định danh {id}) không phải người được cấp; nếu là người đại diện hoặc người thừa kế, ghi --relation representative|heir",
        "No copy issued: the requester (id {id}) is not the holder; for a representative or an heir give --relation representative|heir",
    ),
    "copies.bad_relation": ("Quan hệ «{relation}» không hợp lệ; chọn {choices}", "Unknown relation «{relation}»; choose {choices}"),
    "copies.output_failed": (
        "Bản sao đã cấp và lưu trong kho ({object}) nhưng không ghi được {path}: {detail}",
        "The copy is issued and stored ({object}) but {path} could not be written: {detail}",
    ),
    "copies.issued": (
        "Đã cấp bản sao số {number}, mã kiểm tra {code}: {path}",
        "Issued copy {number}, verification code {code}: {path}",
    ),
    "copies.level_note": ("Ký bởi cơ quan ở mức {level}", "Signed by the agency at level {level}"),
    # certify
    "copies.certify_summary": (
        "Bản chụp bản chính: {pages} trang, {words} chữ nhận dạng được, độ tin cậy trung bình {confidence}",
        "Scan of the original: {pages} pages, {words} words recognised, mean confidence {confidence}",
    ),
    "copies.certify_page": ("Trang {page}: {text}", "Page {page}: {text}"),
    "copies.certify_images": ("Ảnh các trang để đối chiếu: {path}", "Page images to compare: {path}"),
    "copies.certify_confirm": (
        "Bản chụp có đúng với bản chính đang xuất trình không?",
        "Does the scan match the original presented?",
    ),
    "copies.certify_declined": ("Không chứng thực: người thực hiện không xác nhận bản chụp", "Not certified: the official did not confirm the scan"),
    "copies.certify_needs_yes": (
        "Không có màn hình để hỏi xác nhận: chạy lại với --yes sau khi đã đối chiếu bản chính",
        "No terminal to ask for confirmation: run again with --yes once the original has been compared",
    ),
    "copies.certify_ocr_failed": ("Không nhận dạng được bản chụp {path}: {detail}", "Could not OCR the scan {path}: {detail}"),
    "copies.certify_no_official": (
        "Thiếu khóa của người thực hiện chứng thư: --official-pkcs12 hoặc --official-pkcs11-module",
        "The certifying official's key is missing: --official-pkcs12 or --official-pkcs11-module",
    ),
    "copies.certify_no_title": ("Cần tên giấy tờ, văn bản (--document-title)", "The document title is needed (--document-title)"),
    "copies.certified": (
        "Đã chứng thực: số {sequence}, quyển số {volume}, mã kiểm tra {code}: {path}",
        "Certified: number {sequence}, volume {volume}, verification code {code}: {path}",
    ),
    # registers
    "copies.bad_register": ("Sổ «{register}» không có; chọn copies hoặc certifications", "No register «{register}»; choose copies or certifications"),
    "copies.no_rows": ("Sổ chưa có mục nào", "The register has no entries"),
    "copies.monthly_written": ("Đã ghi {pages} trang sổ tháng {month}: {path}", "Wrote {pages} register pages for {month}: {path}"),
    "copies.bad_month": ("Tháng «{month}» không hợp lệ (dạng YYYY-MM)", "Invalid month «{month}» (use YYYY-MM)"),
    "copies.monthly_needs_output": ("--monthly-pdf cần -o TỆP.pdf", "--monthly-pdf needs -o FILE.pdf"),
    "copies.not_found": ("Không có số {number} năm {year} trong sổ {register}", "No number {number} of {year} in the {register} register"),
    "copies.revoke_needs_reason": ("Cần ghi lý do thu hồi (--reason)", "A revocation needs a reason (--reason)"),
    "copies.already_revoked": ("Số {number} đã bị thu hồi ngày {date}", "Number {number} was already revoked on {date}"),
    "copies.revoked": ("Đã ghi thu hồi số {number} ({register}); mục trong sổ vẫn được giữ", "Recorded the revocation of {number} ({register}); the register entry is kept"),
    "copies.relation.holder": ("người được cấp", "holder"),
    "copies.relation.representative": ("người đại diện", "representative"),
    "copies.relation.heir": ("người thừa kế", "heir"),
    # verification by code
    "copies.bad_code": (
        "Mã kiểm tra «{code}» không đúng dạng (12 ký tự, ví dụ ABCD-EFGH-JKMN) hoặc sai ký tự kiểm tra",
        "Verification code «{code}» is malformed (12 symbols, e.g. ABCD-EFGH-JKMN) or its check symbol is wrong",
    ),
    "copies.verify_needs_input": ("Cần tệp PDF hoặc --code MÃ", "Give a PDF file or --code CODE"),
    "copies.check.title": ("Đối chiếu sổ bản sao — mã {code}", "Copy register check — code {code}"),
    "copies.check.no_code": ("Tệp không mang mã kiểm tra bản sao: chỉ kiểm tra chữ ký", "The file carries no copy verification code: signatures checked only"),
    "copies.check.no_warehouse": (
        "Không mở được kho dữ liệu để đối chiếu sổ ({detail})",
        "Cannot open the warehouse to check the register ({detail})",
    ),
    "copies.check.valid": ("SỔ: bản sao {number} có trong sổ, còn giá trị, đúng tệp đã cấp", "REGISTER: copy {number} is registered, valid, and the file is the one issued"),
    "copies.check.valid_code": ("SỔ: bản sao {number} có trong sổ và còn giá trị (cấp lúc {issued_at})", "REGISTER: copy {number} is registered and valid (issued {issued_at})"),
    "copies.check.unknown": ("SỔ: KHÔNG CÓ bản sao nào mang mã {code}", "REGISTER: NO copy carries code {code}"),
    "copies.check.revoked": ("SỔ: bản sao {number} ĐÃ BỊ THU HỒI ngày {date} ({reason})", "REGISTER: copy {number} WAS REVOKED on {date} ({reason})"),
    "copies.check.hash_mismatch": (
        "SỔ: tệp này KHÁC tệp đã cấp cho số {number} (mã băm không khớp)",
        "REGISTER: this file DIFFERS from the one issued as {number} (hash mismatch)",
    ),
    "copies.check.source_revoked": (
        "SỔ: văn bản gốc của bản sao {number} đã bị thu hồi/hủy hoặc không còn trong kho",
        "REGISTER: the source result of copy {number} has been revoked or is gone from the warehouse",
    ),
    "copies.check.field.kind": ("Loại", "Kind"),
    "copies.check.field.number": ("Số", "Number"),
    "copies.check.field.issued_at": ("Thời gian cấp", "Issued at"),
    "copies.check.field.source": ("Văn bản gốc", "Source"),
    "copies.check.field.requester": ("Người yêu cầu", "Requester"),
    "copies.check.field.requester_id": ("Giấy tờ tùy thân", "Identity document"),
    "copies.check.field.relation": ("Quan hệ với người được cấp", "Relation to the holder"),
    "copies.check.field.purpose": ("Mục đích", "Purpose"),
    "copies.check.field.official": ("Người cấp", "Issuing official"),
    "copies.full_needs_home": (
        "--full cho xem đủ thông tin trong sổ (giấy tờ tùy thân, quan hệ, mục đích, người cấp): chỉ dành cho người dùng có quyền trên kho, cần chỉ rõ --home",
        "--full shows the whole register entry (ID numbers, relation, purpose, official): for users with access to the warehouse only, and needs an explicit --home",
    ),
    "copies.check.kind.copies": ("Bản sao điện tử từ sổ gốc", "Register e-copy"),
    "copies.check.kind.certifications": ("Bản sao chứng thực từ bản chính", "Certified copy"),
    # tthc demo
    "demo.pki": (
        "PKI CHẠY THỬ (không có giá trị pháp lý) đang chạy tại {url}; chứng thư gốc: {root}",
        "DEMO PKI (no legal value) running at {url}; root certificate: {root}",
    ),
    "demo.load": ("đưa các kết quả đã số hóa vào kho {path}", "load the digitised results into the warehouse {path}"),
    "demo.loaded": ("{loaded} kết quả mới vào kho, {already} đã có trong kho, {failed} lỗi", "{loaded} new results stored, {already} already in the warehouse, {failed} failed"),
    "demo.register": ("nhập sổ gốc mẫu {path}", "import the sample master register {path}"),
    "demo.registered": ("{matched} dòng sổ gốc khớp với kết quả trong kho", "{matched} master-register entries match stored results"),
    "demo.no_sample_result": (
        "Không thấy kết quả mẫu số {number} trong kho (bước số hóa có lỗi?)",
        "Sample result number {number} is not in the warehouse (did digitising fail?)",
    ),
    "demo.roadmap": ("đối chiếu kho với kế hoạch số hóa mẫu {path}", "compare the warehouse with the sample digitisation plan {path}"),
    "demo.roadmap_status": (
        "Lộ trình {start}–{end}: chỉ tiêu {target}, đã số hóa {digitised} ({percent} %), còn {backlog} kết quả còn hiệu lực chưa số hóa; báo cáo một tệp: {path}",
        "Roadmap {start}–{end}: target {target}, digitised {digitised} ({percent} %), {backlog} still-valid results not yet digitised; one-file report: {path}",
    ),
    "demo.issue": ("cấp bản sao điện tử từ sổ gốc của kết quả {ref} (ký B-LT)", "issue a register e-copy of result {ref} (B-LT signature)"),
    "demo.certify": ("chứng thực bản sao từ bản chính {path} (--yes)", "certify a copy of the original {path} (--yes)"),
    "demo.verify": ("kiểm tra chữ ký và đối chiếu sổ của hai bản sao", "verify the signatures and register entries of both copies"),
    "demo.verified": ("Tệp {path}: {verdict}; {register}", "File {path}: {verdict}; {register}"),
    "demo.register_status.valid": ("sổ: có, còn giá trị, đúng tệp", "register: present, valid, same file"),
    "demo.register_status.unknown": ("sổ: không có", "register: not found"),
    "demo.register_status.revoked": ("sổ: đã thu hồi", "register: revoked"),
    "demo.register_status.hash_mismatch": ("sổ: tệp khác tệp đã cấp", "register: file differs from the one issued"),
    "demo.register_status.source_revoked": ("sổ: văn bản gốc đã bị thu hồi", "register: source result revoked"),
    "demo.where": (
        "Bản số hóa: {digitised} · Kho dữ liệu: {home} · Bản sao: {copies}",
        "Digitised results: {digitised} · Warehouse: {home} · Copies: {copies}",
    ),
    "demo.open_first": (
        "Mở trước bản sao đã xác minh: {path}",
        "Open first the verified copy: {path}",
    ),
}
