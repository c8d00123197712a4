"""The 一次性告知书 and the case's supplement_requested event name the same materials: both ask
the domain's deficient(), including an optional material the clerk marked 缺少."""

from __future__ import annotations

import pytest

from app.documents.deficiency import deficient_materials
from app.domain.case_status import DecisionRefused
from app.domain.materials_check import MaterialState
from app.services.config import WindowConfig
from app.services.documents.output import document_data
from tests.unit.case_fixtures import CAL, at, new_case, person, ready_case

CFG = WindowConfig("330429", "安和县政务服务中心", "安和县民主路1号", "0571-1234", "W03", "3号窗口", "李窗口")
NOW = at(2026, 11, 20)


def ready():
    case = ready_case()
    case.number = "330429-20261120-W03-0001"  # the documents print it as a barcode
    return case


def _notice_and_event(case) -> tuple[list[str], list[str]]:
    case.request_supplement(NOW, "李窗口")
    event = case.events[-1]
    assert event.kind == "supplement_requested"
    on_event = [case.material(code).material.name for code in event.detail["missing"]]
    on_notice = [
        line.name for line in deficient_materials(document_data("deficiency_notice", case, CFG, NOW))
    ]
    return on_notice, on_event


def test_an_optional_material_marked_missing_is_on_the_notice_and_in_the_event() -> None:
    case = ready()
    case.check_material("M01", MaterialState.MISSING, "请携带原件")
    case.check_material("M02", MaterialState.MISSING)  # 非必要, but this applicant needs it
    on_notice, on_event = _notice_and_event(case)
    assert on_notice == on_event == ["营业执照申请书", "场地使用证明"]


@pytest.mark.parametrize(
    "optional", [MaterialState.PENDING, MaterialState.NOT_PROVIDED, MaterialState.RECEIVED]
)
def test_an_optional_material_not_marked_missing_is_on_neither(optional: MaterialState) -> None:
    case = ready()
    case.check_material("M05", MaterialState.INVALID, "身份证已过期")
    case.check_material("M02", optional)
    on_notice, on_event = _notice_and_event(case)
    assert on_notice == on_event == ["法定代表人身份证"]


def test_the_notice_lines_say_what_the_clerk_wrote() -> None:
    case = ready()
    case.check_material("M05", MaterialState.INVALID, "身份证已过期")
    case.request_supplement(NOW, "李窗口")
    (line,) = deficient_materials(document_data("deficiency_notice", case, CFG, NOW))
    assert (line.status, line.detail) == ("不符合要求", "身份证已过期")


def test_a_refused_decision_names_each_field_and_material() -> None:
    case = new_case()
    case.check_material("M01", MaterialState.MISSING)
    with pytest.raises(DecisionRefused) as err:
        case.request_supplement(NOW, "李窗口")
    assert [p.field for p in err.value.problems] == ["material:M03", "material:M04", "material:M05"]
    assert str(err.value).startswith("一次性告知须列明全部问题，请先核验：")
    case.update_applicant(person())
    with pytest.raises(DecisionRefused) as err:
        case.accept(NOW, "李窗口", CAL)
    assert [p.field for p in err.value.problems] == [
        "material:M03",
        "material:M04",
        "material:M05",
        "material:M01",
    ]
    assert str(err.value) == "不能受理：" + "；".join(p.message for p in err.value.problems)
