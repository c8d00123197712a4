"""A 办不成事 反映 the server refused is named in the sync panel's list of refused changes by what
the clerk did, with the reporter's name masked (the list is on screen beside the queue)."""

from __future__ import annotations

from app.services.sync.service import describe
from app.sync.unresolved_reports import UNRESOLVED_REPORTED


def test_a_refused_report_is_named_with_its_reporter_masked():
    said = describe(UNRESOLVED_REPORTED, {"name": "欧阳娜娜", "phone": "13812345678"})
    assert str(said) == "登记办不成事反映（反映人 欧***）"
    assert "13812345678" not in str(said)
