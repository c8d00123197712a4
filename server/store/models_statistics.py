"""统计报表's store (migrations 0016_statistics, 0017_statistics_rollup, 0020_statistics_case_keys):
the indexes its live figures read through, and what it keeps of the hall's closed days so that
a year's report does not recompute them from every ticket, event, case and rating of the year.

A report over a year of a busy hall must not read every event of it: the queue's figures look
up the few events a ticket needs by its id, the 过号 and 转移 marks by kind, the decisions of
cases by kind and time, overdue cases by their promised date, ratings by their time. Declared
here, on the tables of server.store.models, so that one metadata (server.store.schema) holds
them beside the migrations that make them.

Kept per closed day (server/manager/statistics_rollup.py and statistics_case_rollup.py say when
they are written and forgotten):

* statistics_tickets: one row per ticket, exactly what the live statement derives for it. Its
  p90 indexes (by wait and by service, for the whole hall and per category, window and clerk,
  the day last) hold the top quarter of each day's values of a key and let a nearest-rank p90
  over a year be read from the top of one index: the ⌈0.9·n⌉-th smallest of n values is the
  (n − ⌈0.9·n⌉ + 1)-th largest, about a tenth of them.
* statistics_ticket_sums: per day and per key of each grouping (the whole hall, category,
  window, clerk, hour of issue) the counts and the sums of waits and services in whole
  microseconds, so that a mean over any days is the same integer sum whatever the order.
* statistics_case_sums: per day and key (the whole hall, window, clerk, matter) the decisions,
  the overdue cases and the ratings by level; statistics_case_overdue names the cases kept as
  overdue (a case's promised date may move later), statistics_case_keys the cases each day
  counts and the keys it counted them under, statistics_case_cursor how far the change log's
  case changes have been read.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Float, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from server.store.models import (
    Base,
    QueueEventRow,
    RatingRow,
    ServerCaseEventRow,
    ServerCaseRow,
    UtcDateTime,
)

STATISTICS_INDEXES = (
    Index("ix_queue_events_ticket", QueueEventRow.ticket_id, QueueEventRow.id),
    Index("ix_queue_events_kind_day", QueueEventRow.hall_code, QueueEventRow.kind, QueueEventRow.day),
    Index("ix_case_events_case_kind", ServerCaseEventRow.case_id, ServerCaseEventRow.kind),
    Index("ix_case_events_kind_at", ServerCaseEventRow.kind, ServerCaseEventRow.at),
    Index("ix_cases_hall_promised", ServerCaseRow.hall_code, ServerCaseRow.promised_date),
    Index("ix_ratings_hall_rated", RatingRow.hall_code, RatingRow.rated_at),
)


class StatisticsDayRow(Base):
    """A closed day of a hall whose tickets' facts are in statistics_tickets (a day without
    tickets has none: it may still get them, server/manager/statistics_rollup.py)."""

    __tablename__ = "statistics_days"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    tickets: Mapped[int] = mapped_column(Integer)
    kept_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StatisticsTicketRow(Base):
    """One ticket of a closed day as the report counts it (statistics_queue.ticket_facts), and
    whether its wait and service are among the top quarter of its day's under each grouping's
    key (the p90 indexes hold only those: P90_INDEXES)."""

    __tablename__ = "statistics_tickets"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    window: Mapped[str] = mapped_column(String(50))  # who served it ('' if never called)
    clerk: Mapped[str] = mapped_column(String(64))  # username of its 办结, else of its last call
    hour: Mapped[int] = mapped_column(SmallInteger)  # the hall's hour of issue
    served: Mapped[int] = mapped_column(SmallInteger)  # 1: 办结
    wait: Mapped[float | None] = mapped_column(Float, nullable=True)  # seconds, issue → first call
    service: Mapped[float | None] = mapped_column(Float, nullable=True)  # seconds, first call → 办结
    no_show: Mapped[int] = mapped_column(SmallInteger)
    transferred: Mapped[int] = mapped_column(SmallInteger)
    # 1: among the top quarter of the day's values of its key (the whole hall's, its category's…)
    top_hall_wait: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    top_hall_service: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    top_category_wait: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    top_category_service: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    top_window_wait: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    top_window_service: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    top_clerk_wait: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    top_clerk_service: Mapped[int] = mapped_column(SmallInteger, server_default="0")


P90_KEYS = {"hall": None, "category": "category", "window": "window", "clerk": "clerk"}
MEASURES = ("wait", "service")


def top_flag(by: str, measure: str) -> str:
    return f"top_{by}_{measure}"


# the p90 walks (server/manager/statistics_p90.py): the top quarter (and eight more, see
# statistics_rollup.TOP_SHARE) of each day's values of one key, from the largest down, the day
# last so a period's values are told apart inside the index.
# A quarter is enough for a long period's p90 (about its top tenth) and makes the indexes small
# enough to be written a year at a time; the walk checks it had every value it needed.
P90_INDEXES = tuple(
    Index(
        f"ix_statistics_tickets_{by}_{measure}",
        StatisticsTicketRow.hall_code,
        *((StatisticsTicketRow.__table__.c[column],) if column else ()),
        StatisticsTicketRow.__table__.c[measure],
        StatisticsTicketRow.day,
        postgresql_where=StatisticsTicketRow.__table__.c[top_flag(by, measure)] == 1,
        sqlite_where=StatisticsTicketRow.__table__.c[top_flag(by, measure)] == 1,
    )
    for by, column in P90_KEYS.items()
    for measure in MEASURES
)


class StatisticsTicketSumRow(Base):
    """One key of one grouping on a kept day: what the queue's figures add up (the means are
    sums ÷ counts; waits and services in whole microseconds, so the sums are exact integers)."""

    __tablename__ = "statistics_ticket_sums"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    by: Mapped[str] = mapped_column(String(10), primary_key=True)  # hall, category, window, clerk, hour
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)  # the clerk's username; the hour as text
    tickets: Mapped[int] = mapped_column(Integer)
    served: Mapped[int] = mapped_column(Integer)
    no_shows: Mapped[int] = mapped_column(Integer)
    transfers: Mapped[int] = mapped_column(Integer)
    waits: Mapped[int] = mapped_column(Integer)  # tickets called (with a wait)
    wait_us: Mapped[int] = mapped_column(BigInteger)
    services: Mapped[int] = mapped_column(Integer)  # tickets 办结 (with a service)
    service_us: Mapped[int] = mapped_column(BigInteger)
    # the smallest value of the day's top quarter (the p90 indexes hold the values from it up)
    wait_cut: Mapped[float | None] = mapped_column(Float, nullable=True)
    service_cut: Mapped[float | None] = mapped_column(Float, nullable=True)


class StatisticsCaseDayRow(Base):
    """A closed day of a hall whose cases' and ratings' figures are in statistics_case_sums
    (every closed day a report covered, with or without cases)."""

    __tablename__ = "statistics_case_days"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    ratings: Mapped[int] = mapped_column(Integer)  # given that day: a late one shows as a new count
    kept_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StatisticsCaseSumRow(Base):
    """One key of one grouping on a kept day: decisions, overdue cases, ratings by level."""

    __tablename__ = "statistics_case_sums"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    by: Mapped[str] = mapped_column(String(10), primary_key=True)  # hall, window, clerk, matter
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)  # a matter's name as its cases recorded it; else ""
    accepted: Mapped[int] = mapped_column(Integer)
    supplement: Mapped[int] = mapped_column(Integer)
    refused: Mapped[int] = mapped_column(Integer)
    overdue: Mapped[int] = mapped_column(Integer)
    level_1: Mapped[int] = mapped_column(Integer)
    level_2: Mapped[int] = mapped_column(Integer)
    level_3: Mapped[int] = mapped_column(Integer)
    level_4: Mapped[int] = mapped_column(Integer)
    level_5: Mapped[int] = mapped_column(Integer)


class StatisticsCaseOverdueRow(Base):
    """A case a kept day counts as overdue (its promised date): should the case change, that day
    is forgotten even if its promised date has moved away from it since."""

    __tablename__ = "statistics_case_overdue"
    __table_args__ = (Index("ix_statistics_case_overdue_case", "case_id"),)

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class StatisticsCaseCursorRow(Base):
    """Up to where the hall's case changes in the change log have been applied to its kept days."""

    __tablename__ = "statistics_case_cursor"

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    txid: Mapped[int] = mapped_column(BigInteger)
    change_id: Mapped[int] = mapped_column(BigInteger)


class StatisticsCaseKeyRow(Base):
    """A case a kept day counts (decided, rated or overdue that day), the keys it counted it
    under (its window, clerk, matter and the matter's name, joined by \x1f) and how many of its
    decisions (migration 0020): a change of the case forgets the day only if these moved
    (server/manager/statistics_case_changes.py)."""

    __tablename__ = "statistics_case_keys"
    __table_args__ = (Index("ix_statistics_case_keys_case", "case_id"),)

    hall_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    counted_under: Mapped[str] = mapped_column(String)
    decisions: Mapped[int] = mapped_column(Integer)  # its 受理, 补正, 不予受理 that day
