"""What an announcement says, as a list of clip keys: 请 A 零零五 号 到 三 号 窗口 办理.

Ticket numbers are read one character at a time, letters as letters and digits as digits
(A005 → "A 零零五"), the way halls read them. The window is read by its number as a cardinal
(12号窗口 → "十二号窗口"): a window name is "N号…窗口" in nearly every hall, and the words between
the number and 窗口 (综合, 不动产) have no clips, so "3号综合窗口" is said "三号窗口" — the number
is what an applicant looks for above the counters.

Every announcement names its window; a name is read by the first rule that finds something:
1. a leading number: "3号综合窗口" → 三 号 窗口 (numbers from 100 on are read digit by digit,
   like room numbers: "101号窗口" → 一零一 号 窗口);
2. letters and numbers anywhere in the name: "VIP窗口" → V I P 窗口, "综合B2窗口" → B 二 号 窗口;
3. the number the hall's window list gives it (`number_windows`, set through
   `Announcer.set_windows`): a name with nothing to read ("综合窗口") is said by its place in the
   hall's list of windows, or, when a numbered window already has that number, by the next
   number no window uses — "综合窗口" as the third window is announced "三号窗口";
4. otherwise `UnspeakableWindow` is raised when the call is queued: an announcement that does not
   say where to go is worse than none, and the hall manager is told to put a number in the name.

This module mirrors app.domain.tickets (window_number, Announcement.text) without importing it:
drivers import nothing of the application.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from drivers.voice.clips import BANLI, DAO, HAO, QING, TEN, WINDOW


class UnspeakableWindow(ValueError):
    """A window name the clips cannot say and the hall's window list does not number."""


def _plain(text: str) -> str:
    # NFKC folds full-width digits and letters (３号窗口, Ａ００５) into ASCII.
    return unicodedata.normalize("NFKC", text or "").strip()


def cardinal(n: int) -> list[str]:
    """1–99 as a Chinese cardinal (十二 → ["10", "2"]); 0 and numbers from 100 on digit by digit."""
    if n < 0:
        raise ValueError(f"窗口编号不能为负数：{n}")
    if n < 10:
        return [str(n)]
    if n < 100:
        tens, ones = divmod(n, 10)
        words = [TEN] if tens == 1 else [str(tens), TEN]
        return [*words, str(ones)] if ones else words
    return list(str(n))


def ticket_words(number: str) -> list[str]:
    """'A005' → ["A", "0", "0", "5"]: every letter and digit on its own; a trailing 号 is dropped."""
    text = _plain(number).upper().removesuffix("号")
    words = [ch for ch in text if ch.isascii() and ch.isalnum()]
    strange = [ch for ch in text if not (ch.isascii() and ch.isalnum()) and ch not in " -"]
    if strange or not words:
        raise ValueError(f"票号“{number}”无法播报：票号应由字母和数字组成，例如 A005")
    return words


def _readable_words(name: str) -> list[str] | None:
    text = _plain(name)
    leading = re.match(r"\d+", text)
    if leading:
        return [*cardinal(int(leading.group())), HAO, WINDOW]
    tokens = re.findall(r"[A-Za-z]|\d+", text)
    if not tokens:
        return None
    words: list[str] = []
    for token in tokens:
        words += cardinal(int(token)) if token.isdigit() else [token.upper()]
    if any(token.isdigit() for token in tokens):
        words.append(HAO)
    return [*words, WINDOW]


def is_readable(window_name: str) -> bool:
    """True when the name itself can be said (rules 1 and 2), without the hall's window list."""
    return _readable_words(window_name) is not None


def number_windows(names: Iterable[str]) -> dict[str, int]:
    """Numbers for the windows whose names have nothing to read (rule 3), from the hall's list order."""
    names = list(names)
    taken = set()
    for name in names:
        leading = re.match(r"\d+", _plain(name))
        if leading:
            taken.add(int(leading.group()))
    numbers: dict[str, int] = {}
    for position, name in enumerate(names, start=1):
        if is_readable(name) or name in numbers:
            continue
        n = position
        while n in taken:
            n += 1
        taken.add(n)
        numbers[name] = n
    return numbers


def window_words(window_name: str, numbers: Mapping[str, int] | None = None) -> list[str]:
    words = _readable_words(window_name)
    if words is not None:
        return words
    if numbers and window_name in numbers:
        return [*cardinal(numbers[window_name]), HAO, WINDOW]
    raise UnspeakableWindow(
        f"窗口“{window_name}”的名称里没有编号，语音无法告诉群众去哪个窗口："
        "请在大厅设置中把窗口名称改为以编号开头（例如“5号综合窗口”）。"
    )


def sentence(number: str, window_name: str, numbers: Mapping[str, int] | None = None) -> list[str]:
    """The clip keys of one saying of a call, without the chime: 请 A 0 0 5 号 到 3 号 窗口 办理."""
    return [QING, *ticket_words(number), HAO, DAO, *window_words(window_name, numbers), BANLI]


def display_text(number: str, window_name: str) -> str:
    """The call as written (same wording as app.domain.tickets.Announcement.text)."""
    return f"请{_plain(number).upper().removesuffix('号')}号到{window_name}办理"
