"""The kiosk's look: high contrast, very large type, buttons a finger hits (read from a metre)."""

from __future__ import annotations

import re

from ui.theme import ACCENT, ERROR, SUCCESS, WARNING

# style sheets override setMinimumHeight: the touch height is said here too (padding + border
# make up the difference to 120 px)
TOUCH_HEIGHT = 120

KIOSK_STYLESHEET = f"""
QWidget#Kiosk {{ background: #f2f5f9; }}
QWidget#TopBar {{ background: {ACCENT}; }}
QLabel#Hall {{ color: white; font-size: 34px; font-weight: bold; }}
QLabel#Clock {{ color: white; font-size: 26px; }}
QLabel#Status {{ font-size: 22px; font-weight: bold; padding: 4px 14px; border-radius: 6px; }}
QLabel#Status[tone="online"] {{ color: {SUCCESS}; background: #e3f3e7; }}
QLabel#Status[tone="offline"] {{ color: #5a3b00; background: #ffd97a; }}
QLabel#Status[tone="error"], QLabel#Status[tone="pending"] {{ color: white; background: {ERROR}; }}
QLabel#Prompt {{ font-size: 34px; font-weight: bold; color: #1f2933; }}
QLabel#Title {{ font-size: 44px; font-weight: bold; color: #1f2933; }}
QLabel#Hint {{ font-size: 26px; color: #38424d; }}
QLabel#Number {{ font-size: 190px; font-weight: bold; color: {ACCENT}; }}
QLabel#Message {{ font-size: 36px; color: #1f2933; }}
QLabel#Note {{ font-size: 26px; padding: 8px; }}
QLabel#Note[tone="warning"] {{ color: {WARNING}; background: #fdf3dc; border-radius: 6px; }}
QLabel#Note[tone="ok"] {{ color: {SUCCESS}; }}
QLabel#Refusal {{ font-size: 56px; font-weight: bold; color: {ERROR}; }}
QPushButton#Category {{ background: white; border: 3px solid {ACCENT}; border-radius: 14px; }}
QPushButton#Category:pressed {{ background: #d6e4f5; }}
QPushButton#Category:disabled {{ background: #e4e7eb; border-color: #b8bec6; }}
QLabel#CategoryName {{ font-size: 44px; font-weight: bold; color: #12355e; }}
QLabel#CategoryDetail {{ font-size: 26px; color: #38424d; }}
QLabel#CategoryName[closed="true"] {{ color: #7b838c; }}
QLabel#CategoryDetail[closed="true"] {{ color: {ERROR}; font-weight: bold; }}
QPushButton#Mode, QPushButton#Toggle, QPushButton#Back, QPushButton#Primary {{
    min-height: {TOUCH_HEIGHT - 12}px; }}
QPushButton#Category {{ min-height: {TOUCH_HEIGHT - 6}px; }}
QPushButton#Mode, QPushButton#Toggle, QPushButton#Back, QPushButton#Primary {{
    font-size: 30px; font-weight: bold; border-radius: 14px; padding: 6px 12px; }}
QPushButton#Mode {{ background: {ACCENT}; color: white; border: none; }}
QPushButton#Mode:disabled {{ background: #9db4cf; }}
QPushButton#Toggle {{ background: white; color: {SUCCESS}; border: 3px solid {SUCCESS}; }}
QPushButton#Toggle:checked {{ background: {SUCCESS}; color: white; }}
QPushButton#Back {{ background: white; color: #1f2933; border: 3px solid #8a939d; }}
QPushButton#Primary {{ background: {SUCCESS}; color: white; border: none; }}
QPushButton#Key {{ min-height: 52px; font-size: 32px; font-weight: bold; background: white;
    border: 2px solid #8a939d; border-radius: 10px; }}
QPushButton#Key:pressed {{ background: #d6e4f5; }}
QPushButton#Small {{ font-size: 22px; padding: 10px 18px; min-height: 60px; background: white;
    border: 2px solid #8a939d; border-radius: 10px; }}
QLineEdit#Code {{ font-size: 48px; font-weight: bold; padding: 10px; border: 3px solid {ACCENT};
    border-radius: 10px; background: white; letter-spacing: 4px; }}
"""


def kiosk_stylesheet(scale: float = 1.0) -> str:
    """The style sheet for a screen `scale` times 1366×768: sizes in px grow with the screen."""
    if abs(scale - 1.0) < 0.05:
        return KIOSK_STYLESHEET
    return re.sub(r"(\d+)px", lambda m: f"{round(int(m.group(1)) * scale)}px", KIOSK_STYLESHEET)
