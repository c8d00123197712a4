"""Personal data sealed under the server's data keys: 查找办件 by keyed hashes (case_lookups),
the clear certificate-number columns of cases dropped, sealed texts given room (a window PC's
window key among them)

The values themselves are sealed by their column types (server/sealing/columns.py) as rows are
written, and the rows stored before this revision by `serve`'s background rewrap at its next
start (or `onewindow-server keys rewrap`), which also fills case_lookups; a migration cannot,
since the keys live outside the database.

Revision ID: 0027_sealed_personal_data
Revises: 0026_window_key
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027_sealed_personal_data"
down_revision = "0026_window_key"
branch_labels = None
depends_on = None

_CLEAR_CERTS = {
    "applicant_cert": ("ix_cases_hall_applicant_cert", ("applicant", "cert_number")),
    "agent_cert": ("ix_cases_hall_agent_cert", ("applicant", "agent", "cert_number")),
    "second_cert": ("ix_cases_hall_second_cert", ("second_party", "cert_number")),
}


def upgrade() -> None:
    op.create_table(
        "data_keyring",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("first_key_id", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rewrapped_key_id", sa.String(40), nullable=True),
    )
    op.create_table(
        "case_lookups",
        sa.Column("hall_code", sa.String(12), primary_key=True),
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("case_id", sa.String(36), primary_key=True),
    )
    op.create_index("ix_case_lookups_case_id", "case_lookups", ["case_id"])
    for name, (index, _path) in _CLEAR_CERTS.items():
        op.drop_index(index, table_name="cases")
        op.drop_column("cases", name)
    # a sealed value is longer than the text it seals
    with op.batch_alter_table("queue_appointments") as batch:
        batch.alter_column("name", type_=sa.Text, existing_type=sa.String(60))
    with op.batch_alter_table("notices") as batch:
        batch.alter_column("phone", type_=sa.Text, existing_type=sa.String(40))
    with op.batch_alter_table("terminals") as batch:
        batch.alter_column("window_key", type_=sa.Text, existing_type=sa.String(64))


def downgrade() -> None:
    with op.batch_alter_table("terminals") as batch:
        batch.alter_column("window_key", type_=sa.String(64), existing_type=sa.Text)
    with op.batch_alter_table("notices") as batch:
        batch.alter_column("phone", type_=sa.String(40), existing_type=sa.Text)
    with op.batch_alter_table("queue_appointments") as batch:
        batch.alter_column("name", type_=sa.String(60), existing_type=sa.Text)
    stored = op.get_bind().dialect.name == "postgresql"
    for name, (index, path) in _CLEAR_CERTS.items():
        key = sa.func.upper(sa.column("snapshot", sa.JSON)[path].as_string())
        op.add_column(
            "cases", sa.Column(name, sa.String(50), sa.Computed(key, persisted=stored), nullable=True)
        )
        op.create_index(index, "cases", ["hall_code", name])
    op.drop_index("ix_case_lookups_case_id", table_name="case_lookups")
    op.drop_table("case_lookups")
    op.drop_table("data_keyring")
