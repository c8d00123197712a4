"""The hall's security settings a workbench applies on its own, as last pulled (HallSecurity):
how long it may be left alone before it locks, how long it keeps a closed case's scans.

The hall's admin sets them (PUT /admin/halls/{hall}/setup); the workbench reads them from the hall
configuration it pulled, so they hold offline too. Before the first pull, or from a configuration
it cannot read, the defaults apply: a window never goes unlocked, nor keeps scans for ever, for
want of a setting.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.domain.security_defaults import IDLE_LOCK_MINUTES, SCANS_ON_WINDOW_DAYS

if TYPE_CHECKING:
    from app.sync.protocol import HallSecurity

# the protocol's pydantic models load when there is a configuration to read: a workbench that
# never pulled one (and its start, which asks before any pull) gets the defaults without them


def hall_security(hall_config: str) -> HallSecurity:
    """The settings in the hall configuration JSON `hall_config` ("" before the first pull)."""
    from pydantic import ValidationError

    from app.sync.protocol import HallConfig, HallSecurity

    if not hall_config:
        return HallSecurity()
    try:
        return HallConfig.model_validate(json.loads(hall_config)).security
    except (ValueError, ValidationError):
        return HallSecurity()


def idle_lock_minutes(hall_config: str) -> int:
    return hall_security(hall_config).idle_lock_minutes if hall_config else IDLE_LOCK_MINUTES


def scans_on_window_days(hall_config: str) -> int:
    return hall_security(hall_config).scans_on_window_days if hall_config else SCANS_ON_WINDOW_DAYS
