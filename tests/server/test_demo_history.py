"""The demo hall's history (server/demo_history): its shape, and that it went through the write paths.

One week is generated once for the module, on SQLite as the demo's embedded server has it: the
week before Wednesday 14 October 2026, which holds the end of the National Day holiday (7
October), a 调休 Saturday that is a working day (10 October), a Sunday, a Friday and a Monday.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, time

import pytest
from seeded_server import demo_catalog
from sqlalchemy import func, select
from stored_text import everything_stored, holds, id_numbers_in, mobiles_in

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.id_numbers import validate_resident_id
from app.domain.working_days import WorkCalendar
from server.app import create_app
from server.config import ServerConfig
from server.demo_history import CLERKS, generate_history, has_history
from server.demo_history.followups import _plan
from server.seed import DEMO_HALL, DEMO_PASSWORD, seed_demo
from server.store.models import (
    AuditRow,
    NoticeRow,
    QueueEventRow,
    RatingRow,
    ServerCaseEventRow,
    ServerCaseRow,
    TicketRow,
)
from server.store.models_followups import FollowupEventRow, FollowupRow

TODAY = date(2026, 10, 14)  # a Wednesday
MONDAY, FRIDAY, MAKE_UP_SATURDAY = date(2026, 10, 12), date(2026, 10, 9), date(2026, 10, 10)
HOLIDAY = date(2026, 10, 7)  # a Wednesday of the National Day holiday


def _counts(ctx) -> dict[str, int]:
    tables = (TicketRow, QueueEventRow, ServerCaseRow, ServerCaseEventRow, RatingRow, NoticeRow)
    with ctx.sessions() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in tables}


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    folder = tmp_path_factory.mktemp("history")
    config = ServerConfig(database_url=f"sqlite:///{folder / 'server.sqlite3'}", blob_dir=folder / "blobs")
    ctx = create_app(config).state.ctx
    seed_demo(ctx, demo_catalog())
    report = generate_history(ctx, DEMO_HALL, DEMO_PASSWORD, weeks=1, today=TODAY)
    return ctx, report


@pytest.fixture(scope="module")
def tickets(history):
    ctx, _ = history
    with ctx.sessions() as s:
        return s.execute(select(TicketRow).where(TicketRow.hall_code == DEMO_HALL)).scalars().all()


def test_numbers_only_on_the_working_days_before_today(history, tickets):
    _, report = history
    days = {t.day for t in tickets}
    calendar = WorkCalendar()
    assert days == {date(2026, 10, 8), FRIDAY, MAKE_UP_SATURDAY, MONDAY, date(2026, 10, 13)}
    assert all(calendar.is_workday(d) and d < TODAY for d in days)
    assert HOLIDAY not in days and date(2026, 10, 11) not in days  # the holiday, the Sunday
    assert report.complete and report.days == 5 and report.tickets == len(tickets)


def test_a_week_of_the_hall_leaves_no_name_id_or_phone_in_clear_in_its_database(history, tickets):
    """Issue 14: a week of the demo hall (tickets read from ID cards, calls, cases with their
    people, SMS notices, ratings, follow-ups), and the database shows none of its citizens."""
    ctx, _ = history
    names = {t.applicant["name"] for t in tickets if t.applicant}  # opened by the sealed column
    assert len(names) > 20
    stored = everything_stored(ctx)
    assert id_numbers_in(stored) == [] and mobiles_in(stored) == []
    assert sorted(n for n in names if holds(stored, n)) == []


def test_every_number_ended_served_or_no_show(tickets):
    states = Counter(t.state for t in tickets)
    assert set(states) == {"finished", "dropped"}
    assert 0 < states["dropped"] < 0.1 * len(tickets)
    assert all(t.finished_at is not None for t in tickets if t.state == "finished")


def test_mondays_are_busy_fridays_quiet_and_lunch_dips(tickets):
    per_day = Counter(t.day for t in tickets)
    assert per_day[MONDAY] > 1.15 * per_day[FRIDAY]
    hours = Counter(_local(t.issued_at).hour for t in tickets)
    assert hours[12] < 0.4 * hours[9] and hours[12] < 0.4 * hours[10]
    assert min(_local(t.issued_at).time() for t in tickets) >= time(8, 30)
    assert max(_local(t.issued_at).time() for t in tickets) <= time(16, 45)
    friday = [_local(t.issued_at).hour for t in tickets if t.day == FRIDAY]
    assert sum(h >= 14 for h in friday) < sum(9 <= h < 12 for h in friday)


def test_categories_in_their_shares(tickets):
    # the category a number was issued in (a transfer changes the row's category afterwards)
    shares = Counter(t.number[0] for t in tickets)
    total = sum(shares.values())
    assert 0.36 < shares["A"] / total < 0.56  # 综合受理
    assert shares["A"] > shares["D"] > shares["B"]  # 社保医保 before 企业开办
    assert all(shares[p] > 0 for p in "ABCD")


def test_service_times_by_category(history):
    ctx, _ = history
    with ctx.sessions() as s:
        served = s.execute(
            select(TicketRow.category, TicketRow.first_called_at, TicketRow.finished_at).where(
                TicketRow.state == "finished"
            )
        ).all()
    minutes: dict[str, list[float]] = {}
    for category, called, finished in served:
        minutes.setdefault(category, []).append((finished - called).total_seconds() / 60)
    median = {c: sorted(m)[len(m) // 2] for c, m in minutes.items()}
    assert 4 < median["general"] < 11 and 9 < median["realty"] < 20
    assert median["realty"] > median["general"]


def test_it_went_through_the_queue_and_sync_paths(history, tickets):
    ctx, _ = history
    with ctx.sessions() as s:
        events = Counter(
            s.execute(select(QueueEventRow.kind).where(QueueEventRow.hall_code == DEMO_HALL)).scalars()
        )
        issued = set(s.scalars(select(QueueEventRow.ticket_id).where(QueueEventRow.kind == "issued")))
        cases = s.scalars(select(ServerCaseRow.id)).all()
        with_events = set(
            s.scalars(select(ServerCaseEventRow.case_id).where(ServerCaseEventRow.source == "window"))
        )
        ratings = s.execute(select(RatingRow.case_id, RatingRow.ticket)).all()
        pending_sms = s.scalar(select(func.count()).where(NoticeRow.status == "pending"))
    assert issued == {t.id for t in tickets}
    assert events["called"] >= len(tickets) and events["finished"] > 0.85 * len(tickets)
    assert events["no_show"] > 0 and events["transferred"] > 0 and events["recalled"] > 0
    assert events["paused"] > 0 and events["resumed"] > 0  # 午休 at two windows
    assert set(cases) == with_events and len(cases) > 0.6 * len(tickets)
    assert {case_id for case_id, _ in ratings} <= set(cases)
    assert all(ticket for _, ticket in ratings)
    assert pending_sms == 0  # the SMS of past days went out back then


def test_cases_decided_as_windows_decide_them(history):
    ctx, _ = history
    with ctx.sessions() as s:
        kinds = Counter(
            s.scalars(select(ServerCaseEventRow.kind).where(ServerCaseEventRow.source == "window"))
        )
        snapshots = s.scalars(select(ServerCaseRow.snapshot)).all()
    assert kinds["accepted"] > 3 * kinds["supplement_requested"] > 0
    assert 0 < kinds["refused"] < kinds["supplement_requested"]
    assert kinds["issued"] > 0  # 即办件 handed out on the spot
    for snapshot in snapshots:
        applicant = snapshot["applicant"]
        validate_resident_id(applicant["cert_number"], TODAY)  # valid check digit, region, birth
        assert applicant["phone"][3:7] == "0000" and applicant["name"]


def test_promised_cases_are_decided_by_the_back_office_and_collected_later(history):
    ctx, _ = history
    timelines = _timelines(ctx)
    decided = [t for t in timelines.values() if ("decided", "backoffice") in [(k, src) for k, src, _ in t]]
    assert decided
    for timeline in decided:
        steps = [(kind, source) for kind, source, _ in timeline]
        accepted = steps.index(("accepted", "window"))  # after a 补正, on the applicant's return
        assert steps[accepted : accepted + 4] == [
            ("accepted", "window"),
            ("step", "backoffice"),
            ("decided", "backoffice"),
            ("result_ready", "backoffice"),
        ]
        # on a later working day than the window's acceptance
        assert _day(timeline[accepted + 1][2]) > _day(timeline[accepted][2])
    collected = [t for t in decided if t[-1][:2] == ("issued", "window")]
    assert collected and all(_day(t[-1][2]) > _day(t[-2][2]) for t in collected)
    with ctx.sessions() as s:
        audited = s.scalar(select(func.count()).where(AuditRow.event == "backoffice_step"))
    assert audited == 3 * len(decided)  # as the back office's route audits each step


def test_supplement_applicants_come_back_another_day_and_are_accepted(history):
    timelines = _timelines(history[0])
    came_back = [
        t for t in timelines.values() if [k for k, _, _ in t[:2]] == ["supplement_requested", "accepted"]
    ]
    assert came_back
    assert all(_day(t[1][2]) > _day(t[0][2]) for t in came_back)


def test_ratings_mostly_good_with_a_few_bad_ones_and_their_reasons(history):
    ctx, _ = history
    with ctx.sessions() as s:
        ratings = s.execute(select(RatingRow.level, RatingRow.reasons, RatingRow.comment)).all()
    levels = Counter(level for level, _, _ in ratings)
    assert levels[5] > levels[4] > levels[3] and levels[5] + levels[4] > 0.85 * len(ratings)
    bad = [(reasons, comment) for level, reasons, comment in ratings if level <= 2]
    assert 0 < len(bad) < 0.05 * len(ratings)
    assert all(reasons and comment for reasons, comment in bad)


def test_ratings_name_their_clerks_account_as_a_signed_in_workbench_does(history):
    ctx, _ = history
    with ctx.sessions() as s:
        named = set(s.execute(select(RatingRow.clerk_username, RatingRow.clerk).distinct()).all())
    assert named == {(username, name) for username, name in CLERKS.values()}


def test_every_bad_rating_has_its_follow_up_opened_on_the_day_it_was_given(history):
    ctx, _ = history
    with ctx.sessions() as s:
        bad = dict(s.execute(select(RatingRow.id, RatingRow.rated_at).where(RatingRow.level <= 2)).all())
        opened = dict(s.execute(select(FollowupRow.rating_id, FollowupRow.rated_on)).all())
    assert bad and set(opened) == set(bad)
    assert all(opened[rating] == _day(at) for rating, at in bad.items())


def test_generated_exactly_once(history):
    ctx, _ = history
    before = _counts(ctx)
    again = generate_history(ctx, DEMO_HALL, DEMO_PASSWORD, weeks=1, today=TODAY)
    assert again.complete and again.days == 0 and again.tickets == 0
    assert _counts(ctx) == before


def test_a_run_stopped_midway_resumes_without_repeating_a_day(tmp_path):
    """Stopped after its first day (the week before Saturday 10 October: the holiday, then the
    8th and the 9th), the history is unmarked; the next run adds the 9th alone."""
    config = ServerConfig(database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", blob_dir=tmp_path / "b")
    ctx = create_app(config).state.ctx
    seed_demo(ctx, demo_catalog())
    first = generate_history(
        ctx, DEMO_HALL, DEMO_PASSWORD, weeks=1, today=MAKE_UP_SATURDAY, keep_going=lambda: not _days(ctx)
    )
    with ctx.sessions() as s:
        assert not first.complete and not has_history(s, DEMO_HALL)
    assert _days(ctx) == {date(2026, 10, 8)} and first.days == 1
    rest = generate_history(ctx, DEMO_HALL, DEMO_PASSWORD, weeks=1, today=MAKE_UP_SATURDAY)
    with ctx.sessions() as s:
        assert rest.complete and has_history(s, DEMO_HALL)
    assert _days(ctx) == {date(2026, 10, 8), FRIDAY} and rest.days == 1


def test_the_same_seed_makes_the_same_history(tmp_path):
    """Two fresh servers, the same day replayed (8 October, after the holiday): the same numbers at
    the same moments, the same cases with the same ids, the same ratings."""
    made = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        config = ServerConfig(database_url=f"sqlite:///{folder / 'server.sqlite3'}", blob_dir=folder / "b")
        ctx = create_app(config).state.ctx
        seed_demo(ctx, demo_catalog())
        generate_history(ctx, DEMO_HALL, DEMO_PASSWORD, weeks=1, today=FRIDAY)
        with ctx.sessions() as s:
            made.append(
                (
                    s.execute(
                        select(TicketRow.number, TicketRow.issued_at, TicketRow.state).order_by(TicketRow.id)
                    ).all(),
                    s.execute(
                        select(ServerCaseRow.id, ServerCaseRow.number, ServerCaseRow.status).order_by(
                            ServerCaseRow.number
                        )
                    ).all(),
                    s.execute(select(RatingRow.id, RatingRow.level).order_by(RatingRow.id)).all(),
                )
            )
    assert made[0] == made[1] and made[0][0] and made[0][1]


def test_it_replays_on_postgresql_too(pg_url, tmp_path):
    """`onewindow-server` in production is PostgreSQL: the same paths, row locks and all (one day)."""
    ctx = create_app(ServerConfig(database_url=pg_url, blob_dir=tmp_path / "b")).state.ctx
    seed_demo(ctx, demo_catalog())
    report = generate_history(ctx, DEMO_HALL, DEMO_PASSWORD, weeks=1, today=FRIDAY)
    with ctx.sessions() as s:
        states = Counter(s.scalars(select(TicketRow.state)))
        decided = s.scalar(select(func.count()).select_from(ServerCaseRow))
    assert report.complete and report.days == 1 and set(states) <= {"finished", "dropped"}
    assert sum(states.values()) == report.tickets > 0 and decided > 0
    ctx.engine.dispose()


def _timelines(ctx) -> dict[str, list[tuple[str, str, object]]]:
    """Each case's events in order: (kind, source, at)."""
    with ctx.sessions() as s:
        rows = s.execute(
            select(
                ServerCaseEventRow.case_id,
                ServerCaseEventRow.kind,
                ServerCaseEventRow.source,
                ServerCaseEventRow.at,
            ).order_by(ServerCaseEventRow.case_id, ServerCaseEventRow.position)
        ).all()
    timelines: dict[str, list] = {}
    for case_id, kind, source, at in rows:
        timelines.setdefault(case_id, []).append((kind, source, at))
    return timelines


def _day(moment) -> date:
    return _local(moment).date()


def _days(ctx) -> set[date]:
    with ctx.sessions() as s:
        return set(s.scalars(select(TicketRow.day).distinct()))


def _local(moment):
    return moment.astimezone(HALL_TIMEZONE)


def test_bad_ratings_of_the_past_are_followed_up_as_a_hall_works_them(history):
    ctx, _ = history
    calendar = WorkCalendar()
    with ctx.sessions() as s:
        rows = s.execute(select(FollowupRow)).scalars().all()
        events = s.execute(select(FollowupEventRow).order_by(FollowupEventRow.id)).scalars().all()
        audited = {a.event for a in s.execute(select(AuditRow)).scalars()}
    last_day = max(d for d in _days(ctx))  # the last replayed day
    for row in rows:
        kinds = [(e.kind, _day(e.at)) for e in events if e.followup_id == row.id]
        if row.rated_on < last_day:  # assigned the next working day, by the manager
            assert row.state != "open" and row.assignee == "zhangjl" and kinds[0][0] == "assign"
        assert [k for k, _ in kinds] == ["assign", "record", "close"][: len(kinds)]
        assert all(on > row.rated_on and calendar.is_workday(on) for _, on in kinds)
        assert [on for _, on in kinds] == sorted(on for _, on in kinds)
        assert (row.state == "closed") == (row.closed_at is not None)
    assert {"followup_assigned"} <= audited


def test_follow_up_plans_mostly_close_within_the_deadline():
    calendar = WorkCalendar()
    rows = [
        FollowupRow(rating_id=f"r{i}", rated_on=date(2026, 9, 1 + i % 28), deadline_days=5, state="open")
        for i in range(400)
    ]
    for row in rows:
        row.due_date = calendar.add_working_days(row.rated_on, row.deadline_days)
    plans = [_plan(row, calendar) for row in rows]
    in_time = sum(plan[1][0] <= row.due_date for plan, row in zip(plans, rows, strict=True))
    assert 0.8 < in_time / len(rows) < 0.95  # a few are late: the report's 按期办结率 is not 100 %
    assert all(a[0] < r[0] < c[0] for a, r, c in plans)
    assert plans == [_plan(row, calendar) for row in rows]  # each its own seeded stream
