"""A hall's security settings before its admin set them (the hall's HallSecurity overrides them).

Kept here, apart from the sync protocol's pydantic models, so that the workbench's idle lock can
read its default without importing pydantic before the window paints.
"""

IDLE_LOCK_MINUTES = 5  # 等保: a workbench left alone locks itself after this, unless the hall says
SCANS_ON_WINDOW_DAYS = 30  # PIPL: a closed case's scans leave the window PC after this
