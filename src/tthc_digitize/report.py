"""The batch report: what happened to each file, and the exit code that follows from it.

Outcomes hold :class:`~tthc_digitize.i18n.Message` values; words are chosen only here, when rendered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tthc_digitize.errors import ExitCode
from tthc_digitize.i18n import Message, render

if TYPE_CHECKING:  # only a type here: rendering a report must not load the OCR stack
    from tthc_digitize.pipeline import FileOutcome


@dataclass
class Report:
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def pages(self) -> int:
        return sum(len(o.pages) for o in self.outcomes if o.status != "skipped")

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.some_failed if self.count("failed") or self.not_loaded else ExitCode.ok

    @property
    def not_loaded(self) -> int:
        """Files ``--load`` left out of the warehouse: a cron job must see them in the exit code."""
        return sum(1 for o in self.outcomes if o.loaded is False)

    def totals(self) -> dict[str, int | float]:
        return {
            "done": self.count("done"),
            "skipped": self.count("skipped"),
            "warned": self.count("warned"),
            "failed": self.count("failed"),
            "pages": self.pages,
            "seconds": round(self.seconds, 2),
        }

    def to_dict(self, lang: str) -> dict:
        return {
            "files": [outcome_dict(o, lang) for o in self.outcomes],
            "totals": self.totals(),
            "exit_code": int(self.exit_code),
        }


def message(item: Message | tuple[str, dict] | None, lang: str) -> str | None:
    return None if item is None else render(item, lang)


def _code(item: Message | tuple[str, dict] | None) -> str | None:
    return None if item is None else Message.of(item).key


def outcome_dict(o: FileOutcome, lang: str) -> dict:
    return {
        "path": str(o.path),
        "output": str(o.output) if o.output else None,
        "status": o.status,
        "reason": message(o.error, lang),
        "reason_code": _code(o.error),
        "reason_exit_code": int(o.exit_code) if o.exit_code is not None else None,
        "sha256": o.source.sha256 if o.source else None,
        "warnings": [message(w, lang) for w in o.warnings],
        "seconds": round(o.seconds, 2),
        "metadata": str(o.metadata) if o.metadata else None,
        "needs_review": o.needs_review,
        "loaded": o.loaded,
        "load_reason": message(o.load_reason, lang),
        "load_reason_code": _code(o.load_reason),
        "missing_fields": _missing_fields(o.load_reason),
        "pages": [
            {
                "page": p.number,
                "action": p.action,
                "dpi": p.dpi or None,
                "colour": p.colour or None,
                "blank": p.blank,
                "rotation": p.rotation,
                "skew": p.skew,
                "confidence": p.confidence,
                "words": p.words,
                "seconds": round(p.seconds, 2),
            }
            for p in o.pages
        ],
    }


def _missing_fields(reason: Message | tuple[str, dict] | None) -> list[str]:
    return list(Message.of(reason).params.get("names", ())) if reason else []


def grouped_warnings(warnings: list[Message | tuple[str, dict]], lang: str) -> list[str]:
    """One line per kind of warning: "trang 1, 2, 3: ảnh xám …" rather than three lines."""
    groups: dict[tuple, list] = {}
    for key, params in map(Message.of, warnings):
        rest = tuple(sorted((k, v) for k, v in params.items() if k != "page"))
        groups.setdefault((key, rest), []).append(params.get("page"))
    lines = []
    for (key, rest), pages in groups.items():
        params = dict(rest)
        if any(p is not None for p in pages):
            params["page"] = ", ".join(str(p) for p in pages)
        lines.append(render(Message(key, params), lang))
    return lines
