"""The few SQL expressions the statistics need that PostgreSQL and SQLite spell differently.

Timestamps are stored as UTC on both engines (SQLite as 'YYYY-MM-DD HH:MM:SS.ffffff' text).
The hall's clock is Asia/Shanghai, which has had no daylight saving since 1991, so on SQLite a
fixed +8 hours gives the hall's local hour and date; PostgreSQL converts with the zone's name.
Everything else (window functions for the nearest-rank p90, CASE, COALESCE, JSON paths) is
written once in SQLAlchemy Core and runs on both.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Float, Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.domain.hall_time import HALL_TIMEZONE

ZONE = str(HALL_TIMEZONE)  # Asia/Shanghai
SQLITE_OFFSET = "+8 hours"  # the same zone on SQLite (no DST: see the module's note)


class seconds_between(FunctionElement):
    """later − earlier in seconds (a float); NULL when either is NULL."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(seconds_between, "postgresql")
def _seconds_pg(element, compiler, **kw) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({later} - {earlier}))::float8"


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element, compiler, **kw) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({later}) - julianday({earlier})) * 86400.0)"


class local_hour(FunctionElement):
    """The hall's hour of the day (0…23) of a UTC timestamp."""

    type = Integer()
    inherit_cache = True
    name = "local_hour"


@compiles(local_hour, "postgresql")
def _hour_pg(element, compiler, **kw) -> str:
    (moment,) = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(EXTRACT(HOUR FROM ({moment} AT TIME ZONE '{ZONE}')) AS INTEGER)"


@compiles(local_hour, "sqlite")
def _hour_sqlite(element, compiler, **kw) -> str:
    (moment,) = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(strftime('%H', {moment}, '{SQLITE_OFFSET}') AS INTEGER)"


class local_date(FunctionElement):
    """The hall's date of a UTC timestamp, comparable with a Date column on both engines."""

    type = String()
    inherit_cache = True
    name = "local_date"


@compiles(local_date, "postgresql")
def _date_pg(element, compiler, **kw) -> str:
    (moment,) = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(({moment} AT TIME ZONE '{ZONE}') AS DATE)"


@compiles(local_date, "sqlite")
def _date_sqlite(element, compiler, **kw) -> str:
    (moment,) = (compiler.process(c, **kw) for c in element.clauses)
    return f"date({moment}, '{SQLITE_OFFSET}')"


def as_date(value) -> date:
    """A day as SQL handed it back (SQLite gives local_date's and a literal's as text)."""
    return value if isinstance(value, date) else date.fromisoformat(value)
