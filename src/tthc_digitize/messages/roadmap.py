"""Roadmap messages (lộ trình số hóa): plans, progress, chart and report labels."""

MESSAGES = {
    # errors
    "roadmap.bad_record": (
        "Dữ liệu trong kho không đọc được: {field}={value}",
        "Unreadable warehouse data: {field}={value}",
    ),
    "roadmap.bad_period": (
        "Giai đoạn lộ trình không hợp lệ: {start}–{end} (năm đầu phải không sau năm cuối)",
        "Invalid roadmap period: {start}–{end} (the first year must not be after the last)",
    ),
    "roadmap.bad_window": (
        "Khoảng tính tốc độ gần đây phải từ 1 ngày trở lên (đang là {days})",
        "The recent-rate window must be at least 1 day (it is {days})",
    ),
    "roadmap.bad_years": ("--from {start} sau --to {end}", "--from {start} is after --to {end}"),
    "roadmap.period_over": (
        "Giai đoạn đến năm {end} đã qua (nay là năm {year}); chọn --to {year} trở đi để lập kế hoạch cho phần tồn đọng.",
        "The period up to {end} is over (it is now {year}); choose --to {year} or later to plan the backlog.",
    ),
    "roadmap.bad_date": (
        "Ngày không hợp lệ: {value} (dùng YYYY-MM-DD hoặc dd/mm/yyyy)",
        "Invalid date: {value} (use YYYY-MM-DD or dd/mm/yyyy)",
    ),
    "roadmap.plan_empty": ("Tệp kế hoạch không có dòng nào", "The plan file has no rows"),
    "roadmap.plan_columns": (
        "Tệp kế hoạch thiếu cột {missing} (có: {found}); cần year,unit,procedure_code,target hoặc Năm,Đơn vị,Mã TTHC,Chỉ tiêu",
        "The plan file lacks column(s) {missing} (found: {found}); year,unit,procedure_code,target or Năm,Đơn vị,Mã TTHC,Chỉ tiêu needed",
    ),
    "roadmap.plan_bad_rows": (
        "Tệp kế hoạch có {count} dòng lỗi, chưa nhập gì: {lines}{more}",
        "The plan file has {count} bad row(s); nothing imported: {lines}{more}",
    ),
    "roadmap.plan_bad_year": ("dòng {line}: năm {value!r} không hợp lệ", "line {line}: invalid year {value!r}"),
    "roadmap.plan_bad_target": (
        "dòng {line}: chỉ tiêu {value!r} phải là số nguyên không âm",
        "line {line}: target {value!r} must be a whole number, 0 or more",
    ),
    "roadmap.plan_duplicate": (
        "dòng {line}: trùng năm, đơn vị, thủ tục với dòng {first}",
        "line {line}: same year, unit and procedure as line {first}",
    ),
    "roadmap.plan_unreadable": ("Không đọc được {path}: {detail}", "Cannot read {path}: {detail}"),
    "roadmap.plan_not_utf8": (
        "{path} không phải văn bản UTF-8; hãy lưu lại dạng “CSV UTF-8”",
        "{path} is not UTF-8 text; save it again as “CSV UTF-8”",
    ),
    # results
    "roadmap.imported": (
        "Đã nhập kế hoạch từ {path}: {rows} dòng, tổng chỉ tiêu {total}",
        "Imported the plan from {path}: {rows} rows, {total} in all",
    ),
    "roadmap.rows_outside": (
        "{count} dòng ngoài giai đoạn {start}–{end}: đã lưu nhưng không tính vào tiến độ (xem [roadmap] trong tthc.toml)",
        "{count} row(s) outside {start}–{end}: stored, but not counted in progress (see [roadmap] in tthc.toml)",
    ),
    "roadmap.proposed": (
        "Đã ghi đề xuất vào {path}: {rows} dòng, tổng chỉ tiêu bằng phần tồn đọng {backlog}. Sửa nếu cần rồi nhập bằng `tthc roadmap plan import`.",
        "Wrote the proposal to {path}: {rows} rows, adding up to the backlog of {backlog}. Edit it if needed, then `tthc roadmap plan import` it.",
    ),
    "roadmap.proposal_title": ("Đề xuất kế hoạch (cách chia: {weight})", "Proposed plan (weighting: {weight})"),
    "roadmap.wrote": ("Đã ghi {path}", "Wrote {path}"),
    "roadmap.status_title": (
        "Tiến độ lộ trình số hóa {start}–{end} đến ngày {date} (tốc độ {days} ngày gần nhất)",
        "Digitisation roadmap {start}–{end} as of {date} (rate over the last {days} days)",
    ),
    "roadmap.report_title": (
        "Báo cáo số hóa kỳ {label} (từ {start} đến {date})",
        "Digitisation report for {label} ({start} to {date})",
    ),
    "roadmap.total": ("Tổng cộng", "Total"),
    "roadmap.all": ("(chung)", "(all)"),
    "roadmap.overdue": ("Quá hạn (sau {date})", "Overdue (after {date})"),
    "roadmap.overdue_left": ("còn {count}, dự kiến xong {date}", "{count} left, done by {date}"),
    "roadmap.inventory_title": (
        "Kiểm kê kết quả còn hiệu lực đến ngày {date}",
        "Still-valid results as of {date}",
    ),
    "roadmap.col.procedure_code": ("Mã TTHC", "Procedure"),
    "roadmap.col.issued_year": ("Năm cấp", "Year of issue"),
    "roadmap.col.year": ("Năm", "Year"),
    "roadmap.col.unit": ("Đơn vị", "Unit"),
    "roadmap.col.procedure": ("Mã TTHC", "Procedure"),
    "roadmap.col.target": ("Chỉ tiêu", "Target"),
    "roadmap.col.expected": ("Cần đạt", "Due"),
    "roadmap.col.digitised": ("Đã số hóa", "Digitised"),
    "roadmap.col.percent": ("Tỷ lệ", "Share"),
    "roadmap.col.state": ("Tình trạng", "State"),
    "roadmap.col.still_valid": ("Còn hiệu lực", "Still valid"),
    "roadmap.col.backlog": ("Chưa số hóa", "Backlog"),
    "roadmap.col.projected": ("Dự kiến xong", "Projected completion"),
    "roadmap.col.in_period": ("Trong kỳ", "In period"),
    "roadmap.col.cumulative": ("Lũy kế", "Cumulative"),
    "roadmap.state.done": ("đã đạt", "reached"),
    "roadmap.state.on_track": ("đúng tiến độ", "on track"),
    "roadmap.state.behind": ("chậm tiến độ", "behind"),
    "roadmap.state.no_target": ("chưa giao", "no target"),
    "roadmap.state.overdue": ("quá hạn", "overdue"),
    # chart and HTML
    "roadmap.chart.title": (
        "Lộ trình số hóa {start}–{end}: kế hoạch và thực hiện (đến {date})",
        "Digitisation roadmap {start}–{end}: planned and done (as of {date})",
    ),
    "roadmap.chart.planned": ("Kế hoạch trong năm", "Planned in the year"),
    "roadmap.chart.done": ("Đã số hóa trong năm", "Digitised in the year"),
    "roadmap.chart.per_year": ("Số kết quả mỗi năm", "Results per year"),
    "roadmap.chart.cumulative": ("Lũy kế đã số hóa", "Digitised so far"),
    "roadmap.chart.planned_cumulative": ("Lũy kế theo kế hoạch", "Planned so far"),
    "roadmap.chart.cumulative_axis": ("Lũy kế", "Cumulative"),
    "roadmap.chart.projection": (
        "Dự báo theo tốc độ {days} ngày gần nhất ({rate}/ngày): xong ngày {date}",
        "Projection at the last {days} days' rate ({rate}/day): done on {date}",
    ),
    "roadmap.chart.no_rate": (
        "Không có kết quả nào được số hóa trong {days} ngày gần nhất: chưa dự báo được",
        "Nothing digitised in the {days}-day window: no projection",
    ),
    "roadmap.chart.goal": ("Đích: đã số hóa + chưa số hóa còn hiệu lực ({count})", "Goal: digitised + still-valid backlog ({count})"),
    "roadmap.chart.deadline": ("Hạn {date}", "Deadline {date}"),
    "roadmap.chart.as_of": ("Ngày tính {date}", "As of {date}"),
    "roadmap.chart.alt": ("Biểu đồ kế hoạch và thực hiện số hóa", "Chart of planned and done digitisation"),
    "roadmap.html.meta": ("Cơ quan: {agency}. Số liệu tính đến hết ngày {date}.", "Agency: {agency}. Figures up to the end of {date}."),
    "roadmap.html.note": (
        "Đã số hóa = đã nạp vào kho, đã ký số và còn hiệu lực. Cần đạt = chỉ tiêu các năm đã qua cộng phần của năm nay tính theo ngày. Tạo bởi tthc-digitize.",
        "Digitised = loaded into the warehouse, signed and still valid. Due = past years' targets plus this year's share by day. Made by tthc-digitize.",
    ),
}
