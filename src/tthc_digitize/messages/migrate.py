"""Messages of ``tthc migrate`` (the register moved into another database, and the proof)."""

MESSAGES = {
    "migrate.title": ("Chuyển sổ đăng ký sang {url}", "Register moved to {url}"),
    "migrate.col_table": ("Bảng", "Table"),
    "migrate.col_source": ("Số dòng nguồn", "Rows, source"),
    "migrate.col_target": ("Số dòng đích", "Rows, target"),
    "migrate.col_hashes": ("Mã băm từng dòng", "Per-row hashes"),
    "migrate.same": ("khớp", "equal"),
    "migrate.differs": ("{count} dòng khác", "{count} rows differ"),
    "migrate.differing_rows": ("Bảng {table}: các dòng khác nhau (khóa): {keys}", "Table {table}: differing rows (keys): {keys}"),
    "migrate.chain": (
        "Chuỗi nhật ký kiểm toán ở đích: đến seq {seq}, đầu chuỗi {head}…: {verdict}",
        "Audit chain on the target: up to seq {seq}, head {head}…: {verdict}",
    ),
    "migrate.chain_broken": ("KHÔNG khớp nguồn hoặc bị đứt", "NOT the source's, or broken"),
    "migrate.chain_problems": (
        "Chuỗi nhật ký ở đích có {count} chỗ hỏng, đầu tiên: {first}",
        "The target's audit chain has {count} problems, first: {first}",
    ),
    "migrate.anchor_problems": (
        "{count} mốc neo (audit-anchors.jsonl) không khớp chuỗi ở đích: {first}",
        "{count} anchors (audit-anchors.jsonl) do not match the target's chain: {first}",
    ),
    "migrate.done": (
        "Đã chuyển {rows} dòng trong {seconds} giây; hai bên khớp từng dòng. Các đối tượng (tệp) vẫn ở chỗ cũ.",
        "Moved {rows} rows in {seconds} s; both sides equal row by row. The objects (files) stay where they were.",
    ),
    "migrate.already_equal": (
        "Đích đã giống nhau với nguồn ({rows} dòng): không ghi gì thêm.",
        "The target is already equal to the source ({rows} rows): nothing written.",
    ),
    "migrate.set_config": (
        "Để kho dùng sổ đăng ký mới, đặt trong tthc.toml của kho:\n{line}",
        "To have the warehouse use the new register, set in the warehouse's tthc.toml:\n{line}",
    ),
    "migrate.target_not_empty": (
        "Cơ sở dữ liệu đích {url} đã có dữ liệu khác với kho này; không ghi gì. Dùng một cơ sở dữ liệu trống",
        "The target database {url} already holds other data than this warehouse; nothing written. Use an empty database",
    ),
    "migrate.not_equal": (
        "Sau khi chuyển, sổ đăng ký ở {url} KHÔNG khớp nguồn (xem bảng trên); đừng chuyển cấu hình sang nó",
        "After the move the register at {url} does NOT match the source (see the table); do not switch the config to it",
    ),
    "migrate.same_register": (
        "Đích {url} chính là sổ đăng ký đang dùng của kho",
        "The target {url} is the warehouse's current register",
    ),
}
