"""Which account a window terminal may name as the one who acted: the clerk signed in at it.

A window records the signed-in account's user name with everything it pushes that a person did
there — a rating's clerk (好差评), and each change to a citizen's record (收件, 受理, 补正, 不予受理,
出件, a scanned page attached, turned or removed) — beside the display name it showed, since two
clerks of one hall may share a name (王芳 is common). The server keeps the account only when it
could have been signed in at the window that recorded it, so a window terminal cannot put any name
it likes on a record (a made-up account, another hall's, a back-office one).

The server can check the account only as it stands when the push arrives, and a window may push
days after the act (offline first: offline sign-in against cached password hashes). So an account
that no longer serves at the hall (deactivated, moved to another hall, given another role) is
still accepted for an act recorded no later than the account's last change: that change may have
come after the act. What is refused is an act recorded after the account last changed while it
serves elsewhere or not at all, such as one by a deactivated clerk still signed in offline on a
window that had not yet learned of it. The act's time is the window's clock, data the window could
forge; a window forging it could as well name a clerk still on duty, so the check stops mistakes
and stale sign-ins, not a terminal that lies about everything (that one is revoked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class WindowAccount:
    """The account a pushed record names, as the server knows it when the push arrives."""

    serves_hall: bool  # its role may sign in at a window of the terminal's hall, and it is of that hall
    active: bool
    changed_at: datetime  # its last change: a deactivation, a move to another hall, a new role


def may_act_at_window(account: WindowAccount | None, acted_at: datetime) -> bool:
    """Whether a record made at a window at `acted_at` may name `account` (None: no such
    account) as the person signed in there."""
    if account is None:
        return False
    if account.serves_hall and account.active:
        return True
    return acted_at <= account.changed_at
