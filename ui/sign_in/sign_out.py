"""切换用户 / 退出登录 asks first, and says what the clerk leaves open.

A sign-out is one key away (Ctrl+Shift+L), so a slip of the fingers must not end a clerk's
session in the middle of an applicant: the question names the draft on screen (it is kept and
can be continued from 今日办件) and the ticket still being served (the window keeps holding it:
whoever signs in next finishes it). Enter signs out, Esc stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def open_work(draft_number: str | None, ticket_number: str | None) -> list[str]:
    """What a sign-out would leave behind, one line each."""
    lines = []
    if draft_number:
        lines.append(translate("SignOut", "收件草稿 {0}：已保存，可在今日办件中继续").format(draft_number))
    if ticket_number:
        lines.append(translate("SignOut", "正在服务 {0} 号，尚未办结").format(ticket_number))
    return lines


def ask_sign_out(parent: QWidget, open_lines: list[str], signed_out: Callable[[], None]) -> QMessageBox:
    """Open the question (not modal to the event loop: the caller goes on); ``signed_out`` runs
    when the clerk confirms. Returned so that a test, or a second Ctrl+Shift+L, can find it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("SignOut", "切换用户"))
    box.setText(translate("SignOut", "退出登录并切换用户？"))
    if open_lines:
        listed = "\n".join(f"· {line}" for line in open_lines)
        box.setInformativeText(translate("SignOut", "还未完成：\n{0}").format(listed))
    else:
        box.setInformativeText(translate("SignOut", "没有未完成的收件或叫号。"))
    yes = box.addButton(translate("SignOut", "退出登录 (Enter)"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translate("SignOut", "继续工作 (Esc)"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    # after the box is gone, so that the focus it hands back does not land on the old page
    box.finished.connect(lambda _result: _answered(parent, box.clickedButton() is yes, signed_out))
    box.open()
    return box


def _answered(parent: QWidget, yes: bool, signed_out: Callable[[], None]) -> None:
    parent.activateWindow()  # the keys go back to the workbench (or the sign-in screen)
    if yes:
        signed_out()
