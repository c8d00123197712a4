"""A window PC's data at rest (issue 14, item 1 and the stolen-disk test of item 8).

Real workbenches against the server on SQLite: the first online sign-in after enrolment seals
the store in place (database, scans, archived documents, spool, offline journal) with nothing
lost; a stopped workbench's data folder, copied whole, shows no ID number, name, phone or image
anywhere; a restart is locked until a clerk signs in, online (the server's window key) or
offline (the clerk's own password slot), and a wrong password opens nothing.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sync_server import HALL, SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.services.sign_in import SignInRefused
from app.services.views import PartyInput
from app.settings import demo_settings
from app.store.db import is_plain_database
from app.store.keyslots import KEYSLOTS_FILE
from app.sync.queue_protocol import OfflineKind, OfflineRecord
from drivers.scanner import open_scanner
from server.auth.passwords import hash_password
from server.store.models import UserRow
from tests.second_party import SECOND_PARTY

NAME, ID_NUMBER, PHONE, ADDRESS = "欧阳娜娜", "11010519491231002X", "13812345678", "民主路17号"
APPLICANT = PartyInput(name=NAME, cert_number=ID_NUMBER, phone=PHONE, address=ADDRESS)


def _workbench(server, folder, clock, network=None):
    # the hall's printer, as at a real window (sim:// behaves as one: it takes the job away);
    # the demo's pdf:// printer writes printable files on purpose, like paper in a tray
    settings = replace(demo_settings(folder, sample_cases=False), printer_url="sim://")
    return build_services(settings, clock=clock, sync_client=network or Network(server.client))


def _a_day(services) -> tuple[str, bytes]:
    """An applicant taken in with a scanned page and accepted (receipt archived); a slip waits in
    the spool (its printer out of paper) and a paper ticket was served offline (the journal)."""
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)
    scan = open_scanner("sim://?seed=3&pages=1").scan("adf", 150, "colour")[0].data
    services.pages.attach(case.id, case.materials[0].code, scan, "sim://")
    services.intake.receive_remaining(case.id)
    number = services.intake.accept(case.id).case.number
    services.slips.spool.add(f"受理凭条-{number}", "case", f"{NAME} {ID_NUMBER}".encode(), services.clock())
    services._journal.append(
        OfflineRecord(
            record_id=str(uuid.uuid4()),
            kind=OfflineKind.SERVED,
            number="A001",
            service_day=services.clock().date(),
            at=services.clock(),
            window="3号综合窗口",
            clerk="lixm",
        )
    )
    return case.id, scan


def _still_there(services, case_id: str, scan: bytes) -> None:
    """Everything of the day reads back whole."""
    view = services.cases.detail(case_id)
    assert (view.applicant.name, view.applicant.cert_number, view.applicant.phone) == (NAME, ID_NUMBER, PHONE)
    (page,) = next(iter(services.pages.pages(case_id).values()))
    assert services.pages.image(page.id) == scan
    assert services.printing.pdf_bytes(view.documents[0].id).startswith(b"%PDF")
    (job,) = services.slips.spool.pending()
    assert services.slips.spool.data(job.id) == f"{NAME} {ID_NUMBER}".encode()
    assert [r.number for r in services._journal.records()] == ["A001"]


def _leaks(folder, image: bytes) -> list[str]:
    """Every file of the folder searched as bytes for the applicant's words and the image."""
    needles = {s: s.encode("utf-8") for s in (NAME, ID_NUMBER, PHONE, ADDRESS, "李晓梅")}
    needles |= {f"{s} (utf-16)": s.encode("utf-16-le") for s in (NAME, ID_NUMBER)}
    needles["scan"] = image[200:264]  # 64 bytes from inside the JPEG's data
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.relative_to(folder)}: {name}" for name, raw in needles.items() if raw in data]
            if data.startswith((b"%PDF", b"\xff\xd8", b"\x89PNG", b"SQLite format 3")):
                found.append(f"{path.relative_to(folder)}: a readable document, image or database")
    return found


@pytest.fixture
def sealed_pc(server, tmp_path, clock):
    """A workbench enrolled, signed in once online (sealed then), with a day's work; stopped."""
    folder = tmp_path / "pc"
    services = _workbench(server, folder, clock)
    try:
        services.enrol(SERVER_URL, server.code)
        assert not services.store.sealed  # enrolled, but nobody has signed in yet
        services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
        assert services.store.sealed and not is_plain_database(services.settings.database_path)
        case_id, scan = _a_day(services)
        assert services.sync.sync_once().last_error == ""
        _still_there(services, case_id, scan)  # read back through the sealed store
    finally:
        services.close()
    return folder, case_id, scan


def test_a_copied_data_folder_shows_no_citizen_and_no_image(sealed_pc, tmp_path):
    folder, _case_id, scan = sealed_pc
    copy = tmp_path / "stolen"
    shutil.copytree(folder, copy)
    assert (copy / KEYSLOTS_FILE).exists()
    assert _leaks(copy, scan) == []
    # what the thief does see: the database is not a SQLite file, the pages not JPEGs
    assert not is_plain_database(copy / "onewindow.sqlite3")
    pages = [p for p in (copy / "扫描件").rglob("*") if p.is_file()]
    assert pages and all(not p.read_bytes().startswith(b"\xff\xd8") for p in pages)


def test_a_restart_is_locked_until_a_clerk_signs_in_offline_or_online(sealed_pc, server, clock):
    folder, case_id, scan = sealed_pc
    network = Network(server.client)
    network.down = True
    services = _workbench(server, folder, clock, network)
    try:
        assert services.locked and not services.is_open
        assert not hasattr(services, "cases")  # nothing of the store is there to call
        with pytest.raises(SignInRefused, match="密码不正确"):
            services.unlock.sign_in("lixm", "wrong password")
        assert services.locked
        user = services.unlock.sign_in("lixm", "onewindow")  # offline: the clerk's own slot
        assert user.offline and services.is_open and not services.locked
        assert services.sign_in.current.username == "lixm"
        assert services.cases.detail(case_id).applicant.name == NAME
        (page,) = next(iter(services.pages.pages(case_id).values()))
        assert services.pages.image(page.id) == scan
    finally:
        services.close()
    network.down = False
    services = _workbench(server, folder, clock, network)
    try:
        user = services.unlock.sign_in("lixm", "onewindow")  # online: the server's window key
        assert not user.offline and services.sign_in.token
        assert services.cases.detail(case_id).applicant.cert_number == ID_NUMBER
        assert services.sync.sync_once().last_error == ""
    finally:
        services.close()


def test_a_clerk_new_to_this_pc_needs_the_server_once(sealed_pc, server, clock):
    folder, case_id, _scan = sealed_pc
    with server.ctx.transaction() as s:
        s.add(
            UserRow(
                username="wangf",
                display_name="王芳",
                role="clerk",
                hall_code=HALL,
                window_name="4号综合窗口",
                password_hash=hash_password("Another-pass-1"),
                active=True,
                updated_at=datetime.now(UTC),
            )
        )
    network = Network(server.client)
    network.down = True
    services = _workbench(server, folder, clock, network)
    try:
        with pytest.raises(SignInRefused, match="没有离线解锁密钥"):
            services.unlock.sign_in("wangf", "Another-pass-1")
        network.down = False
        assert services.unlock.sign_in("wangf", "Another-pass-1").display_name == "王芳"
        assert services.cases.detail(case_id).applicant.name == NAME
    finally:
        services.close()
    network.down = True
    services = _workbench(server, folder, clock, network)
    try:  # from now on her own password opens it offline too
        assert services.unlock.sign_in("wangf", "Another-pass-1").offline
    finally:
        services.close()


def test_a_plain_store_is_sealed_in_place_once_with_nothing_lost(server, tmp_path, clock):
    """A PC that worked before it was sealed (an older version, or before enrolment): its first
    online sign-in seals the database and every file in place, while the workbench runs."""
    folder = tmp_path / "older"
    services = _workbench(server, folder, clock)
    try:
        case_id, scan = _a_day(services)  # standalone: in clear, as an older version kept it
        assert is_plain_database(services.settings.database_path)
        services.enrol(SERVER_URL, server.code)
        services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
        assert services.store.sealed and not is_plain_database(services.settings.database_path)
        _still_there(services, case_id, scan)
        assert _leaks(folder, scan) == []
        journal = (folder / "叫号离线记录" / "queue-offline.jsonl").read_text(encoding="utf-8")
        assert all(line.startswith("~") for line in journal.splitlines())
        # the work goes on, on the sealed store, and reaches the server
        again, _ = _a_day(services)
        assert services.sync.sync_once().last_error == ""
        sealed_bytes = services.settings.database_path.read_bytes()[:16]
        services.sign_in.sign_in("lixm", "onewindow")  # sealed once: a later sign-in seals nothing
        assert services.settings.database_path.read_bytes()[:16] == sealed_bytes
    finally:
        services.close()
    services = _workbench(server, folder, clock)
    try:
        services.unlock.sign_in("lixm", "onewindow")
        assert {c.id for c in services.cases.today()} >= {case_id, again}
    finally:
        services.close()


def test_a_password_changed_elsewhere_no_longer_opens_the_pc_offline(sealed_pc, server, clock):
    folder, case_id, _scan = sealed_pc
    services = _workbench(server, folder, clock)
    try:
        services.unlock.sign_in("lixm", "onewindow")
        with server.ctx.transaction() as s:  # changed at another window, or reset by the admin
            s.get(UserRow, "lixm").password_hash = hash_password("Changed-pass-7")
        services.sync.save_users(services.sync.transport().users())  # as a sync round does
    finally:
        services.close()
    network = Network(server.client)
    network.down = True
    services = _workbench(server, folder, clock, network)
    try:
        with pytest.raises(SignInRefused, match="没有离线解锁密钥"):
            services.unlock.sign_in("lixm", "onewindow")
        network.down = False
        assert not services.unlock.sign_in("lixm", "Changed-pass-7").offline
    finally:
        services.close()
    network.down = True
    services = _workbench(server, folder, clock, network)
    try:
        assert services.unlock.sign_in("lixm", "Changed-pass-7").offline
        assert services.cases.detail(case_id).applicant.name == NAME
    finally:
        services.close()


def test_the_calendar_import_opens_a_sealed_pc_with_a_clerks_password(
    sealed_pc, tmp_path, monkeypatch, capsys
):
    from test_calendar_import import YEAR_2027, _write

    from ui.cli import main

    folder, _case_id, _scan = sealed_pc
    year = _write(tmp_path, YEAR_2027)
    command = ["calendar", "import", str(year), "--data-dir", str(folder), "--user", "lixm"]
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "not her password")
    with pytest.raises(SystemExit, match="用户名或密码不正确"):
        main(command)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "onewindow")
    assert main(command) == 0
    assert "已导入2027年节假日安排" in capsys.readouterr().out


def test_a_workbench_never_enrolled_stays_as_it_was(tmp_path, clock):
    services = build_services(demo_settings(tmp_path / "trial", sample_cases=False), clock=clock)
    try:
        assert not services.store.sealed and not services.locked
        assert is_plain_database(services.settings.database_path)
    finally:
        services.close()
