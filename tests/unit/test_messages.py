"""Message: a Chinese template with named arguments, rendered as Chinese by str() and by the
screens in the clerk's language (ui/messages.py)."""

from __future__ import annotations

import ast
import json
import pickle
from datetime import date
from pathlib import Path

import pytest

from app.domain.id_numbers import IdNumberLengthError
from app.domain.messages import (
    JOINED,
    QT_TRANSLATE_NOOP,
    Message,
    MessageError,
    from_data,
    joined,
    listed,
    message_of,
    placeholders,
    quoted,
    text,
    to_data,
)

GREETING = QT_TRANSLATE_NOOP("messages", "您好，{name}")
STATUS = QT_TRANSLATE_NOOP("messages", "已受理")
REFUSAL = QT_TRANSLATE_NOOP("messages", "办件当前为“{status}”，不能{action}")
BORN = QT_TRANSLATE_NOOP("messages", "出生于{birth:%Y年%m月%d日}")
ROOT = Path(__file__).resolve().parents[2]


def test_str_is_the_chinese_sentence():
    message = Message(GREETING, name="张三")
    assert str(message) == "您好，张三"
    assert message == "您好，张三"  # a Message is its Chinese text wherever a str is expected
    assert message.template == GREETING and dict(message.args) == {"name": "张三"}


def test_a_message_argument_renders_inside_the_sentence():
    message = Message(REFUSAL, status=Message(STATUS), action="出件")
    assert str(message) == "办件当前为“已受理”，不能出件"
    assert isinstance(message.args["status"], Message)


def test_format_specs_apply_to_the_argument():
    assert str(Message(BORN, birth=date(1990, 3, 7))) == "出生于1990年03月07日"


def test_a_missing_or_unexpected_argument_fails_at_once():
    with pytest.raises(ValueError, match="missing arguments \\['name'\\]"):
        Message(GREETING)
    with pytest.raises(ValueError, match="unexpected \\['age'\\]"):
        Message(GREETING, name="张三", age=3)


def test_a_template_names_its_placeholders_plainly():
    assert placeholders(REFUSAL) == {"status", "action"}
    with pytest.raises(ValueError):
        placeholders("第{0}位")
    with pytest.raises(ValueError):
        placeholders("未闭合{name")


def test_messages_are_immutable_and_survive_pickling():
    message = Message(REFUSAL, status=Message(STATUS), action="出件")
    with pytest.raises(AttributeError):
        message.template = "x"  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.template == REFUSAL and copy.args["status"].template == STATUS


def test_a_template_keeps_its_context():
    action = QT_TRANSLATE_NOOP("actions", "不予受理")
    assert Message(action).context == "actions" and Message(STATUS).context == "messages"
    assert pickle.loads(pickle.dumps(Message(action))).context == "actions"


def test_lists_and_quotes():
    assert str(listed(["身份证", quoted("户口簿")])) == "身份证、“户口簿”"


def test_a_message_kept_as_data_comes_back_whole():
    message = Message(REFUSAL, status=Message(STATUS), action="出件")
    data = json.loads(json.dumps(to_data(message)))
    assert from_data(data) == message and from_data(data).args["status"].template == STATUS
    born = from_data(to_data(Message(BORN, birth=date(1990, 3, 7))))  # the date came back as text
    assert str(born) == "出生于1990年03月07日"
    assert str(from_data({"text": "旧的错误"})) == "旧的错误"


def test_joined_keeps_every_part_as_a_message():
    both = joined([Message(GREETING, name="张三"), "请核对"])
    assert str(both) == "您好，张三；请核对"
    assert both.template == JOINED
    assert str(text("原样")) == "原样"


def test_an_error_carries_its_message_and_str_is_chinese():
    error = MessageError(Message(GREETING, name="李四"))
    assert str(error) == "您好，李四" and error.message.template == GREETING
    domain = IdNumberLengthError(3)
    assert str(domain) == "身份证号码应为18位，您输入了3位，请核对。"
    assert domain.message.args == {"length": 3}


def test_message_of_finds_the_message_an_error_carries():
    greeting = Message(GREETING, name="王五")
    assert message_of(MessageError(greeting)) is greeting
    assert message_of(RuntimeError(greeting)) is greeting  # raised with it, as drivers do
    assert str(message_of(RuntimeError("纯文本"))) == "纯文本"


def _templates_in(path: Path) -> list[tuple[str, int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            context, template = node.args
            assert isinstance(context, ast.Constant) and isinstance(template, ast.Constant), (
                f"{path}:{node.lineno}: lupdate reads only literal context and text"
            )
            found.append((context.value, node.lineno, template.value))
    return found


def test_every_template_in_app_is_a_literal_in_the_messages_context_with_plain_placeholders():
    seen = 0
    for path in sorted((ROOT / "app").rglob("*.py")):
        for context, line, template in _templates_in(path):
            assert context in ("messages", "actions", "tickets"), f"{path}:{line}"
            placeholders(template)  # raises on {0}, {a.b}, unbalanced braces
            seen += 1
    assert seen > 20


def test_every_english_template_asks_for_the_same_arguments_as_its_chinese():
    """A translation that drops or renames a placeholder would show the Chinese (render's
    fallback) or lose a fact: each English template names exactly the Chinese one's arguments."""
    from xml.etree import ElementTree

    tree = ElementTree.parse(ROOT / "resources" / "translations" / "onewindow_en.ts")
    checked = 0
    for context in tree.getroot().iter("context"):
        if context.findtext("name") not in ("messages", "actions", "tickets"):
            continue
        for message in context.iter("message"):
            source, english = message.findtext("source"), message.findtext("translation") or ""
            assert placeholders(english) == placeholders(source), f"{source!r} → {english!r}"
            checked += 1
    assert checked > 100
