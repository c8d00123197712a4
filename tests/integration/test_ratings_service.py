"""好差评 ratings against a real SQLite file: one per case, validated, with their outbox entry."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.services.errors import NotFound, RuleViolation, ValidationFailed
from app.services.sign_in import SignedInUser
from app.services.views import PartyInput
from drivers.evaluator import Rating
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)
PAD = "sim://?level=5"


def accepted_case(services):
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    services.intake.receive_remaining(case.id)
    return services.intake.accept(case.id).case


def outbox(services) -> list[tuple[str, str]]:
    con = sqlite3.connect(services.settings.database_path)
    try:
        return list(con.execute("select kind, payload from outbox order by seq"))
    finally:
        con.close()


def test_a_rating_is_kept_once_with_its_outbox_entry(services, clock):
    case = accepted_case(services)
    kept = services.ratings.record(case.id, Rating("r-1", 4), PAD)
    assert (kept.level, kept.level_label, kept.is_bad, kept.rated_at) == (4, "满意", False, clock.now)
    assert (kept.clerk, kept.window, kept.source) == ("李晓梅", "3号综合窗口", PAD)
    assert services.ratings.rating_of(case.id) == kept
    kind, payload = outbox(services)[-1]
    assert kind == "rating.recorded"
    sent = json.loads(payload)
    assert (sent["case_number"], sent["level"], sent["rating_id"]) == (case.number, 4, "r-1")


def test_a_second_rating_of_the_same_case_is_refused_and_the_first_stays(services):
    case = accepted_case(services)
    services.ratings.record(case.id, Rating("r-1", 5), PAD)
    entries = len(outbox(services))
    with pytest.raises(RuleViolation) as caught:
        services.ratings.record(case.id, Rating("r-2", 1, ("R07",)), PAD)
    assert "一次一评" in str(caught.value)
    assert services.ratings.rating_of(case.id).level == 5
    assert len(outbox(services)) == entries  # nothing of the refused one was written


def test_a_bad_rating_keeps_its_reasons_and_text(services):
    case = accepted_case(services)
    kept = services.ratings.record(case.id, Rating("r-1", 2, ("R04", "I2"), "  等了一个小时 "), PAD)
    assert kept.is_bad and kept.level_label == "不满意"
    assert kept.reasons == (("R04", "排队等候时间长"), ("I2", "服务效率"))
    assert kept.comment == "等了一个小时"


@pytest.mark.parametrize(
    "rating, words",
    [
        (Rating("r", 1), "须至少选择一项原因"),
        (Rating("r", 6), "1至5"),
        (Rating("r", 5, ("R07",)), "不是差评"),
        (Rating("r", 2, ("ZZZ",)), "代码表"),
    ],
)
def test_invalid_ratings_are_refused_with_the_reason_and_nothing_is_written(services, rating, words):
    case = accepted_case(services)
    entries = len(outbox(services))
    with pytest.raises(ValidationFailed) as caught:
        services.ratings.record(case.id, rating, PAD)
    assert words in str(caught.value)
    assert services.ratings.rating_of(case.id) is None
    assert len(outbox(services)) == entries


def test_a_draft_cannot_be_rated_and_an_unknown_case_is_not_found(services):
    draft = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    with pytest.raises(RuleViolation):
        services.ratings.record(draft.id, Rating("r", 5), PAD)
    with pytest.raises(NotFound):
        services.ratings.record("no-such-case", Rating("r", 5), PAD)
    assert services.ratings.rating_of(draft.id) is None


def stored_clerk(services, rating_id: str) -> tuple[str, str | None]:
    con = sqlite3.connect(services.settings.database_path)
    try:
        return con.execute("select clerk, clerk_username from ratings where id = ?", (rating_id,)).fetchone()
    finally:
        con.close()


def test_a_rating_names_the_signed_in_clerks_account_beside_their_name(services):
    # two clerks of the hall are called 王芳: the account tells whose service was rated
    services.use_clerk(SignedInUser("wangf2", "王芳", "clerk", "330429", "", offline=True))
    case = accepted_case(services)
    services.ratings.record(case.id, Rating("r-1", 2, ("R07",)), PAD)
    assert stored_clerk(services, "r-1") == ("王芳", "wangf2")
    kind, payload = outbox(services)[-1]
    sent = json.loads(payload)
    assert (kind, sent["clerk"], sent["clerk_username"]) == ("rating.recorded", "王芳", "wangf2")


def test_a_rating_where_nobody_signed_in_names_no_account(services):
    case = accepted_case(services)
    services.ratings.record(case.id, Rating("r-1", 5), PAD)
    assert stored_clerk(services, "r-1") == ("李晓梅", None)
    sent = json.loads(outbox(services)[-1][1])
    assert (sent["clerk"], sent["clerk_username"]) == ("李晓梅", None)
