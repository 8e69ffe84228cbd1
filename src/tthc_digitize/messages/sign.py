"""Messages of signing and verification (issue 4)."""

MESSAGES = {
    # credentials
    "sign.p12_unreadable": ("Không đọc được tệp PKCS#12 {path}: {detail}", "Cannot read PKCS#12 file {path}: {detail}"),
    "sign.p12_bad_password": (
        "Mật khẩu của tệp PKCS#12 {path} không đúng (đặt trong biến TTHC_PKCS12_PASSWORD)",
        "Wrong password for PKCS#12 file {path} (set it in TTHC_PKCS12_PASSWORD)",
    ),
    "sign.p12_no_key": ("Tệp PKCS#12 {path} không chứa khóa bí mật và chứng thư", "PKCS#12 file {path} holds no private key and certificate"),
    "sign.pkcs11_missing": ("Thiếu thư viện python-pkcs11 để dùng USB token", "python-pkcs11 is needed to use a USB token"),
    "sign.pkcs11_module_missing": ("Không tìm thấy mô-đun PKCS#11 {path}", "PKCS#11 module {path} not found"),
    "sign.pkcs11_bad_pin": ("Mã PIN của token {token} không đúng", "Wrong PIN for token {token}"),
    "sign.pkcs11_failed": ("Token {token} báo lỗi: {detail}", "Token {token} reported an error: {detail}"),
    "sign.pkcs11_no_token": ("Không tìm thấy token có nhãn {token} ({detail})", "No token labelled {token} ({detail})"),
    "sign.pkcs11_no_key": (
        "Token {token} không có khóa và chứng thư nhãn {key} ({detail})",
        "Token {token} has no key and certificate labelled {key} ({detail})",
    ),
    "sign.no_credential": (
        "Chưa chọn khóa ký: dùng --pkcs12 TỆP hoặc --pkcs11-module, --token-label, --key-label (hoặc mục sign trong tthc.toml)",
        "No signing key chosen: use --pkcs12 FILE or --pkcs11-module, --token-label, --key-label (or the sign section of tthc.toml)",
    ),
    "sign.secret_needed": (
        "Cần {what}: đặt biến môi trường {env} (không có màn hình để hỏi)",
        "{what} needed: set the {env} environment variable (no terminal to ask on)",
    ),
    "sign.secret_p12": ("mật khẩu tệp PKCS#12", "the PKCS#12 password"),
    "sign.secret_pin": ("mã PIN của token", "the token PIN"),
    "sign.prompt_p12": ("Mật khẩu tệp PKCS#12", "PKCS#12 password"),
    "sign.prompt_pin": ("Mã PIN của token", "Token PIN"),
    "sign.trust_missing": ("Không tìm thấy kho chứng thư tin cậy {path}", "Trust store {path} not found"),
    "sign.trust_unreadable": ("Không đọc được kho chứng thư tin cậy {path}: {detail}", "Cannot read trust store {path}: {detail}"),
    # certificate pre-check
    "sign.cert_expired": (
        "Từ chối ký: chứng thư số của {name} đã hết hạn từ {date}",
        "Signing refused: the certificate of {name} expired on {date}",
    ),
    "sign.cert_not_yet_valid": (
        "Từ chối ký: chứng thư số của {name} chưa có hiệu lực (từ {date})",
        "Signing refused: the certificate of {name} is not valid yet (from {date})",
    ),
    "sign.cert_key_usage": (
        "Từ chối ký: chứng thư số của {name} không được dùng để ký (mục đích khóa: {usage})",
        "Signing refused: the certificate of {name} may not sign (key usage: {usage})",
    ),
    "sign.cert_revoked": (
        "Từ chối ký: chứng thư số {name} đã bị thu hồi",
        "Signing refused: certificate {name} has been revoked",
    ),
    "sign.cert_untrusted": (
        "Từ chối ký: chứng thư số {name} không dẫn tới chứng thư gốc tin cậy",
        "Signing refused: certificate {name} does not chain to a trusted root",
    ),
    "sign.cert_invalid": (
        "Từ chối ký: chứng thư số {name} không hợp lệ ({detail})",
        "Signing refused: certificate {name} is not valid ({detail})",
    ),
    # signing
    "sign.tsa_required": (
        "Mức {level} cần máy chủ dấu thời gian: dùng --tsa URL hoặc tsa_url trong mục sign của tthc.toml",
        "Level {level} needs a timestamp server: use --tsa URL or tsa_url in the sign section of tthc.toml",
    ),
    "sign.tsa_failed": ("Máy chủ dấu thời gian không trả lời đúng: {detail}", "The timestamp server failed: {detail}"),
    "sign.network_failed": ("Lỗi mạng khi lấy dấu thời gian hoặc thông tin thu hồi: {detail}", "Network error fetching a timestamp or revocation data: {detail}"),
    "sign.failed": ("Không ký được {path}: {detail}", "Could not sign {path}: {detail}"),
    "sign.input_encrypted": (
        "Tệp {path} được mã hóa; hãy gỡ mã hóa trước khi ký",
        "File {path} is encrypted; remove the encryption before signing",
    ),
    "sign.same_name": (
        "Trùng tên với {other}: cả hai sẽ ghi đè cùng một tệp trong thư mục kết quả; ký riêng tệp này",
        "Same name as {other}: both would write the same file in the output folder; sign this one separately",
    ),
    "sign.totals": ("{done} tệp đã ký, {failed} lỗi, {seconds:.1f} giây", "{done} files signed, {failed} failed, {seconds:.1f} s"),
    "sign.col_output": ("Tệp đã ký", "Signed file"),
    # marks
    "mark.converted": ("Văn bản được chuyển đổi từ văn bản giấy", "Document converted from paper"),
    "mark.time": ("Thời gian chuyển đổi: {time}", "Conversion time: {time}"),
    "mark.agency": ("Cơ quan chuyển đổi: {agency}", "Converting agency: {agency}"),
    "mark.no_agency": (
        "Cần tên cơ quan chuyển đổi cho dấu chuyển đổi: agency_name trong tthc.toml hoặc --agency",
        "The converting agency's name is needed for the conversion mark: agency_name in tthc.toml or --agency",
    ),
    # verify
    "verify.not_pdf": ("{path} không phải tệp PDF", "{path} is not a PDF file"),
    "verify.encrypted": (
        "{path} được mã hóa bằng mật khẩu; không mở được để kiểm tra",
        "{path} is encrypted with a password; it cannot be opened to check",
    ),
    "verify.title": ("Kiểm tra chữ ký số: {path}", "Signature check: {path}"),
    "verify.kind.signature": ("Chữ ký", "Signature"),
    "verify.kind.timestamp": ("Dấu thời gian tài liệu", "Document timestamp"),
    "verify.signer": ("Người ký", "Signer"),
    "verify.organisation": ("Tổ chức", "Organisation"),
    "verify.signing_time": ("Thời gian ký (máy người ký ghi)", "Signing time (signer's clock)"),
    "verify.timestamp_time": ("Thời gian theo dấu thời gian", "Timestamp time"),
    "verify.level": ("Mức PAdES đạt được", "PAdES level reached"),
    "verify.integrity": ("Toàn vẹn", "Integrity"),
    "verify.chain": ("Chứng thư số", "Certificate"),
    "verify.unreadable": ("không đọc được chữ ký ({detail})", "signature cannot be read ({detail})"),
    "verify.intact_whole": ("nguyên vẹn, bao trùm toàn bộ tệp", "intact, covers the whole file"),
    "verify.intact_allowed": (
        "nguyên vẹn; phần thêm sau khi ký là được phép ({what})",
        "intact; what was added after signing is allowed ({what})",
    ),
    "verify.intact_disallowed": (
        "nguyên vẹn nhưng tài liệu bị sửa đổi không được phép sau khi ký ({what})",
        "intact, but the document was changed in a way not allowed after signing ({what})",
    ),
    "verify.altered": ("TÀI LIỆU ĐÃ BỊ THAY ĐỔI sau khi ký (mã băm không khớp)", "THE DOCUMENT WAS ALTERED after signing (digest mismatch)"),
    "verify.mod.none": ("không có", "nothing"),
    "verify.mod.lta_updates": ("dữ liệu kiểm tra, dấu thời gian", "validation data, timestamps"),
    "verify.mod.form_filling": ("chữ ký, điền biểu mẫu", "signatures, form filling"),
    "verify.mod.annotations": ("chú thích", "annotations"),
    "verify.mod.other": ("nội dung trang hoặc cấu trúc khác", "page content or other structure"),
    "verify.mod.unknown": ("không xác định", "unknown"),
    "verify.chain.trusted": ("tin cậy", "trusted"),
    "verify.chain.untrusted": ("không tin cậy (không dẫn tới chứng thư gốc tin cậy)", "untrusted (no path to a trusted root)"),
    "verify.chain.expired": ("đã hết hạn", "expired"),
    "verify.chain.revoked": ("ĐÃ BỊ THU HỒI", "REVOKED"),
    "verify.chain.revoked_after_signing": (
        "bị thu hồi từ {date}, sau thời điểm ký đã được chứng minh: chữ ký vẫn có giá trị",
        "revoked since {date}, after the proven signing time: the signature stays valid",
    ),
    "verify.chain.unknown": ("không xác định được ({detail})", "cannot be determined ({detail})"),
    "verify.offline": (
        "(theo dữ liệu kiểm tra lưu trong tệp; không liên lạc được máy chủ OCSP/CRL)",
        "(from the validation data stored in the file; OCSP/CRL servers unreachable)",
    ),
    "verify.no_trust": (
        "Chưa chỉ định kho chứng thư tin cậy (--trust hoặc trust trong mục sign của tthc.toml): không chữ ký nào được coi là tin cậy",
        "No trust store given (--trust or trust in the sign section of tthc.toml): no signature can be trusted",
    ),
    "verify.encrypted_note": ("Tệp được mã hóa với mật khẩu mở rỗng", "The file is encrypted with an empty open password"),
    "verify.verdict.valid": ("KẾT LUẬN: mọi chữ ký hợp lệ và tin cậy", "VERDICT: every signature is valid and trusted"),
    "verify.verdict.untrusted": ("KẾT LUẬN: chữ ký nguyên vẹn nhưng chưa tin cậy được", "VERDICT: signatures intact but not trusted"),
    "verify.verdict.unsigned": ("KẾT LUẬN: tệp không có chữ ký số", "VERDICT: the file is not signed"),
    "verify.verdict.altered": ("KẾT LUẬN: TÀI LIỆU ĐÃ BỊ THAY ĐỔI sau khi ký", "VERDICT: THE DOCUMENT WAS ALTERED after signing"),
    "verify.verdict.unreadable": ("KẾT LUẬN: có chữ ký không đọc được", "VERDICT: a signature cannot be read"),
    # ltv
    "ltv.refreshed": ("Đã thêm dấu thời gian lưu trữ mới: {path}", "New archive timestamp added: {path}"),
    "ltv.not_due": ("Chưa cần gia hạn (dấu thời gian cuối {time}): {path}", "Not due yet (last timestamp {time}): {path}"),
    "ltv.not_lta": ("Không phải tệp B-LTA (không có dấu thời gian tài liệu): {path}", "Not a B-LTA file (no document timestamp): {path}"),
    "ltv.failed": ("Không gia hạn được {path}: {detail}", "Could not refresh {path}: {detail}"),
    "ltv.totals": ("{refreshed} tệp đã gia hạn, {skipped} chưa cần, {failed} lỗi", "{refreshed} refreshed, {skipped} not due, {failed} failed"),
    # demo identity
    "demo.identity": (
        "Danh tính ký CHẠY THỬ (không có giá trị pháp lý) tại {path}",
        "DEMO signing identity (no legal value) at {path}",
    ),
}
