"""The hall display's look: light text on a dark blue-black, one warm colour for the call.

Contrast on a cheap hall monitor seen from metres away: white on #08131f is about 18:1, the
call's amber #ffd54a about 13:1, the window's cyan #7fdcff about 12:1. Font sizes are not set
here: FitLabel sizes every text from the space it has.
"""

from __future__ import annotations

BACKGROUND = "#08131f"
PANEL = "#0f2236"
PANEL_EDGE = "#1f3d5c"
TEXT = "#f2f5f8"
MUTED = "#a9b8c8"
CALL = "#ffd54a"
WINDOW = "#7fdcff"
DIM = "#5d6b7a"
ALERT = "#b3261e"
NOTICE_COLOUR = "#ffe9a8"

DISPLAY_STYLESHEET = f"""
QWidget#Display {{ background: {BACKGROUND}; }}
QLabel {{ color: {TEXT}; background: transparent; }}
QFrame#TopBar {{ border-bottom: 2px solid {PANEL_EDGE}; }}
QLabel#HallName {{ color: #ffffff; }}
QLabel#Clock, QLabel#Osd {{ color: {MUTED}; }}
QLabel#Osd[warn="true"] {{ color: #ff7a70; }}
QLabel#Status[tone="ok"] {{ color: #5fd38a; }}
QLabel#Status[tone="warn"] {{ color: {CALL}; }}
QLabel#Status[tone="bad"] {{ color: #ff7a70; }}
QFrame#Banner {{ background: {ALERT}; border-radius: 8px; }}
QFrame#Banner QLabel {{ color: #ffffff; }}
QFrame#CurrentCall, QFrame#Recent, QFrame#Waiting {{ background: {PANEL}; border: 2px solid {PANEL_EDGE};
    border-radius: 12px; }}
QFrame#CurrentCall QLabel#Caption {{ color: {MUTED}; }}
QFrame#CurrentCall QLabel#CallNumber {{ color: {CALL}; }}
QFrame#CurrentCall QLabel#CallWindow {{ color: {WINDOW}; }}
QFrame#CurrentCall[flash="true"] {{ background: {CALL}; border-color: {CALL}; }}
QFrame#CurrentCall[flash="true"] QLabel, QFrame#CurrentCall[flash="true"] QLabel#Caption,
QFrame#CurrentCall[flash="true"] QLabel#CallNumber, QFrame#CurrentCall[flash="true"] QLabel#CallWindow
    {{ color: {BACKGROUND}; }}
QFrame#CurrentCall[dim="true"] QLabel, QFrame#CurrentCall[dim="true"] QLabel#Caption,
QFrame#CurrentCall[dim="true"] QLabel#CallNumber, QFrame#CurrentCall[dim="true"] QLabel#CallWindow
    {{ color: {DIM}; }}
QFrame#CurrentCall[idle="true"] QLabel#CallNumber {{ color: {TEXT}; }}
QLabel#PanelTitle {{ color: #ffffff; }}
QLabel#Muted {{ color: {MUTED}; }}
QLabel#RecentNumber {{ color: {CALL}; }}
QFrame#Category {{ background: #16304b; border-radius: 8px; }}
QLabel#WaitingCount {{ color: {WINDOW}; }}
QFrame#Category[closed="true"] QLabel, QFrame#Category[closed="true"] QLabel#WaitingCount {{ color: {DIM}; }}
QFrame#Recent[dim="true"] QLabel, QFrame#Recent[dim="true"] QLabel#RecentNumber,
QFrame#Recent[dim="true"] QLabel#Muted, QFrame#Recent[dim="true"] QLabel#PanelTitle,
QFrame#Waiting[dim="true"] QLabel, QFrame#Waiting[dim="true"] QLabel#WaitingCount,
QFrame#Waiting[dim="true"] QLabel#PanelTitle {{ color: {DIM}; }}
QFrame#Notices {{ background: #0c1b2b; border-radius: 8px; }}
QLabel#NoticeTitle {{ color: {CALL}; }}
"""
