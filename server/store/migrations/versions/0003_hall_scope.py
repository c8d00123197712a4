"""Each hall's data behind its hall: case numbers unique per hall, pages and attachments by hall.

Pages learn their hall from their case, or else from the terminal that attached them (its
applied page.attached mutation); a page whose hall cannot be told keeps "" and no hall can touch
it. Attachments become (hall, hash): every hall whose pages use a file gets its own row; an
attachment no page uses yet (an upload under way) is dropped — its terminal offers it again and
uploads it anew into its hall.

Revision ID: 0003_hall_scope
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_hall_scope"
down_revision = "0002"
branch_labels = None
depends_on = None

# names for the constraints 0001 left unnamed, so batch mode (SQLite) can find and drop them
_NAMES = {
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
}


def _unique_on(table: str, column: str) -> str:
    for found in sa.inspect(op.get_bind()).get_unique_constraints(table):
        if found["column_names"] == [column]:
            return found["name"] or f"uq_{table}_{column}"
    return f"uq_{table}_{column}"


def _foreign_key_on(table: str, column: str, referred: str) -> str:
    for found in sa.inspect(op.get_bind()).get_foreign_keys(table):
        if found["constrained_columns"] == [column]:
            return found["name"] or f"fk_{table}_{column}_{referred}"
    return f"fk_{table}_{column}_{referred}"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("cases", naming_convention=_NAMES) as batch:
        batch.drop_constraint(_unique_on("cases", "number"), type_="unique")
        batch.create_index("ux_cases_hall_number", ["hall_code", "number"], unique=True)

    op.add_column("case_pages", sa.Column("hall_code", sa.String(12), nullable=True))
    op.execute(
        "UPDATE case_pages SET hall_code = (SELECT c.hall_code FROM cases c WHERE c.id = case_pages.case_id)"
    )
    page_id = "(a.payload->>'page_id')" if postgres else "json_extract(a.payload, '$.page_id')"
    op.execute(
        "UPDATE case_pages SET hall_code = (SELECT t.hall_code FROM applied_mutations a"
        " JOIN terminals t ON t.id = a.terminal_id"
        f" WHERE a.kind = 'page.attached' AND {page_id} = case_pages.id LIMIT 1)"
        " WHERE hall_code IS NULL"
    )
    op.execute("UPDATE case_pages SET hall_code = '' WHERE hall_code IS NULL")
    with op.batch_alter_table("case_pages", naming_convention=_NAMES) as batch:
        batch.alter_column("hall_code", existing_type=sa.String(12), nullable=False, server_default="")
        batch.drop_constraint(_foreign_key_on("case_pages", "sha256", "attachments"), type_="foreignkey")

    op.create_table(
        "hall_attachments",
        sa.Column("hall_code", sa.String(12), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("hall_code", "sha256"),
    )
    op.execute(
        "INSERT INTO hall_attachments (hall_code, sha256, size, media_type, received, complete,"
        " created_at, completed_at)"
        " SELECT DISTINCT p.hall_code, a.sha256, a.size, a.media_type, a.received, a.complete,"
        " a.created_at, a.completed_at"
        " FROM attachments a JOIN case_pages p ON p.sha256 = a.sha256 WHERE p.hall_code <> ''"
    )
    op.drop_table("attachments")
    op.rename_table("hall_attachments", "attachments")


def downgrade() -> None:
    # back to one row per hash (any hall's: the bytes are the same) and numbers unique overall;
    # fails if two halls now share a case number — a store that used the new freedom stays new
    op.create_table(
        "global_attachments",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.execute(
        "INSERT INTO global_attachments SELECT sha256, MAX(size), MAX(media_type), MAX(received),"
        " MAX(CASE WHEN complete THEN 1 ELSE 0 END) = 1, MIN(created_at), MAX(completed_at) FROM attachments GROUP BY sha256"
    )
    op.drop_table("attachments")
    op.rename_table("global_attachments", "attachments")
    with op.batch_alter_table("case_pages", naming_convention=_NAMES) as batch:
        batch.drop_column("hall_code")
        batch.create_foreign_key("fk_case_pages_sha256_attachments", "attachments", ["sha256"], ["sha256"])
    with op.batch_alter_table("cases", naming_convention=_NAMES) as batch:
        batch.drop_index("ux_cases_hall_number")
        batch.create_unique_constraint("uq_cases_number", ["number"])
