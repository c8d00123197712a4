"""Applying pulled pages to the local store: the server wins, but never over a pending change."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.services.sync.apply import apply_parked, apply_pull_page
from app.services.views import PartyInput
from app.store.sync_repository import APPLIED, SyncRepository
from app.store.unit_of_work import UnitOfWork
from app.sync.protocol import CaseEventState, CaseState, Change, ChangeKind, PullAnswer

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="安和县民主路1号"
)


def _accepted_case(services) -> str:
    code = services.catalog.search("食品经营许可")[0].code
    case = services.intake.start_case(code)
    services.intake.save_applicant(case.id, APPLICANT)
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    services.intake.accept(case.id)
    return case.id


def _server_state(services, case_id: str, status: str, version: int, extra_events=()) -> CaseState:
    view = services.cases.detail(case_id)
    events = [
        CaseEventState(position=i, kind=e.kind, at=e.at, actor=e.actor, summary=e.summary)
        for i, e in enumerate(view.events)
    ]
    events += [
        CaseEventState(position=len(events) + i, source="backoffice", **e) for i, e in enumerate(extra_events)
    ]
    return CaseState(
        id=case_id,
        number=view.number,
        hall_code="330429",
        terminal_id="t",
        status=status,
        version=version,
        promised_date="2026-12-31",
        snapshot={},
        events=events,
        updated_at=datetime.now(UTC),
    )


def _page(*states: CaseState, cursor: str = "c1", more: bool = False, extra=()) -> PullAnswer:
    changes = [
        Change(kind=ChangeKind.CASE, key=s.id, data=s.model_dump(mode="json"), at=s.updated_at)
        for s in states
    ]
    return PullAnswer(changes=[*changes, *extra], cursor=cursor, more=more)


def _apply(services, answer: PullAnswer) -> int:
    with UnitOfWork(services.sync._sessions) as uow:
        changed = apply_pull_page(uow, answer, datetime(2026, 11, 23, 10, 0))
        uow.commit()
    return changed


def _ack_all(services) -> None:
    with UnitOfWork(services.sync._sessions) as uow:
        repo = SyncRepository(uow.session)
        for row in repo.pending(1000):
            repo.mark_answered(row.seq, APPLIED, "", datetime(2026, 11, 23, 10, 0))
        uow.commit()


BACKOFFICE_STEP = {
    "kind": "decided",
    "at": datetime(2026, 11, 24, 2, 0, tzinfo=UTC),
    "actor": "市场监管局 张审批",
    "summary": "准予许可",
    "detail": {"result_code": 1, "certificate_number": "JY13304290012345"},
}


def test_a_pending_case_is_parked_then_adopted_once_its_changes_are_acknowledged(services):
    case_id = _accepted_case(services)
    assert services.sync.unsynced_case_ids() == {case_id}
    assert [c.synced for c in services.cases.today()] == [False]

    state = _server_state(services, case_id, "decided", 5, [BACKOFFICE_STEP])
    assert _apply(services, _page(state)) == 0
    assert services.cases.detail(case_id).status == "accepted"  # the clerk's view is not undone
    with UnitOfWork(services.sync._sessions) as uow:
        assert SyncRepository(uow.session).get("cursor") == "c1"  # the cursor moved all the same

    _ack_all(services)
    assert [c.synced for c in services.cases.today()] == [True]
    with UnitOfWork(services.sync._sessions) as uow:
        assert apply_parked(uow) == 1
        uow.commit()
    view = services.cases.detail(case_id)
    assert view.status == "decided"
    assert view.certificate_number == "JY13304290012345"
    assert view.events[-1].actor == "市场监管局 张审批" and view.events[-1].summary == "准予许可"
    assert str(view.promised_date) == "2026-12-31"


def test_a_back_office_event_is_taken_once_however_often_it_is_pulled(services):
    case_id = _accepted_case(services)
    _ack_all(services)
    state = _server_state(
        services,
        case_id,
        "in_progress",
        3,
        [
            {
                "kind": "step",
                "at": datetime(2026, 11, 24, 1, 0, tzinfo=UTC),
                "actor": "审批科",
                "summary": "审查",
            }
        ],
    )
    assert _apply(services, _page(state, state, cursor="c2")) == 1
    view = services.cases.detail(case_id)
    assert view.status == "in_progress"
    assert [e.summary for e in view.events].count("审查") == 1
    assert _apply(services, _page(state, cursor="c3")) == 0  # nothing new: no change, no version bump


def test_cases_of_other_windows_are_ignored_and_hall_config_is_kept(services):
    _accepted_case(services)
    foreign = CaseState(
        id="00000000-0000-0000-0000-000000000001",
        number="330429-20261123-W05-0001",
        hall_code="330429",
        terminal_id="other",
        status="accepted",
        version=1,
        snapshot={},
        events=[],
        updated_at=datetime.now(UTC),
    )
    hall = Change(
        kind=ChangeKind.HALL, key="330429", data={"code": "330429", "windows": []}, at=datetime.now(UTC)
    )
    assert _apply(services, _page(foreign, extra=[hall])) == 0
    assert len(services.cases.today()) == 1
    with UnitOfWork(services.sync._sessions) as uow:
        assert json.loads(SyncRepository(uow.session).get("hall_config"))["code"] == "330429"
