"""6 电子证照 in the checklist, from the keyboard: the licence looked up and shown in its row, or the
reason to take the paper on the hint line with the row as it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.licences import Licence
from app.sync.errors import ServerUnreachable
from tests.licence_fakes import FakeLicenceServer, use_licence_server
from tests.ui.conftest import VALID_ID, fill_applicant, pick_matter, wait_idle

K = Qt.Key
ID_CARD = Licence(
    "居民身份证", VALID_ID, "王小明", VALID_ID, "安和县公安局", date(2016, 5, 4), date(2036, 5, 4)
)


def _first_row_key(qtbot, window, key) -> None:
    checklist = window.intake.checklist
    checklist.focus_first()
    qtbot.keyClick(checklist.table, key)
    wait_idle(qtbot, window)


def test_6_takes_the_licence_and_the_row_names_it(qtbot, window, services):
    server = FakeLicenceServer([ID_CARD])
    use_licence_server(services, server)
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    fill_applicant(qtbot, window)  # 6 right after typing: the ID number is saved with the lookup
    _first_row_key(qtbot, window, K.Key_6)
    checklist = window.intake.checklist
    qtbot.waitUntil(lambda: window.intake.case.materials[0].state == "e_licence")
    note = checklist.table.item(0, 4).text()
    masked = VALID_ID[:6] + "********" + VALID_ID[-4:]
    assert note == f"电子证照 编号{masked}，安和县公安局签发，有效期至2036年05月04日"
    assert checklist.table.item(0, 3).text() == "电子证照"
    assert checklist.hint.text().startswith("“男女双方居民身份证”已调取：电子证照 编号")
    assert checklist.table.currentRow() == 1  # on to the next material
    assert [q.holder_id for q in server.asked] == [VALID_ID]


def test_a_lookup_that_fails_says_take_the_paper_and_1_takes_it(qtbot, window, services):
    away = ServerUnreachable("电子证照库暂时无法访问（连接超时）：请收取纸质材料")
    use_licence_server(services, FakeLicenceServer(fails=away))
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    fill_applicant(qtbot, window)
    wait_idle(qtbot, window)
    checklist = window.intake.checklist
    _first_row_key(qtbot, window, K.Key_6)
    qtbot.waitUntil(lambda: "请收取纸质材料" in checklist.hint.text())
    assert (
        checklist.hint.text()
        == "电子证照现在查不了（电子证照库暂时无法访问（连接超时））：请收取纸质材料（按 1 已收取）"
    )
    assert window.intake.case.materials[0].state == "pending"
    assert checklist.table.currentRow() == 0  # still on the row, for the paper
    qtbot.keyClick(checklist.table, K.Key_1)
    wait_idle(qtbot, window)
    assert window.intake.case.materials[0].state == "received"
    assert window.intake.applicant.name.text() == "王小明"  # nothing typed was lost
