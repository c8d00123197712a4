"""The queue panel's keys: an F-key for every action, one table for the buttons and the window.

F7/F8/F12 are the calls a clerk makes all day; Shift takes the variant that needs a word from
the clerk (a number, a target), Ctrl the rarer ones. Ctrl+F7 starts the intake with the
current ticket's applicant (which happens by itself when the intake is idle, see QueuePanel).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# action name → key sequence (QKeySequence text)
QUEUE_KEYS: dict[str, str] = {
    "call_next": "F7",
    "ask_number": "Shift+F7",
    "start_intake": "Ctrl+F7",
    "recall": "F8",
    "no_show": "Shift+F8",
    "finish": "F12",
    "ask_transfer": "Shift+F12",
    "toggle_pause": "Ctrl+F12",
}


def key_hint(action: str) -> str:
    """How a key is printed on a button: ⇧F7 (short: the buttons are small)."""
    return QUEUE_KEYS[action].replace("Shift+", "⇧")


def button_texts() -> dict[str, str]:
    translate = QCoreApplication.translate  # (not "tr": lupdate would read tr(context) as a source)
    return {
        "call_next": translate("QueuePanel", "叫下一位"),
        "ask_number": translate("QueuePanel", "指定叫号"),
        "start_intake": translate("QueuePanel", "开始收件"),
        "recall": translate("QueuePanel", "重呼"),
        "no_show": translate("QueuePanel", "过号"),
        "finish": translate("QueuePanel", "办结"),
        "ask_transfer": translate("QueuePanel", "转移"),
        "toggle_pause": translate("QueuePanel", "暂停"),
    }
