"""a material taken as 电子证照 keeps the licence it was taken from

case_materials.licence: the licence the library answered (kind, number, holder, issuer, validity,
the archived PDF's hash; app/domain/licences.py licence_to_json), so the receipt and the
platform's up_pro_material name its number and issuer. NULL for every other material.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 23:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_materials") as batch:
        batch.add_column(sa.Column("licence", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_materials") as batch:
        batch.drop_column("licence")
