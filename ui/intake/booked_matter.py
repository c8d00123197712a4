"""A booking's matter at 用此号开始收件 (Ctrl+F7, or a call on an idle intake): a ticket checked in
at the kiosk from a 预约 that named its matter starts the case with that matter chosen, exactly
as if the clerk had found it with F2 and pressed Enter (IntakeView's own _on_picked), so the
standard intake of a booked applicant is F7, Ctrl+F7, Ctrl+Shift+A, F9.

A matter this PC's catalog does not know (a catalog not yet synced, a matter withdrawn) starts
nothing: the banner says so and the clerk picks one with F2. A case already on screen is never
changed under the clerk: Ctrl+F7 again on the case started from the booking does nothing, and
another case is left as it is, with the booked matter named.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import ServiceError


def start_with_booked_matter(view, number: str, code: str, name: str) -> None:
    """`view`: the IntakeView taking ticket `number`, booked for matter `code` (`name`)."""
    case = view.case
    if case is not None:
        if code not in case.matter_codes:
            text = QCoreApplication.translate(
                "BookedMatter", "{0}号预约的事项是“{1}”；收件中已有办件，事项未更换，需要时按 F2 另选。"
            )
            view.banner.show_message(text.format(number, name or code), "warning")
        return
    try:
        guide = view._catalog.guide(code)  # the in-memory catalog: answered at once
    except (ServiceError, AttributeError):  # unknown here (or the catalog not open yet)
        said = QCoreApplication.translate(
            "BookedMatter", "{0}号预约的事项“{1}”（{2}）不在本机事项清单中，请按 F2 选择事项。"
        )
        before = view.banner.text()
        text = said.format(number, name or code, code)
        view.banner.show_message(f"{before} {text}" if before else text, "warning")
        view.search.focus()
        return
    view.search.edit.setText(f"{guide.name}（{code}）")  # what F2/Enter leaves in the line
    view._on_picked(code, guide.name)
    # the case's start clears the banner; the worker answers in order, so this comes after it
    view._worker.run(lambda: None, lambda _none: _say_booked(view, number, code, guide.name))


def _say_booked(view, number: str, code: str, name: str) -> None:
    case = view.case
    if case is None or code not in case.matter_codes:
        return  # the start failed (its banner says why) or the clerk moved on
    text = QCoreApplication.translate(
        "BookedMatter", "{0}号为预约签到：已按预约选定事项“{1}”，请核对申请人和材料。"
    )
    view.banner.show_message(text.format(number, name), "info")
