"""a case event a window pushed names the account signed in there (case_events.actor_username)

The window names the signed-in clerk's account with every change to a citizen's record; the
server checks it (app/domain/window_accounts.py) and records the account beside the actor, which
becomes the account's own display name. Events kept before this, those of windows from before
accounts were recorded, and the back office's have none (NULL) and keep the actor as written.

Revision ID: 0019_case_event_actor_username
Revises: 0018_rating_clerk_username
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_case_event_actor_username"
down_revision = "0018_rating_clerk_username"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_events") as batch:
        batch.add_column(sa.Column("actor_username", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_events") as batch:
        batch.drop_column("actor_username")
