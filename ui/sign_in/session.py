"""Who works at the window, and how the window keeps in touch with the server (a part of the
main window, kept here so the window's own module stays about the work at the window).

The central area is two pages: the workbench, and the sign-in screen that takes its place when
nobody is signed in (``onewindow clerk`` at start, 切换用户 with Ctrl+Shift+L). While it shows,
the workbench's keys are off (only Ctrl+Shift+Y, the sync panel, stays) and card or barcode
reads are ignored. Whoever signs in becomes the clerk of every use case (services.use_clerk)
and is named in the title and the 本窗口 panel. The workbench locks itself after the hall's idle
minutes or with Ctrl+Alt+L (ui/sign_in/idle_lock.py): the same screen, the clerk's name fixed.

The sync monitor keeps the status bar's slot current from the sync runner's reports; a sync
round refreshes today's list and the open case (it may have pulled back-office steps or
cleared the 尚未同步 marks).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QStackedWidget, QToolButton, QWidget

from ui.sign_in.idle_lock import WorkbenchLock
from ui.sign_in.screen import SignInScreen
from ui.sign_in.sign_out import ask_sign_out, open_work
from ui.sync.monitor import SyncMonitor

# the words belong to the main window's context: PySide's tr() looks them up under the class of
# the object (MainWindow), not the mixin that says them
translate = QCoreApplication.translate
WORKBENCH_PAGE, SIGN_IN_PAGE = range(2)
_KEYS_WHILE_SIGNED_OUT = ("Ctrl+Shift+Y",)


class SessionMixin:
    """Mixed into MainWindow (a QMainWindow with services, worker, status, today, detail, intake)."""

    def _session_parts(self, workbench: QWidget) -> None:
        services = self.services
        self.sign_in = SignInScreen(self.worker)
        self.sign_in.signed_in.connect(self.signed_in)
        self.sign_in.quit_wanted.connect(self.close)
        self.sign_in.switch_wanted.connect(self.sign_out)  # 换人登录 on the locked screen
        self.locker = WorkbenchLock(self)
        self.sign_in.set_place(services.settings.hall_name)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)  # first: the pages join a window already in place
        self.pages.addWidget(workbench)
        self.pages.addWidget(self.sign_in)
        self.sync = SyncMonitor(self.status, self.worker, parent=self)
        self.sync.synced.connect(self.today.refresh)
        self.sync.synced.connect(self.refresh_detail)
        self.sync.synced.connect(self._apply_hall_security)  # the hall's idle minutes may change
        self.sync.status_changed.connect(self.sign_in.set_reachability)
        self.sync.status_changed.connect(lambda status: self.today.set_mark_unsynced(status.configured))
        self.status.slot_clicked.connect(lambda name: name == "sync" and self.open_sync_panel())

    def _account_button(self, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setText(translate("MainWindow", "切换用户 · 同步"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # room for the menu arrow, which is otherwise drawn over the last character
        button.setStyleSheet("QToolButton { padding-right: 16px; }")
        menu = QMenu(button)
        menu.addAction(translate("MainWindow", "锁定工作台\tCtrl+Alt+L"), lambda: self.locker.lock())
        menu.addAction(translate("MainWindow", "切换用户 / 退出登录\tCtrl+Shift+L"), self.switch_user)
        menu.addAction(translate("MainWindow", "同步状态\tCtrl+Shift+Y"), self.open_sync_panel)
        button.setMenu(menu)
        self.account_button = button
        return button

    @property
    def signed_out(self) -> bool:
        return self.pages.currentIndex() == SIGN_IN_PAGE

    # -- start -----------------------------------------------------------------------------------
    def _started(self, started) -> None:
        self.sync_wanted = started.sync
        if self.services.locked:
            # a sealed store: nothing of it opens before a clerk signs in (signed_in readies it)
            self.sign_in.attach(self.services.unlock)
            self.sign_in.show_sealed()
            self.status.clearMessage()  # nothing more opens until the sign-in
            self.status.set_slot("sync", translate("MainWindow", "登录后开始"), "muted")
            self._show_sign_in()
            self.sign_in.focus()
            if started.problem:
                self.status.showMessage(started.problem, 20000)
            return
        self._ready(self.services)
        self._apply_hall_security()
        if started.user is not None:
            self.signed_in(started.user)
        if started.problem:
            self.status.showMessage(started.problem, 20000)

    def _show_who(self, clerk: str, window: str) -> None:
        hall = self.services.settings.hall_name
        # the program's name is added by Qt (the application's display name, ui/app.py)
        self.setWindowTitle(translate("MainWindow", "{0} {1}（{2}）").format(hall, window, clerk))
        self.window_label.setText(window)
        self.who_label.setText(translate("MainWindow", "{0}\n窗口人员：{1}").format(hall, clerk))

    def _show_sign_in(self) -> None:
        self.pages.setCurrentIndex(SIGN_IN_PAGE)
        for shortcut in self._shortcut_objects:
            shortcut.setEnabled(shortcut.key().toString() in _KEYS_WHILE_SIGNED_OUT)
        self.sign_in.reset()  # 切换用户: the next person types their own name

    def _apply_hall_security(self, *_args) -> None:
        """The hall's idle-lock minutes, as the workbench last pulled them (worker thread)."""
        if not self.services.is_open:
            return
        from app.services.hall_security import idle_lock_minutes

        sync = self.services.sync
        self.worker.run(lambda: idle_lock_minutes(sync.hall_config()), self.locker.watch.set_minutes)

    def show_locked(self, user) -> None:
        """The locked screen in the workbench's place (WorkbenchLock.lock): no key of the
        workbench works, not even the sync panel's (its list names cases)."""
        self.pages.setCurrentIndex(SIGN_IN_PAGE)
        for shortcut in self._shortcut_objects:
            shortcut.setEnabled(False)
        self.sign_in.attach(self.services.sign_in)  # the demo signed its clerk in without the screen
        self.sign_in.lock_for(user.username, user.display_name)

    def _unlock(self, user) -> None:
        for shortcut in self._shortcut_objects:
            shortcut.setEnabled(True)
        self.pages.setCurrentIndex(WORKBENCH_PAGE)
        self.sign_in.unlocked()
        self.locker.unlocked()
        self.status.showMessage(translate("MainWindow", "{0} 已解锁").format(user.display_name), 3000)

    def signed_in(self, user) -> None:
        """Someone signed in (the screen, or the demo's clerk): they are the clerk from now on."""
        if self.locker.locked and user.username == self.locker.locked_user.username:
            self.user = user  # online again, perhaps: the new session's user
            self._unlock(user)
            return
        if not self.is_ready:  # the sign-in that unlocked a sealed store: the workbench opens now
            self._ready(self.services)
            self._apply_hall_security()
        self.user = user
        self.worker.run(lambda: self.services.use_clerk(user))
        self._show_who(user.display_name, user.window_name or self.services.settings.window_name)
        for shortcut in self._shortcut_objects:
            shortcut.setEnabled(True)
        self.pages.setCurrentIndex(WORKBENCH_PAGE)
        if self.services.is_open:
            self.queue.refresh()  # the queue slot, emptied at sign-out, says the window's state again
        how = translate("MainWindow", "（离线登录）") if user.offline else ""
        self.status.showMessage(translate("MainWindow", "{0} 已登录{1}").format(user.display_name, how), 5000)
        self.focus_search()
        self.locker.signed_in()

    def switch_user(self) -> None:
        """切换用户 / 退出登录 (Ctrl+Shift+L): asks first, naming the draft and the ticket still
        open (ui/sign_in/sign_out.py); Enter signs out."""
        if not self.services.is_open or self.signed_out:
            return
        asking = getattr(self, "sign_out_box", None)
        if asking is not None and asking.isVisible():
            return
        case = self.intake.case
        view = self.queue.view
        still_open = open_work(
            case.number if case is not None and case.editable else None,
            view.current.number if view is not None and view.current is not None else None,
        )
        self.sign_out_box = ask_sign_out(self, still_open, self.sign_out)

    def sign_out(self) -> None:
        """The draft is saved, the user signed out, nothing of theirs left on screen (the title,
        the 本窗口 panel, the queue slot), the sign-in screen shown. From the locked screen too
        (换人登录): the lock ends with it."""
        if self.signed_out and not self.locker.locked:
            return
        self.locker.release()
        if self.intake.case is not None and self.intake.case.editable:
            self.intake.save_applicant()
        self.worker.run(self.services.sign_in.sign_out)
        self.sign_in.attach(self.services.sign_in)
        self.user = None
        self.setWindowTitle("")  # Qt shows the program's name alone
        self.who_label.setText(self.services.settings.hall_name)
        self.status.set_slot("queue", translate("MainWindow", "未登录"), "muted")
        # a pad still asking goes on: its rating is the case's
        if self.rating is None or not self.rating.asking:
            self.status.no_rating()
        self.case_on_screen.forget()  # the last applicant's document is not the next clerk's
        if getattr(self, "report_dialog", None) is not None:
            self.report_dialog.hide()  # 办不成事反映: its reporter is not the next clerk's to see
        self.preview.clear()
        self._show_sign_in()

    def start_sync(self, run: bool = True) -> None:
        """Show the sync state and start the runner (``run`` False: this session stays offline)."""
        services = self.services
        runner = services.sync_runner if run else None
        if self.sync.report not in services.sync_listeners:
            services.sync_listeners.append(self.sync.report)
        self.sync.attach(services.sync, runner)
        if runner is not None:
            runner.start()

    def open_sync_panel(self) -> None:
        if not self.services.is_open:
            return
        if self.sync_panel is None:
            from ui.sync.panel import SyncPanel

            self.sync_panel = SyncPanel(self.sync, self.services.sync, self.worker, self)
            self.sync_panel.open_case.connect(self.open_case)
        self.sync_panel.open_panel()

    def _stop_sync(self) -> None:
        """The window closes: no more reports to it, and the runner ends its round and stops."""
        self.sync.stop()
        services = self.services
        if not services.is_open:
            return
        if self.sync.report in services.sync_listeners:
            services.sync_listeners.remove(self.sync.report)
        if services.sync_runner is not None:
            services.sync_runner.stop()
