"""With the English translator installed (as ``--lang en`` does), sentences from the domain and
the services reach the screen in English: no Chinese character is left."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.id_numbers import IdNumberCharacterError, IdNumberCheckDigitError, IdNumberLengthError
from app.domain.messages import Message, joined
from ui.messages import describe, render
from ui.translations import install_translator

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]")


@pytest.fixture
def english(qapp):
    translator = install_translator(qapp, "en")
    assert translator is not None, "the English translation did not load"
    yield translator
    QCoreApplication.removeTranslator(translator)


def assert_english(text: str) -> None:
    assert text and not CJK.search(text), f"Chinese left on an English screen: {text!r}"


def test_without_a_translator_render_is_the_chinese_sentence(qapp):
    error = IdNumberLengthError(3)
    assert render(error.message) == str(error) == "身份证号码应为18位，您输入了3位，请核对。"
    assert describe(error) == str(error)
    assert describe(ValueError("别的错误")) == "别的错误"


def test_id_number_errors_render_in_english(english):
    assert render(IdNumberLengthError(3).message) == (
        "An ID number has 18 characters; you typed 3. Please check."
    )
    nested = IdNumberCharacterError(" ", 5)  # the character's description is a Message too
    assert_english(describe(nested))
    assert "a space" in describe(nested)
    assert_english(describe(joined([IdNumberCheckDigitError().message, IdNumberLengthError(17).message])))


def test_a_translation_with_a_broken_placeholder_falls_back_to_chinese(english, monkeypatch):
    message = Message("{text}", text="原样")
    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda c, t: "{nonexistent}"))
    assert render(message) == "原样"
