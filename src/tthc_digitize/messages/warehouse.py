"""Messages of the warehouse (kho dữ liệu điện tử): init, load, register, search, audit, backup, export."""

MESSAGES = {
    # home and lock
    "warehouse.not_found": (
        "Chưa có kho dữ liệu tại {path}. Tạo bằng: tthc init --home {path} --agency-name \"…\" --agency-code …",
        "No warehouse at {path}. Create one with: tthc init --home {path} --agency-name \"…\" --agency-code …",
    ),
    "warehouse.exists": ("Kho dữ liệu đã có tại {path}", "A warehouse already exists at {path}"),
    "warehouse.not_empty": (
        "Thư mục {path} đã có tệp khác; hãy chọn thư mục trống cho kho",
        "Folder {path} already holds other files; choose an empty folder for the warehouse",
    ),
    "warehouse.no_agency": (
        "Chưa khai báo cơ quan: cần tên (agency_name, --agency-name) và mã định danh (agency_code, --agency-code)",
        "The agency is not set: its name (agency_name, --agency-name) and code (agency_code, --agency-code) are needed",
    ),
    "warehouse.bad_agency_code": (
        "Mã định danh cơ quan không hợp lệ: {code!r} (ví dụ 000.00.00.H30)",
        "Invalid agency code: {code!r} (e.g. 000.00.00.H30)",
    ),
    "warehouse.busy": (
        "Kho {path} đang được một lệnh khác ghi; đã chờ {seconds} giây. Chạy lại sau (hoặc tăng warehouse.lock_wait)",
        "Warehouse {path} is being written by another command; waited {seconds} s. Try again later (or raise warehouse.lock_wait)",
    ),
    "warehouse.db_busy": (
        "Cơ sở dữ liệu sổ đăng ký {path} đang bận; chạy lại sau",
        "Register database {path} is busy; try again later",
    ),
    "warehouse.bad_register_url": (
        "Địa chỉ cơ sở dữ liệu không hỗ trợ: {url} (dùng sqlite:///… hoặc postgresql://…)",
        "Unsupported register URL: {url} (use sqlite:///… or postgresql://…)",
    ),
    "warehouse.register_interrupted": (
        "Mất kết nối tới cơ sở dữ liệu sổ đăng ký giữa một giao dịch (máy chủ khởi động lại?); chưa ghi gì: {detail}",
        "The connection to the register database broke mid-transaction (a server restart?); nothing was written: {detail}",
    ),
    "warehouse.register_unreachable": (
        "Không kết nối được cơ sở dữ liệu sổ đăng ký {url}; kiểm tra máy chủ PostgreSQL, tên cơ sở dữ liệu và quyền truy cập",
        "Cannot connect to the register database {url}; check the PostgreSQL server, the database name and access rights",
    ),
    "warehouse.bad_objects_url": (
        "Địa chỉ kho đối tượng không hỗ trợ: {url} (dùng file:///đường/dẫn hoặc s3://bucket/tiền-tố?endpoint=…)",
        "Unsupported object store URL: {url} (use file:///path or s3://bucket/prefix?endpoint=…)",
    ),
    "warehouse.initialised": (
        "Đã tạo kho dữ liệu tại {path} cho {agency} ({code})",
        "Created the warehouse at {path} for {agency} ({code})",
    ),
    # objects
    "warehouse.version_exists": (
        "Phiên bản {version} của {object} đã có; phiên bản cũ không bao giờ bị ghi đè",
        "Version {version} of {object} already exists; versions are never rewritten",
    ),
    "warehouse.object_invalid": (
        "Đối tượng {object} dựng ra không hợp lệ theo OCFL, không lưu: {detail}",
        "Object {object} as built is not valid OCFL, not stored: {detail}",
    ),
    "warehouse.object_not_found": (
        "Không có đối tượng {object} trong kho đối tượng",
        "No object {object} in the object store",
    ),
    "warehouse.object_file_not_found": (
        "Đối tượng {object} không có tệp {name} ở phiên bản hiện hành",
        "Object {object} has no file {name} in its head version",
    ),
    "warehouse.unknown_result": ("Không có kết quả {ref} trong kho", "No result {ref} in the warehouse"),
    "warehouse.unknown_file": ("Tên tệp không dùng trong đối tượng: {names}", "File names not used in an object: {names}"),
    # load
    "warehouse.no_xml": (
        "thiếu siêu dữ liệu {xml} (trường bắt buộc chưa đủ hoặc chưa khai báo cơ quan số hóa; xem tthc review list): chưa đưa vào kho",
        "metadata {xml} missing (required fields not found or no digitising agency; see tthc review list): not loaded",
    ),
    "warehouse.not_pdf": ("không phải tệp PDF", "not a PDF file"),
    "warehouse.file_hash_mismatch": (
        "{xml} ghi File/Sha256 {stated} nhưng tệp PDF có SHA-256 {actual}: siêu dữ liệu mô tả tệp khác, chưa đưa vào kho",
        "{xml} states File/Sha256 {stated} but the PDF's SHA-256 is {actual}: the metadata describes another file, not loaded",
    ),
    "warehouse.object_missing": (
        "sổ đăng ký có {object} nhưng đối tượng đã mất: khôi phục từ bản sao lưu (tthc audit báo chi tiết)",
        "the register has {object} but its object is gone: restore it from a backup (tthc audit has details)",
    ),
    "warehouse.loaded": ("đã đưa vào kho: {object}", "loaded: {object}"),
    "warehouse.already": ("đã có trong kho: {object}", "already in the warehouse: {object}"),
    "warehouse.already_scanned": (
        "bản quét này đã được số hóa và có trong kho: {object}",
        "this scan was digitised before and is in the warehouse: {object}",
    ),
    "warehouse.conflict": (
        "XUNG ĐỘT: kho đã có {object} (cùng số, ký hiệu, cơ quan ban hành, ngày) với tệp khác; không ghi đè, chờ văn thư xử lý",
        "CONFLICT: the warehouse holds {object} (same number, notation, issuer, date) with a different file; not overwritten, for a clerk",
    ),
    "warehouse.load_title": ("Đưa vào kho", "Load into the warehouse"),
    "warehouse.col_file": ("Tệp", "File"),
    "warehouse.col_status": ("Kết quả", "Result"),
    "warehouse.col_detail": ("Ghi chú", "Notes"),
    "warehouse.status.loaded": ("đã đưa vào", "loaded"),
    "warehouse.status.already": ("đã có", "already there"),
    "warehouse.status.conflict": ("XUNG ĐỘT", "CONFLICT"),
    "warehouse.status.failed": ("LỖI", "FAILED"),
    "warehouse.load_totals": (
        "{loaded} đưa vào, {already} đã có, {conflict} xung đột, {failed} lỗi; lô {batch}, {seconds:.1f} giây",
        "{loaded} loaded, {already} already there, {conflict} conflicts, {failed} failed; batch {batch}, {seconds:.1f} s",
    ),
    "warehouse.ingest_load_failed": ("chưa đưa vào kho: {detail}", "not loaded into the warehouse: {detail}"),
    "warehouse.ingest_not_loaded": (
        "bổ sung rồi nạp lại: tthc review show {out} {id}; tthc review set {out} {id} trường=giá_trị; tthc load {out}",
        "complete it, then load: tthc review show {out} {id}; tthc review set {out} {id} field=value; tthc load {out}",
    ),
    # master register
    "register.not_utf8": ("Tệp {path} không phải CSV UTF-8", "{path} is not a UTF-8 CSV file"),
    "register.bad_xlsx": ("Không đọc được tệp Excel {path}: {detail}", "Cannot read Excel file {path}: {detail}"),
    "register.bad_type": ("Sổ gốc phải là tệp .csv hoặc .xlsx: {path}", "The master register must be a .csv or .xlsx file: {path}"),
    "register.missing_columns": (
        "Tệp {path} thiếu cột bắt buộc: {columns} (tên cột như code_number hoặc tiếng Việt như Số, Ngày ban hành)",
        "{path} lacks required columns: {columns} (named like code_number, or in Vietnamese like Số, Ngày ban hành)",
    ),
    "register.bad_date": ("cột {column}: ngày không hợp lệ {value!r} (dùng 2020-01-05 hoặc 05/01/2020)",
                          "column {column}: invalid date {value!r} (use 2020-01-05 or 05/01/2020)"),
    "register.bad_field": ("không đọc được dòng: {detail}", "row unreadable: {detail}"),
    "register.bad_csv": ("Không đọc được tệp CSV {path}: {detail}", "Cannot read CSV file {path}: {detail}"),
    "register.missing_value": ("thiếu giá trị cột {column}", "column {column} is empty"),
    "register.bad_status": (
        "tình trạng không hợp lệ {value!r} (còn hiệu lực, hết hiệu lực, đã thu hồi)",
        "invalid status {value!r} (valid, expired, revoked)",
    ),
    "register.bad_id_type": ("loại định danh không hợp lệ {value!r} (CCCD, CMND, mã số thuế, hộ chiếu)",
                             "invalid identifier type {value!r} (cccd, cmnd, tax_code, passport)"),
    "register.revoked_without_date": ("đã thu hồi nhưng thiếu ngày thu hồi (cột revoked_on / Ngày thu hồi)",
                                      "revoked but the revocation date is missing (column revoked_on / Ngày thu hồi)"),
    "register.imported": (
        "Sổ gốc {source}: {rows} dòng, {added} mới, {updated} cập nhật, {revoked} thu hồi, {matched} ghép với kết quả số hóa, {bad} dòng lỗi",
        "Master register {source}: {rows} rows, {added} new, {updated} updated, {revoked} revoked, {matched} matched to digitised results, {bad} bad rows",
    ),
    "register.bad_row": ("dòng {line}: {message}", "line {line}: {message}"),
    "register.unmatched_entries": ("Dòng sổ gốc chưa có kết quả số hóa: {count}", "Register entries without a digitised result: {count}"),
    "register.unmatched_results": ("Kết quả số hóa chưa khớp sổ gốc: {count}", "Digitised results not in the register: {count}"),
    # search and show
    "warehouse.empty_query": (
        "Cần từ khóa tìm kiếm hoặc ít nhất một bộ lọc (--holder, --procedure, --year, --status)",
        "Give search words or at least one filter (--holder, --procedure, --year, --status)",
    ),
    "warehouse.search_title": ("Kết quả tìm kiếm", "Search results"),
    "warehouse.search_none": ("Không tìm thấy kết quả nào.", "Nothing found."),
    "warehouse.col_id": ("Mã", "Id"),
    "warehouse.col_number": ("Số, ký hiệu", "Number"),
    "warehouse.col_date": ("Ngày", "Date"),
    "warehouse.col_type": ("Loại", "Type"),
    "warehouse.col_holder": ("Người được cấp", "Holder"),
    "warehouse.col_state": ("Tình trạng", "Status"),
    "warehouse.state.valid": ("còn hiệu lực", "valid"),
    "warehouse.state.expired": ("hết hiệu lực", "expired"),
    "warehouse.state.revoked": ("đã thu hồi", "revoked"),
    "warehouse.pdf_written": ("Đã ghi {path} (phiên bản {version})", "Wrote {path} (version {version})"),
    "warehouse.field.object": ("Mã đối tượng", "Object id"),
    "warehouse.field.version": ("Phiên bản", "Version"),
    "warehouse.field.sha256": ("SHA-256 tệp PDF", "PDF SHA-256"),
    "warehouse.field.signed": ("Đã ký số", "Signed"),
    "warehouse.field.loaded": ("Đưa vào kho", "Loaded"),
    "warehouse.field.register": ("Sổ gốc", "Master register"),
    "warehouse.yes": ("có", "yes"),
    "warehouse.no": ("không", "no"),
    # audit
    "audit.ok": (
        "Kho toàn vẹn: {objects} đối tượng, {results} kết quả, {events} sự kiện nhật ký; không phát hiện vấn đề ({seconds:.1f} giây)",
        "Warehouse intact: {objects} objects, {results} results, {events} audit events; no findings ({seconds:.1f} s)",
    ),
    "audit.anchored": ("Đã neo đầu chuỗi nhật ký (sự kiện {seq}) vào audit-anchors.jsonl",
                       "Audit chain head (event {seq}) anchored in audit-anchors.jsonl"),
    "audit.not_anchored": ("KHÔNG neo: chuỗi nhật ký không còn nguyên (xem các vấn đề ở trên)",
                           "NOT anchored: the audit chain does not hold (see the findings above)"),
    "audit.findings": ("PHÁT HIỆN {count} vấn đề trong kho:", "{count} FINDINGS in the warehouse:"),
    "audit.kind.storage_root": ("gốc lưu trữ OCFL không hợp lệ", "OCFL storage root invalid"),
    "audit.kind.object_invalid": ("đối tượng hỏng hoặc bị sửa (sai mã băm hoặc cấu trúc OCFL)", "object damaged or changed (digest or OCFL structure)"),
    "audit.kind.row_without_object": ("sổ đăng ký có dòng nhưng mất đối tượng", "register row without its object"),
    "audit.kind.object_without_row": ("đối tượng không có trong sổ đăng ký", "object not in the register"),
    "audit.kind.hash_mismatch": ("mã băm trong sổ đăng ký khác tệp lưu", "register digest differs from the stored file"),
    "audit.kind.version_mismatch": ("phiên bản trong sổ đăng ký khác đối tượng", "register version differs from the object"),
    "audit.kind.register_differs": (
        "sổ đăng ký khác tệp XML/PDF đã ký lưu trong kho (có thể bị sửa trực tiếp)",
        "register row differs from the stored signed XML/PDF (edited behind the tool's back?)",
    ),
    "audit.kind.anchor": (
        "đầu chuỗi nhật ký không khớp mốc đã neo (nhật ký bị cắt hoặc tính lại)",
        "audit-log head does not match an anchor (log truncated or recomputed)",
    ),
    "audit.kind.anchor_signature": (
        "chữ ký số trên mốc neo không hợp lệ (dòng mốc bị sửa, chữ ký hỏng hoặc không phải của cơ quan)",
        "anchor signature invalid (anchor line edited, signature damaged or not the agency's)",
    ),
    "audit.anchors_unsigned": (
        "Lưu ý: {unsigned}/{total} mốc neo không có chữ ký số dù đã cấu hình khóa ký của cơ quan",
        "Note: {unsigned} of {total} anchors are unsigned although the agency's signing key is configured",
    ),
    "anchor.no_timestamp": (
        "Cảnh báo: không lấy được dấu thời gian từ {url} ({detail}); mốc neo được ký nhưng không có dấu thời gian",
        "Warning: no timestamp from {url} ({detail}); the anchor is signed without a timestamp",
    ),
    "anchor.unsigned": (
        "Cảnh báo: mốc neo chuỗi nhật ký được ghi KHÔNG có chữ ký số: {detail}",
        "Warning: the audit-chain anchor is written UNSIGNED: {detail}",
    ),
    "anchor.secret_missing": ("chưa đặt biến môi trường {env}", "{env} is not set"),
    "audit.kind.audit_chain": ("nhật ký kiểm toán bị sửa (chuỗi băm đứt)", "audit log edited (hash chain broken)"),
    # backup and export
    "warehouse.backup_exists": ("Thư mục đích {path} đã có dữ liệu; chọn thư mục mới", "Destination {path} is not empty; choose a new folder"),
    "warehouse.backup_anchor_differs": (
        "Bản sao tệp mốc neo {path} đọc lại không khớp bản gốc (lỗi ghi ở đĩa đích?)",
        "The copied anchor file {path} does not read back as the original (a write error on the destination?)",
    ),
    "warehouse.backup_anchors": (
        "Đã sao {anchors} mốc neo chuỗi nhật ký (audit-anchors.jsonl)",
        "Copied {anchors} audit-chain anchors (audit-anchors.jsonl)",
    ),
    "warehouse.backup_anchor_problems": (
        "CẢNH BÁO: {count} mốc neo không còn khớp chuỗi nhật ký của kho nguồn; chạy tthc audit trên kho nguồn",
        "WARNING: {count} anchors no longer match the source's audit chain; run tthc audit on the source",
    ),
    "warehouse.backup_done": (
        "Đã sao lưu {results} kết quả ({files} tệp, {size}) vào {path}; kiểm tra bằng: tthc audit --home {path}",
        "Backed up {results} results ({files} files, {size}) to {path}; check with: tthc audit --home {path}",
    ),
    "warehouse.export_nothing": ("Cần ít nhất một mã kết quả để xuất", "Give at least one result id to export"),
    "warehouse.export_needs_bagit": ("Hiện chỉ hỗ trợ xuất gói BagIt: thêm --bagit THƯ_MỤC", "Only BagIt export exists: add --bagit DIR"),
    "warehouse.exported": ("Đã xuất {count} kết quả thành gói BagIt {path}", "Exported {count} results as the BagIt bag {path}"),
    # objects in an S3-compatible bucket (issue 15)
    "warehouse.bad_s3_url": (
        "Địa chỉ kho đối tượng S3 không hợp lệ: {url} (phần sai: {part}). Dạng đúng: "
        "s3://tên-bucket/tiền-tố?endpoint=https://máy-chủ&region=…&addressing=path|virtual|auto",
        "Invalid S3 object store URL: {url} (wrong part: {part}). Expected: "
        "s3://bucket-name/prefix?endpoint=https://host&region=…&addressing=path|virtual|auto",
    ),
    "warehouse.s3_failed": (
        "Kho đối tượng S3 (bucket {bucket}) báo lỗi ở thao tác {operation} với {key}: {error}. "
        "Kiểm tra địa chỉ endpoint, tên bucket và thông tin đăng nhập (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)",
        "The S3 object store (bucket {bucket}) failed {operation} on {key}: {error}. "
        "Check the endpoint, the bucket name and the credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)",
    ),
    "warehouse.s3_upload_damaged": (
        "Tệp {key} tải lên bucket {bucket} bị sai lệch trên đường truyền (tổng kiểm tra không khớp), "
        "đã thử lại mà vẫn sai; không lưu phiên bản này",
        "Upload of {key} to bucket {bucket} was damaged in transit (checksum mismatch) even after retries; "
        "this version is not stored",
    ),
}
