"""Two clerks of the hall named 李晓梅 take turns at one window (a real SQLite file, the real server
on SQLite): each 差评 reaches the server naming the account signed in, and each clerk's 申请复核
lists and reaches only their own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sync_server import HALL, SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.domain.rating_followups import ReviewDecision
from app.services.rating_reviews import RatingReviews, ReviewRefused
from app.services.views import PartyInput
from app.settings import demo_settings
from app.sync.protocol import ChangeKind
from drivers.evaluator import Rating
from server.auth.passwords import hash_password
from server.store.models import RatingRow, UserRow
from server.sync.change_log import record_change
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)


def _namesake(server) -> None:
    """lixm2, another clerk of the hall called 李晓梅 (the seed has lixm)."""
    with server.ctx.transaction() as s:
        s.add(
            UserRow(
                username="lixm2",
                display_name="李晓梅",
                role="clerk",
                hall_code=HALL,
                window_name="",
                password_hash=hash_password("onewindow2"),
                active=True,
                updated_at=datetime.now(UTC),
            )
        )
        record_change(s, HALL, ChangeKind.USERS, "lixm2", {})


def _bad_rating(services, rating_id: str) -> None:
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)
    services.intake.receive_remaining(case.id)
    services.intake.accept(case.id)
    services.ratings.record(case.id, Rating(rating_id, 1, ("R07",)), "sim://")


@pytest.fixture
def window(server, tmp_path):
    _namesake(server)
    services = build_services(
        demo_settings(tmp_path / "w03", sample_cases=False), sync_client=Network(server.client)
    )
    services.sync.enrol(SERVER_URL, server.code, "W03 3号综合窗口")
    yield services
    services.close()


def _sign_in(services, username: str, password: str) -> RatingReviews:
    services.use_clerk(services.sign_in.sign_in(username, password))
    return RatingReviews(services.case_link, lambda: services.sign_in.token or "")


def test_each_namesake_sees_and_asks_review_of_their_own_bad_rating_only(server, window):
    _sign_in(window, "lixm", "onewindow")
    _bad_rating(window, "r-lixm")
    window.sign_in.sign_out()
    _sign_in(window, "lixm2", "onewindow2")
    _bad_rating(window, "r-lixm2")
    assert window.sync.sync_once().waiting == 0
    with server.ctx.sessions() as s:
        kept = {r.id: (r.clerk, r.clerk_username) for r in s.query(RatingRow)}
    assert kept == {"r-lixm": ("李晓梅", "lixm"), "r-lixm2": ("李晓梅", "lixm2")}

    second = RatingReviews(window.case_link, lambda: window.sign_in.token or "")
    assert [r.rating_id for r in second.my_bad_ratings()] == ["r-lixm2"]
    with pytest.raises(ReviewRefused) as refused:
        second.ask("r-lixm", "不是我办理的")
    assert "不是对您的服务的评价" in str(refused.value)
    window.sign_in.sign_out()
    first = _sign_in(window, "lixm", "onewindow")
    assert [r.rating_id for r in first.my_bad_ratings()] == ["r-lixm"]
    assert first.ask("r-lixm", "申请人未办理业务即给差评").review is ReviewDecision.PENDING
