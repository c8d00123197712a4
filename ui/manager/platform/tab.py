"""省平台上报 (Ctrl+8): how the hall's 办件 records stand with the province platform, and the
records it refused, each read, corrected and sent again from here.

Top, the counts (待上报, 已送达, 被退回) and, while records wait, how long the oldest has waited
and why the last delivery did not arrive; a server started without a platform address says so,
since then nothing is reported at all. Left, the refused records with the platform's reasons
(Alt+L). Choosing one reads its fields (an audited read on the server: they name the applicant;
rows passed over with ↑/↓ are not read, only the one the manager stays on, or opens with
Enter); right, the form. 更正并重新上报 (Ctrl+S) sends the fields changed, 按原样重新上报
(Ctrl+R) sends it unchanged (the platform put its own side right); 刷新 F5. A refusal is shown
with the server's reasons and the typed text stays, also when another record is looked at in
between. Everything runs on the tab's own worker.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.services.errors import ServiceError
from app.services.manager.platform import PlatformScreen, RecordView
from ui.banner import Banner
from ui.manager.platform.overview import RefusedList, counts_text, notice_of
from ui.manager.platform.record_form import RecordForm
from ui.messages import describe, render
from ui.worker import Worker

OPEN_AFTER_MS = 300  # a row the manager stays on this long is read; one passed over is not
# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


class PlatformTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = services.platform
        self.worker = Worker(self)
        self.screen: PlatformScreen | None = None
        self._drafts: dict[int, dict[str, str]] = {}  # record id → fields typed, not yet accepted
        self._wanted: int | None = None  # the record last asked for: an older answer is dropped
        self._focus_form = False  # Enter opened the record: its first field to fix takes the focus
        self._read_again = False  # the record changed on the server: read it again after the list
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_AFTER_MS)
        self._open_timer.timeout.connect(self._open_selected)
        self._build()
        self._keys()
        self.worker.busy_changed.connect(lambda _busy: self._enable())
        self.reload()

    @property
    def view(self) -> RecordView | None:
        return self.form.view

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(translate("PlatformTab", "省平台上报"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.reload_button = QPushButton(translate("PlatformTab", "刷新 (F5)"), self)
        self.reload_button.clicked.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.reload_button)
        self.notice = Banner(self)  # no platform address, or why the waiting records wait

        self.refused = RefusedList(self)
        self.table = self.refused.table
        self.table.itemSelectionChanged.connect(self._selected)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = RecordForm(self)
        self.correct_button = QPushButton(translate("PlatformTab", "更正并重新上报 (Ctrl+S)"), self)
        self.correct_button.setObjectName("Primary")
        self.resend_button = QPushButton(translate("PlatformTab", "按原样重新上报 (Ctrl+R)"), self)
        self.correct_button.clicked.connect(self.correct)
        self.resend_button.clicked.connect(self.resend)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.resend_button)
        buttons.addStretch(1)
        self.said = Banner(self)  # what the last step did, or the server's reasons for refusing it
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.form, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.said)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.refused)
        split.addWidget(right)
        split.setSizes([740, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.table)  # Ctrl+8 lands on the list
        self._show_record(None)

    def _keys(self) -> None:
        self._shortcuts = []
        for sequence, slot, owner in (
            ("F5", self.reload, self),
            ("Ctrl+S", self.correct, self),
            ("Ctrl+R", self.resend, self),
            ("Esc", self.table.setFocus, self.form),  # from the form back to the list
            ("Return", self.open_current, self.table),
            ("Enter", self.open_current, self.table),
        ):
            shortcut = QShortcut(QKeySequence(sequence), owner)
            context = Qt.ShortcutContext
            # Enter belongs to the list alone; the other keys to the whole tab (or form)
            shortcut.setContext(
                context.WidgetShortcut if owner is self.table else context.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    def _enable(self) -> None:
        idle = self.worker.is_idle()
        self.reload_button.setEnabled(idle)
        for button in (self.correct_button, self.resend_button):
            button.setEnabled(idle and self.view is not None)

    # -- the overview --------------------------------------------------------------------------
    def reload(self) -> None:
        # not only when idle: it also follows a step, from inside that step's answer
        self.worker.run(self.platform.overview, self._loaded, self._failed)

    def _loaded(self, screen: PlatformScreen) -> None:
        self.screen = screen
        self.counts.setText(counts_text(screen))
        notice = notice_of(screen)
        if notice is None:
            self.notice.clear()
        else:
            self.notice.show_message(*notice)
        self.refused.fill(screen.lines)
        shown = self.view
        if shown is None:
            return
        row = self.refused.row_of(shown.line.id)
        if row is None:  # no longer refused: corrected elsewhere, or the case moved on
            self._keep_draft()
            self._show_record(None)
            gone = translate("PlatformTab", "{0} {1}（{2}）已不在被退回之列：已被更正，或办件有了新进展。")
            self.said.show_message(
                gone.format(shown.line.case_number, shown.line.table_label, shown.line.key)
            )
            return
        self.refused.select_quietly(row)
        if self._read_again:
            self._read_again = False
            self._open(shown.line.id, focus=False)

    def _failed(self, error: ServiceError) -> None:
        self.said.show_message(describe(error), "error")

    # -- one record ----------------------------------------------------------------------------
    def _selected(self) -> None:
        chosen = self.refused.selected_id()
        if chosen is not None and (self.view is None or self.view.line.id != chosen):
            self._open_timer.start()

    def _open_selected(self) -> None:
        chosen = self.refused.selected_id()
        if chosen is not None:
            self._open(chosen, focus=False)

    def open_current(self) -> None:
        """Enter on the list: the current row's record, its first field to fix in focus."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.refused.select_quietly(row)
        chosen = self.refused.selected_id()
        if self.view is not None and self.view.line.id == chosen:
            self._focus_field()
        elif chosen is not None:
            self._open(chosen, focus=True)

    def _open(self, record_id: int, focus: bool) -> None:
        self._open_timer.stop()
        self._wanted, self._focus_form = record_id, focus
        self.worker.run(lambda: self.platform.record(record_id), self._opened, self._failed)

    def _opened(self, view: RecordView) -> None:
        if view.line.id != self._wanted:  # the manager chose another meanwhile
            return
        self._keep_draft()
        self._show_record(view)
        if self._focus_form:
            self._focus_field()

    def _keep_draft(self) -> None:
        if self.view is not None:
            changes = self.form.changes()
            if changes:
                self._drafts[self.view.line.id] = changes
            else:
                self._drafts.pop(self.view.line.id, None)

    def _show_record(self, view: RecordView | None) -> None:
        if view is None:
            self.form.clear()
            self.heading.setText(
                translate("PlatformTab", "在左侧选择一条被退回的记录（Enter 打开），查看并更正其内容。")
            )
        else:
            line = view.line
            self.heading.setText(
                translate("PlatformTab", "{0} · {1}（{2}）\n退回原因：{3}").format(
                    line.case_number, line.table_label, line.key, line.reason
                )
            )
            self.form.show_record(view, self._drafts.get(line.id))
            # Tab from the list walks the fields in the table's order, then the two buttons
            chain = [self.table, *self.form.edits.values(), self.correct_button, self.resend_button]
            for before, after in itertools.pairwise(chain):
                QWidget.setTabOrder(before, after)
        self._enable()

    def _focus_field(self, field: QLineEdit | None = None) -> None:
        field = field or self.form.field_to_fix()
        if field is not None:
            self.form.ensureWidgetVisible(field)
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- correcting and resending --------------------------------------------------------------
    def correct(self) -> None:
        view = self.view
        if view is None or not self.worker.is_idle():
            return
        typed = self.form.typed()
        self.said.clear()
        self.worker.run(lambda: self.platform.correct(view, typed), self._sent, self._refused)

    def resend(self) -> None:
        view = self.view
        if view is None or not self.worker.is_idle():
            return
        self.said.clear()
        self.worker.run(lambda: self.platform.resend(view), self._sent, self._refused)

    def _sent(self, answer) -> None:
        line, said = answer
        self._drafts.pop(line.id, None)
        if self.view is not None and self.view.line.id == line.id:
            self._show_record(None)
        self.said.show_message(render(said), "success")
        self.table.setFocus()
        self.reload()

    def _refused(self, error: ServiceError) -> None:
        # the form keeps what was typed; a record changed meanwhile is read again under it
        said = describe(error)
        self.said.show_message(said, "error")
        if getattr(error, "stale", False):
            self._read_again = True
            self.reload()
        elif self.isVisible() and self.form.named_field(said) is not None:
            self._focus_field(self.form.named_field(said))  # the first one the server still finds wrong

    def stop(self) -> None:
        self._open_timer.stop()
        self.worker.stop()
