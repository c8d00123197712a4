"""The hall's security settings a workbench applies on its own, as last pulled (HallSecurity):
how long it may be left alone before it locks, how long it keeps a closed case's scans.

The hall's admin sets them (PUT /admin/halls/{hall}/setup); the workbench reads them from the hall
configuration it pulled, so they hold offline too. Before the first pull, or from a configuration
it cannot read, the defaults apply: a window never goes unlocked, nor keeps scans for ever, for
want of a setting.
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from app.sync.protocol import HallConfig, HallSecurity


def hall_security(hall_config: str) -> HallSecurity:
    """The settings in the hall configuration JSON `hall_config` ("" before the first pull)."""
    if not hall_config:
        return HallSecurity()
    try:
        return HallConfig.model_validate(json.loads(hall_config)).security
    except (ValueError, ValidationError):
        return HallSecurity()


def idle_lock_minutes(hall_config: str) -> int:
    return hall_security(hall_config).idle_lock_minutes


def scans_on_window_days(hall_config: str) -> int:
    return hall_security(hall_config).scans_on_window_days
