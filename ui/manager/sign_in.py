"""The console's sign-in: a hall manager, an admin or a back-office account of the hall (who gets
only 我的整改) signs in online on this back-office terminal. Enter signs in, Esc quits; a refusal
(a clerk's account, a wrong password, no server) is said under the fields and the name typed
stays."""

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
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
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
        self.username.setFocus()

    def set_hall(self, text: str) -> None:
        self.hall.setText(text)

    def _submit(self) -> None:
        self.busy(True)
        self.problem.hide()
        self.submitted.emit(self.username.text(), self.password.text())

    def busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)

    def refused(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.password.clear()
        self.busy(False)
        self.password.setFocus() if self.username.text().strip() else self.username.setFocus()

    def fresh(self) -> None:
        """After a sign-out: empty fields, nothing said."""
        self.username.clear()
        self.password.clear()
        self.problem.hide()
        self.busy(False)
        self.username.setFocus()
