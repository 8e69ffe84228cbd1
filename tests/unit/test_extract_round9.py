"""Rules round 9 (issue 13), from blind set 15's signer blocks: a position is capitals words and the signing
abbreviations of Decree 30, so a scrap with a digit that the signature or seal left between its lines
("KT. GIÁM ĐỐC 8C PHÓ GIÁM ĐỐC") is no word of it, and an abbreviation OCR read with a comma or a colon,
or without its space ("KT,CHỦ TỊCH", "TM.ỦY BAN"), is written as the decree writes it. Either way the
position goes to a clerk."""

from __future__ import annotations

import pytest

from tthc_digitize.extract.checks import tidy_names
from tthc_digitize.extract.field import Field
from tthc_digitize.extract.rules import FIELDS, REVIEW_BELOW


def _position(read: str) -> Field:
    fields = {name: Field(None, 0.0) for name in FIELDS}
    fields["signer_position"] = Field(read, 0.85)
    tidy_names(fields)
    return fields["signer_position"]


@pytest.mark.parametrize("read, written", [
    ("KT. GIÁM ĐỐC 8C PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),
    ("TM. ỦY BAN NHÂN DÂN V2 CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
    ("TL. GIÁM ĐỐC 2 TRƯỞNG BAN TÔN GIÁO", "TL. GIÁM ĐỐC TRƯỞNG BAN TÔN GIÁO"),
    ("KT,CHỦ TỊCH PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
    ("TM: ỦY BAN NHÂN DÂN KT: CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"),
    ("TM.ỦY BAN NHÂN DÂN CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
    ("TL CỤC TRƯỞNG TRƯỞNG VĂN PHÒNG ĐẠI DIỆN", "TL. CỤC TRƯỞNG TRƯỞNG VĂN PHÒNG ĐẠI DIỆN"),
])
def test_a_position_is_written_as_the_decree_writes_it_and_goes_to_a_clerk(read, written):
    position = _position(read)
    assert position.value == written and position.confidence < REVIEW_BELOW


@pytest.mark.parametrize("position", [
    "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
    "PHÓ 2HỦ TỊCH",  # a misread word, not a scrap: left for the clerk as read
])
def test_a_position_without_scraps_is_left_as_read(position):
    assert _position(position).value == position
