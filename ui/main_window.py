"""The clerk's workbench: one window, three columns.

Left: the queue (叫号: the current ticket and a key for every call), today's cases and who works
at this window. Middle: the case in tabs — 收件 (intake),
出件 (issuance), 办件详情 (the case opened from the list). Right: the last document. The status
bar carries the queue, device and sync slots. Every action has a key (see ``_shortcuts``; the
queue's are in ui/queue/keys.py).

A called ticket that came with an ID swipe fills the applicant at once when the intake is idle
(no case started, nothing typed): that is the moment the clerk would read the card anyway, and
the applicant is walking up. With a case still open it would mix two people, so then nothing
moves until the clerk asks with Ctrl+F7 (用此号开始收件) after finishing the open case.

With ``sign_in_required`` (``onewindow clerk``) the window opens on the sign-in screen and
shows the workbench once someone signed in; 切换用户 (Ctrl+Shift+L) brings the screen back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.domain.access_records import CASE_OPENED
from app.domain.masking import mask_id_number, mask_name
from app.services.views import CaseView
from ui.cases.today_list import TodayList
from ui.devices.card_holder import CardHolder
from ui.devices.hub import DeviceHub, device_call
from ui.devices.wedge import WedgeDetector
from ui.first_paint import after_first_paint
from ui.intake.intake_view import IntakeView
from ui.lazy_page import LazyPage
from ui.panel import panel
from ui.printing.case_on_screen import CaseOnScreen
from ui.printing.print_preview import PrintPreview
from ui.queue.keys import QUEUE_KEYS
from ui.queue.queue_panel import QueuePanel
from ui.queue.ticket_holder import holder_of
from ui.queue.ticket_work import TicketWork
from ui.sign_in.idle_lock import LOCK_KEY
from ui.sign_in.session import SessionMixin
from ui.status_bar import WorkbenchStatusBar
from ui.worker import Worker

if TYPE_CHECKING:
    from ui.cases.case_detail import CaseDetail
    from ui.issuance.issuance_panel import IssuancePanel

INTAKE_TAB, ISSUANCE_TAB, DETAIL_TAB = range(3)
log = logging.getLogger(__name__)


class MainWindow(SessionMixin, QMainWindow):
    def __init__(self, services, worker: Worker | None = None, *, sign_in_required: bool = False) -> None:
        super().__init__()
        self.services = services
        self.worker = worker or Worker(self)
        self.sign_in_required = sign_in_required
        self.is_ready = False  # the use cases are attached (_ready): after the store opened
        self.closed = False  # closeEvent ran: what _ready leaves for later must not start then
        self.sync_wanted = True  # False: `onewindow clerk --offline`, no sync this session
        self.user = None  # the SignedInUser, once someone signed in
        self.sync_panel = None  # a SyncPanel, made when first opened
        self.case_search = None  # the 查找办件 dialog, made when first opened (Ctrl+F)
        self.report_dialog = None  # 办不成事反映, made when first opened (Ctrl+Shift+B)
        self.booking_dialog = None  # 预约登记, made when first opened (Ctrl+Shift+P)

        # Built from the window down: the containers are in the window before the panels go in,
        # so each panel's widgets are reparented (fonts, palettes and style resolved again down
        # the subtree) once, not once per level as when panels were wrapped bottom-up and the
        # whole stack set last (cProfile: a third of MainWindow(), before the first paint).
        self.status = WorkbenchStatusBar(self)
        self.setStatusBar(self.status)
        central = QWidget()
        central.setObjectName("Central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        # each panel is handed its own use cases when they are open (_attach_use_cases); until
        # then the window paints and the panels wait, disabled
        self.today = TodayList(self.worker)
        self._session_parts(central)  # the sign-in screen as the other page, the sync monitor
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        layout.addWidget(self.splitter)
        self.splitter.setChildrenCollapsible(False)
        self.queue = QueuePanel(self)
        self._left_column(self.splitter)
        self.tabs = QTabWidget()
        self.splitter.addWidget(self.tabs)
        self.tabs.setDocumentMode(True)
        self.intake = IntakeView(self.worker)
        # 出件 and 办件详情 are made when first needed (ui/lazy_page.py; see the properties below)
        self._issuance_page = LazyPage(self._make_issuance)
        self._detail_page = LazyPage(self._make_detail)
        self.tabs.addTab(self.intake, self.tr("收件 [F2]"))
        self.tabs.addTab(self._issuance_page, self.tr("出件 [F6]"))
        self.tabs.addTab(self._detail_page, self.tr("办件详情"))
        # a tab shown (a click, a key) shows its whole panel: made before the page paints
        self.tabs.currentChanged.connect(self._tab_shown)
        self.preview = PrintPreview(self.worker)
        preview_frame = panel("", self.preview)
        preview_frame.layout().itemAt(0).widget().hide()  # the preview has its own title line
        self.splitter.addWidget(preview_frame)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([330, 700, 330])
        self.hub = DeviceHub(lambda: services.devices, self)
        self.hub.status_changed.connect(self.status.devices.set_status)
        self.hub.card_placed.connect(self.fill_from_card)
        self.hub.card_unreadable.connect(lambda text: self.intake.banner.show_message(text, "warning"))
        self.hub.barcode_read.connect(self.scan_case_number)
        self.status.devices.clicked.connect(self.device_clicked)
        # a keyboard-wedge scan anywhere in the workbench is a case to hand out (one app-wide
        # filter for the window; in the 出件 tab the panel's own detector takes the scan first)
        self.wedge = WedgeDetector(self, listening=False)  # listens from _start_behind on
        self.wedge.scanned.connect(self.scan_case_number)
        self.rating = None  # a RatingPrompt once the services (and the evaluator) are open
        self.intake.served.connect(self.ask_rating)
        self.queue.view_changed.connect(self._show_queue_slot)
        self.queue.called.connect(self.ticket_called)
        self.ticket_work = TicketWork(self)  # F7 asks 办结/未办理 when no case was opened
        self.ticket_work.watch(self.intake)
        self.queue.start_intake_wanted.connect(self.start_from_ticket)
        self.sync.synced.connect(self.queue.refresh)  # a round follows every poke of the hall
        self.worker.busy_changed.connect(self.status.set_busy)
        self.worker.failed.connect(lambda text: self.status.showMessage(text, 10000))

        self.today.open_case.connect(self.open_case)
        self.worker.changed.connect(self.refresh_detail)
        # the preview and the print keys belong to the case in the tab in front (see CaseOnScreen)
        self.case_on_screen = CaseOnScreen(self.tabs, (self.intake,), self)
        self.case_on_screen.changed.connect(lambda: self.preview.keep_only(self.case_on_screen.current()))
        self._wire_documents(self.intake)
        self._shortcuts()
        if sign_in_required:
            self._show_sign_in()
        if services.is_open:
            self._ready(services)
        else:
            # the window is shown at once; the database and the catalog open behind it
            self.splitter.setEnabled(False)
            self.status.showMessage(self.tr("正在打开本地数据库和事项清单……"))

    def open_services(self, start=None) -> None:
        """Open the use cases on the worker thread; the workbench comes alive when they are ready.

        ``start(services) -> Started`` (ui.sync.startup) opens them and connects to a server
        too: the demo's embedded one, or a deployment's with its enrolment.
        """
        services = self.services

        def open_now() -> None:
            if start is None:
                self.worker.run(services.open, self._ready, self._start_failed)
            else:
                self.worker.run(lambda: start(services), self._started, self._start_failed)

        after_first_paint(self, open_now)  # the window first, the services behind it (see there)

    # -- the tabs made when first needed (ui/lazy_page.py) ----------------------------------------
    @property
    def issuance(self) -> IssuancePanel:
        """The 出件 panel, made now if this is the first time anything needs it."""
        return self._issuance_page.panel()

    @property
    def detail(self) -> CaseDetail:
        """The 办件详情 panel, made now if this is the first time anything needs it."""
        return self._detail_page.panel()

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyPage):
            page.panel()

    def _make_issuance(self) -> IssuancePanel:
        from ui.issuance.issuance_panel import IssuancePanel  # its module too waits until needed

        panel = IssuancePanel(self.worker)
        panel.served.connect(self.ask_rating)
        self.ticket_work.watch(panel)
        self._wire_documents(panel)
        self.case_on_screen.watch(panel)
        if self.is_ready:
            self._attach_issuance(panel, self.services)
        return panel

    def _make_detail(self) -> CaseDetail:
        from ui.cases.case_detail import CaseDetail  # its module too waits until needed

        panel = CaseDetail(self.worker)
        panel.continue_intake.connect(self.continue_intake)
        panel.issue_wanted.connect(self.start_issuance)
        panel.show_document.connect(self.preview.show_document)
        panel.reprint_wanted.connect(self.preview.reprint)
        self.case_on_screen.watch(panel)
        if self.is_ready:
            self._attach_detail(panel, self.services)
        return panel

    def _wire_documents(self, source) -> None:
        """A panel that decides or hands out: its documents go to the preview pane."""
        source.document_ready.connect(lambda doc, s=source: self.case_on_screen.document_made(s, doc))
        source.document_ready.connect(self.preview.show_document)
        source.reprint_wanted.connect(self.preview.reprint)

    def refresh_detail(self, *_args) -> None:
        """The open case again (a change, a sync round); nothing to do while 办件详情 was never made."""
        detail = self._detail_page.built_panel()
        if detail is not None:
            detail.refresh()

    @staticmethod
    def _attach_issuance(panel, services) -> None:
        panel.attach(services.cases, services.issuance)
        panel.attach_pages(services.pages, lambda: services.scanner)  # a 代领's 委托书

    @staticmethod
    def _attach_detail(panel, services) -> None:
        panel.attach(services.cases, services.issuance, services.slips)

    def _attach_use_cases(self, services) -> None:
        """Each panel gets only the use cases it works with, not the whole composition root."""
        self.today.attach(services.cases)
        self.intake.attach(services.catalog, services.intake, services.pages, lambda: services.scanner)
        if self._issuance_page.built:
            self._attach_issuance(self.issuance, services)
        if self._detail_page.built:
            self._attach_detail(self.detail, services)
        self.preview.attach(services.printing)
        self.queue.attach(services.queue)
        from app.services.queue.assignment_notice import AssignmentNotice

        notice = AssignmentNotice(services.sync.hall_config, lambda: services.window.config.window_name)
        self.queue.watch_assignments(notice)  # 大厅管理员调整了本窗口：…

    def _ready(self, services) -> None:
        self.is_ready = True
        self._attach_use_cases(services)
        self.splitter.setEnabled(True)
        self.status.clearMessage()
        self.today.refresh()
        if self.sign_in_required and services.sign_in.current is None:
            self.sign_in.attach(services.sign_in)
            self.sign_in.focus()
        else:
            self.focus_search()
        # the rest starts once today's list is on screen (the worker runs its jobs in order, so
        # this empty job ends right after the list's): the sync runner, the queue's first
        # refresh and the device threads would otherwise share the one interpreter with the list
        # and the first keystrokes, and the clerk would wait longer for both (profile, issue 15)
        self.worker.run(lambda: None, lambda _none: self._start_behind(services))

    def _start_behind(self, services) -> None:
        if self.closed:
            return  # closed before today's list came back: nothing may start after closeEvent
        self.wedge.listen()
        self.start_sync(run=self.sync_wanted)
        self.queue.start()
        self.hub.start()
        self._rating_prompt()
        # load the document renderer and its font now, so the first receipt is not the slow one
        self.worker.run(services.warm_up)

    def _start_failed(self, error) -> None:
        original = getattr(error, "original", error)
        text = self.tr("工作台无法启动：{0}。请联系运维人员；已有数据未受影响。").format(original)
        log.error("start-up failed: %s", type(original).__name__)
        self.status.set_slot("sync", self.tr("启动失败"), "error", str(original))
        self.status.showMessage(text)

    def _left_column(self, splitter: QSplitter) -> None:
        settings = self.services.settings
        who = QWidget()
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        self.window_label = QLabel(who)
        self.window_label.setObjectName("WindowName")
        self.who_label = QLabel(who)
        self.who_label.setObjectName("Muted")
        who_layout.addWidget(self.window_label)
        who_layout.addWidget(self.who_label)
        who_layout.addWidget(self._account_button(who), 0, Qt.AlignmentFlag.AlignLeft)
        self._show_who(settings.clerk_name, settings.window_name)
        column = QWidget()
        splitter.addWidget(column)  # in the window before its panels go in (see __init__)
        column.setMinimumWidth(250)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(4)
        column_layout.addWidget(panel(self.tr("叫号  [F7 叫下一位]"), self.queue))
        column_layout.addWidget(panel(self.tr("今日办件  [F5 刷新]"), self.today), 1)
        column_layout.addWidget(panel(self.tr("本窗口"), who))

    def _shortcuts(self) -> None:
        keys = {
            "F2": self.focus_search,
            "F3": self.focus_applicant,
            "F4": self.focus_materials,
            "F5": self.refresh,
            "F6": self.focus_issuance,
            "F9": self.intake_action(self.intake.accept),
            "F10": self.intake_action(self.intake.request_supplement),
            "F11": self.intake_action(self.intake.ask_refusal),
            "Ctrl+P": self.reprint_on_screen,
            "Ctrl+=": self.preview.zoom_in,
            "Ctrl++": self.preview.zoom_in,
            "Ctrl+-": self.preview.zoom_out,
            "Ctrl+0": self.preview.fit_width,
            "Ctrl+Shift+A": self.intake_action(self.intake.all_received),
            "Ctrl+Shift+H": self.intake_action(self.intake.assistance.take_focus),  # 帮办代办
            "Ctrl+Shift+W": self.intake_action(self.intake.print_authorisation_form),  # 委托书模板
            "Esc": self.cancel_prompts,
            "Ctrl+L": self.today.focus,
            "Ctrl+F": self.open_case_search,
            "Ctrl+Shift+D": self.open_device_settings,
            "Ctrl+Shift+Y": self.open_sync_panel,
            "Ctrl+Shift+L": self.switch_user,
            LOCK_KEY: self.locker.lock,  # the workbench hides behind the locked sign-in screen
            "Ctrl+Shift+R": self.open_rating_review,  # 申请复核 of the clerk's own 差评
            "Ctrl+Shift+B": self.open_unresolved_report,  # 办不成事反映, for the hall manager
            "Ctrl+Shift+P": self.open_booking,  # 预约登记 at the window and by phone
        }
        keys.update({key: self.queue.action(name) for name, key in QUEUE_KEYS.items()})
        self._shortcut_objects = []
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self._shortcut_objects.append(shortcut)

    def intake_action(self, action):
        def run() -> None:
            self.tabs.setCurrentIndex(INTAKE_TAB)
            action()

        return run

    # -- navigation ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(INTAKE_TAB)
        self.intake.search.focus()

    def focus_applicant(self) -> None:
        self.tabs.setCurrentIndex(INTAKE_TAB)
        self.intake.applicant.focus()

    def focus_materials(self) -> None:
        self.tabs.setCurrentIndex(INTAKE_TAB)
        self.intake.checklist.focus()

    def focus_issuance(self) -> None:
        self.tabs.setCurrentIndex(ISSUANCE_TAB)
        self.issuance.focus()

    def refresh(self) -> None:
        self.today.refresh()
        self.refresh_detail()
        self.status.showMessage(self.tr("已刷新"), 2000)

    def cancel_prompts(self) -> None:
        if not self.queue.cancel_entry():
            self.intake.cancel_prompts()

    def reprint_on_screen(self) -> None:
        """Ctrl+P: the document of the case on screen, never one left from another applicant."""
        self.preview.reprint_case(self.case_on_screen.current())

    def open_case(self, case_id: str) -> None:
        """办件详情 of a case picked from today's list, 查找办件 or the sync panel: a read of a
        citizen's record, recorded for the audit log (app/services/cases/access.py)."""
        self.tabs.setCurrentIndex(DETAIL_TAB)
        self.detail.open_case(case_id)
        if self.services.is_open:
            access = self.services.access
            self.worker.run(lambda: access.record(CASE_OPENED, case_id))

    def open_case_search(self) -> None:
        """查找办件 (Ctrl+F): one dialog for the session, so what was typed is still there."""
        if self.signed_out or not self.services.is_open:
            return
        from ui.cases.case_search import CaseSearchDialog

        if self.case_search is None or self.case_search.user is not self.user:
            # another clerk signed in: the last one's search (an applicant's ID) is not theirs
            if self.case_search is not None:
                self.case_search.deleteLater()
            services = self.services
            self.case_search = CaseSearchDialog(self.worker, services.case_search, services.hall_cases, self)
            self.case_search.user = self.user
            self.case_search.open_case.connect(self.open_case)
        self.case_search.open()
        self.case_search.start()

    def open_rating_review(self) -> None:
        """申请复核 (Ctrl+Shift+R): imported when first asked for, since its client (httpx) would
        otherwise load before the window paints."""
        from ui.ratings.review_dialog import open_rating_review

        open_rating_review(self)

    def open_unresolved_report(self) -> None:
        """办不成事反映 (Ctrl+Shift+B): ui/unresolved/opening.py, imported when first asked for."""
        from ui.unresolved.opening import open_report_dialog

        open_report_dialog(self)

    def open_booking(self) -> None:
        """预约登记 (Ctrl+Shift+P): ui/appointments/opening.py, imported when first asked for."""
        from ui.appointments.opening import open_booking_dialog

        open_booking_dialog(self)

    def continue_intake(self, view: CaseView) -> None:
        self.tabs.setCurrentIndex(INTAKE_TAB)
        self.intake.load_case(view)

    def start_issuance(self, view: CaseView) -> None:
        self.tabs.setCurrentIndex(ISSUANCE_TAB)
        self.issuance.load_case(view)

    def fill_from_card(self, holder: CardHolder) -> None:
        """A card placed on the reader: the collector's at the 出件 tab with a case waiting to be
        handed out, otherwise the applicant's (or agent's) of the case in progress or the next."""
        if self.signed_out:
            return  # nobody is signed in: the card is not for a case
        if self.case_search is not None and self.case_search.isVisible():
            self.case_search.take_card(holder.cert_number)  # 查找办件: the applicant came back
            return
        if self.report_dialog is not None and self.report_dialog.isVisible():
            self.report_dialog.take_card(holder)  # 办不成事反映: who is reporting
            return
        if self.booking_dialog is not None and self.booking_dialog.isVisible():
            self.booking_dialog.take_card(holder)  # 预约: who is booking (or cancelling)
            return
        if self.tabs.currentIndex() == ISSUANCE_TAB and self.issuance.fill_collector(holder):
            return
        self.tabs.setCurrentIndex(INTAKE_TAB)
        typed = self.intake.applicant.value()
        if (holder.cert_number, holder.name) in (
            (typed.cert_number, typed.name),
            (typed.agent_cert_number, typed.agent_name),
        ):  # the same card again: said, and nothing the clerk corrected since is overwritten
            text = self.tr("{0} {1} 的证件刚才已读取，已在本次收件中，未重新填入。")
            self.intake.banner.show_message(
                text.format(mask_name(holder.name), mask_id_number(holder.cert_number)), "info"
            )
            return
        self.intake.fill_from_card(holder)

    def scan_case_number(self, code: str) -> None:
        """A barcode scanner read a case number (a receipt shown by the applicant): 出件."""
        if self.signed_out:
            return
        self.tabs.setCurrentIndex(ISSUANCE_TAB)
        self.issuance.take_scan(code)

    # -- the queue ----------------------------------------------------------------------------
    def _show_queue_slot(self, _view) -> None:
        if not self.signed_out:  # signed out, the slot says 未登录 (a refresh may still arrive)
            self.status.set_slot("queue", *self.queue.slot_text())

    def ticket_called(self, ticket) -> None:
        """A call brought `ticket` to the window: an idle intake takes it at once (see above)."""
        if self.signed_out or self.intake.case is not None or not self.intake.applicant.is_empty():
            return
        self.start_from_ticket(ticket)

    def start_from_ticket(self, ticket) -> None:
        """用此号开始收件 (Ctrl+F7): the ticket's applicant into the intake, the number remembered."""
        if self.signed_out:
            return
        self.tabs.setCurrentIndex(INTAKE_TAB)
        applicant = ticket.applicant
        typed = self.intake.applicant.value().cert_number
        same_person = applicant is not None and typed == applicant.id_number.upper()
        if not self.intake.applicant.is_empty() and not same_person:
            text = self.tr("收件中还有未办完的申请人：请先作出决定或放弃草稿，再按 Ctrl+F7 用{0}号开始收件。")
            self.intake.banner.show_message(text.format(ticket.number), "warning")
            return
        holder = holder_of(applicant) if applicant is not None else None
        # a booking checked in at the kiosk brings its matter: the intake starts with it chosen
        self.intake.take_ticket(ticket.number, holder, ticket.matter_code, ticket.matter_name)
        if applicant is None and not ticket.matter_code:
            self.intake.search.focus()

    def _rating_prompt(self) -> None:
        from ui.devices.rating_prompt import RatingPrompt

        if self.rating is not None:
            self.rating.cancel()
            self.rating.deleteLater()
        evaluator = self.services.devices.get("evaluator")
        services, device_worker = self.services, self.hub.device_worker
        self.rating = RatingPrompt(
            services.ratings, services.window, evaluator, device_worker, self.worker, parent=self
        )
        self.rating.status.connect(lambda text, tone: self.status.set_slot("rating", text, tone))

    def ask_rating(self, case_view) -> None:
        """The service at the window ended (a decision, a hand-out): the applicant may rate it,
        and the rating carries the ticket the window is serving (一次一评, tied to case and ticket)."""
        if self.rating is not None:
            ticket = self.queue.view.current if self.queue.view is not None else None
            self.rating.ask_for(case_view, ticket.number if ticket is not None else "")

    # -- devices ------------------------------------------------------------------------------
    def device_clicked(self, kind: str) -> None:
        """A status icon was clicked: the simulator's controls for a simulated device, else settings."""
        if kind == "card_reader" and getattr(self.hub.device(kind), "simulator", None) is not None:
            from ui.devices.simulator_menu import simulator_menu

            simulator_menu(self.hub, self).exec(QCursor.pos())
        else:
            self.open_device_settings()

    def open_device_settings(self) -> None:
        # imported when first opened: the window paints sooner without the dialog's imports
        from ui.devices.qt_backends import QT_SUPPORTS
        from ui.devices.settings_dialog import DeviceSettingsDialog

        dialog = DeviceSettingsDialog(
            self.services.settings, self.hub.device_worker, self.services.test_device, QT_SUPPORTS, self
        )
        if dialog.exec() != DeviceSettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen_settings()
        self.hub.stop()

        def reopened(_none) -> None:
            self.hub.start()
            self._rating_prompt()
            self.status.showMessage(self.tr("设备设置已保存"), 4000)

        def failed(error) -> None:
            self.hub.start()
            self.status.showMessage(self.tr("设备设置未能保存：{0}").format(error), 10000)

        # closing and opening ports may take a moment: on the device thread, not the GUI's
        self.hub.device_worker.run(
            device_call(lambda: self.services.reconfigure_devices(chosen)), reopened, failed
        )

    def closeEvent(self, event) -> None:
        self.closed = True
        # what is typed but not yet saved goes to the draft before the window closes
        if self.intake.case is not None and self.intake.case.editable:
            self.intake.save_applicant()
        self.worker.stop()
        self.queue.stop()
        if self.rating is not None:
            self.rating.cancel()
        self.hub.stop()
        self._stop_sync()
        self.locker.watch.stop()  # no app-wide event filter outlives the window
        super().closeEvent(event)
