"""After a full day's work, the log folder holds no ID number, phone number or name (issue 14, item 5).

The workbench's logging as `onewindow demo` sets it up (app/log_files.py), at DEBUG, with the
server in the same process (its loggers write to the same file): an applicant taken in,
accepted and synced, searched for by name, ID number and phone across the hall, a bad ID typed,
a sync refused, and an exception nobody caught that quotes the ID and phone. Then every file of
the log folder is searched for the applicant's name, ID number and phone, as typed and as a URL
would carry them. The server's access log is checked for its query strings separately.
"""

from __future__ import annotations

import logging
import sys
import threading
from urllib.parse import quote, quote_plus

import pytest
from sync_server import SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.log_files import LOG_DIR, configure_logging, write_crash_report
from app.services.cases.search import SearchInput
from app.services.errors import ServiceError
from app.services.views import PartyInput
from app.settings import demo_settings
from server.log_config import AccessWithoutQuery, RedactingAccessFormatter, RedactingDefaultFormatter
from tests.second_party import SECOND_PARTY

NAME, ID_NUMBER, PHONE = "欧阳娜娜", "11010519491231002X", "13812345678"
APPLICANT = PartyInput(name=NAME, cert_number=ID_NUMBER, phone=PHONE, address="民主路1号")


@pytest.fixture
def logging_as_the_programs_do(tmp_path):
    root = logging.getLogger()
    saved = (list(root.handlers), root.level, sys.excepthook, threading.excepthook)
    chatty = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    folder = configure_logging(tmp_path / "data", "workbench", level=logging.DEBUG)
    yield folder
    for handler in list(root.handlers):
        if handler not in saved[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(saved[1])
    sys.excepthook, threading.excepthook = saved[2], saved[3]
    for name, level in chatty.items():
        logging.getLogger(name).setLevel(level)


def _leaks(folder) -> list[str]:
    secrets = {NAME, ID_NUMBER, ID_NUMBER.lower(), PHONE}
    secrets |= {quote(s) for s in (NAME,)} | {quote_plus(s) for s in (NAME,)}
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{path.name}: {s}" for s in secrets if s in text]
    return found


def test_a_full_day_leaves_no_personal_data_in_the_log_folder(
    logging_as_the_programs_do, server, tmp_path, clock
):
    folder = logging_as_the_programs_do
    network = Network(server.client)
    services = build_services(
        demo_settings(tmp_path / "data", sample_cases=False), clock=clock, sync_client=network
    )
    try:
        services.enrol(SERVER_URL, server.code)
        user = services.sign_in.sign_in("lixm", "onewindow")
        services.use_clerk(user)
        case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
        # a mistyped ID number (its check digit wrong): kept as a draft, refused at 受理
        services.intake.save_applicant(case.id, PartyInput(name=NAME, cert_number="110105194912310021"))
        with pytest.raises(ServiceError):
            services.intake.accept(case.id)
        services.intake.save_applicant(case.id, APPLICANT)
        services.intake.save_second_party(case.id, SECOND_PARTY)
        services.intake.receive_remaining(case.id)
        services.intake.accept(case.id)
        assert services.sync.sync_once().last_error == ""
        for typed in (SearchInput(name=NAME), SearchInput(cert_number=ID_NUMBER), SearchInput(phone=PHONE)):
            assert services.case_search.search(typed).whole_hall
        network.down = True
        services.sync.sync_once()  # a round that fails, and says so in the log
        network.down = False
        try:
            raise ValueError(f"unexpected applicant {ID_NUMBER} / {PHONE}")
        except ValueError:
            write_crash_report(folder, "workbench", *sys.exc_info())
        logging.getLogger("test").warning("a careless line about %s and %s", ID_NUMBER, PHONE)
    finally:
        services.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = [p.name for p in folder.iterdir()]
    assert folder.name == LOG_DIR and "onewindow.log" in written
    assert any(n.startswith("crash-") for n in written)
    log_text = (folder / "onewindow.log").read_text(encoding="utf-8")
    assert "110105********002X" in log_text and "138****5678" in log_text  # masked, not dropped
    assert _leaks(folder) == []


def test_the_servers_access_log_prints_paths_without_their_query():
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("10.0.0.7:5123", "GET", f"/v1/cases/search?name={quote(NAME)}&cert_number={ID_NUMBER}", "1.1", 200),
        None,
    )
    assert AccessWithoutQuery().filter(record)
    line = RedactingAccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s').format(record)
    assert line == '10.0.0.7:5123 - "GET /v1/cases/search HTTP/1.1" 200 OK'
    logged = logging.LogRecord("server", logging.WARNING, __file__, 1, "refused %s", (ID_NUMBER,), None)
    assert ID_NUMBER not in RedactingDefaultFormatter("%(message)s").format(logged)
