"""Which ratings rate a clerk's service: by account where the rating names one, by display name
only where the name cannot be anybody else's.

A rating names the clerk's account beside the display name the window showed (migration 0018,
app/domain/window_accounts.py). Ratings kept before that, or from a window where nobody signed in,
have only the name, and two clerks of one hall may share it (王芳 is common): read by name, each
would see, and could ask review of, the other's 差评. So such a rating is a clerk's by display name
only while no other active account of the hall has that name; a user name recorded as the clerk
(a workbench configured by hand) is unambiguous and always counts.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from server.store.models import RatingRow, UserRow


def name_is_shared(session: Session, hall_code: str, user: UserRow) -> bool:
    """Whether another active account of the hall has `user`'s display name."""
    return session.scalar(
        select(
            exists().where(
                UserRow.hall_code == hall_code,
                UserRow.display_name == user.display_name,
                UserRow.username != user.username,
                UserRow.active.is_(True),
            )
        )
    )


def ratings_of(session: Session, hall_code: str, user: UserRow) -> ColumnElement[bool]:
    """The condition on RatingRow for the ratings of `user`'s service at the hall `hall_code`."""
    names = [user.username]
    if not name_is_shared(session, hall_code, user):
        names.append(user.display_name)
    without_account = RatingRow.clerk_username.is_(None) & RatingRow.clerk.in_(names)
    return or_(RatingRow.clerk_username == user.username, without_account)


def ratings_named(session: Session, hall_code: str, text: str) -> ColumnElement[bool]:
    """The follow-up list's filter by clerk, as the hall manager typed it: a user name picks that
    account's ratings alone (ratings_of); a display name, as before, the ratings that show it —
    every namesake's — and those of the accounts that bear it now (a clerk renamed since)."""
    account = session.get(UserRow, text)
    if account is not None:
        return ratings_of(session, hall_code, account)
    bearing = select(UserRow.username).where(UserRow.hall_code == hall_code, UserRow.display_name == text)
    return or_(RatingRow.clerk == text, RatingRow.clerk_username.in_(bearing))
