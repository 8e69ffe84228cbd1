"""The copy and certification registers as printable monthly pages.

When a register is kept in software the rules ask for its pages to be printed and bound each month,
so this renders a month of rows as the paper book looks: a title, the columns of the paper register,
one row per entry, page numbers, and a place for the head of the agency to sign at the end.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from tthc_digitize.doctor import find_font
from tthc_digitize.errors import MissingDependencyError

A4_LANDSCAPE = pymupdf.paper_rect("a4-l")
MARGIN = 36  # points


@dataclass(frozen=True)
class RegisterLayout:
    title: str
    columns: tuple[tuple[str, str], ...]  # (row key, column heading)


COPIES = RegisterLayout(
    "SỔ CẤP BẢN SAO ĐIỆN TỬ TỪ SỔ GỐC",
    (
        ("number", "Số bản sao"),
        ("issued_at", "Ngày cấp"),
        ("requester", "Người yêu cầu, giấy tờ tùy thân"),
        ("relation", "Quan hệ với người được cấp"),
        ("source", "Văn bản gốc (số, ký hiệu, ngày)"),
        ("purpose", "Mục đích"),
        ("official", "Người cấp"),
        ("code", "Mã kiểm tra"),
        ("note", "Ghi chú"),
    ),
)

CERTIFICATIONS = RegisterLayout(
    "SỔ CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH",
    (
        ("number", "Số chứng thực"),
        ("issued_at", "Ngày chứng thực"),
        ("requester", "Người yêu cầu, giấy tờ tùy thân"),
        ("document_title", "Tên giấy tờ, văn bản"),
        ("pages", "Số trang"),
        ("official", "Người thực hiện chứng thực"),
        ("code", "Mã kiểm tra"),
        ("note", "Ghi chú"),
    ),
)

LAYOUTS = {"copies": COPIES, "certifications": CERTIFICATIONS}


def _css(font_dir: Path) -> str:
    return f"""
    @font-face {{ font-family: Tinos; src: url({font_dir / 'Tinos-Regular.ttf'}); }}
    @font-face {{ font-family: Tinos; font-weight: bold; src: url({font_dir / 'Tinos-Bold.ttf'}); }}
    body {{ font-family: Tinos; font-size: 9pt; }}
    h1 {{ font-size: 13pt; text-align: center; margin: 0 0 2pt 0; }}
    p.sub {{ text-align: center; margin: 0 0 8pt 0; }}
    table {{ border-collapse: collapse; width: 100%; }}
    th, td {{ border: 0.5pt solid black; padding: 2pt; vertical-align: top; }}
    th {{ font-weight: bold; text-align: center; }}
    p.sign {{ margin-top: 18pt; text-align: right; }}
    """


def _html(layout: RegisterLayout, agency: str, month: str, rows: list[dict]) -> str:
    esc = html.escape
    year, mon = month.split("-")
    head = "".join(f"<th>{esc(title)}</th>" for _, title in layout.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(str(row.get(key) or ''))}</td>" for key, _ in layout.columns) + "</tr>"
        for row in rows
    ) or f"<tr><td colspan='{len(layout.columns)}'>Không có mục nào trong tháng.</td></tr>"
    return (
        f"<h1>{esc(layout.title)}</h1>"
        f"<p class='sub'>{esc(agency)} — Tháng {int(mon):02d}/{year} — {len(rows)} mục</p>"
        f"<table><tr>{head}</tr>{body}</table>"
        "<p class='sign'>THỦ TRƯỞNG CƠ QUAN<br/>(Ký, ghi rõ họ tên, đóng dấu)</p>"
    )


def render_month(kind: str, agency: str, month: str, rows: list[dict], output: Path) -> int:
    """Write the month's register pages to ``output``; returns the page count."""
    font = find_font("Tinos-Regular.ttf")
    if font is None:
        raise MissingDependencyError("dep.font_missing")
    story = pymupdf.Story(_html(LAYOUTS[kind], agency, month, rows), user_css=_css(font.parent),
                          archive=pymupdf.Archive(str(font.parent)))
    where = A4_LANDSCAPE + (MARGIN, MARGIN, -MARGIN, -MARGIN - 14)
    tmp = output.with_name(output.name + ".tthc-tmp")
    writer = pymupdf.DocumentWriter(str(tmp))
    more = True
    while more:
        device = writer.begin_page(A4_LANDSCAPE)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    with pymupdf.open(tmp) as doc:
        total = doc.page_count
        for i, page in enumerate(doc, 1):
            page.insert_text((A4_LANDSCAPE.width / 2 - 20, A4_LANDSCAPE.height - MARGIN + 6), f"Trang {i}/{total}",
                             fontsize=8, fontname="tinos", fontfile=str(font))
        doc.subset_fonts()
        doc.save(output, garbage=3, deflate=True)
    tmp.unlink()
    return total
