"""What the announcer says: ticket digits one by one, the window by its number, always the window."""

from __future__ import annotations

import pytest

from app.domain.tickets import Announcement, window_number
from drivers.voice.clips import KEYS
from drivers.voice.wording import (
    UnspeakableWindow,
    cardinal,
    display_text,
    number_windows,
    sentence,
    ticket_words,
    window_words,
)


def test_a005_at_window_3_general():
    assert sentence("A005", "3号综合窗口") == [
        "qing",
        "A",
        "0",
        "0",
        "5",
        "hao",
        "dao",
        "3",
        "hao",
        "chuangkou",
        "banli",
    ]


def test_window_12_is_read_as_a_cardinal():
    assert window_words("12号窗口") == ["10", "2", "hao", "chuangkou"]


def test_two_letter_prefix_reads_both_letters():
    assert sentence("AB012", "4号不动产窗口")[:7] == ["qing", "A", "B", "0", "1", "2", "hao"]


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, ["1"]),
        (9, ["9"]),
        (10, ["10"]),
        (11, ["10", "1"]),
        (19, ["10", "9"]),
        (20, ["2", "10"]),
        (21, ["2", "10", "1"]),
        (99, ["9", "10", "9"]),
        (101, ["1", "0", "1"]),
    ],
)
def test_cardinals(n, words):
    assert cardinal(n) == words


def test_full_width_and_lower_case_are_folded():
    assert ticket_words("ａ００５") == ["A", "0", "0", "5"]
    assert window_words("３号窗口") == ["3", "hao", "chuangkou"]
    assert ticket_words("A005号") == ["A", "0", "0", "5"]


@pytest.mark.parametrize("bad", ["", "  ", "A0#5", "甲005"])
def test_a_number_that_cannot_be_read_is_refused(bad):
    with pytest.raises(ValueError, match="无法播报"):
        ticket_words(bad)


def test_letters_in_a_window_name_are_read():
    assert window_words("VIP窗口") == ["V", "I", "P", "chuangkou"]
    assert window_words("综合B2窗口") == ["B", "2", "hao", "chuangkou"]


def test_a_window_name_with_nothing_to_read_is_refused_not_left_out():
    with pytest.raises(UnspeakableWindow, match="综合窗口"):
        sentence("A001", "综合窗口")


def test_unnumbered_windows_take_their_place_in_the_hall_list():
    numbers = number_windows(["1号综合窗口", "综合窗口", "4号不动产窗口"])
    assert numbers == {"综合窗口": 2}
    assert window_words("综合窗口", numbers) == ["2", "hao", "chuangkou"]


def test_an_unnumbered_window_never_takes_a_number_another_window_has():
    numbers = number_windows(["咨询台", "1号窗口", "2号窗口", "综合窗口"])
    assert numbers == {"咨询台": 3, "综合窗口": 4}


def test_every_word_has_a_clip():
    words = set(sentence("ZY987", "98号窗口")) | set(sentence("A123", "VIP窗口"))
    for n in range(100):
        words |= set(cardinal(n))
    words |= {chr(c) for c in range(ord("A"), ord("Z") + 1)}
    assert words <= set(KEYS)


# drivers may not import app (import-linter: "Drivers could ship alone"), so wording.py keeps its
# own copy of these two domain rules; the tests below hold the copies to the originals.
MIRRORED = [
    ("A005", "3号综合窗口"),
    ("AB012", "12号窗口"),
    ("C101", "101号窗口"),
    ("D007", " 4号不动产窗口"),
    ("E010", "３号窗口"),
    ("F001", "VIP窗口"),
    ("G002", "综合B2窗口"),
]


@pytest.mark.parametrize(("number", "window"), MIRRORED)
def test_the_text_is_the_domain_wording(number, window):
    assert display_text(number, window) == Announcement(number, window).text


@pytest.mark.parametrize("window", [w for _n, w in MIRRORED])
def test_the_window_is_said_by_the_domain_window_number(window):
    number = window_number(window)
    if number is None:  # no leading number: the voice reads the name's letters first
        assert window_words(window)[0].isalpha()
    else:
        assert window_words(window) == [*cardinal(number), "hao", "chuangkou"]
