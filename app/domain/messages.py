"""Sentences for the clerk as values: a Chinese template with named arguments, translated on screen.

The domain and the services do not know the clerk's language. A rule that refuses something
raises (or a use case returns) a ``Message``: the zh_CN template with ``{placeholders}`` and its
arguments. ``str(message)`` is the Chinese sentence, so logs, the command line and the server —
which answers terminals in Chinese and reuses domain errors — need nothing else. The screens
render it through Qt's translations instead (``ui/messages.py``), so ``--lang en`` shows English.

Templates are module-level constants next to the rule that uses them, each wrapped in
``QT_TRANSLATE_NOOP(MESSAGES, "…")``: pyside6-lupdate recognises that call by its name in any
Python file, so the English of every template lives in ``resources/translations/onewindow_en.ts``
beside the screens' own strings, and the translation test fails on a template without English.
The context must be the literal ``"messages"`` — or ``"actions"`` for a verb phrase whose Chinese
is also a label, ``"tickets"`` for the ticket states (one source text has one translation per
context) — in each call, as lupdate
reads the source and does not evaluate names; the text a literal too (implicit concatenation of
literals is fine).

An argument may itself be a Message (a status label inside a refusal); it is rendered in the
same language. Other arguments are shown as they are (names, numbers, dates with a format spec
in the template, e.g. ``{birth:%Y年%m月%d日}`` — the English template chooses its own format).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

MESSAGES = "messages"
ACTIONS = "actions"  # verb phrases ("不能{action}") whose Chinese is also a label ("不予受理")


class Template(str):
    """A template marked for translation: the text, and the context lupdate filed it under."""

    context: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (read by lupdate); returns it as a Template."""
    template = Template(text)
    template.context = context
    return template


def placeholders(template: str) -> frozenset[str]:
    """The argument names a template asks for; ValueError when it is not a valid format string."""
    names = set()
    for _literal, field, _spec, _conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if not field.isidentifier():  # {0}, {a.b}, {a[0]}: a template names its arguments plainly
            raise ValueError(f"message template {template!r}: placeholder {{{field}}} is not a plain name")
        names.add(field)
    return frozenset(names)


class Message(str):
    """One sentence for the clerk: a template (zh_CN, marked for translation) and its arguments.

    A Message *is* its Chinese text (a ``str`` subclass): code that only passes text along — the
    server's answers, printed documents, logs, ``"；".join(...)`` — keeps working unchanged, and a
    screen that forgets to render shows Chinese rather than breaking. Screens call
    ``ui.messages.render`` to get the clerk's language. Building a Message whose arguments do not
    match the template's placeholders exactly fails at once (ValueError), so a wrong call fails
    the first test that reaches it instead of showing "{name}" to a clerk.
    """

    template: str
    args: Mapping[str, Any]
    context: str

    def __new__(cls, template: str, /, **args: Any) -> Message:
        wanted = placeholders(template)
        if wanted != set(args):
            missing = sorted(wanted - set(args))
            extra = sorted(set(args) - wanted)
            raise ValueError(f"message {template!r}: missing arguments {missing}, unexpected {extra}")
        chinese = template.format(**args)  # Message arguments format as their own Chinese text
        self = super().__new__(cls, chinese)
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "args", MappingProxyType(dict(args)))
        object.__setattr__(self, "context", getattr(template, "context", MESSAGES))
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Message is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self.template), self.context, dict(self.args)))

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.args.items())
        return f"Message({self.template!r}{args})"

    def fill(self, template: str, render: Callable[[Message], str]) -> str:
        """``template`` (this message's, or its translation) filled in; Message arguments go
        through ``render`` (the UI's translating render)."""
        values = {k: render(v) if isinstance(v, Message) else v for k, v in self.args.items()}
        return template.format(**values)


def _rebuild(template: str, context: str, args: dict[str, Any]) -> Message:
    marked = Template(template)
    marked.context = context
    return Message(marked, **args)


def text(value: Message | str) -> Message:
    """A plain text as a Message (a name or a reason someone typed: shown as it is)."""
    return value if isinstance(value, Message) else Message(VERBATIM, text=value)


def message_of(error: BaseException) -> Message:
    """What an error says: its Message if it carries one (as ``message``, or as the one argument
    it was raised with: a driver's DeviceError), else its text as it is."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return text(str(error))


def joined(parts: Iterable[Message | str]) -> Message:
    """Several sentences as one message, joined by the Chinese semicolon (its English is "; ")."""
    items = [text(p) for p in parts]
    if not items:
        return Message(VERBATIM, text="")
    result = items[0]
    for item in items[1:]:
        result = Message(JOINED, first=result, rest=item)
    return result


def sentences(parts: Iterable[Message | str], template: str | None = None) -> Message | str:
    """Sentences one after another (Chinese needs no space between them, English does); the
    empty ones left out, "" when nothing is left."""
    items = [text(p) for p in parts if p]
    if not items:
        return ""
    result = items[0]
    for item in items[1:]:
        result = Message(template or SENTENCES, first=result, rest=item)
    return result


def listed(parts: Iterable[Message | str]) -> Message:
    """Names in a list, as the Chinese writes them (甲、乙、丙); English uses commas."""
    items = [text(p) for p in parts]
    if not items:
        return Message(VERBATIM, text="")
    result = items[0]
    for item in items[1:]:
        result = Message(LISTED, first=result, rest=item)
    return result


def quoted(name: Message | str) -> Message:
    """A name in Chinese quotation marks: “身份证”."""
    return Message(QUOTED, text=name)


VERBATIM = QT_TRANSLATE_NOOP("messages", "{text}")
JOINED = QT_TRANSLATE_NOOP("messages", "{first}；{rest}")
LISTED = QT_TRANSLATE_NOOP("messages", "{first}、{rest}")
SENTENCES = QT_TRANSLATE_NOOP("messages", "{first}{rest}")
SPACED = QT_TRANSLATE_NOOP("messages", "{first} {rest}")
QUOTED = QT_TRANSLATE_NOOP("messages", "“{text}”")


def to_data(message: Message | str) -> dict[str, Any]:
    """A Message as JSON-able data, to keep it (a sync error in the local state) and render it in
    the clerk's language later; arguments that are not Messages, numbers or texts are kept as text."""
    message = text(message)
    args: dict[str, Any] = {}
    for key, value in message.args.items():
        if isinstance(value, Message):
            args[key] = to_data(value)
        elif isinstance(value, (bool, int, float)):
            args[key] = value
        else:
            args[key] = str(value)
    return {"template": str(message.template), "context": message.context, "args": args, "text": str(message)}


def from_data(data: Mapping[str, Any]) -> Message:
    """The Message ``to_data`` kept; its Chinese text alone if the template no longer fits."""
    try:
        template = Template(data["template"])
        template.context = data.get("context", MESSAGES)
        args = {k: from_data(v) if isinstance(v, Mapping) else v for k, v in data["args"].items()}
        return Message(template, **args)
    except (KeyError, TypeError, ValueError, AttributeError):
        return text(str(data.get("text", "")))


class MessageError(Exception):
    """Base for errors whose text is a Message: ``str(error)`` is the Chinese sentence, and
    ``error.message`` the Message a screen renders in the clerk's language."""

    def __init__(self, message: Message | str) -> None:
        self.message = text(message)
        super().__init__(str(self.message))
