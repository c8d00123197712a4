"""查找办件 (issue 12 item 11) on a real SQLite file: a window PC's cases across many days found
by number, name, ID number, phone or dates, masked; offline it says it searched this PC only.
Online, another window's case of the hall is found, opened here and handed out here (出件 at
any window), and the hand-out reaches the server."""

from __future__ import annotations

import time as timer
import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sync_server import HALL, SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.domain.applicants import Applicant, Person
from app.domain.case_status import CaseStatus
from app.domain.cases import Case
from app.domain.matters import CaseKind, TimeLimit
from app.services.cases.search import STANDALONE, THIS_PC_ONLY, WHOLE_HALL, CaseSearchService, SearchInput
from app.services.errors import NotFound, ValidationFailed
from app.services.views import PartyInput
from app.settings import demo_settings
from app.store.db import open_database
from app.store.unit_of_work import UnitOfWork
from server.auth.enrolment import issue_code
from server.store.models import ServerCaseEventRow, ServerCaseRow

FIRST_DAY = date(2026, 9, 1)
WANG_ID = "11010519491231002X"
LI_ID = "341021195608120021"


def _case(n: int, day: date, applicant: Applicant) -> Case:
    return Case(
        id=str(uuid.uuid4()),
        number=f"330429W03-{day:%Y%m%d}-{n:04d}",
        matter_codes=("M1",),
        matter_names=("食品经营许可",),
        department="市场监督管理局",
        kind=CaseKind.PROMISED,
        promised_limit=TimeLimit(5),
        materials=[],
        created_at=datetime.combine(day, time(9)) + timedelta(minutes=n),
        clerk="李晓梅",
        window="3号综合窗口",
        status=CaseStatus.ACCEPTED,
        applicant=applicant,
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Sixty days of a window: 420 cases, among them 王建国's (with an agent) on day 30."""
    _engine, sessions = open_database(tmp_path_factory.mktemp("pc") / "onewindow.sqlite3")
    with UnitOfWork(sessions) as uow:
        for d in range(60):
            day = FIRST_DAY + timedelta(days=d)
            for n in range(1, 8):
                who = Applicant(
                    name=f"赵{n}号", cert_number=f"3301021980010{d:03d}{n}", phone=f"1390000{d:02d}{n:02d}"
                )
                uow.cases.save(_case(n, day, who))
        wang = Applicant(
            name="王建国",
            cert_number=WANG_ID,
            phone="138-0013-8000",
            agent=Person("John Smith"),
        )
        uow.cases.save(_case(9, FIRST_DAY + timedelta(days=30), wang))
        married = _case(
            8, FIRST_DAY + timedelta(days=31), Applicant(name="张伟", cert_number="110105198001010010")
        )
        married.parties = ("男方", "女方")
        married.second_party = Applicant(name="李秀英", cert_number=LI_ID, phone="139 1234 5678")
        uow.cases.save(married)
        uow.commit()
    return CaseSearchService(sessions)


def test_an_id_number_finds_the_one_case_masked_and_says_it_searched_this_pc_only(store):
    started = timer.perf_counter()
    answer = store.search(SearchInput(cert_number=WANG_ID.lower()))
    elapsed = timer.perf_counter() - started
    assert [c.number for c in answer.cases] == ["330429W03-20261001-0009"]
    found = answer.cases[0]
    assert (found.applicant_masked, found.cert_masked, found.phone_masked) == (
        "王**",
        "110105********002X",
        "138****8000",
    )
    assert found.on_this_pc and found.status_label == "已受理"
    assert [n.template for n in answer.notes] == [STANDALONE] and not answer.whole_hall
    assert elapsed < 0.5, elapsed


@pytest.mark.parametrize(
    "typed",
    [
        SearchInput(name="建国"),
        SearchInput(name="john"),  # the agent's name, any case of its letters
        SearchInput(phone="13800138000"),  # stored with separators
        SearchInput(phone="0013 8000"),
        SearchInput(number="20261001-0009"),
        SearchInput(number="１００１－０００９"),  # typed with a Chinese input method on
    ],
)
def test_name_phone_and_number_find_the_same_case(store, typed):
    assert [c.number for c in store.search(typed).cases] == ["330429W03-20261001-0009"]


def test_a_date_range_across_days_newest_first_and_capped(store):
    week = store.search(SearchInput(date_from=date(2026, 9, 10), date_to=date(2026, 9, 16)))
    days = {c.created_at.date() for c in week.cases}
    assert days == {date(2026, 9, 10) + timedelta(days=d) for d in range(7)} and len(week.cases) == 49
    assert len(week.notes) == 1  # no "more than shown"
    everything = store.search(SearchInput(date_from=FIRST_DAY))  # a year on from the first day
    assert len(everything.cases) == 50 and "超过50件" in everything.notes[-1]
    moments = [c.created_at for c in everything.cases]
    assert moments == sorted(moments, reverse=True) and moments[0].date() == date(2026, 10, 30)
    # a literal % is a character to find, not a wildcard
    assert store.search(SearchInput(name="%%")).cases == ()


def test_a_bad_search_names_the_field_to_correct(store):
    with pytest.raises(ValidationFailed) as refused:
        store.search(SearchInput(cert_number="11010"))
    assert refused.value.problems[0].field == "cert_number"
    assert "完整号码" in refused.value.problems[0].message
    with pytest.raises(ValidationFailed) as refused:
        store.search(SearchInput())
    assert refused.value.problems[0].field == "number"


# -- another window's case, at this window ------------------------------------------------------
APPLICANT = PartyInput(name="王建国", cert_number=WANG_ID, phone="13800003210", address="安和县民主路1号")


def _workbench(server, folder, code: str, name: str):
    services = build_services(demo_settings(folder, sample_cases=False), sync_client=Network(server.client))
    services.sync.enrol(SERVER_URL, code, name)
    services.sign_in.sign_in("lixm", "onewindow")
    return services


def test_another_window_s_case_is_found_opened_and_handed_out_here(server, tmp_path):
    taken_in = _workbench(server, tmp_path / "w03", server.code, "W03 3号综合窗口")
    with server.ctx.transaction() as s:
        w05_code, _ = issue_code(s, HALL, "W05", "admin", datetime.now(UTC), timedelta(days=1))
    here = _workbench(server, tmp_path / "w05", w05_code, "W05 5号综合窗口")
    try:
        case = taken_in.intake.start_case(taken_in.catalog.search("食品经营许可")[0].code)
        taken_in.intake.save_applicant(case.id, APPLICANT)
        for m in case.materials:
            taken_in.intake.set_material(case.id, m.code, "received")
        taken_in.intake.accept(case.id)
        taken_in.issuance.register_result(case.id, "J330429-2026-001234")
        assert taken_in.sync.sync_once().waiting == 0

        answer = here.case_search.search(SearchInput(cert_number=WANG_ID))
        assert answer.whole_hall and [n.template for n in answer.notes] == [WHOLE_HALL]
        [found] = answer.cases
        assert found.id == case.id and not found.on_this_pc and found.cert_masked == "110105********002X"

        assert here.hall_cases.bring_here(found.id) == case.id
        view = here.cases.detail(case.id)
        assert (view.status, view.applicant.cert_number, view.certificate_number) == (
            "result_ready",
            WANG_ID,
            "J330429-2026-001234",
        )
        assert here.case_search.search(SearchInput(cert_number=WANG_ID)).cases[0].on_this_pc
        # opened here to be served, but not this window's work: its 今日办件 stays its own
        assert case.id not in {c.id for c in here.cases.today()}
        assert case.id in {c.id for c in taken_in.cases.today()}
        done = here.issuance.issue(case.id, "in_person", "王建国", "111", WANG_ID, identity="card")
        assert done.case.status == "issued"
        assert here.sync.sync_once().waiting == 0
        with server.ctx.sessions() as s:
            assert s.get(ServerCaseRow, case.id).status == "issued"
            events = s.query(ServerCaseEventRow).filter_by(case_id=case.id)
            kinds = [e.kind for e in events.order_by(ServerCaseEventRow.position)]
        assert kinds[-1] == "issued"
        # the window that took it in learns of it with its next pull
        taken_in.sync.sync_once()
        assert taken_in.cases.detail(case.id).status == "issued"

        # without the server: this PC's cases only, and a case not here cannot be opened
        here.sync_client.down = True  # the network is cut
        offline = here.case_search.search(SearchInput(cert_number=WANG_ID))
        assert [n.template for n in offline.notes] == [THIS_PC_ONLY] and offline.cases[0].id == case.id
        with pytest.raises(NotFound):
            here.hall_cases.bring_here(str(uuid.uuid4()))
    finally:
        taken_in.close()
        here.close()


@pytest.mark.parametrize(
    "typed", [SearchInput(cert_number=LI_ID), SearchInput(name="秀英"), SearchInput(phone="12345678")]
)
def test_the_second_party_of_a_two_party_case_finds_it(store, typed):
    [found] = store.search(typed).cases
    assert found.number == "330429W03-20261002-0008"
    assert found.applicant_masked == "张*"  # the list names the case's first party
