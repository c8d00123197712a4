"""a case may have two parties (内地居民结婚登记: 男方 and 女方): their names and the second party

The applicant JSON also gains english_name (外国人永久居留身份证); an older row without it
reads as "" (case_mapping.applicant_from_json), so that needs no migration.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 20:20:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("parties", sa.JSON(), server_default="[]", nullable=False))
        batch.add_column(sa.Column("second_party", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("second_party")
        batch.drop_column("parties")
