"""cached accounts say when their password must be changed first; sign-in failures kept on disk;
a page's image purged from the PC

case_pages.purged_at: the hall's keeping period after the case closed is over and the server holds
the image, so the file is gone from this PC (app/services/pages/retention.py); the row stays.

cached_users.must_change_password: a password set by another's hand (a new account, a reset)
needs the server to be changed, so such an account cannot sign in offline. sign_in_failures: the
lock-out after repeated wrong passwords holds across a restart of the workbench (等保: the count
must not reset by closing the program).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cached_users") as batch:
        batch.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("case_pages") as batch:
        batch.add_column(sa.Column("purged_at", sa.DateTime(), nullable=True))
    op.create_table(
        "sign_in_failures",
        sa.Column("username", sa.String(length=64), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sign_in_failures")
    with op.batch_alter_table("case_pages") as batch:
        batch.drop_column("purged_at")
    with op.batch_alter_table("cached_users") as batch:
        batch.drop_column("must_change_password")
