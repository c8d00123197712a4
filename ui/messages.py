"""Sentences from the domain and the services, shown in the clerk's language.

The layers below Qt hand the screens ``Message`` values (a Chinese template and its arguments,
``app/domain/messages.py``) and errors that carry one. ``render`` translates the template with
the installed QTranslator (context "messages", English in ``onewindow_en.ts``) and fills in the
arguments, themselves rendered when they are Messages. Without a translator — the Chinese UI —
the template comes back as it is, so the text is exactly ``str(message)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.messages import Message, message_of


def render(message: Message | str) -> str:
    """The text of ``message`` in the UI language (a plain str is shown as it is)."""
    if not isinstance(message, Message):
        return str(message)
    template = QCoreApplication.translate(message.context, message.template)
    try:
        return message.fill(template, render)
    except (KeyError, IndexError, ValueError):
        # a translation that names a placeholder the template lacks: the Chinese beats a crash
        return message.fill(message.template, render)


def describe(error: BaseException | str) -> str:
    """What to show for an error from below: its Message rendered, else its text."""
    if isinstance(error, str):
        return render(error)
    return render(message_of(error))
