"""A case as the platform's exchange tables record it: which records a case has at each point of
its life, with keys that never move and digests that move only with what a record says."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from case_fixtures import CAL, accepted_case, new_case, person, ready_case

from app.domain.case_numbers import DocumentKind, document_number
from app.domain.cases import Case
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.materials_check import MaterialState
from app.domain.platform_records import (
    CaseFacts,
    EventFacts,
    MatterFacts,
    procedure_name,
    records_of,
    special_procedure_kind,
)
from app.domain.platform_tables import ACCEPT, RESULT, SPECIAL_PROCEDURE, problems_of
from app.services.cases.mutations import case_snapshot

NUMBER = "330429-20261120-W03-0001"
MATTER = MatterFacts("000104002000", "", "11350100MB0000001X")


def facts(case: Case, first_event: int = 1) -> CaseFacts:
    """As the server holds the case: the events the window sent (not the draft's `created`), at
    the hall's time, positioned from 0."""
    events = [
        EventFacts(i, e.kind, e.at.replace(tzinfo=HALL_TIMEZONE), e.actor, e.summary, dict(e.detail))
        for i, e in enumerate(case.events[first_event:])
    ]
    return CaseFacts("330429", NUMBER, case_snapshot(replace(case, number=NUMBER)), events, MATTER)


def by_table(records) -> dict[str, list]:
    out: dict[str, list] = {}
    for r in records:
        out.setdefault(r.table, []).append(r)
    return out


def with_a_deficiency() -> Case:
    """A draft whose materials are all checked, one of them missing: a notice may be given."""
    case = new_case()
    case.update_applicant(person())
    for check in case.materials:
        case.check_material(check.code, MaterialState.RECEIVED)
    case.check_material("M01", MaterialState.MISSING)
    return case


def test_a_draft_and_an_open_deficiency_notice_are_no_case_at_the_platform_yet():
    case = with_a_deficiency()
    assert records_of(facts(case)) == []
    case.request_supplement(datetime(2026, 11, 20, 10), "李窗口", CAL)
    assert records_of(facts(case)) == []


def test_a_refusal_is_reported_with_its_notice_and_its_reason():
    case = new_case()
    case.update_applicant(person())
    case.refuse(datetime(2026, 11, 20, 10), "李窗口", "不属于本机关职权范围")
    tables = by_table(records_of(facts(case)))
    [accept], [result] = tables[ACCEPT], tables[RESULT]
    assert accept.fields["ACCEPTDOCNO"] == document_number(DocumentKind.REFUSAL, NUMBER)
    assert accept.fields["ACCEPTDATE"] == "2026-11-20 10:00:00"
    assert (result.fields["RESULTCODE"], result.fields["RESULTEXPLAIN"]) == ("6", "不属于本机关职权范围")
    assert "CERTNAME" not in result.fields
    assert problems_of(RESULT, result.fields) == []


def test_a_deficiency_notice_that_timed_out_is_reported_as_closed_for_it():
    case = with_a_deficiency()
    case.request_supplement(datetime(2026, 11, 20, 10), "李窗口", CAL)
    case.close_for_supplement_timeout(datetime(2026, 12, 22, 9), "李窗口")
    tables = by_table(records_of(facts(case)))
    assert tables[ACCEPT][0].fields["ACCEPTDOCNO"] == document_number(DocumentKind.DEFICIENCY, NUMBER)
    result = tables[RESULT][0].fields
    assert (result["RESULTCODE"], result["RESULTEXPLAIN"]) == ("5", "申请人未在期限内补正材料")


def test_keys_stay_and_digests_move_only_with_what_a_record_says():
    case = accepted_case()
    before = {r.row_guid: r.digest for r in records_of(facts(case))}
    assert before == {r.row_guid: r.digest for r in records_of(facts(case))}  # rebuilt: the same
    case.suspend(datetime(2026, 11, 23, 10), "科员甲", "现场检验")
    during = {r.row_guid: r for r in records_of(facts(case))}
    [special] = [r for r in during.values() if r.table == SPECIAL_PROCEDURE]
    assert (special.fields["SPECIALTYPE"], special.fields["SPECIALNAME"]) == ("4", "现场检验")
    assert "ENDTIME" not in special.fields  # still running
    case.resume(datetime(2026, 11, 25, 10), "科员甲", CAL)
    after = {r.row_guid: r for r in records_of(facts(case))}
    assert after[special.row_guid].fields["ENDTIME"] == "2026-11-25 10:00:00"
    changed = {after[g].table for g in after if g in during and after[g].digest != during[g].digest}
    # the procedure ended, and the promised date it moved: the 受理 record goes again as an update
    assert changed == {SPECIAL_PROCEDURE, ACCEPT}
    assert all(before[g] == during[g].digest for g in before)


def test_the_procedure_is_read_from_older_events_summaries_too():
    old = EventFacts(
        3, "suspended", datetime(2026, 11, 23, tzinfo=HALL_TIMEZONE), "甲", "特别程序开始：听证，暂停计时"
    )
    assert procedure_name(old) == "听证"
    assert special_procedure_kind("听证") == "1"
    assert special_procedure_kind("专家评审") == "8"
    assert special_procedure_kind("补充调查") == "9"


def test_materials_not_taken_are_not_reported():
    case = ready_case(defer=False)
    case.check_material("M02", MaterialState.NOT_PROVIDED)  # optional, and not brought
    case.accept(datetime(2026, 11, 20, 10), "李窗口", CAL)
    reported = sorted(r.key for r in records_of(facts(case)) if r.key.startswith("material-"))
    assert reported == ["material-M01", "material-M03", "material-M04", "material-M05"]
