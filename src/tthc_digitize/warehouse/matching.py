"""Matching master-register entries (sổ gốc) to digitised results, and what a revoked entry does.

Number + date (and the notation when both sides have one) first, then the folded holder name among
results of the same date or the same number. A revoked entry revokes its matched result. Everything
here runs inside the caller's register transaction and speaks only to the register's ports.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from tthc_digitize.text import fold
from tthc_digitize.warehouse.events import now
from tthc_digitize.warehouse.repository import Repository

FUZZY_THRESHOLD = 0.85


def _same_notation(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return fold(a).replace(" ", "") == fold(b).replace(" ", "")


def _candidates(repo: Repository, entry: dict[str, Any]) -> tuple[str, int] | None:
    """(method, result id) of the best unmatched result for a register entry, or None."""
    exact = [r for r in repo.find_results(code_number=entry["code_number"], issued_date=entry["issued_date"])
             if _same_notation(r["code_notation"], entry.get("code_notation")) and _free(repo, r["id"])]
    if len(exact) == 1:
        return "exact", exact[0]["id"]
    holder = fold(entry.get("holder_name") or "")
    if not holder:
        return None
    pool = {r["id"]: r for r in repo.find_results(issued_date=entry["issued_date"])}
    pool.update({r["id"]: r for r in repo.find_results(code_number=entry["code_number"])})
    scored = sorted(
        ((SequenceMatcher(None, holder, fold(r["holder_name"] or "")).ratio(), rid) for rid, r in pool.items()
         if _free(repo, rid)),
        reverse=True,
    )
    if scored and scored[0][0] >= FUZZY_THRESHOLD and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return "fuzzy", scored[0][1]
    return None


def _free(repo: Repository, result_id: int) -> bool:
    """The result is not yet matched to a register entry."""
    return repo.entry_for_result(result_id) is None


def match_all(repo: Repository) -> int:
    """Match every unmatched entry; inside the caller's transaction. Returns how many matched."""
    matched = 0
    for entry in repo.unmatched_entries():
        found = _candidates(repo, entry)
        if found:
            method, result_id = found
            repo.set_match(entry["id"], result_id, method)
            matched += 1
    return matched


def match_result(repo: Repository, result_id: int) -> None:
    """A newly loaded result against the unmatched entries of its number or date (inside a transaction)."""
    result = repo.get_result(result_id)
    if result is None or not _free(repo, result_id):
        return
    for entry in repo.unmatched_entries_near(result["code_number"], result["issued_date"]):
        found = _candidates(repo, entry)
        if found and found[1] == result_id:
            repo.set_match(entry["id"], result_id, found[0])
            propagate_status(repo, entry["id"], result["loaded_by"] or "tthc")
            return


def propagate_status(repo: Repository, entry_id: int, actor: str) -> None:
    """A revoked register entry revokes its matched result (once, with an event on the object)."""
    entry = repo.master_entry(entry_id)
    if not entry or entry["status"] != "revoked" or not entry["matched_result_id"]:
        return
    result = repo.get_result(entry["matched_result_id"])
    if result and result["status"] != "revoked":
        repo.update_result(result["id"], {"status": "revoked", "updated_at": now()})
        repo.record_event("revoked", result["object_id"], {
            "register_entry": entry_id, "revoked_on": entry["revoked_on"], "reason": entry["revoked_reason"]}, actor, now())
