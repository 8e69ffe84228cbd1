"""Search on the SQLite register beyond the contract: the holder-name index of older warehouses, and how a
bounded set of matches is ranked (rank_matches)."""

from __future__ import annotations

from tthc_digitize.warehouse.sqlite_register import SqliteRegister, rank_matches


def _row(n: int, holder: str) -> dict:
    return {"object_id": f"o/{n}", "object_version": "v1", "code_number": str(n), "issued_date": "2020-01-05",
            "subject": "Giấy phép xả nước thải", "holder_name": holder, "signer_full_name": "Nguyễn Văn Đức"}


def test_a_warehouse_made_before_the_name_index_gets_it_on_opening(tmp_path):
    path = tmp_path / "register.sqlite"
    old = SqliteRegister(path, durable=False)
    with old.transaction():
        for n in range(1, 121):
            old.insert_result(_row(n, f"Lê Thị Tám {n}"), "Người ký: Nguyễn Văn Đức")
        old.insert_result(_row(121, "Nguyễn Văn Đức"), "")
        # what a register written before the index looks like
        old.conn.execute("DROP TABLE results_names")
        old.conn.execute("DELETE FROM meta WHERE key = 'schema:results_names'")
    old.close()
    assert SqliteRegister(path, read_only=True).search("nguyen van duc", limit=3)[0]["id"] != 121  # read-only: not yet
    reopened = SqliteRegister(path, durable=False)
    assert reopened.search("nguyen van duc", limit=3)[0]["id"] == 121
    assert reopened.query("SELECT count(*) AS n FROM results_names")[0]["n"] == 121
    reopened.close()


def test_matches_rank_metadata_above_text_and_short_above_long():
    words = ["duc", "phat"]
    matches = [
        (1, ("giay phep", "cong ty duc phat")),              # only in the OCR text
        (2, ("cong ty duc phat", "")),                       # in the metadata
        (3, ("cong ty tnhh thuong mai dich vu duc phat " * 3, "")),  # metadata, but long
        (4, ("duc phat", "duc phat")),                        # both
        (5, ("ducphat", "phat ducb")),                        # inside other words: not them
    ]
    assert rank_matches(words, matches, (4.0, 1.0)) == [4, 2, 3, 1, 5]
    assert rank_matches(words, [], (4.0, 1.0)) == []
