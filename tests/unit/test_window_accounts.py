"""Which account a pushed record (a rating, a case event, a page) may name as the one signed in at
the window (app/domain/window_accounts.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.window_accounts import WindowAccount, may_act_at_window

CLOSED_AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
BEFORE, AFTER = CLOSED_AT - timedelta(days=2), CLOSED_AT + timedelta(minutes=1)


def test_a_clerk_on_duty_at_the_hall_may_be_named_whenever_the_act_was_recorded():
    on_duty = WindowAccount(serves_hall=True, active=True, changed_at=CLOSED_AT)
    assert may_act_at_window(on_duty, BEFORE) and may_act_at_window(on_duty, AFTER)


def test_no_account_may_not_be_named():
    assert not may_act_at_window(None, BEFORE)


@pytest.mark.parametrize(
    "account",
    [
        WindowAccount(serves_hall=True, active=False, changed_at=CLOSED_AT),  # deactivated
        WindowAccount(serves_hall=False, active=True, changed_at=CLOSED_AT),  # moved to another hall
        WindowAccount(serves_hall=False, active=False, changed_at=CLOSED_AT),
    ],
    ids=["deactivated", "moved", "both"],
)
def test_an_account_no_longer_serving_is_named_only_for_an_act_recorded_before_it_changed(account):
    # pushed days later from a window that was offline: the change may have come after the act
    assert may_act_at_window(account, BEFORE)
    assert may_act_at_window(account, CLOSED_AT)
    # recorded after the account last changed: it was no longer serving here
    assert not may_act_at_window(account, AFTER)
