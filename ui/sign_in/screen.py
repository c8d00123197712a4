"""The sign-in screen: user name, password, 登录 on Enter — nothing else to reach for.

Shown in place of the workbench (the main window's first page) when ``onewindow clerk`` starts
and after 切换用户; the demo signs its clerk in without it. A refusal says exactly why (the
service's sentence: wrong password, 请N分钟后再试, unknown user, offline and never signed in
here), keeps the user name, and clears and focuses the password. A line above the fields says
whether the server can be reached; when it cannot, the terminal's cached accounts are used.

A password set by someone else (a new account, a reset) is replaced before the workbench opens:
the screen asks for a new one twice and sets it with the server (SignInService.change_password);
取消 signs the user out again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import describe


class SignInScreen(QWidget):
    signed_in = Signal(object)  # SignedInUser
    quit_wanted = Signal()
    switch_wanted = Signal()  # 换人登录 on the locked screen

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("SignIn")
        self._worker = worker
        self._service = None
        self._busy = False
        self._locked = False  # the workbench is locked: only its clerk's password unlocks it
        self._place = ""
        self._changing = ""  # the password just typed, while its replacement is asked for
        card = QFrame(self)
        card.setObjectName("Panel")
        card.setFixedWidth(420)
        self.title = QLabel(self.tr("一窗通办 · 登录"), card)
        self.title.setObjectName("WindowName")
        self.place = QLabel(card)
        self.place.setObjectName("Muted")
        self.place.setWordWrap(True)  # the locked screen's sentence is long, in English longer
        self.reach = QLabel(card)
        self.reach.setObjectName("Muted")
        self.reach.setWordWrap(True)
        self.username = QLineEdit(card)
        self.username.setAccessibleName(self.tr("用户名"))
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("密码"))
        self.new_password = QLineEdit(card)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setAccessibleName(self.tr("新密码"))
        self.new_password.setToolTip(
            self.tr("至少8个字符，包含小写字母、大写字母、数字、符号中的至少三种，不含用户名")
        )
        self.repeat_password = QLineEdit(card)
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password.setAccessibleName(self.tr("再次输入新密码"))
        self.error = QLabel(card)
        self.error.setObjectName("FieldProblem")
        self.error.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("登录 (Enter)"), card)
        self.sign_in_button.setObjectName("Primary")
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button = QPushButton(self.tr("退出程序"), card)
        self.quit_button.clicked.connect(self._quit_or_switch)
        for edit in (self.username, self.password, self.new_password, self.repeat_password):
            edit.returnPressed.connect(self.submit)

        form = self.form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("新密码"), self.new_password)
        form.addRow(self.tr("再次输入"), self.repeat_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 18, 24, 18)
        card_layout.setSpacing(8)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.place)
        card_layout.addWidget(self.reach)
        card_layout.addLayout(form)
        card_layout.addWidget(self.error)
        card_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.sign_in_button)
        self._show_change_rows(False)
        self.set_ready(False)

    # -- set-up ---------------------------------------------------------------------------------
    def attach(self, sign_in_service) -> None:
        """The services are open: signing in can start."""
        self._service = sign_in_service
        self.set_ready(True)

    def show_sealed(self) -> None:
        """The workbench started on a sealed store: the clerk's sign-in unlocks it."""
        self.reach.setText(self.tr("本机数据已加密保存，登录后解锁。首次在本机登录须连接中心服务器。"))

    def set_place(self, text: str) -> None:
        self._place = text
        if not self._locked:
            self.place.setText(text)

    def set_ready(self, ready: bool) -> None:
        for w in (self.username, self.password, self.sign_in_button):
            w.setEnabled(ready and not self._busy)
        if not ready and self._service is None:
            self.reach.setText(self.tr("正在打开本地数据库……"))

    def set_reachability(self, status) -> None:
        """What the sign-in will check against, from a ``SyncStatus`` (None: not known yet)."""
        if status is None or not status.configured:
            self.reach.setText(self.tr("本工作台未连接服务器：使用本机缓存的账号"))
        elif status.online:
            self.reach.setText(self.tr("服务器可连接：{0}").format(status.server_url))
        else:
            self.reach.setText(self.tr("离线登录：使用本机缓存的账号"))

    def reset(self, username: str = "") -> None:
        """A fresh screen (切换用户): nothing typed, the focus in the user name."""
        self._set_locked(False)
        self._leave_change()
        self.username.setText(username)
        self.password.clear()
        self.error.clear()
        self.focus()

    def lock_for(self, username: str, display_name: str) -> None:
        """The locked workbench: the clerk's name fixed, their password asked (ui/sign_in/idle_lock)."""
        self._set_locked(True, display_name)
        self.username.setText(username)
        self.password.clear()
        self.error.clear()
        self.focus()

    def unlocked(self) -> None:
        """The clerk is back: the screen is the ordinary sign-in screen again, for next time."""
        self._set_locked(False)
        self.username.clear()
        self.password.clear()
        self.error.clear()

    @property
    def locked(self) -> bool:
        return self._locked

    def _set_locked(self, locked: bool, display_name: str = "") -> None:
        self._locked = locked
        self.username.setReadOnly(locked)
        if locked:
            self.title.setText(self.tr("工作台已锁定"))
            self.place.setText(self.tr("{0} 暂时离开。请输入密码解锁，或换人登录。").format(display_name))
            self.quit_button.setText(self.tr("换人登录"))
            self.sign_in_button.setText(self.tr("解锁 (Enter)"))
        else:
            self.title.setText(self.tr("一窗通办 · 登录"))
            self.place.setText(self._place)
            self.quit_button.setText(self.tr("退出程序"))
            self.sign_in_button.setText(self.tr("登录 (Enter)"))

    def _quit_or_switch(self) -> None:
        if self.changing:
            self._cancel_change()
            return
        (self.switch_wanted if self._locked else self.quit_wanted).emit()

    # -- a password set by someone else, replaced ------------------------------------------------
    @property
    def changing(self) -> bool:
        return bool(self._changing)

    def _show_change_rows(self, changing: bool) -> None:
        self.form.setRowVisible(self.password, not changing)
        self.form.setRowVisible(self.new_password, changing)
        self.form.setRowVisible(self.repeat_password, changing)
        self.username.setReadOnly(changing or self._locked)

    def _ask_new_password(self, current: str) -> None:
        self._changing = current
        self._show_change_rows(True)
        self.title.setText(self.tr("请设置您自己的密码"))
        self.place.setText(self.tr("您的密码是管理员设置的初始密码（或被重置），须先改为只有您知道的密码。"))
        self.quit_button.setText(self.tr("取消"))
        self.sign_in_button.setText(self.tr("修改并登录 (Enter)"))
        self.error.setText(
            self.tr("至少8个字符，包含小写字母、大写字母、数字、符号中的至少三种，不含用户名。")
        )
        self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave_change(self) -> None:
        self._changing = ""
        self.new_password.clear()
        self.repeat_password.clear()
        self._show_change_rows(False)
        if not self._locked:
            self._set_locked(False)

    def _cancel_change(self) -> None:
        service = self._service
        self._worker.run(service.sign_out)  # the session opened with the old password ends
        self.reset(self.username.text().strip())

    def _submit_change(self) -> None:
        new, again = self.new_password.text(), self.repeat_password.text()
        if not new:
            self.new_password.setFocus()
            return
        if not again:
            self.repeat_password.setFocus()
            return
        if new != again:
            self.error.setText(self.tr("两次输入的新密码不一致，请重新输入。"))
            self.new_password.clear()
            self.repeat_password.clear()
            self.new_password.setFocus()
            return
        self._busy = True
        self.error.setText(self.tr("正在修改密码……"))
        service, current = self._service, self._changing
        self._worker.run(lambda: service.change_password(current, new), self._changed, self._change_refused)

    def _changed(self, user) -> None:
        self._busy = False
        self._leave_change()
        self.password.clear()
        self.error.clear()
        self.signed_in.emit(user)

    def _change_refused(self, error) -> None:
        self._busy = False
        self.error.setText(describe(error))
        self.new_password.clear()
        self.repeat_password.clear()
        self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus(self) -> None:
        target = self.password if self.username.text().strip() else self.username
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- signing in -----------------------------------------------------------------------------
    def submit(self) -> None:
        if self._service is None or self._busy:
            return
        if self.changing:
            self._submit_change()
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.error.setText(self.tr("请输入用户名。"))
            self.username.setFocus()
            return
        if not password:
            # Enter in the user name moves on to the password; only say something if it was asked
            if self.password.hasFocus():
                self.error.setText(self.tr("请输入密码。"))
            self.password.setFocus()
            return
        self._busy = True
        self.set_ready(True)
        self.error.setText(self.tr("正在登录……"))
        service = self._service
        self._worker.run(
            lambda: service.sign_in(username, password), lambda u: self._done(u, password), self._refused
        )

    def _done(self, user, password: str = "") -> None:
        self._busy = False
        self.set_ready(True)
        self.password.clear()
        self.error.clear()
        if user.must_change_password:
            self._ask_new_password(password)
            return
        self.signed_in.emit(user)

    def _refused(self, error) -> None:
        self._busy = False
        self.set_ready(True)
        self.error.setText(describe(error))
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)
