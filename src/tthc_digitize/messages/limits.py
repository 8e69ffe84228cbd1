"""Messages of the input limits, disk faults and file permissions (issue 16)."""

MESSAGES = {
    # intake limits: one line, the file's own failure, the batch goes on
    "input.too_many_pixels": (
        "Ảnh quá lớn: {megapixels} triệu điểm ảnh ({width}×{height}), vượt giới hạn {limit} triệu (ocr.max_pixels); "
        "có thể là ảnh độc hại (decompression bomb)",
        "Image too large: {megapixels} megapixels ({width}×{height}), over the limit of {limit} (ocr.max_pixels); "
        "possibly a decompression bomb",
    ),
    "input.too_many_pages": (
        "Tệp có {pages} trang, vượt giới hạn {limit} trang (--max-pages, mặc định {default}); chia nhỏ tệp hoặc nâng giới hạn",
        "File has {pages} pages, over the limit of {limit} (--max-pages, default {default}); split it or raise the limit",
    ),
    "input.image_too_small": (
        "Ảnh quá nhỏ: {width}×{height} điểm ảnh, cạnh ngắn dưới {limit} (ocr.min_side); không phải bản quét trang giấy",
        "Image too small: {width}×{height} pixels, shortest side under {limit} (ocr.min_side); not a scanned page",
    ),
    "input.unexpected": (
        "Lỗi không lường trước khi xử lý tệp này ({detail}); các tệp khác vẫn được xử lý",
        "Unexpected error while processing this file ({detail}); the other files go on",
    ),
    # disk faults and read-only media
    "output.disk_full": (
        "Ổ đĩa đầy (hoặc hết hạn mức) khi ghi {path}: giải phóng chỗ trống rồi chạy lại; dữ liệu đã ghi trước đó vẫn nguyên vẹn",
        "Disk full (or quota exceeded) writing {path}: free some space and run again; data written before is intact",
    ),
    "output.read_only": (
        "Không ghi được vào {path}: thư mục hoặc ổ đĩa chỉ đọc (hoặc không có quyền ghi) — {detail}",
        "Cannot write to {path}: the folder or disk is read-only (or not writable) — {detail}",
    ),
    "warehouse.read_only": (
        "Kho {path} đang ở chế độ chỉ đọc (bản sao lưu hoặc ổ chỉ đọc): lệnh này cần ghi nên không chạy; "
        "các lệnh đọc (search, show, audit, roadmap) vẫn dùng được",
        "Warehouse {path} is read-only (a backup or read-only mount): this command writes, so it does not run; "
        "read commands (search, show, audit, roadmap) still work",
    ),
    # CSV and search bounds
    "csv.cell_too_long": (
        "Ô dài {size} ký tự, vượt giới hạn {limit}; bỏ qua dòng này",
        "A cell of {size} characters, over the limit of {limit}; row skipped",
    ),
    "search.query_too_long": (
        "Câu tìm kiếm dài {size} ký tự, vượt giới hạn {limit}; hãy rút gọn",
        "Search query of {size} characters, over the limit of {limit}; shorten it",
    ),
    "search.too_many_terms": (
        "Câu tìm kiếm có {terms} từ, vượt giới hạn {limit} từ; hãy bớt từ",
        "Search query has {terms} terms, over the limit of {limit}; use fewer",
    ),
}
