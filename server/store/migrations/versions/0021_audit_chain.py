"""the audit log as a hash chain: each entry's seq and MAC, and the chain's sealed head

The rows already there are joined to the chain, in the order they were written, when a server
with the audit key first starts on this schema (server/auth/audit.py: start_chain).

Revision ID: 0021_audit_chain
Revises: 0020_statistics_case_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021_audit_chain"
down_revision = "0020_statistics_case_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("mac", sa.String(length=64), nullable=False, server_default=""))
        batch.create_unique_constraint("uq_audit_log_seq", ["seq"])
    head = op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chain_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.Column("seal", sa.String(length=64), nullable=False),
    )
    op.bulk_insert(head, [{"id": 1, "chain_id": "", "seq": 0, "mac": "", "seal": ""}])


def downgrade() -> None:
    op.drop_table("audit_chain")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint("uq_audit_log_seq", type_="unique")
        batch.drop_column("mac")
        batch.drop_column("seq")
