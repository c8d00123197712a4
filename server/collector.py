"""Python's cycle collector, set for a server process that answers requests all day.

A push of 500 changes or a burst of window calls makes tens of thousands of short-lived dicts
and lists; with the default thresholds (a young collection every 700 new containers) the
collector walks them dozens of times per request, which cost a push about a sixth of its CPU
(bench/sync_ingest.py). The objects built at start-up (the app, its routes, models and SQL
statements: most of the heap) never become garbage, so they are frozen out of every later
collection; the young generation is collected every 50,000 new containers instead, still many
times per minute under load, so reference cycles are freed long before they could add up.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 50_000


def settle_for_serving() -> None:
    """Call once the app is built, in the process that will serve it."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
