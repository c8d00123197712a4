"""The calm, dense look of the workbench: one light palette, one accent, clear state colours.

Colours were chosen for contrast on cheap hall monitors (text on every background ≥ 4.5:1).
"""

from __future__ import annotations

ACCENT = "#1d5fa6"
ERROR = "#b3261e"
WARNING = "#8a5a00"
SUCCESS = "#1e6b35"
MUTED = "#5b6470"

# material and case states → text colour in lists
STATE_COLOURS = {
    "pending": MUTED,
    "received": SUCCESS,
    "missing": ERROR,
    "invalid": ERROR,
    "deferred": WARNING,
    "commitment": ACCENT,
    "e_licence": ACCENT,
    "not_provided": MUTED,
}

STYLESHEET = f"""
QMainWindow, QWidget#Central {{ background: #eef0f3; }}
QFrame#Panel {{ background: #ffffff; border: 1px solid #d5d9df; border-radius: 4px; }}
QLabel#PanelTitle {{ font-weight: bold; color: #1f2933; padding: 2px 0; }}
QLabel#Muted {{ color: {MUTED}; }}
QLabel#FieldProblem {{ color: {ERROR}; font-size: 9pt; }}
QLabel#Guide {{ color: #1f2933; background: #f6f8fb; border: 1px solid #e1e5ea;
    border-radius: 3px; padding: 4px 6px; }}
QLabel#KeyHint {{ color: {MUTED}; font-size: 9pt; }}
QLabel#CardPhoto {{ background: #f3f4f6; border: 1px dashed #b8bec6; color: {MUTED};
    font-size: 9pt; }}
QLabel#WindowName {{ font-size: 12pt; font-weight: bold; color: {ACCENT}; }}
QLineEdit[problem="true"], QComboBox[problem="true"], QPlainTextEdit[problem="true"] {{
    border: 1px solid {ERROR};
    background: #fdf0ef; }}
QLineEdit, QComboBox {{ padding: 2px 4px; min-height: 20px; }}
QFrame#Banner {{ border-radius: 3px; }}
QFrame#Banner[tone="info"] {{ background: #e8f0fa; border: 1px solid #b9cfe8; }}
QFrame#Banner[tone="success"] {{ background: #e7f4ea; border: 1px solid #a9d3b4; }}
QFrame#Banner[tone="warning"] {{ background: #fdf3dc; border: 1px solid #e6c983; }}
QFrame#Banner[tone="error"] {{ background: #fbe9e7; border: 1px solid #e0a9a3; }}
QFrame#Banner QLabel {{ color: #1f2933; }}
QPushButton {{ padding: 3px 10px; min-height: 20px; }}
QPushButton#Primary {{ background: {ACCENT}; color: white; border: 1px solid #174d87;
    border-radius: 3px; font-weight: bold; }}
QPushButton#Primary:disabled {{ background: #9db4cf; border-color: #9db4cf; }}
QPushButton#Danger {{ color: {ERROR}; }}
QPushButton#Danger:disabled {{ color: #9aa1a9; }}
QTableWidget, QListWidget {{ background: #ffffff; alternate-background-color: #f6f8fb;
    selection-background-color: #cfe0f3; selection-color: #111111; gridline-color: #e4e7eb; }}
QHeaderView::section {{ background: #f1f3f6; border: none; border-bottom: 1px solid #d5d9df;
    padding: 2px 4px; color: #38424d; }}
QListWidget#HitList {{ border: 1px solid {ACCENT}; }}
QStatusBar QLabel {{ padding: 0 6px; color: #38424d; }}
QTabBar::tab {{ padding: 4px 14px; }}
"""
