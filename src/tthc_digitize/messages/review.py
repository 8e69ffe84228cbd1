"""Messages of the metadata review loop, the manifest and given values."""

MESSAGES = {
    # record fields a manifest or a clerk may give (the extracted ones are in the core catalogue)
    "field.organ_id": ("Mã cơ quan lưu trữ", "Archive organ code"),
    "field.file_catalog": ("Mục lục số", "File catalogue"),
    "field.file_notation": ("Số và ký hiệu hồ sơ", "File notation"),
    "field.doc_ordinal": ("Số thứ tự văn bản", "Document ordinal"),
    "field.language": ("Ngôn ngữ", "Language"),
    "field.description": ("Ghi chú", "Description"),
    "field.procedure_code": ("Mã thủ tục hành chính", "Procedure code"),
    "field.dossier_code": ("Mã hồ sơ", "Dossier code"),
    "field.valid_from": ("Có giá trị từ", "Valid from"),
    "field.validity_scope": ("Phạm vi hiệu lực", "Validity scope"),
    "field.validity_status": ("Tình trạng hiệu lực", "Validity status"),
    "field.register_volume": ("Quyển sổ", "Register volume"),
    "field.register_entry": ("Số vào sổ", "Register entry"),
    "field.register_year": ("Năm của sổ", "Register year"),
    "field.conversion_agency_code": ("Mã cơ quan số hóa", "Digitising agency code"),
    "field.conversion_operator": ("Người số hóa", "Digitised by"),
    # values typed by people (manifest, review set)
    "values.unknown_field": ("Không có trường {field}. Các trường: {known}", "No field {field}. Fields: {known}"),
    "values.bad_value": (
        "Giá trị không hợp lệ cho trường {field}: {value!r} ({detail})",
        "Invalid value for field {field}: {value!r} ({detail})",
    ),
    # manifest CSV
    "manifest.unreadable": ("Không đọc được bảng kê {path}: {detail}", "Cannot read manifest {path}: {detail}"),
    "manifest.no_file_column": (
        "Bảng kê {path} thiếu cột 'file' (tên tệp quét)",
        "Manifest {path} has no 'file' column (the scan's file name)",
    ),
    "manifest.unknown_columns": (
        "Bảng kê {path} có cột không biết: {columns}. Các cột được dùng: file, {known}",
        "Manifest {path} has unknown columns: {columns}. Columns that can be used: file, {known}",
    ),
    "manifest.no_file": ("Bảng kê {path}, dòng {line}: thiếu tên tệp", "Manifest {path}, line {line}: no file name"),
    "manifest.duplicate": (
        "Bảng kê {path}, dòng {line}: tệp {file} đã có ở dòng {other}",
        "Manifest {path}, line {line}: file {file} is already on line {other}",
    ),
    "manifest.bad_value": ("Bảng kê {path}, dòng {line}: {detail}", "Manifest {path}, line {line}: {detail}"),
    "manifest.no_input": (
        "dòng {line} của bảng kê ghi tệp {file}, nhưng không có tệp quét nào như vậy trong lô này",
        "manifest line {line} names {file}, but no scan in this batch has that name",
    ),
    "meta.redone": (
        "chỉ làm lại siêu dữ liệu (bản PDF của lần chạy trước vẫn dùng được)",
        "metadata redone only (the PDF of an earlier run still stands)",
    ),
    # review
    "review.bad_fields_file": ("Tệp trường {path} hỏng: {detail}", "Fields file {path} is damaged: {detail}"),
    "review.no_results": (
        "{folder} không có kết quả nào để kiểm tra (tệp *.fields.json do tthc ingest ghi)",
        "{folder} holds no results to check (*.fields.json files written by tthc ingest)",
    ),
    "review.unknown_id": (
        "Không có kết quả {id} trong {folder} (xem tthc review list)",
        "No result {id} in {folder} (see tthc review list)",
    ),
    "review.nothing_to_set": ("Hãy ghi ít nhất một trường=giá trị", "Give at least one field=value"),
    "review.bad_assignment": (
        "{text!r} không có dạng trường=giá trị",
        "{text!r} is not of the form field=value",
    ),
    "review.required_empty": (
        "Trường {field} là bắt buộc, không thể để trống; hãy nhập giá trị đúng",
        "Field {field} is required and cannot be cleared; enter the right value",
    ),
    "review.nothing_flagged": ("Kết quả {id} không còn trường nào cần kiểm tra", "Result {id} has no fields left to check"),
    "review.accept_missing": (
        "Không thể chấp nhận {id}: còn thiếu {fields}; hãy nhập bằng tthc review set",
        "Cannot accept {id}: {fields} still missing; enter them with tthc review set",
    ),
    "review.record_invalid": (
        "Hồ sơ sau khi sửa không hợp lệ theo lược đồ, chưa lưu gì: {detail}",
        "The corrected record does not match the schema, nothing was saved: {detail}",
    ),
    "review.col_id": ("Mã kết quả", "Result ID"),
    "review.col_flagged": ("Cần kiểm tra", "To check"),
    "review.col_worst": ("Tin cậy thấp nhất", "Lowest confidence"),
    "review.col_xml": ("Có XML", "XML"),
    "review.col_source": ("Nguồn", "Source"),
    "review.col_crop": ("Vùng trên trang", "Region on the page"),
    "review.none_flagged": ("Không có kết quả nào cần kiểm tra trong {folder}.", "No results to check in {folder}."),
    "review.list_summary": ("{count} kết quả cần kiểm tra.", "{count} results to check."),
    "review.source.extraction": ("máy đọc", "machine"),
    "review.source.manifest": ("bảng kê", "manifest"),
    "review.source.batch": ("tham số lô", "batch flag"),
    "review.source.clerk": ("văn thư", "clerk"),
    "review.png_hint": (
        "Ảnh rõ hơn: tthc review show THƯ_MỤC {id} --png kiem-tra.png",
        "A sharper image: tthc review show FOLDER {id} --png check.png",
    ),
    "review.png_written": ("Đã ghi ảnh kiểm tra {path}", "Wrote review image {path}"),
    "review.saved": ("Đã lưu {count} trường của {id}; ghi vào nhật ký {log}", "Saved {count} fields of {id}; logged in {log}"),
    "review.xml_written": ("Hồ sơ XML hợp lệ theo lược đồ: {path}", "Schema-valid XML record: {path}"),
    "review.still_missing": ("Chưa ghi XML: còn thiếu {fields}", "XML not written yet: {fields} still missing"),
    "review.no_agency": (
        "Chưa ghi XML: chưa khai báo cơ quan số hóa (agency_name trong tthc.toml)",
        "XML not written yet: no digitising agency (agency_name in tthc.toml)",
    ),
    "review.left": ("Còn {count} trường cần kiểm tra: {fields}", "{count} fields left to check: {fields}"),
    "review.done": ("Kết quả {id} đã được kiểm tra xong.", "Result {id} is fully checked."),
    # extract --xml
    "extract.xml_written": ("Đã ghi hồ sơ XML hợp lệ theo lược đồ: {path}", "Wrote schema-valid XML record: {path}"),
    "extract.xml_missing": (
        "Không ghi được XML: chưa tìm thấy {fields}",
        "Cannot write the XML: {fields} not found",
    ),
    "extract.no_agency": (
        "Cần tên cơ quan số hóa để ghi XML: --agency hoặc agency_name trong tthc.toml",
        "The digitising agency is needed for the XML: --agency or agency_name in tthc.toml",
    ),
}
