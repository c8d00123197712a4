"""Staffing suggestions on the server: gather the history in SQL, hand it to the pure rules.

The server only gathers (DESIGN.md "The hall manager's console"): arrivals per category and
hour of the hall's clock on the same weekday of the past HISTORY_WEEKS weeks and today, the
people waiting now, and each category's mean service time over the past weeks — each one
grouped in the database, on PostgreSQL and SQLite alike. The forecast, the windows needed and
the moves are app.domain.forecast and app.domain.staffing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.domain.forecast import Counts, forecast_error, forecast_hours, hindcast, next_hour_arrivals
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.staffing import (
    DEFAULT_TARGET_MINUTES,
    DEFAULT_TARGET_SHARE,
    CategoryAssessment,
    CategoryLoad,
    Move,
    WindowPlan,
    assess_hall,
    suggest_moves,
)
from app.domain.tickets import TicketState
from app.sync.manager_staffing import (
    CategoryEffect,
    CategoryStaffing,
    HourFigure,
    StaffingSuggestion,
    StaffingView,
    WaitTarget,
    WaitTargets,
)
from server.auth.audit import audit
from server.manager.assignments import read_states
from server.manager.qualifications import hall_qualifications
from server.queue.common import HallQueue, load_hall
from server.refusals import BadRequest, NotFound
from server.store.models import TicketRow, WindowStateRow
from server.store.models_staffing import WaitTargetRow

HISTORY_WEEKS = 8
MIN_SERVICES = 5  # fewer finished services in the past weeks: the hall's default service time
LONGEST_SERVICE_SECONDS = 2 * 3600  # a ticket left open over lunch is not a service time
TICKETS = TicketRow.__table__


@dataclass(frozen=True)
class History:
    past_days: list[Counts]  # same weekday, most recent first; days without tickets left out
    today: Counts
    waiting: dict[str, int]
    services: dict[str, tuple[float, int]]  # category → (mean minutes, how many)


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _local_hour(session: Session, moment: ColumnElement) -> ColumnElement:
    """The hour of the hall's clock of a stored UTC timestamp, in SQL."""
    if _postgres(session):
        return func.extract("hour", func.timezone(HALL_TIMEZONE.key, moment))
    # SQLite keeps UTC text; the hall's zone (China) has had no daylight saving since 1991
    offset = int(datetime.now(HALL_TIMEZONE).utcoffset().total_seconds() // 3600)
    return func.extract("hour", func.datetime(moment, f"{offset:+d} hours"))


def _seconds_between(session: Session, start: ColumnElement, end: ColumnElement) -> ColumnElement:
    if _postgres(session):
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def arrivals(
    session: Session, hall_code: str, days: Sequence[date]
) -> dict[date, dict[tuple[str, int], int]]:
    """day → {(category, hour): tickets issued} for the given days of the hall."""
    hour = _local_hour(session, TICKETS.c.issued_at).label("hour")
    rows = session.execute(
        select(TICKETS.c.day, TICKETS.c.category, hour, func.count())
        .where(TICKETS.c.hall_code == hall_code, TICKETS.c.day.in_(list(days)))
        .group_by(TICKETS.c.day, TICKETS.c.category, hour)
    ).all()
    found: dict[date, dict[tuple[str, int], int]] = {}
    for day, category, at, count in rows:
        found.setdefault(day, {})[(category, int(at))] = int(count)
    return found


def service_times(session: Session, hall_code: str, since: date, until: date) -> dict[str, tuple[float, int]]:
    """category → (mean service minutes, services) of the tickets finished between the days."""
    seconds = _seconds_between(session, TICKETS.c.first_called_at, TICKETS.c.finished_at)
    rows = session.execute(
        select(TICKETS.c.category, func.avg(seconds), func.count())
        .where(
            TICKETS.c.hall_code == hall_code,
            TICKETS.c.day >= since,
            TICKETS.c.day <= until,
            TICKETS.c.state == TicketState.FINISHED.value,
            TICKETS.c.first_called_at.is_not(None),
            TICKETS.c.finished_at.is_not(None),
            seconds > 0,
            seconds <= LONGEST_SERVICE_SECONDS,
        )
        .group_by(TICKETS.c.category)
    ).all()
    return {category: (float(mean) / 60.0, int(count)) for category, mean, count in rows}


def waiting_now(session: Session, hall_code: str, today: date) -> dict[str, int]:
    rows = session.execute(
        select(TICKETS.c.category, func.count())
        .where(
            TICKETS.c.hall_code == hall_code,
            TICKETS.c.day == today,
            TICKETS.c.state == TicketState.WAITING.value,
        )
        .group_by(TICKETS.c.category)
    ).all()
    return {category: int(count) for category, count in rows}


def gather_history(session: Session, hall_code: str, today: date) -> History:
    past = [today - timedelta(weeks=k) for k in range(1, HISTORY_WEEKS + 1)]
    by_day = arrivals(session, hall_code, [today, *past])
    return History(
        past_days=[by_day[day] for day in past if day in by_day],
        today=by_day.get(today, {}),
        waiting=waiting_now(session, hall_code, today),
        services=service_times(session, hall_code, today - timedelta(weeks=HISTORY_WEEKS), today),
    )


# --- wait targets ------------------------------------------------------------------------------
def read_targets(session: Session, hall: HallQueue) -> list[WaitTarget]:
    """Every category of the hall with its target (the default where none was set)."""
    rows = {
        row.category: row
        for row in session.scalars(select(WaitTargetRow).where(WaitTargetRow.hall_code == hall.code))
    }
    targets = []
    for code, category in hall.categories.items():
        row = rows.get(code)
        minutes = row.minutes if row else DEFAULT_TARGET_MINUTES
        share = row.share if row else round(DEFAULT_TARGET_SHARE * 100)
        targets.append(WaitTarget(category=code, minutes=minutes, share=share, name=category.name))
    return targets


def save_targets(
    session: Session, hall_code: str, body: WaitTargets, actor: str, now: datetime
) -> WaitTargets:
    """Set the targets given (others unchanged); refused as a whole before anything is written."""
    hall = load_hall(session, hall_code)
    seen: set[str] = set()
    for target in body.targets:
        if target.category not in hall.categories:
            raise NotFound(f"本大厅没有编码为“{target.category}”的业务类别", code="unknown_category")
        if target.category in seen:
            raise BadRequest(f"业务类别“{hall.categories[target.category].name}”的等候目标填写了两次")
        seen.add(target.category)
    for target in body.targets:
        row = session.get(WaitTargetRow, (hall_code, target.category))
        if row is None:
            row = WaitTargetRow(hall_code=hall_code, category=target.category)
            session.add(row)
        row.minutes, row.share, row.updated_at, row.updated_by = target.minutes, target.share, now, actor
    said = "，".join(
        f"{hall.categories[t.category].name}{t.share}%在{t.minutes}分钟内叫号" for t in body.targets
    )
    audit(session, now, "staffing_targets", username=actor, detail=f"{hall_code}：{said or '无变化'}")
    session.flush()
    return WaitTargets(targets=read_targets(session, hall))


# --- the view ----------------------------------------------------------------------------------
def window_plans(session: Session, hall: HallQueue) -> list[tuple[WindowPlan, int]]:
    """Each window as it serves now, with its assignment version (what a suggestion is applied
    against) and the categories its signed-in clerk may serve: a closed or paused window serves
    nobody, and a move never gives a clerk a category they are not qualified for."""
    paused = set(
        session.scalars(
            select(WindowStateRow.window).where(
                WindowStateRow.hall_code == hall.code, WindowStateRow.paused.is_(True)
            )
        )
    )
    qualified = hall_qualifications(session, hall.code)
    plans = []
    for name, state in read_states(session, hall.code).items():
        served = {code: w for code, w in state.categories.items() if w > 0 and code in hall.categories}
        is_open = state.open and bool(served) and name not in paused
        clerk = qualified.get(state.clerk) if state.clerk else None
        plans.append((WindowPlan(name, served, is_open, clerk), state.version))
    return plans


def _effect(a: CategoryAssessment, b: CategoryAssessment, hall: HallQueue) -> CategoryEffect:
    return CategoryEffect(
        category=a.code,
        name=hall.categories[a.code].name,
        mean_wait_before=a.mean_wait,
        mean_wait_after=b.mean_wait,
        within_before=a.called_within_target,
        within_after=b.called_within_target,
    )


def _suggestion(move: Move, versions: dict[str, int], hall: HallQueue) -> StaffingSuggestion:
    donor = None
    if move.from_before is not None and move.from_after is not None:
        donor = _effect(move.from_before, move.from_after, hall)
    return StaffingSuggestion(
        window=move.window,
        from_category=move.from_category,
        to_category=move.to_category,
        categories_before=dict(move.categories_before),
        categories_after=dict(move.categories_after),
        version=versions.get(move.window, 0),
        to_effect=_effect(move.to_before, move.to_after, hall),
        from_effect=donor,
    )


def staffing_view(session: Session, hall_code: str, now: datetime) -> StaffingView:
    hall = load_hall(session, hall_code)  # NotFound for a hall that does not exist
    local = now.astimezone(HALL_TIMEZONE)
    now_hour = local.hour + local.minute / 60 + local.second / 3600
    codes = [code for code, category in hall.categories.items() if category.active]
    history = gather_history(session, hall_code, local.date())
    by_hour = forecast_hours(history.past_days, history.today, codes, now_hour)
    targets = {t.category: t for t in read_targets(session, hall)}
    loads = []
    for code in codes:
        mean, count = history.services.get(code, (0.0, 0))
        loads.append(
            CategoryLoad(
                code=code,
                forecast_next_hour=next_hour_arrivals(by_hour[code], now_hour),
                waiting_now=history.waiting.get(code, 0),
                service_minutes=mean if count >= MIN_SERVICES else float(hall.policy.default_service_minutes),
                target_minutes=targets[code].minutes,
                target_share=targets[code].share / 100,
            )
        )
    plans = window_plans(session, hall)
    windows = [plan for plan, _ in plans]
    versions = {plan.name: version for plan, version in plans}
    figures = hindcast(history.past_days, history.today, codes, now_hour)
    return StaffingView(
        hall_code=hall_code,
        at=now,
        now_hour=round(now_hour, 4),
        history_days=len(history.past_days),
        categories=[
            _category(a, load, history, hall, targets[a.code])
            for a, load in zip(assess_hall(windows, loads), loads, strict=True)
        ],
        suggestions=[_suggestion(m, versions, hall) for m in suggest_moves(windows, loads)],
        hours=[
            HourFigure(
                hour=f.hour,
                forecast=f.forecast,
                actual=f.actual,
                by_category=dict(f.by_category),
                actual_by_category=dict(f.actual_by_category),
            )
            for f in figures
        ],
        forecast_error=forecast_error(figures, now_hour),
    )


def _category(
    a: CategoryAssessment, load: CategoryLoad, history: History, hall: HallQueue, target: WaitTarget
) -> CategoryStaffing:
    return CategoryStaffing(
        code=a.code,
        name=hall.categories[a.code].name,
        forecast_next_hour=load.forecast_next_hour,
        waiting_now=load.waiting_now,
        service_minutes=load.service_minutes,
        service_from_history=history.services.get(a.code, (0.0, 0))[1] >= MIN_SERVICES,
        needed=a.needed,
        serving=a.capacity,
        windows=list(a.windows),
        mean_wait_minutes=a.mean_wait,
        called_within_target=a.called_within_target,
        meets_target=a.meets_target,
        target_minutes=target.minutes,
        target_share=target.share,
    )
