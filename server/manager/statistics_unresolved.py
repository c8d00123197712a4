"""办不成事 反映 in 统计报表: how many reports were taken down in the period, beside the 差评.

Counted live on every report, for closed days too: reports are few (a hall's year is thousands,
not the hundreds of thousands of decisions and ratings statistics_case_rollup keeps days of), the
count walks the (hall, reported_on) index, and a report pushed days late is counted at once with
nothing to forget. A report counts on the hall's date it was made (reported_on), under the
window that took it down and the matter it names (its code; "" when it names none).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.statistics import Grouping, Period
from server.store.models_unresolved import UnresolvedReportRow

R = UnresolvedReportRow


@dataclass(frozen=True)
class ReportCount:
    count: int
    name: str = ""  # a matter's name as its reports recorded it (the greatest, if they differ)


def unresolved_counts(
    session: Session, hall_code: str, period: Period, grouping: Grouping
) -> tuple[dict[str, ReportCount], int]:
    """({key: count} of the grouping, empty for the hall's and for one that does not carry
    reports; the whole hall's count)."""
    in_period = (R.hall_code == hall_code) & R.reported_on.between(period.start, period.end)
    whole = session.scalar(select(func.count()).where(in_period)) or 0
    if grouping is Grouping.WINDOW:
        key = R.window
    elif grouping is Grouping.MATTER:
        key = R.matter_code
    else:
        return {}, whole
    found = session.execute(
        select(key, func.count(), func.max(R.matter_name)).where(in_period).group_by(key)
    ).all()
    named = grouping is Grouping.MATTER
    return {k or "": ReportCount(n, (name or "") if named else "") for k, n, name in found}, whole
