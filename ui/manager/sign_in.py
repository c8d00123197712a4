"""The console's sign-in: a hall manager, an admin or a back-office account of the hall (who gets
only 我的整改) signs in online on this back-office terminal. Enter signs in, Esc quits; a refusal
(a clerk's account, a wrong password, no server) is said under the fields and the name typed
stays. An account whose password was set by someone else is asked for its own, twice, before
the console opens (the server lets its session do nothing else).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ManagerSignIn(QDialog):
    submitted = Signal(str, str)  # username, password
    new_password_submitted = Signal(str)  # the password chosen (typed the same twice)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("大厅管理控制台 — 登录"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.hall = QLabel(self.tr("正在连接中心服务器…"), self)
        self.hall.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.hall)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit(self)
        self.repeat_password = QLineEdit(self)
        for edit in (self.new_password, self.repeat_password):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("新密码"), self.new_password)
        form.addRow(self.tr("再次输入"), self.repeat_password)
        self.form = form
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.sign_in_button = buttons.addButton(
            self.tr("登录 (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        quit_button = buttons.addButton(self.tr("退出 (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._submit)
        quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._changing = False
        self._show_change_rows(False)
        self.username.setFocus()

    def _show_change_rows(self, changing: bool) -> None:
        self._changing = changing
        self.form.setRowVisible(self.password, not changing)
        self.form.setRowVisible(self.new_password, changing)
        self.form.setRowVisible(self.repeat_password, changing)
        self.username.setReadOnly(changing)

    def ask_new_password(self) -> None:
        """Signed in with a password someone else set: ask for the user's own."""
        self._show_change_rows(True)
        self.problem.setText(
            self.tr("您的密码是管理员设置的初始密码（或被重置），须先改为只有您知道的密码：")
            + self.tr("至少8个字符，包含小写字母、大写字母、数字、符号中的至少三种，不含用户名。")
        )
        self.problem.show()
        self.busy(False)
        self.new_password.setFocus()

    def set_hall(self, text: str) -> None:
        self.hall.setText(text)

    def _submit(self) -> None:
        if self._changing:
            new, again = self.new_password.text(), self.repeat_password.text()
            if not new or new != again:
                self.problem.setText(self.tr("两次输入的新密码不一致，请重新输入。"))
                self.problem.show()
                self.new_password.clear()
                self.repeat_password.clear()
                self.new_password.setFocus()
                return
            self.busy(True)
            self.new_password_submitted.emit(new)
            return
        self.busy(True)
        self.problem.hide()
        self.submitted.emit(self.username.text(), self.password.text())

    def busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)

    def refused(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.busy(False)
        if self._changing:
            self.new_password.clear()
            self.repeat_password.clear()
            self.new_password.setFocus()
            return
        self.password.clear()
        self.password.setFocus() if self.username.text().strip() else self.username.setFocus()

    def fresh(self) -> None:
        """After a sign-out: empty fields, nothing said."""
        self._show_change_rows(False)
        self.new_password.clear()
        self.repeat_password.clear()
        self.username.clear()
        self.password.clear()
        self.problem.hide()
        self.busy(False)
        self.username.setFocus()
