"""预约号源 in the console, the use case against a fake transport: every category listed (those
without a plan at 0), the domain's checks naming category and field before anything is sent,
only the categories with a plan or places sent, the server's 400 reason passed on as it came,
and what a plan makes of a workday under the hall's hours."""

from __future__ import annotations

import pytest

from app.domain.appointments import BookingRules
from app.domain.hall_hours import HallHours, closure, parse_sessions
from app.services.manager.appointments import AppointmentPlans, PlanRow, PlansRefused, workday_places
from app.sync.appointment_protocol import AppointmentSettings, BookingRulesItem, SlotPlanItem
from app.sync.errors import Refused
from app.sync.manager_assignments import CategoryInfo

RULES = BookingRulesItem(open_bookings_limit=3, no_show_limit=3, no_show_window_days=30, block_days=30)


class FakePlans:
    def __init__(self) -> None:
        self.stored = AppointmentSettings(
            plans=[
                SlotPlanItem(
                    category="general", category_name="综合受理", slot_minutes=30, capacity=4, horizon_days=7
                )
            ],
            rules=RULES,
        )
        self.sent: list[AppointmentSettings] = []
        self.refuse = ""

    def settings(self) -> AppointmentSettings:
        return self.stored

    def categories(self) -> list[CategoryInfo]:
        return [CategoryInfo(code="general", name="综合受理"), CategoryInfo(code="realty", name="不动产登记")]

    def save(self, body: AppointmentSettings) -> AppointmentSettings:
        self.sent.append(body)
        if self.refuse:
            raise Refused(self.refuse, "bad_request")
        self.stored = body
        return body


@pytest.fixture
def transport() -> FakePlans:
    return FakePlans()


def test_every_category_is_listed_and_only_those_with_places_or_a_plan_are_sent(transport):
    plans = AppointmentPlans(transport)
    page = plans.load()
    assert page.rows == (
        PlanRow("general", "综合受理", 30, 4, 7, True),
        PlanRow("realty", "不动产登记", 30, 0, 7, False),
    )
    assert page.rules == BookingRules(3, 3, 30, 30)
    plans.save(page.rows, page.rules)
    assert [p.category for p in transport.sent[-1].plans] == ["general"]  # 不动产登记 still takes none
    rows = (page.rows[0], PlanRow("realty", "不动产登记", 60, 2, 10, False))
    saved = plans.save(rows, BookingRules(2, 3, 30, 30))
    assert [(p.category, p.capacity) for p in transport.sent[-1].plans] == [("general", 4), ("realty", 2)]
    assert transport.sent[-1].rules.open_bookings_limit == 2
    assert saved.rows[1] == PlanRow("realty", "不动产登记", 60, 2, 10, True)


def test_the_rules_refuse_before_sending_and_the_server_is_passed_on(transport):
    plans = AppointmentPlans(transport)
    with pytest.raises(PlansRefused) as bad:
        plans.save([PlanRow("realty", "不动产登记", 30, 1000, 7)], BookingRules())
    assert str(bad.value) == "不动产登记：每个时段可约人数应为0至999，现为1000"
    assert (bad.value.category, bad.value.field) == ("realty", "capacity")
    with pytest.raises(PlansRefused) as rule:
        plans.save([], BookingRules(block_days=400))
    assert rule.value.field == "block_days" and "限制网上预约天数应为1至366" in str(rule.value)
    assert transport.sent == []
    transport.refuse = "本大厅没有编码为“old”的业务类别"
    with pytest.raises(PlansRefused) as server:
        plans.save([PlanRow("general", "综合受理", 30, 4, 7, True)], BookingRules())
    assert str(server.value) == "本大厅没有编码为“old”的业务类别" and server.value.field == ""


def test_what_a_plan_makes_of_a_workday():
    hours = HallHours(
        workday=parse_sessions("09:00-12:00、13:30-17:00", "工作日"),
        closures=(closure("2024-01-01", "2024-01-07", "装修"),),  # a closure is not an ordinary day
    )
    assert workday_places(PlanRow("general", "综合受理", 30, 4), hours) == (13, 52)
    assert workday_places(PlanRow("general", "综合受理", 45, 2), hours) == (8, 16)
    assert workday_places(PlanRow("general", "综合受理", 0, 4), hours) == (
        0,
        0,
    )  # half typed: no endless count
    assert workday_places(PlanRow("general", "综合受理", 30, 0), hours) == (0, 0)
    assert workday_places(PlanRow("general", "综合受理", 30, 4), HallHours()) == (0, 0)
