"""`onewindow clerk` on a sealed window PC: the workbench opens on the sign-in screen with
nothing of the store open, and the clerk's sign-in (by keyboard, offline here) unlocks it.

The PC was sealed the way it happens in a hall: enrolled with the real server (in-process), its
clerk signed in online once and took in a case; then the workbench was stopped.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from app.bootstrap import Services, build_services
from app.services.views import PartyInput
from app.settings import demo_settings
from tests.integration.sync_server import SERVER_URL, Network, _server
from tests.second_party import SECOND_PARTY
from tests.ui.conftest import close_window, type_text, wait_idle
from tests.ui.test_sign_in_screen import sign_in_by_keyboard
from ui.main_window import MainWindow
from ui.sign_in.session import SIGN_IN_PAGE, WORKBENCH_PAGE
from ui.sync.startup import clerk_start

NAME = "欧阳娜娜"


@pytest.fixture
def sealed_folder(tmp_path):
    server_gen = _server(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path)
    server = next(server_gen)
    folder = tmp_path / "pc"
    settings = replace(demo_settings(folder, sample_cases=False), printer_url="sim://")
    services = build_services(settings, sync_client=Network(server.client))
    try:
        services.enrol(SERVER_URL, server.code)
        services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
        case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
        services.intake.save_applicant(case.id, PartyInput(name=NAME, cert_number="11010519491231002X"))
        services.intake.save_second_party(case.id, SECOND_PARTY)
        assert services.store.sealed
    finally:
        services.close()
    yield settings, server
    server_gen.close()


def test_a_sealed_pc_opens_only_after_the_clerk_signs_in(qtbot, qapp, sealed_folder):
    settings, server = sealed_folder
    network = Network(server.client)
    network.down = True  # a day the network is out: the clerk's own password opens it
    services = Services(settings, sync_client=network)
    w = MainWindow(services, sign_in_required=True)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    try:
        w.open_services(clerk_start())
        qtbot.waitUntil(lambda: w.sign_in._service is not None, timeout=30_000)
        assert services.locked and not w.is_ready
        assert w.pages.currentIndex() == SIGN_IN_PAGE
        assert "本机数据已加密保存" in w.sign_in.reach.text()
        assert w.status.currentMessage() == "" and "登录后开始" in w.status.slot_text("sync")
        assert QApplication.focusWidget() is w.sign_in.username
        sign_in_by_keyboard(qtbot, w, "lixm", "not her password")
        assert "密码不正确" in w.sign_in.error.text() and services.locked
        assert w.pages.currentIndex() == SIGN_IN_PAGE
        type_text(qtbot, w.sign_in.password, "onewindow")
        w.sign_in.submit()
        qtbot.waitUntil(lambda: w.pages.currentIndex() == WORKBENCH_PAGE, timeout=30_000)
        wait_idle(qtbot, w)
        assert w.is_ready and not services.locked
        assert "李晓梅" in w.who_label.text()
        qtbot.waitUntil(lambda: w.today.table.rowCount() == 1, timeout=30_000)
    finally:
        close_window(qtbot, w)
        services.close()
