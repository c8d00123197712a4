"""Every change a window makes to a citizen's record names the signed-in clerk's account in its
outbox entry (actor_username), beside the display name the event shows: case events from 受理 to
出件 and scanned pages attached, turned, moved and removed. Against a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from app.domain.cases import CaseEvent
from app.services.cases.calendar_years import RECOUNT_ACTOR
from app.services.cases.mutations import actor_account
from app.services.config import WindowConfig
from app.services.sign_in import SignedInUser
from app.services.views import PartyInput
from drivers.scanner import open_scanner

VALID_ID = "11010519491231002X"
APPLICANT = PartyInput(name="王建国", cert_number=VALID_ID, phone="13800003210", address="安和县民主路1号")
WANGF2 = SignedInUser("wangf2", "王芳", "clerk", "330429", "", offline=True)


def outbox(services) -> list[tuple[str, dict]]:
    con = sqlite3.connect(services.settings.database_path)
    try:
        return [(k, json.loads(p)) for k, p in con.execute("select kind, payload from outbox order by seq")]
    finally:
        con.close()


def a_case_from_intake_to_hand_out(services, clock) -> None:
    """收件 with a scanned page turned, moved and removed, 受理, 结果到件 and 出件 with the ID typed."""
    case = services.intake.start_case(services.catalog.search("居民身份证换领")[0].code)
    material = case.materials[0].code
    scans = open_scanner("sim://?seed=3&pages=3").scan("adf", 150, "colour")
    first, second, third = services.pages.attach_pages(
        case.id, material, [(s.data, "sim://") for s in scans]
    ).pages
    services.pages.rotate(first.id, 1)
    services.pages.move(third.id, 0)
    services.pages.delete(second.id)
    services.intake.save_applicant(case.id, APPLICANT)
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    services.intake.accept(case.id)
    clock.advance(days=1)
    services.issuance.register_result(case.id, "J330429-2026-001234")
    services.issuance.issue(
        case.id, "in_person", "王建国", "111", VALID_ID, identity="typed", typed_reason="芯片损坏"
    )


def test_each_change_names_the_signed_in_clerks_account(services, clock):
    # two clerks of the hall are called 王芳: the event shows the name, the account tells which
    services.use_clerk(WANGF2)
    a_case_from_intake_to_hand_out(services, clock)
    sent = outbox(services)
    kinds = [k for k, _ in sent]
    assert kinds == [
        *["page.attached"] * 3,
        "page.rotated",
        "page.moved",
        "page.deleted",
        "accepted",
        "decided",
        "result_ready",
        "issued",
    ]
    assert {p["actor_username"] for _, p in sent} == {"wangf2"}
    assert {p["event"]["actor"] for k, p in sent if not k.startswith("page.")} == {"王芳"}


def test_where_nobody_signed_in_the_changes_name_no_account(services, clock):
    a_case_from_intake_to_hand_out(services, clock)
    sent = outbox(services)
    assert len(sent) == 10 and {p["actor_username"] for _, p in sent} == {None}
    assert sent[-1][1]["event"]["actor"] == "李晓梅"  # the configured window's clerk, as before


def test_an_event_names_the_account_only_when_its_actor_is_the_clerk_on_duty():
    on_duty = WindowConfig(
        hall_code="330429",
        hall_name="某县政务服务中心",
        hall_address="",
        hall_phone="",
        terminal="W03",
        window_name="3号综合窗口",
        clerk_name="王芳",
        clerk_username="wangf2",
    )
    at = datetime(2026, 11, 23, 9, 30)
    assert actor_account(CaseEvent("accepted", at, "王芳", "受理"), on_duty) == "wangf2"
    # the holiday schedule recounting a promised date, or a clerk who signed out while it ran
    assert actor_account(CaseEvent("promised_recounted", at, RECOUNT_ACTOR, "重算"), on_duty) is None
    assert actor_account(CaseEvent("accepted", at, "李晓梅", "受理"), on_duty) is None
    assert actor_account(CaseEvent("accepted", at, "王芳", "受理"), None) is None
