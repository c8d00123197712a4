"""申请复核 at the window (Ctrl+Shift+R): the clerk sees their own 差评 without who gave them,
asks for review with a reason, and a blank reason or no server is told plainly (SQLite server)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from followup_hall import APPLICANT, followup_hall  # (tests/server) a hall with a 差评

from app.domain.rating_followups import ReviewDecision
from app.services.rating_reviews import RatingReviews
from app.sync.case_transport import CaseTransport
from app.sync.transport import HttpTransport
from server.app import create_app
from server.config import ServerConfig
from ui.ratings.review_dialog import RatingReviewDialog
from ui.worker import Worker


@pytest.fixture
def hall(tmp_path):
    config = ServerConfig(
        database_url=f"sqlite:///{tmp_path / 'server.sqlite3'}", blob_dir=tmp_path / "blobs"
    )
    app = create_app(config)
    with TestClient(app) as client:
        yield followup_hall(client, app.state.ctx)


def window_reviews(hall) -> RatingReviews:
    token = hall.clerk["Authorization"].split(" ", 1)[1]
    http = HttpTransport(
        "http://testserver", client=hall.client, terminal_id=hall.window.id, secret=hall.window.secret
    )
    link = CaseTransport(http, lambda: token)
    return RatingReviews(lambda: link, lambda: token)


def opened(qtbot, reviews: RatingReviews) -> RatingReviewDialog:
    dialog = RatingReviewDialog(Worker(), reviews)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.loaded or dialog.message.text() not in ("", dialog.tr("正在读取……")))
    return dialog


def test_the_clerk_asks_for_review_of_their_own_bad_rating(qtbot, hall):
    hall.rate(level=1)
    hall.rate(level=4)  # not a 差评: not listed
    dialog = opened(qtbot, window_reviews(hall))
    assert dialog.table.rowCount() == 1
    shown = " ".join(dialog.table.item(0, c).text() for c in range(dialog.table.columnCount()))
    assert "非常不满意" in shown and "排队等候时间长" in shown and "结婚登记" in shown
    assert APPLICANT["name"] not in shown and APPLICANT["phone"] not in shown
    dialog.ask()  # no reason yet
    qtbot.waitUntil(lambda: "理由" in dialog.message.text())
    dialog.reason.setPlainText("申请人未办理业务即给出差评")
    dialog.ask()
    qtbot.waitUntil(lambda: dialog.ratings and dialog.ratings[0].review is ReviewDecision.PENDING)
    assert not dialog.ask_button.isEnabled()  # once per rating


def test_without_a_server_the_clerk_is_told_it_needs_one(qtbot):
    dialog = opened(qtbot, RatingReviews(lambda: None, lambda: ""))
    assert "须连接中心服务器" in dialog.message.text() and dialog.table.rowCount() == 0
