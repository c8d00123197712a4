"""The queue's words: what a window does to its ticket, what a record made offline says happened,
and how the server took such a record when it was reconciled.

They travel on the wire (app/sync/queue_protocol.py uses them in its models), and they are kept
here, free of pydantic, so that the workbench's queue service can name them without loading the
wire models at its start.
"""

from __future__ import annotations

from enum import StrEnum


class WindowAction(StrEnum):
    CALL_NEXT = "call_next"
    CALL_NUMBER = "call_number"  # a specific number (also a dropped no-show who came back)
    RECALL = "recall"
    NO_SHOW = "no_show"
    TRANSFER = "transfer"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"
    NOT_SERVED = "not_served"  # the held ticket ends 未办理: not counted as served


class OfflineKind(StrEnum):
    ISSUED = "issued"  # a kiosk issued this number from its offline block
    SERVED = "served"  # a window served this number (typed from the paper ticket)


class OfflineOutcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # this record_id was reconciled before: nothing changed
    MERGED = "merged"  # the number was already known (e.g. served before the kiosk's record came)
    REJECTED = "rejected"  # e.g. an issued number outside the kiosk's block; reason says why
