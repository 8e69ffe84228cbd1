"""The clerk's review of an ingest output folder: flagged fields, corrections, the audit trail.

A result's ID is its PDF's path in the folder without ``.pdf``. Fields as found stay in
``NAME.fields.json``; every correction is appended to ``.tthc/review.jsonl`` and the XML record is
rebuilt from the two, validated, and replaced atomically."""

from tthc_digitize.review.log import review_history

__all__ = ["review_history"]
