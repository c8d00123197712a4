"""One head again: the hall scoping, terminal kinds, back-office request ids and calendar years
were written side by side off 0002 (issue 11); none depends on another, so any order is right.

Revision ID: 0007_one_head
Revises: 0003_hall_scope, 0004_terminal_kinds, 0005_request_ids, 0006_calendar_years
"""

from __future__ import annotations

revision = "0007_one_head"
down_revision = ("0003_hall_scope", "0004_terminal_kinds", "0005_request_ids", "0006_calendar_years")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # a merge point: the four branches it joins did the work


def downgrade() -> None:
    pass
