"""A one-file HTML report an office can mail around: the table and the chart, nothing fetched."""

from __future__ import annotations

import base64
from html import escape

from tthc_digitize.i18n import current_language, tr
from tthc_digitize.roadmap.model import Status
from tthc_digitize.roadmap.table import status_table

_STYLE = """
body { font-family: "Tinos", "Times New Roman", "DejaVu Serif", serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; margin-bottom: .2em; }
p.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 1em 0; font-size: .95em; }
th, td { border: 1px solid #bbb; padding: .3em .6em; }
th { background: #e8eef6; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #f4f4f4; }
tr.overdue td { font-weight: bold; color: #a50f15; background: #fde0dd; }
td.behind, td.late { color: #a50f15; } td.on_track, td.done { color: #006d2c; }
img { max-width: 100%; border: 1px solid #ddd; }
"""


def status_html(status: Status, chart_png: bytes | None, agency: str = "") -> str:
    table = status_table(status)
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    body = []
    for line in table.lines:
        cells = []
        for i, text in enumerate(line.cells):
            css = "n" if i in table.numeric else line.state if i == table.state_column else ""
            if line.late and i == table.projected_column:
                css = "late"
            cells.append(f'<td class="{css}">{escape(text)}</td>' if css else f"<td>{escape(text)}</td>")
        body.append(f'<tr class="{line.kind}">{"".join(cells)}</tr>')
    chart = ""
    if chart_png:
        data = base64.b64encode(chart_png).decode("ascii")
        chart = f'<p><img alt="{escape(tr("roadmap.chart.alt"))}" src="data:image/png;base64,{data}"></p>'
    meta = escape(tr("roadmap.html.meta", agency=agency or "—", date=status.as_of.strftime("%d/%m/%Y")))
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(table.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(table.title)}</h1>\n<p class=\"meta\">{meta}</p>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>\n"
        f"{chart}\n<p class=\"meta\">{escape(tr('roadmap.html.note'))}</p>\n</body>\n</html>\n"
    )
