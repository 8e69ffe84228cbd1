"""A small synthetic master register, results and plan whose figures the roadmap tests work out by hand.

Units PA, PB; procedures P1, P2. Read the comments as the register's story; the tests re-derive
every count from them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tthc_digitize.roadmap.model import Digitised, MasterEntry, PlanRow
from tthc_digitize.roadmap.source import MemorySource

PA, PB = "Phòng Tài nguyên nước", "Phòng Đất đai"
P1, P2 = "1.004227", "2.000815"
VN = timezone(timedelta(hours=7))

ENTRIES = [
    MasterEntry(PA, P1, date(2019, 3, 1), matched_result_id="R1"),                      # E1 digitised (R1)
    MasterEntry(PA, P1, date(2019, 6, 1), valid_until=date(2023, 12, 31)),              # E2 expired end 2023
    MasterEntry(PA, P2, date(2020, 1, 15), status="revoked", revoked_on=date(2022, 2, 1)),  # E3 revoked 2022
    MasterEntry(PA, P2, date(2020, 5, 5), status="revoked", revoked_on=date(2025, 1, 1)),   # E4 revoked 2025
    MasterEntry(PB, P1, date(2021, 2, 2), matched_result_id="R2"),                      # E5 digitised (R2)
    MasterEntry(PB, P1, date(2021, 3, 3), matched_result_id="R3"),                      # E6 loaded, never signed
    MasterEntry(PB, P2, date(2022, 4, 4), matched_result_id="R4"),                      # E7 loaded 1/8/2024
    MasterEntry(PB, P2, date(2024, 9, 9)),                                              # E8 issued 9/9/2024
    MasterEntry(PB, P2, date(2018, 1, 1), status="expired"),                            # E9 expired, date unknown
    MasterEntry(PA, P1, date(2020, 10, 10), matched_result_id="R5"),                    # E10 digitised (R5)
    MasterEntry(PA, P2, date(2023, 1, 1), matched_result_id="R8"),                      # E11 loaded Jan 2026
    MasterEntry(PA, P2, date(2023, 2, 2)),                                              # E12 never digitised
]

RESULTS = [
    Digitised("R1", PA, P1, date(2019, 3, 1), datetime(2021, 5, 10, 9, 0, tzinfo=VN), True),
    Digitised("R2", PB, P1, date(2021, 2, 2), datetime(2024, 6, 15, 10, 0, tzinfo=VN), True),
    Digitised("R3", PB, P1, date(2021, 3, 3), datetime(2024, 6, 20, 10, 0, tzinfo=VN), False),
    Digitised("R4", PB, P2, date(2022, 4, 4), datetime(2024, 8, 1, 10, 0, tzinfo=VN), True),
    # 31/3/2024 20:00 UTC is 1/4/2024 03:00 in Vietnam: the day that counts is 1/4
    Digitised("R5", PA, P1, date(2020, 10, 10), datetime(2024, 3, 31, 20, 0, tzinfo=timezone.utc), True,
              status="revoked"),  # the register says valid, and the register decides
    Digitised("R6", PA, P2, date(2019, 1, 1), date(2023, 3, 3), True),  # not in the register, valid
    Digitised("R7", PA, P2, date(2019, 1, 1), date(2023, 3, 4), True, status="revoked"),  # not in it, revoked
    Digitised("R8", PA, P2, date(2023, 1, 1), datetime(2026, 1, 20, 8, 0, tzinfo=VN), True),
]

PLAN = [
    PlanRow(2019, PA, P1, 5),  # outside 2020–2025: ignored
    PlanRow(2023, PA, P1, 2),
    PlanRow(2023, PB, P1, 2),
    PlanRow(2024, PA, P2, 4),
    PlanRow(2024, PB, P2, 2),
    PlanRow(2025, PA, P2, 2),
    PlanRow(2025, PB, P1, 2),
]

DEMAND = {P2: 10, P1: 3}


def source() -> MemorySource:
    return MemorySource(ENTRIES, RESULTS, PLAN, DEMAND)
