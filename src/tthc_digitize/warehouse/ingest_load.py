"""``tthc ingest --load``: each finished result goes into the warehouse, and its outcome says whether
it did and, when not, why and what the clerk does next.

A result without its XML record is not loaded; the reason is the one the metadata step gave (the
required fields not found, or no digitising agency), so a cron job's JSON names the fields rather
than a generic "metadata missing".
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from tthc_digitize.errors import TthcError
from tthc_digitize.metadata.build import incomplete
from tthc_digitize.pipeline import FileOutcome
from tthc_digitize.review import results
from tthc_digitize.review.log import result_id
from tthc_digitize.warehouse.load import load_result, new_batch
from tthc_digitize.warehouse.service import Warehouse

# why the metadata step wrote no XML (batch._metadata), most telling first
_NO_RECORD = ("meta.incomplete", "meta.no_agency")


class IngestLoader:
    """Called for every file whose output is there; the register connection lives as long as the
    command (every write is committed when the call returns)."""

    def __init__(self, wh: Warehouse, out_dir: Path) -> None:
        self.wh, self.out_dir = wh, out_dir
        self.batch = new_batch()

    def __call__(self, outcome: FileOutcome) -> None:
        if outcome.output is None:
            return
        why = self._why_no_record(outcome)
        if why is not None:
            self._not_loaded(outcome, why)
            return
        loaded = load_result(self.wh, outcome.output, self.batch)
        if loaded.status in ("loaded", "already"):
            outcome.loaded = True
            outcome.warnings.append(loaded.message)
        else:
            self._not_loaded(outcome, loaded.message)

    def _why_no_record(self, outcome: FileOutcome) -> tuple[str, dict] | None:
        if outcome.output.with_suffix(".xml").is_file():
            return None
        for key in _NO_RECORD:
            for warning in outcome.warnings:
                if warning[0] == key:
                    return warning
        try:  # an earlier run's output: what the clerk's review left missing
            current = results.result(self.out_dir, result_id(self.out_dir, outcome.output))
        except TthcError:
            return None  # no fields file either: load_result names what is missing
        return incomplete({name: f.value for name, f in current.fields.items()}) or (
            None if current.data.conversion.agency else ("meta.no_agency", {}))

    def _not_loaded(self, outcome: FileOutcome, why: tuple[str, dict]) -> None:
        rid = result_id(self.out_dir, outcome.output)
        outcome.loaded, outcome.load_reason = False, why
        outcome.warnings.append(("warehouse.ingest_not_loaded", {"out": str(self.out_dir), "id": rid}))


@contextmanager
def ingest_loading(open_wh: Callable[[], Warehouse], out_dir: Path) -> Iterator[IngestLoader]:
    """``tthc ingest --load``'s callback on a warehouse open for the whole run, closed (and its audit
    chain anchored, as ``tthc load`` does) when the run ends."""
    with open_wh() as wh:
        yield IngestLoader(wh, out_dir)
