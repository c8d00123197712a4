"""办不成事 反映 in 统计报表 beside the 差评 (sqlite and postgresql): counted on the hall's date each
was made, for the hall, by the window that took it down and by the matter it names; a report
pushed after its day was kept is counted at once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sync_helpers import MATTER, OTHER_MATTER
from unresolved_hall import report, unresolved_hall

from server.app import create_app
from server.manager.statistics import UNRECORDED

PATH = "/v1/manager/statistics"
MONDAY, TUESDAY = "2026-11-23", "2026-11-24"


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        app.state.ctx.now = lambda: datetime(2026, 11, 26, 2, 0, tzinfo=UTC)  # Monday is a closed day
        yield client, app.state.ctx


def _rows(hall, by: str, date_from: str = MONDAY, date_to: str = MONDAY) -> tuple[dict, dict]:
    r = hall.client.get(
        PATH, params={"date_from": date_from, "date_to": date_to, "by": by}, headers=hall.manager
    )
    assert r.status_code == 200, r.text
    return r.json()["total"], {row["key"]: row for row in r.json()["rows"]}


def test_reports_are_counted_by_hall_window_and_matter(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    report(hall)
    report(hall, window="2号综合窗口", matter_code=OTHER_MATTER, matter_name="出生登记")
    report(hall, kind="nowhere", matter_code="", matter_name="")  # no matter found for it
    report(hall, reported_at="2026-11-23T23:30:00")  # still Monday in the hall
    report(hall, reported_at="2026-11-24T00:10:00")  # Tuesday
    unresolved_hall(client, ctx, "330100")  # another hall, with none
    total, _ = _rows(hall, "hall")
    assert total["unresolved_reports"] == 4
    total, windows = _rows(hall, "window")
    assert total["unresolved_reports"] == 4
    assert {k: r["unresolved_reports"] for k, r in windows.items()} == {
        "办不成事反映窗口": 3,
        "2号综合窗口": 1,
    }
    _, matters = _rows(hall, "matter")
    assert {k: r["unresolved_reports"] for k, r in matters.items()} == {MATTER: 2, OTHER_MATTER: 1, "": 1}
    assert (matters[OTHER_MATTER]["label"], matters[""]["label"]) == ("出生登记", UNRECORDED)
    assert matters[MATTER]["label"] == "结婚登记" and matters[MATTER]["accepted"] == 0
    for by in ("category", "clerk"):  # a report has no category; its clerk is not the one it is about
        total, rows = _rows(hall, by)
        assert total["unresolved_reports"] == 4 and all(
            r["unresolved_reports"] is None for r in rows.values()
        )
    both, _ = _rows(hall, "hall", MONDAY, TUESDAY)
    assert both["unresolved_reports"] == 5


def test_a_report_pushed_after_its_day_was_kept_is_counted(server):
    client, ctx = server
    hall = unresolved_hall(client, ctx)
    report(hall)
    assert _rows(hall, "window")[0]["unresolved_reports"] == 1  # Monday's figures kept now
    report(hall)  # a window offline since Monday
    total, windows = _rows(hall, "window")
    assert total["unresolved_reports"] == 2 and windows["办不成事反映窗口"]["unresolved_reports"] == 2
