"""User-facing messages: Vietnamese first, English on request.

Every message a user reads lives under a stable key, so a missing translation is a failing test
rather than an English string leaking into a Vietnamese report. The core messages are below; each
later area of the tool (signing, warehouse, copies, roadmap …) keeps its own catalogue as ``MESSAGES``
in a module of :mod:`tthc_digitize.messages`, merged here at import.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from tthc_digitize import messages

LANGUAGES = ("vi", "en")

# key: (vi, en)
MESSAGES: dict[str, tuple[str, str]] = {
    # generic
    "error.prefix": ("Lỗi", "Error"),
    "warning.prefix": ("Cảnh báo", "Warning"),
    "error.internal": (
        "Lỗi nội bộ không lường trước: {detail}. Hãy báo lỗi kèm lệnh đã chạy.",
        "Unexpected internal error: {detail}. Please report it with the command you ran.",
    ),
    "error.interrupted": ("Đã dừng theo yêu cầu (Ctrl-C).", "Interrupted (Ctrl-C)."),
    "error.locked": (
        "Thư mục {path} đang được một lần chạy khác sử dụng (tệp khóa {lock}). Chờ lần chạy đó kết thúc.",
        "Folder {path} is in use by another run (lock file {lock}). Wait for that run to finish.",
    ),
    "error.usage": ("Tham số không hợp lệ: {detail}", "Invalid arguments: {detail}"),
    # configuration
    "config.bad_toml": ("Tệp cấu hình {path} không đọc được: {detail}", "Cannot read config file {path}: {detail}"),
    "config.unknown_key": ("Khóa cấu hình không biết: {key} (trong {origin})", "Unknown config key: {key} (in {origin})"),
    "config.bad_value": (
        "Giá trị cấu hình {key}={value!r} không hợp lệ (trong {origin}): {detail}",
        "Invalid config value {key}={value!r} (in {origin}): {detail}",
    ),
    "config.missing_file": ("Không tìm thấy tệp cấu hình {path}", "Config file {path} not found"),
    # dependencies
    "dep.tesseract_missing": (
        "Không tìm thấy Tesseract OCR. Cài đặt: sudo apt-get install tesseract-ocr tesseract-ocr-vie",
        "Tesseract OCR not found. Install: sudo apt-get install tesseract-ocr tesseract-ocr-vie",
    ),
    "dep.tesseract_old": (
        "Tesseract {version} quá cũ; cần 4.1 trở lên.",
        "Tesseract {version} is too old; 4.1 or later is needed.",
    ),
    "dep.lang_missing": (
        "Thiếu dữ liệu ngôn ngữ Tesseract '{lang}'. Cài đặt: sudo apt-get install tesseract-ocr-{lang}",
        "Tesseract language data '{lang}' missing. Install: sudo apt-get install tesseract-ocr-{lang}",
    ),
    "dep.tesseract_failed": (
        "Tesseract báo lỗi ở trang {page}: {detail}",
        "Tesseract failed on page {page}: {detail}",
    ),
    "dep.font_missing": (
        "Thiếu phông Tinos (chữ có chân, hỗ trợ tiếng Việt). Cài đặt: sudo apt-get install fonts-croscore",
        "Tinos font (Vietnamese-capable serif) missing. Install: sudo apt-get install fonts-croscore",
    ),
    # doctor
    "doctor.title": ("Kiểm tra môi trường", "Environment check"),
    "doctor.col_check": ("Hạng mục", "Check"),
    "doctor.col_status": ("Trạng thái", "Status"),
    "doctor.col_detail": ("Chi tiết", "Detail"),
    "doctor.ok": ("đạt", "ok"),
    "doctor.fail": ("THIẾU", "MISSING"),
    "doctor.optional": ("tùy chọn", "optional"),
    "doctor.all_ok": ("Mọi phụ thuộc đã sẵn sàng.", "All dependencies are in place."),
    "doctor.some_missing": (
        "Còn thiếu phụ thuộc. Cài đặt bằng: {command}",
        "Dependencies are missing. Install with: {command}",
    ),
    "doctor.check.python": ("Python", "Python"),
    "doctor.check.tesseract": ("Tesseract OCR", "Tesseract OCR"),
    "doctor.check.lang": ("Dữ liệu ngôn ngữ {lang}", "Language data {lang}"),
    "doctor.check.osd": ("Dữ liệu nhận diện hướng trang (osd)", "Orientation data (osd)"),
    "doctor.check.font": ("Phông Tinos", "Tinos font"),
    "doctor.check.pdfsig": ("pdfsig (kiểm tra chữ ký độc lập)", "pdfsig (independent signature check)"),
    # input files
    "input.not_found": ("Không tìm thấy: {path}", "Not found: {path}"),
    "input.no_files": ("Không có tệp quét nào được hỗ trợ trong {path}", "No supported scan files in {path}"),
    "input.empty": ("Tệp rỗng (0 byte)", "Empty file (0 bytes)"),
    "input.unknown_type": (
        "Không phải PDF hay ảnh quét (TIFF, JPEG, PNG); phần đầu tệp: {head}",
        "Not a PDF or scanned image (TIFF, JPEG, PNG); file starts with: {head}",
    ),
    "input.pdf_damaged": (
        "Tệp PDF bị hỏng hoặc bị cắt cụt ({detail}); có thể đã mất trang, không xử lý",
        "PDF is damaged or truncated ({detail}); pages may be lost, not processed",
    ),
    "input.pdf_encrypted": (
        "Tệp PDF được mã hóa bằng mật khẩu; hãy gỡ mật khẩu trước khi số hóa",
        "PDF is encrypted with a password; remove the password before digitising",
    ),
    "input.pdf_no_pages": ("Tệp PDF không có trang nào", "PDF has no pages"),
    "input.image_damaged": (
        "Ảnh bị hỏng hoặc bị cắt cụt ({detail})",
        "Image is damaged or truncated ({detail})",
    ),
    "input.low_dpi_rejected": (
        "Trang {page}: độ phân giải {dpi} dpi thấp hơn mức tối thiểu {min_dpi} dpi",
        "Page {page}: resolution {dpi} dpi is below the minimum {min_dpi} dpi",
    ),
    "input.pdfa_impossible": (
        "Không tạo được PDF/A-2b: {detail}. Bỏ --skip-text, hoặc dùng --force-ocr để chuyển trang thành ảnh rồi nhận dạng lại",
        "Cannot produce PDF/A-2b: {detail}. Drop --skip-text, or use --force-ocr to rasterise the pages and OCR them again",
    ),
    # warnings on pages
    "warn.low_dpi": (
        "trang {page}: {dpi} dpi, thấp hơn 200 dpi theo quy định",
        "page {page}: {dpi} dpi, below the required 200 dpi",
    ),
    "warn.dpi_guessed": (
        "trang {page}: ảnh không ghi dpi, ước lượng {dpi} dpi theo khổ A4",
        "page {page}: image has no dpi, estimated {dpi} dpi from A4 size",
    ),
    "warn.grey": ("trang {page}: ảnh xám, quy định yêu cầu ảnh màu", "page {page}: greyscale, colour is required"),
    "warn.bilevel": (
        "trang {page}: ảnh đen trắng, quy định yêu cầu ảnh màu",
        "page {page}: black-and-white, colour is required",
    ),
    "warn.blank": ("trang {page}: trang trắng (giữ lại)", "page {page}: blank page (kept)"),
    "warn.text_layer_redone": (
        "trang {page}: lớp chữ có sẵn không giữ được trong PDF/A-2b, đã nhận dạng lại từ ảnh trang",
        "page {page}: its text layer cannot be kept in PDF/A-2b, so the page was OCR'd again from its image",
    ),
    "warn.text_layer_not_vietnamese": (
        "trang {page}: lớp chữ có sẵn không đọc ra tiếng Việt (thiếu dấu), đã nhận dạng lại từ ảnh trang",
        "page {page}: its text layer does not read as Vietnamese (no diacritics), so the page was OCR'd again",
    ),
    "warn.text_shown_not_vietnamese": (
        "trang {page}: chữ hiện trên trang quét không đọc ra tiếng Việt (bảng mã sai), đã nhận dạng lại từ hình trang",
        "page {page}: the text drawn on this scan does not read as Vietnamese (wrong encoding), so the page was OCR'd "
        "again from what it shows",
    ),
    "warn.text_stamp_on_scan": (
        "trang {page}: chữ có sẵn chỉ là dấu hoặc dòng ghi chú trên ảnh quét, đã nhận dạng cả trang (giữ dấu)",
        "page {page}: its only text is a stamp or note on the scan, so the whole page was OCR'd (stamp kept)",
    ),
    "warn.text_kept": (
        "trang {page}: đã có lớp chữ, không nhận dạng lại",
        "page {page}: already has a text layer, not OCR'd again",
    ),
    "warn.low_confidence": (
        "trang {page}: độ tin cậy nhận dạng thấp ({confidence:.0f}%)",
        "page {page}: low OCR confidence ({confidence:.0f}%)",
    ),
    "warn.encrypted_open": (
        "tệp được mã hóa với mật khẩu rỗng; bản PDF/A tạo ra không mã hóa",
        "file is encrypted with an empty password; the PDF/A produced is not encrypted",
    ),
    "input.page_crashed": (
        "Trang {page}: chương trình xử lý bị dừng đột ngột khi đọc trang này (tệp có thể bị hỏng)",
        "Page {page}: the worker crashed reading this page (the file may be damaged)",
    ),
    "input.duplicate": (
        "Trùng nội dung với {other} (cùng SHA-256); chỉ xử lý một lần",
        "Same content as {other} (same SHA-256); processed once",
    ),
    "report.already_done": ("đã xử lý ở lần chạy trước: {output}", "done by an earlier run: {output}"),
    "output.pdfa_failed": (
        "Kết quả không đạt PDF/A-2b: {detail}",
        "Output does not conform to PDF/A-2b: {detail}",
    ),
    "output.write_failed": ("Không ghi được {path}: {detail}", "Cannot write {path}: {detail}"),
    "output.same_as_input": (
        "Tệp kết quả trùng tệp đầu vào: {path}",
        "Output file is the input file: {path}",
    ),
    # metadata XML
    "xml.invalid": ("Siêu dữ liệu XML không hợp lệ theo lược đồ: {detail}", "Metadata XML does not match the schema: {detail}"),
    "xml.malformed": ("Tệp XML hỏng: {detail}", "Malformed XML: {detail}"),
    "xml.unsafe": (
        "Tệp XML bị từ chối vì chứa khai báo không an toàn ({detail}: thực thể, DTD)",
        "XML refused: it contains an unsafe declaration ({detail}: entities, DTD)",
    ),
    "xml.too_large": (
        "Tệp XML quá lớn ({size} byte, tối đa {limit})",
        "XML file too large ({size} bytes, at most {limit})",
    ),
    # extracted fields
    "field.organ_name": ("Cơ quan ban hành", "Issuing agency"),
    "field.code_number": ("Số", "Number"),
    "field.code_notation": ("Ký hiệu", "Notation"),
    "field.issued_date": ("Ngày ban hành", "Issue date"),
    "field.place": ("Địa danh", "Place"),
    "field.type_name": ("Tên loại văn bản", "Document type"),
    "field.subject": ("Trích yếu", "Subject"),
    "field.signer_position": ("Chức vụ người ký", "Signer's position"),
    "field.signer_full_name": ("Người ký", "Signer"),
    "field.holder_name": ("Người được cấp", "Holder"),
    "field.holder_id": ("Mã số người được cấp", "Holder's identifier"),
    "field.holder_id_type": ("Loại giấy tờ", "Identifier type"),
    "field.valid_until": ("Có giá trị đến", "Valid until"),
    "extract.col_field": ("Trường", "Field"),
    "extract.col_value": ("Giá trị", "Value"),
    "extract.col_confidence": ("Độ tin cậy", "Confidence"),
    "extract.review": ("cần kiểm tra", "check"),
    "extract.summary": ("{count} trường cần văn thư kiểm tra: {fields}", "{count} fields need a clerk's check: {fields}"),
    "extract.all_sure": ("Mọi trường đều đủ tin cậy.", "Every field is above the review threshold."),
    "meta.no_agency": (
        "chưa khai báo cơ quan số hóa (agency_name trong tthc.toml hoặc --agency): chưa ghi siêu dữ liệu XML",
        "no digitising agency configured (agency_name in tthc.toml or --agency): metadata XML not written",
    ),
    "meta.incomplete": (
        "chưa tìm thấy {fields}: chưa ghi siêu dữ liệu XML",
        "{fields} not found: metadata XML not written",
    ),
    "meta.review": ("cần văn thư kiểm tra: {fields}", "for a clerk to check: {fields}"),
    # batch report
    "report.title": ("Tổng kết", "Summary"),
    "report.col_file": ("Tệp", "File"),
    "report.col_status": ("Kết quả", "Result"),
    "report.col_pages": ("Trang", "Pages"),
    "report.col_detail": ("Ghi chú", "Notes"),
    "report.status.done": ("xong", "done"),
    "report.status.skipped": ("bỏ qua (đã xử lý)", "skipped (already done)"),
    "report.status.warned": ("xong, có cảnh báo", "done with warnings"),
    "report.status.failed": ("LỖI", "FAILED"),
    "report.totals": (
        "{done} xong, {skipped} bỏ qua, {warned} có cảnh báo, {failed} lỗi; {pages} trang trong {seconds:.1f} giây",
        "{done} done, {skipped} skipped, {warned} with warnings, {failed} failed; {pages} pages in {seconds:.1f} s",
    ),
    "report.not_loaded": (
        "{count} tệp chưa vào kho (xem ghi chú); mã thoát 6.",
        "{count} files not loaded into the warehouse (see notes); exit code 6.",
    ),
    "report.some_failed": ("Có tệp bị lỗi; chạy lại lệnh sẽ chỉ xử lý phần còn lại.", "Some files failed; running the command again processes only the rest."),
    "progress.files": ("Tệp", "Files"),
    "progress.pages": ("Trang", "Pages"),
    "ocr.done": (
        "Đã tạo {output}: {pages} trang, PDF/A-2b hợp lệ, độ tin cậy trung bình {confidence}",
        "Wrote {output}: {pages} pages, valid PDF/A-2b, mean confidence {confidence}",
    ),
    "demo.step": ("Bước {n}: {what}", "Step {n}: {what}"),
    "demo.ingest": ("số hóa các bản quét mẫu trong {path}", "digitise the sample scans in {path}"),
}



def _merge_catalogues() -> None:
    for info in pkgutil.iter_modules(messages.__path__):
        catalogue = importlib.import_module(f"{messages.__name__}.{info.name}").MESSAGES
        clash = MESSAGES.keys() & catalogue.keys()
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        MESSAGES.update(catalogue)


_merge_catalogues()


def resolve_language(configured: str = "", env: Mapping[str, str] | None = None) -> str:
    """The configured language (``--lang``, ``TTHC_LANG``, ``tthc.toml``) wins, then the locale:
    ``LANG=en_*`` means English, anything else Vietnamese."""
    env = os.environ if env is None else env
    if configured:
        return configured
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "vi"
    return "vi"


_current = "vi"


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def current_language() -> str:
    return _current


def template(key: str, lang: str | None = None) -> str:
    """The message unfilled, for code that fills it in itself (Typer's help strings)."""
    vi, en = MESSAGES[key]
    return en if (lang or _current) == "en" else vi


def tr(key: str, lang: str | None = None, /, **params: object) -> str:
    return template(key, lang).format(**{k: in_words(v, lang) for k, v in params.items()})


def in_words(value: object, lang: str | None = None) -> object:
    """A parameter as it is shown: a Message (a step's name, a failure's detail) put in words in the same
    language, a list of them (the bad rows of a file) as one line; anything else as it is."""
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, (list, tuple)) and value and all(isinstance(m, Message) for m in value):
        return "; ".join(render(m, lang) for m in value)
    return value


@dataclass(frozen=True)
class Message:
    """What to tell the user, in no language yet: results and reports hold these, and only a
    renderer (:func:`render`, or ``str()`` in the current language) picks the words."""
    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def of(cls, item: Message | tuple[str, Mapping[str, object]]) -> Message:
        """A Message from one, or from a ``(key, params)`` pair as older call sites still build."""
        return item if isinstance(item, Message) else cls(item[0], item[1])

    def __iter__(self) -> Iterator:
        # ``key, params = message``: code written for (key, params) pairs keeps working while it moves over
        yield self.key
        yield self.params

    def __str__(self) -> str:
        return render(self)


def message(key: str, /, **params: object) -> Message:
    """``Message(key, params)`` spelled like :func:`tr`, for library code that reports without choosing words."""
    return Message(key, params)


def render(message: Message | tuple[str, Mapping[str, object]], lang: str | None = None) -> str:
    """The message in ``lang`` (default: the language of the current call)."""
    message = Message.of(message)
    return tr(message.key, lang, **message.params)
