"""Roadmap arithmetic on the hand-made register in roadmap_register.py, with a fixed date."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest
from roadmap_register import DEMAND, ENTRIES, P1, P2, PA, PB, PLAN, RESULTS

from tthc_digitize.errors import ConfigError, UsageError
from tthc_digitize.roadmap.model import (
    Period,
    PlanRow,
    apportion,
    digitised,
    loaded_day,
    inventory,
    periodic_report,
    propose,
    snapshot,
    status,
    year_fraction,
)
from tthc_digitize.roadmap.synthetic import synthetic_source

MID_2024 = date(2024, 7, 1)  # day 183 of the leap year 2024: exactly half of 2024's targets are due
AFTER_DEADLINE = date(2026, 1, 31)


@pytest.fixture
def snap():
    return snapshot(ENTRIES, RESULTS, MID_2024)


def test_validity_as_of_a_date():
    e1, e2, e3, e4, *_ = ENTRIES
    assert e2.valid_on(date(2023, 12, 31)) and not e2.valid_on(date(2024, 1, 1))  # valid until, inclusive
    assert e3.valid_on(date(2022, 1, 31)) and not e3.valid_on(date(2022, 2, 1))  # revoked on that day
    assert e4.valid_on(MID_2024)  # its revocation is still in the future on 1/7/2024
    assert not e1.valid_on(date(2019, 2, 28))  # not issued yet
    assert not ENTRIES[8].valid_on(date(2018, 6, 1))  # "expired" with no date: never counted


def test_snapshot_mid_2024(snap):
    # valid: E1 E4 E5 E6 E7 E10 E11 E12 (E2 expired, E3 revoked, E8 not issued yet, E9 expired)
    assert snap.valid_count == 8
    # digitised: R1, R2, R5 (register says valid), R6 (not in the register, valid status);
    # not R3 (unsigned), R4 (loaded after the date), R7 (revoked), R8 (2026)
    done = digitised(ENTRIES, RESULTS, MID_2024)
    assert sorted(r.result_id for r, _ in done) == ["R1", "R2", "R5", "R6"]
    assert dict((r.result_id, d) for r, d in done)["R5"] == date(2024, 4, 1)  # Vietnamese calendar day
    assert snap.done == Counter((r.unit, r.procedure_code, d) for r, d in done)
    # backlog: E4, E6, E7, E11, E12
    assert snap.backlog_count == 5


def test_a_result_outside_the_register_expires_by_its_own_date():
    r6 = next(r for r in RESULTS if r.result_id == "R6")
    day = loaded_day(r6.loaded_at)
    lapsing = r6._replace(valid_until=day + timedelta(days=10))
    assert [r.result_id for r, _ in digitised(ENTRIES, [lapsing], day + timedelta(days=10))] == ["R6"]  # inclusive
    assert digitised(ENTRIES, [lapsing], day + timedelta(days=11)) == []


def test_inventory_per_unit_procedure_and_year_of_issue(snap):
    rows = {(r.unit, r.procedure_code, r.issued_year): (r.still_valid, r.digitised, r.backlog) for r in inventory(snap)}
    assert rows == {
        (PA, P1, 2019): (1, 1, 0),  # E1
        (PA, P1, 2020): (1, 1, 0),  # E10
        (PA, P2, 2020): (1, 0, 1),  # E4
        (PA, P2, 2023): (2, 0, 2),  # E11, E12
        (PB, P1, 2021): (2, 1, 1),  # E5 done, E6 unsigned
        (PB, P2, 2022): (1, 0, 1),  # E7
    }


def test_inventory_after_the_deadline():
    rows = inventory(snapshot(ENTRIES, RESULTS, AFTER_DEADLINE))
    # E4 revoked on 1/1/2025; E8 issued 9/9/2024 now counts; E7 (R4) and E11 (R8) are digitised now
    assert sum(r.still_valid for r in rows) == 8
    assert sum(r.backlog for r in rows) == 3  # E6, E8, E12


@pytest.mark.parametrize("total, weights, expected", [
    (5, [1, 1], [3, 2]),  # 2.5 + 2.5: the odd one goes to the earlier year
    (10, [1, 1, 1], [4, 3, 3]),
    (7, [5, 3, 2], [4, 2, 1]),  # quotas 3.5, 2.1, 1.4: floors 3+2+1=6, largest remainder .5 gets the 7th
    (0, [1, 2], [0, 0]),
    (3, [0, 0], [2, 1]),  # no weights at all: even
])
def test_apportion(total, weights, expected):
    assert apportion(total, weights) == expected


def test_apportion_always_adds_up():
    rng = random.Random(7)
    for _ in range(500):
        weights = [rng.random() * rng.choice([1, 100]) for _ in range(rng.randint(1, 9))]
        total = rng.randint(0, 10_000)
        shares = apportion(total, weights)
        assert sum(shares) == total and min(shares) >= 0


def test_propose_even_per_unit_and_procedure(snap):
    # remaining years on 1/7/2024 in 2020–2025: 2024, 2025. Backlog cells: (PA,P2) 3, (PB,P1) 1, (PB,P2) 1
    rows = propose(snap, 2020, 2025)
    assert rows == [
        PlanRow(2024, PA, P2, 2), PlanRow(2024, PB, P1, 1), PlanRow(2024, PB, P2, 1),  # 3 -> 2 + 1; 1 -> 1 + 0
        PlanRow(2025, PA, P2, 1),
    ]
    assert sum(r.target for r in rows) == snap.backlog_count == 5


def test_propose_by_unit_and_by_procedure(snap):
    # per unit: PA 3 -> 2 + 1, PB 2 -> 1 + 1 (empty procedure code: "all procedures")
    assert propose(snap, 2020, 2025, by="unit") == [
        PlanRow(2024, PA, "", 2), PlanRow(2024, PB, "", 1), PlanRow(2025, PA, "", 1), PlanRow(2025, PB, "", 1),
    ]
    # per procedure: P1 1 (E6) -> 1 + 0, P2 4 (E4 E7 E11 E12) -> 2 + 2
    assert propose(snap, 2020, 2025, by="procedure") == [
        PlanRow(2024, "", P1, 1), PlanRow(2024, "", P2, 2), PlanRow(2025, "", P2, 2),
    ]


def test_propose_by_demand_puts_the_most_requested_first(snap):
    # yearly capacity: 5 over 2 years -> 3, 2. P2 (10 copies asked) before P1 (3):
    # 2024 takes (PA,P2) 3; 2025 takes (PB,P2) 1 then (PB,P1) 1
    rows = propose(snap, 2020, 2025, weight="demand", demand=DEMAND)
    assert rows == [PlanRow(2024, PA, P2, 3), PlanRow(2025, PB, P1, 1), PlanRow(2025, PB, P2, 1)]
    # the other way round when P1 is the one people ask for
    # 2024: (PB,P1) 1 then (PA,P2) 2 of its 3; 2025: the last (PA,P2) and (PB,P2)
    flipped = propose(snap, 2020, 2025, weight="demand", demand={P1: 50})
    assert flipped == [PlanRow(2024, PA, P2, 2), PlanRow(2024, PB, P1, 1), PlanRow(2025, PA, P2, 1),
                       PlanRow(2025, PB, P2, 1)]


def test_propose_when_the_period_is_over():
    late = snapshot(ENTRIES, RESULTS, AFTER_DEADLINE)
    with pytest.raises(UsageError) as caught:
        propose(late, 2020, 2025)
    assert caught.value.key == "roadmap.period_over"
    # a catch-up plan over 2026–2027 for E12 (PA) and E6, E8 (PB): PA 1 -> 1 + 0, PB 2 -> 1 + 1
    assert propose(late, 2020, 2027, by="unit") == [PlanRow(2026, PA, "", 1), PlanRow(2026, PB, "", 1),
                                                    PlanRow(2027, PB, "", 1)]


def test_year_fraction():
    assert year_fraction(2023, MID_2024) == 1.0
    assert year_fraction(2024, MID_2024) == 183 / 366 == 0.5
    assert year_fraction(2025, MID_2024) == 0.0


def test_status_by_year_computed_by_hand(snap):
    s = status(snap, PLAN, Period(2020, 2025), by="year", window_days=90)
    rows = {r.key: r for r in s.rows}
    assert list(rows) == ["2020", "2021", "2022", "2023", "2024", "2025"]
    # 2023: target 2 + 2 = 4, all due; digitised in 2023: R6 -> 1 of 4 = 25 %, behind
    assert (rows["2023"].target, rows["2023"].expected, rows["2023"].digitised) == (4, 4.0, 1)
    assert rows["2023"].percent == 25.0 and rows["2023"].state == "behind"
    # 2024: target 4 + 2 = 6, half due = 3; digitised in 2024 by 1/7: R5 (1/4), R2 (15/6) = 2 -> 33.3 %, behind
    assert (rows["2024"].target, rows["2024"].expected, rows["2024"].digitised) == (6, 3.0, 2)
    assert rows["2024"].percent == 33.3 and rows["2024"].state == "behind"
    # 2025: target 4, nothing due yet
    assert (rows["2025"].target, rows["2025"].expected, rows["2025"].state) == (4, 0.0, "on_track")
    assert (rows["2021"].digitised, rows["2021"].state) == (1, "no_target")  # R1, no plan that year
    t = s.total
    # the 2019 row is outside the period: target 4 + 6 + 4 = 14, due 4 + 3 = 7, digitised 4 -> 28.6 %
    assert (t.target, t.expected, t.digitised, t.percent, t.state) == (14, 7.0, 4, 28.6, "behind")
    assert (t.still_valid, t.backlog) == (8, 5)
    # recent rate: the 90 days 3/4–1/7/2024 hold R2 only (R5 on 1/4 is just outside) -> 1/90 a day;
    # 14 - 4 = 10 to go -> 900 days -> 1/7/2024 + 365 + 365 + 170 = 18/12/2026
    assert t.rate_per_day == 1 / 90
    assert t.projected == date(2026, 12, 18)
    assert s.overdue is None


def test_status_by_unit_computed_by_hand(snap):
    s = status(snap, PLAN, by="unit", window_days=90)
    rows = {r.key: r for r in s.rows}
    pa, pb = rows[PA], rows[PB]
    # PA: targets 2 (2023) + 4 (2024) + 2 (2025) = 8; due 2 + 4/2 = 4; digitised R1, R5, R6 = 3 -> 37.5 %
    assert (pa.target, pa.expected, pa.digitised, pa.percent, pa.state) == (8, 4.0, 3, 37.5, "behind")
    assert (pa.still_valid, pa.backlog) == (5, 3)  # E1 E4 E10 E11 E12; E4 E11 E12
    assert pa.rate_per_day == 0 and pa.projected is None  # nothing in the last 90 days: no projection
    # PB: 2 + 2 + 2 = 6; due 2 + 2/2 = 3; digitised R2 = 1; rate 1/90; 5 to go -> 450 days -> 24/9/2025
    assert (pb.target, pb.expected, pb.digitised, pb.percent, pb.state) == (6, 3.0, 1, 16.7, "behind")
    assert (pb.still_valid, pb.backlog) == (3, 2)
    assert pb.projected == date(2025, 9, 24)


def test_status_by_procedure_adds_up_to_the_total(snap):
    s = status(snap, PLAN, by="procedure")
    assert sum(r.target for r in s.rows) == s.total.target == 14
    assert sum(r.digitised for r in s.rows) == s.total.digitised == 4


def test_status_on_track_and_done():
    snap = snapshot(ENTRIES, RESULTS, MID_2024)
    easy = [PlanRow(2024, PB, P1, 2)]  # due by 1/7: 1; PB digitised R2 -> on track, 50 %
    row = {r.key: r for r in status(snap, easy, by="unit").rows}[PB]
    assert (row.expected, row.digitised, row.percent, row.state) == (1.0, 1, 50.0, "on_track")
    met = {r.key: r for r in status(snap, [PlanRow(2024, PB, P1, 1)], by="unit").rows}[PB]
    assert met.state == "done" and met.projected is None


def test_overdue_backlog_after_the_deadline():
    s = status(snapshot(ENTRIES, RESULTS, AFTER_DEADLINE), PLAN, by="year", window_days=90)
    # still valid and not digitised on 31/1/2026: E6, E8, E12; digitised after 31/12/2025: R8 (20/1/2026)
    assert (s.overdue.backlog, s.overdue.digitised_after_deadline) == (3, 1)
    # the 90 days 3/11/2025–31/1/2026 hold R8 only: 1/90 a day; 3 left -> 270 days -> 28/10/2026
    assert s.overdue.projected == date(2026, 10, 28)
    assert [r.key for r in s.years][-1] == "2026"  # the chart shows the catch-up year too
    assert s.as_dict()["overdue"] == {"backlog": 3, "digitised_after_deadline": 1, "projected_completion": "2026-10-28"}


def test_cumulative_curve(snap):
    s = status(snap, PLAN)
    points = dict(s.cumulative)
    assert points[date(2020, 1, 1)] == 0
    assert points[date(2021, 5, 31)] == 1  # R1
    assert points[date(2023, 3, 31)] == 2  # + R6
    assert points[date(2024, 4, 30)] == 3  # + R5
    assert s.cumulative[-1] == (MID_2024, 4)  # + R2, the last point is the date itself


def test_periodic_report_quarter_and_month():
    q2 = periodic_report(snapshot(ENTRIES, RESULTS, date(2024, 6, 30)), PLAN, "quarter")
    assert q2["period"] == {"kind": "quarter", "label": "2024-Q2", "start": "2024-04-01", "end": "2024-06-30",
                            "complete": True}
    units = {u["unit"]: u for u in q2["units"]}
    # Q2 2024: R5 (1/4, PA — 20:00 UTC on 31/3 is already April in Vietnam), R2 (15/6, PB)
    assert units[PA]["digitised_in_period"] == 1 and units[PB]["digitised_in_period"] == 1
    assert units[PA]["digitised_cumulative"] == 3 and units[PA]["target"] == 8
    assert units[PA]["percent_of_target"] == 37.5
    assert q2["totals"] == {"digitised_in_period": 2, "digitised_cumulative": 4, "target": 14,
                            "percent_of_target": 28.6, "still_valid": 8, "backlog": 5}
    june = periodic_report(snapshot(ENTRIES, RESULTS, date(2024, 6, 20)), PLAN, "month")
    assert june["period"]["label"] == "2024-06" and june["period"]["complete"] is False
    assert june["totals"]["digitised_in_period"] == 1  # R2; R3 (20/6) is not signed
    assert set(june) == {"report", "version", "as_of", "period", "roadmap", "totals", "units"}


def test_bad_period_and_window():
    with pytest.raises(ConfigError):
        Period(2026, 2025)
    with pytest.raises(ConfigError):
        status(snapshot(ENTRIES, RESULTS, MID_2024), PLAN, window_days=0)


@pytest.fixture(scope="module")
def big():
    src = synthetic_source(entries=20_000, results=9_000, as_of=date(2024, 9, 30), seed=11)
    return src, snapshot(src.master_entries(), src.digitised(), date(2024, 9, 30))


@pytest.mark.parametrize("by", [None, "unit", "procedure"])
@pytest.mark.parametrize("weight", ["even", "demand"])
def test_proposal_totals_equal_the_backlog_on_a_big_register(big, by, weight):
    src, snap = big
    rows = propose(snap, 2020, 2025, by=by, weight=weight, demand=src.copy_demand())
    assert sum(r.target for r in rows) == snap.backlog_count > 1000
    assert {r.year for r in rows} == {2024, 2025}
    # every group gets exactly its own backlog
    def group(unit, code):
        return (unit if by != "procedure" else "", code if by != "unit" else "")
    planned, waiting = Counter(), Counter()
    for r in rows:
        planned[(r.unit, r.procedure_code)] += r.target
    for (unit, code, _), n in snap.backlog.items():
        waiting[group(unit, code)] += n
    assert planned == waiting
    per_year = Counter()
    for r in rows:
        per_year[r.year] += r.target
    if weight == "demand":  # the years share the work evenly (the odd one to the earlier year)
        assert per_year[2024] - per_year[2025] in (0, 1)
        # and the most requested procedure is done first: nothing of it is left for 2025
        top = max(src.copy_demand(), key=src.copy_demand().get)
        assert not [r for r in rows if r.year == 2025 and r.procedure_code == top]


def test_status_rows_add_up_on_a_big_register(big):
    src, snap = big
    rows = inventory(snap)
    assert sum(r.still_valid for r in rows) == snap.valid_count
    assert sum(r.backlog for r in rows) == snap.backlog_count
    for by in ("unit", "procedure", "year"):
        s = status(snap, src.plans(), by=by)
        assert sum(r.target for r in s.rows) == s.total.target
        assert sum(r.expected for r in s.rows) == pytest.approx(s.total.expected)
        if by != "year":  # year rows cover the roadmap years only: results loaded before 2020 are in the total
            assert sum(r.digitised for r in s.rows) == s.total.digitised
            assert sum(r.backlog for r in s.rows) == s.total.backlog
