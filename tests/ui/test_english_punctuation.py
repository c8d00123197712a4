"""English on screen uses ASCII punctuation: a Chinese comma, full stop, colon, bracket or curly
quote copied over from the source reads as a typo in an English sentence (and the full-width
forms take two columns in a fixed-width slot)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ui.translations import TS_PATH

# CJK punctuation (、。〈〉《》「」【】〜 and the ideographic space), the full-width ASCII forms
# (，：；（）！？ …), and the curly quotes the Chinese sources use for names (“”‘’)
_CJK_PUNCTUATION = range(0x3000, 0x3040)
_FULL_WIDTH_FORMS = range(0xFF01, 0xFF5F)
_CURLY_QUOTES = "“”‘’"


def full_width(text: str) -> str:
    return "".join(
        c for c in text if ord(c) in _CJK_PUNCTUATION or ord(c) in _FULL_WIDTH_FORMS or c in _CURLY_QUOTES
    )


def test_the_check_sees_the_chinese_marks():
    assert full_width("Name：王（x），“y”。") == "：（），“”。"
    assert full_width('Name: (x), "y"; it\'s 3–8…') == ""


def test_no_english_translation_has_full_width_punctuation():
    offending = []
    for message in ET.parse(TS_PATH).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        marks = full_width(translation.text or "")
        if marks:
            offending.append(f"{message.findtext('source')} → {translation.text} ({marks})")
    assert offending == [], "use ASCII punctuation in English:\n" + "\n".join(offending)
