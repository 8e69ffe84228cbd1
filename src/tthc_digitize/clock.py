"""The one clock the tool reads (domain core: no I/O).

Vietnamese legal times are written in +07:00 whatever the server's zone. ``TTHC_NOW`` (ISO 8601) fixes
the clock for tests and year-end drills — copy and certification numbers restart on 1 January, and
that must be checkable without waiting for it.

Every time the tool records (register rows, audit events, OCFL inventories, conversion marks, copy
numbers, review logs, batch ids, the status of a result "today") comes from here; a test walks ``src/``
for other reads of the wall clock, allowed only on a line saying ``# wall clock: <why>``. Times made by
others stay real even in a drill: the signature's own signing time (pyHanko), TSA tokens, and the
freshness of OCSP/CRL answers in chain validation — those are checked against outside clocks.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "ICT")


def now() -> datetime:
    fixed = os.environ.get("TTHC_NOW")
    if fixed:
        moment = datetime.fromisoformat(fixed)
        return (moment if moment.tzinfo else moment.replace(tzinfo=VN_TZ)).astimezone(VN_TZ)
    return datetime.now(VN_TZ).replace(microsecond=0)


def today() -> date:
    """Vietnam's date now (``TTHC_NOW`` when set)."""
    return now().date()


def iso(moment: datetime) -> str:
    """``2023-10-19T10:56:22+07:00``: the form stamps and registers use."""
    return moment.astimezone(VN_TZ).replace(microsecond=0).isoformat()


def vn_date(moment) -> str:
    """``ngày 19 tháng 10 năm 2023``: the date line of Vietnamese documents."""
    return f"ngày {moment.day:02d} tháng {moment.month:02d} năm {moment.year}"
