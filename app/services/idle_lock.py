"""How long a workbench may be left alone before it locks: the hall's setting, as last pulled.

The hall's admin sets it (HallSecurity.idle_lock_minutes, PUT /admin/halls/{hall}/setup); the
workbench reads it from the hall configuration it pulled, so it holds offline too. Before the first
pull, or from a configuration it cannot read, the default applies: a window never goes unlocked
for want of a setting.
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from app.sync.protocol import IDLE_LOCK_MINUTES, HallConfig


def idle_lock_minutes(hall_config: str) -> int:
    """The minutes of the hall configuration JSON `hall_config` ("" before the first pull)."""
    if not hall_config:
        return IDLE_LOCK_MINUTES
    try:
        return HallConfig.model_validate(json.loads(hall_config)).security.idle_lock_minutes
    except (ValueError, ValidationError):
        return IDLE_LOCK_MINUTES
