"""预约's 号源 and booking rules of a hall, as the hall manager reads and sets them
(GET/PUT /manager/appointment-plans, app/sync/appointment_protocol.AppointmentSettings).

A PUT is the whole picture: the plans it lists replace the hall's (a category left out takes no
bookings from then on; its bookings already made stand), and the rules replace the hall's. It
is checked as a whole before anything is written, and audited in the same transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.appointments import AppointmentRuleError, BookingRules, SlotPlan, check_plan, check_rules
from app.sync.appointment_protocol import AppointmentSettings, BookingRulesItem, SlotPlanItem
from server.auth.audit import audit
from server.queue.appointment_plans import booking_rules, slot_plans
from server.queue.common import load_hall
from server.refusals import BadRequest
from server.store.models_appointments import AppointmentPlanRow, AppointmentRulesRow


def appointment_settings(session: Session, hall_code: str) -> AppointmentSettings:
    hall = load_hall(session, hall_code)
    plans = slot_plans(session, hall_code)
    rules = booking_rules(session, hall_code)
    return AppointmentSettings(
        plans=[
            SlotPlanItem(
                category=code,
                category_name=category.name,
                slot_minutes=plans[code].slot_minutes,
                capacity=plans[code].capacity,
                horizon_days=plans[code].horizon_days,
            )
            for code, category in hall.categories.items()
            if code in plans
        ],
        rules=BookingRulesItem(
            open_bookings_limit=rules.open_bookings_limit,
            no_show_limit=rules.no_show_limit,
            no_show_window_days=rules.no_show_window_days,
            block_days=rules.block_days,
        ),
    )


def _checked(
    session: Session, hall_code: str, body: AppointmentSettings
) -> tuple[list[SlotPlan], BookingRules]:
    hall = load_hall(session, hall_code)
    plans: list[SlotPlan] = []
    for item in body.plans:
        category = hall.categories.get(item.category)
        if category is None:
            raise BadRequest(f"本大厅没有编码为“{item.category}”的业务类别", code="unknown_category")
        if any(p.category == item.category for p in plans):
            raise BadRequest(f"业务类别“{category.name}”的号源填写了两次")
        plan = SlotPlan(item.category, item.slot_minutes, item.capacity, item.horizon_days)
        try:
            check_plan(plan)
        except AppointmentRuleError as exc:
            raise BadRequest(f"{category.name}：{exc.message}") from None
        plans.append(plan)
    rules = BookingRules(**body.rules.model_dump())
    try:
        check_rules(rules)
    except AppointmentRuleError as exc:
        raise BadRequest(str(exc.message)) from None
    return plans, rules


def set_appointment_settings(
    session: Session, hall_code: str, body: AppointmentSettings, actor: str, now: datetime
) -> AppointmentSettings:
    plans, rules = _checked(session, hall_code, body)
    names = {code: c.name for code, c in load_hall(session, hall_code).categories.items()}
    kept = {p.category for p in plans}
    rows = {
        r.category: r
        for r in session.scalars(
            select(AppointmentPlanRow).where(AppointmentPlanRow.hall_code == hall_code).with_for_update()
        )
    }
    gone = sorted(set(rows) - kept)
    if gone:
        session.execute(
            delete(AppointmentPlanRow).where(
                AppointmentPlanRow.hall_code == hall_code, AppointmentPlanRow.category.in_(gone)
            )
        )
    for plan in plans:
        row = rows.get(plan.category)
        if row is None:
            row = AppointmentPlanRow(hall_code=hall_code, category=plan.category)
            session.add(row)
        row.slot_minutes, row.capacity, row.horizon_days = plan.slot_minutes, plan.capacity, plan.horizon_days
        row.updated_at, row.updated_by = now, actor[:64]
    stored = session.get(AppointmentRulesRow, hall_code, with_for_update=True)
    if stored is None:
        stored = AppointmentRulesRow(hall_code=hall_code)
        session.add(stored)
    stored.open_bookings_limit, stored.no_show_limit = rules.open_bookings_limit, rules.no_show_limit
    stored.no_show_window_days, stored.block_days = rules.no_show_window_days, rules.block_days
    stored.updated_at, stored.updated_by = now, actor[:64]
    session.flush()
    audit(
        session,
        now,
        "appointment_plans_set",
        username=actor,
        detail=_said(plans, rules, gone, names),
        hall_code=hall_code,
    )
    return appointment_settings(session, hall_code)


def _said(plans: list[SlotPlan], rules: BookingRules, gone: list[str], names: dict[str, str]) -> str:
    lines = [
        f"{names[p.category]}每{p.slot_minutes}分钟{p.capacity}人、提前{p.horizon_days}个开放日"
        for p in plans
    ]
    if gone:
        lines.append("停止预约：" + "、".join(names.get(code, code) for code in gone))
    lines.append(
        f"每人未到期预约至多{rules.open_bookings_limit}个，{rules.no_show_window_days}天内爽约"
        f"{rules.no_show_limit}次限制网上预约{rules.block_days}天"
    )
    return f"号源：{'；'.join(lines)}"
