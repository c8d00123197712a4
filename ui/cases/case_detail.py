"""One case, opened from today's list: where it stands, its timeline, documents and next steps.

The actions offered depend on the state: continue the intake of a draft or a 待补正 case,
register the result (结果到件), finish an immediate case on the spot (当场办结), take a deferred
material (补交容缺材料), or hand the result out (出件). Personal data is masked here.

The timeline (办理过程) holds the window's steps and, after a sync, the back office's (its
actor and summary, marked 后台); above it a coloured line flags a case near or past its
promised date (临近承诺期限 / 已超期).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.masking import mask_id_number, mask_phone
from app.domain.parties import party_label, printed_name
from app.services.errors import ServiceError
from app.services.views import CaseView
from ui.banner import Banner
from ui.labels import certificate_label, deadline_mark
from ui.messages import describe, render
from ui.panel import panel
from ui.printing.case_on_screen import ShownCase
from ui.theme import ERROR, STATE_COLOURS, WARNING

_DOC_ROLE = Qt.ItemDataRole.UserRole


class CaseDetail(QWidget):
    continue_intake = Signal(object)  # CaseView
    issue_wanted = Signal(object)  # CaseView
    show_document = Signal(object)  # DocumentView
    reprint_wanted = Signal(int)
    case_changed = Signal(object)  # CaseView or None: another case opened (see ShownCase)
    case = ShownCase()

    def __init__(self, worker, parent=None, *, cases=None, issuance=None, slips=None) -> None:
        """The case query, issuance and slip use cases (or later, through ``attach``)."""
        super().__init__(parent)
        self.attach(cases, issuance, slips)
        self._worker = worker
        self.case: CaseView | None = None
        self.banner = Banner(self)
        self.header = QLabel(self.tr("在左侧“今日办件”中选中办件，按 Enter 打开。"), self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)

        # the next steps, shown by state
        self.continue_button = QPushButton(self.tr("继续收件(&C)"), self)
        self.continue_button.clicked.connect(lambda: self.case and self.continue_intake.emit(self.case))
        self.certificate = QLineEdit(self)
        self.certificate.setPlaceholderText(self.tr("证照编号（可不填）"))
        self.certificate.setMaximumWidth(180)
        self.result_button = QPushButton(self.tr("结果到件登记(&R)"), self)
        self.result_button.clicked.connect(self.register_result)
        self.immediate_button = QPushButton(self.tr("当场办结(&J)"), self)
        self.immediate_button.clicked.connect(self.complete_immediately)
        self.deferred_box = QComboBox(self)
        self.deferred_button = QPushButton(self.tr("补交容缺材料(&B)"), self)
        self.deferred_button.clicked.connect(self.supply_deferred)
        self.issue_button = QPushButton(self.tr("出件(&I)"), self)
        self.issue_button.setObjectName("Primary")
        self.issue_button.clicked.connect(lambda: self.case and self.issue_wanted.emit(self.case))
        self.slip_button = QPushButton(self.tr("打印取件凭条(&T)"), self)
        self.slip_button.clicked.connect(self.print_slip)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.continue_button,
            self.certificate,
            self.result_button,
            self.immediate_button,
            self.deferred_box,
            self.deferred_button,
            self.issue_button,
            self.slip_button,
        ):
            actions.addWidget(w)
        actions.addStretch(1)

        self.materials = QTableWidget(0, 3, self)
        self.materials.setHorizontalHeaderLabels([self.tr("申请材料"), self.tr("核验结果"), self.tr("说明")])
        self.materials.verticalHeader().hide()
        self.materials.verticalHeader().setDefaultSectionSize(22)
        self.materials.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.materials.setWordWrap(False)
        header = self.materials.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 160)
        self.timeline = QListWidget(self)
        self.deadline = QLabel(self)
        self.deadline.hide()
        timeline_box = QWidget(self)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(2)
        timeline_layout.addWidget(self.deadline)
        timeline_layout.addWidget(self.timeline, 1)
        self.documents = QListWidget(self)
        self.documents.itemActivated.connect(self._preview_item)
        self.documents.itemClicked.connect(self._preview_item)
        self.reprint_button = QPushButton(self.tr("重新打印所选文书"), self)
        self.reprint_button.clicked.connect(self._reprint_selected)
        docs = QWidget(self)
        docs_layout = QVBoxLayout(docs)
        docs_layout.setContentsMargins(0, 0, 0, 0)
        docs_layout.addWidget(self.documents, 1)
        docs_layout.addWidget(self.reprint_button)

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(panel(self.tr("办理过程"), timeline_box))
        lower.addWidget(panel(self.tr("文书（Enter 预览）"), docs))
        lower.setSizes([320, 200])
        upper = QSplitter(Qt.Orientation.Vertical, self)
        upper.addWidget(panel(self.tr("申请材料"), self.materials))
        upper.addWidget(lower)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(upper, 1)
        self._show_actions()

    def attach(self, cases, issuance, slips) -> None:
        self._cases, self._issuance, self._slips = cases, issuance, slips

    # -- loading ------------------------------------------------------------------------------
    def open_case(self, case_id: str) -> None:
        cases = self._cases
        self._worker.run(lambda: cases.detail(case_id), self.show_case, self._failed)

    def refresh(self) -> None:
        if self.case is not None:
            self.open_case(self.case.id)

    def show_case(self, view: CaseView) -> None:
        changed_case = self.case is None or self.case.id != view.id
        self.case = view
        if changed_case:
            self.banner.clear()
        a = view.applicant
        agent = self.tr("代理人")  # tr() outside the f-string: lupdate does not look inside one
        who = _named(a) + (f"（{agent}：{a.agent_name}）" if a.agent_name else "")
        lines = [
            f"{view.number}    {render(view.status_label)}  {deadline_mark(view.deadline_flag)}".rstrip(),
            f"{view.title}  ·  {render(view.kind_label)}  ·  {view.department}",
            self.tr("申请人：{0}  {1} {2}  电话 {3}").format(
                who, certificate_label(a.cert_type), mask_id_number(a.cert_number), mask_phone(a.phone) or "—"
            ),
        ]
        if len(view.parties) == 2:  # a two-party matter: say which party is which, both in full
            first, second = (render(party_label(p)) for p in view.parties)
            lines[-1] = f"{first}  " + lines[-1]
            b = view.second_party
            lines.append(
                f"{second}  "
                + self.tr("申请人：{0}  {1} {2}  电话 {3}").format(
                    _named(b) or "—",
                    certificate_label(b.cert_type),
                    mask_id_number(b.cert_number),
                    mask_phone(b.phone) or "—",
                )
            )
        dates = [self.tr("收件 {0:%Y-%m-%d %H:%M}").format(view.created_at)]
        if view.promised_date:
            promised = self.tr("承诺办结 {0:%Y-%m-%d}").format(view.promised_date)
            if view.promised_estimated:  # the year's holidays were unknown when it was counted
                promised += self.tr("（暂按周末计算）")
            dates.append(promised)
        if view.supplement_deadline:
            dates.append(self.tr("补正期限 {0:%Y-%m-%d}").format(view.supplement_deadline))
        if view.certificate_number:
            dates.append(self.tr("证照编号 {0}").format(view.certificate_number))
        if view.refusal_reason:
            dates.append(self.tr("不予受理理由：{0}").format(view.refusal_reason))
        if view.issuance_summary:
            dates.append(view.issuance_summary)
        if view.outstanding_deferred:
            dates.append(self.tr("待补交：{0}").format("、".join(view.outstanding_deferred)))
        lines.append("  ·  ".join(dates))
        self.header.setText("\n".join(lines))

        self.materials.setRowCount(len(view.materials))
        for r, m in enumerate(view.materials):
            state = QTableWidgetItem(
                render(m.state_label) + (f"（{m.supplied_on:%m-%d}补交）" if m.supplied_on else "")
            )
            state.setForeground(QBrush(QColor(STATE_COLOURS.get(m.state, "#1f2933"))))
            self.materials.setItem(r, 0, QTableWidgetItem(m.name))
            self.materials.setItem(r, 1, state)
            self.materials.setItem(r, 2, QTableWidgetItem(m.clerk_note))
        self.timeline.clear()
        for e in view.events:
            # steps the back office recorded on the server arrive by pull; say where they came from
            origin = self.tr("［后台］") if getattr(e, "source", "window") == "backoffice" else ""
            item = QListWidgetItem(f"{e.at:%m-%d %H:%M}  {origin}{e.actor}  {e.summary}")
            item.setToolTip(f"{e.actor}\n{e.summary}")
            self.timeline.addItem(item)
        self._show_deadline(view)
        self.documents.clear()
        for d in view.documents:
            mark = self.tr("已打印") if d.printed else self.tr("未打印")
            item = QListWidgetItem(f"{d.created_at:%m-%d %H:%M}  {render(d.title)}  ({mark})")
            item.setData(_DOC_ROLE, d)
            self.documents.addItem(item)
        self.deferred_box.clear()
        for m in view.materials:
            if m.state == "deferred" and m.supplied_on is None:
                self.deferred_box.addItem(m.name, m.code)
        self._show_actions()

    def _show_deadline(self, view: CaseView) -> None:
        flag = view.deadline_flag
        if flag not in ("due_soon", "overdue"):
            self.deadline.hide()
            return
        promised = f"{view.promised_date:%Y-%m-%d}" if view.promised_date else ""
        if flag == "overdue":
            text = self.tr("已超期：承诺办结日 {0}")
        else:
            text = self.tr("临近承诺期限：承诺办结日 {0}")
        self.deadline.setText(text.format(promised))
        self.deadline.setStyleSheet(f"color: {ERROR if flag == 'overdue' else WARNING}; font-weight: bold;")
        self.deadline.show()

    def timeline_lines(self) -> list[str]:
        return [self.timeline.item(i).text() for i in range(self.timeline.count())]

    def _show_actions(self) -> None:
        v = self.case
        status = v.status if v else ""
        self.continue_button.setVisible(bool(v and v.editable))
        waiting = bool(v and v.awaits_result)
        self.result_button.setVisible(waiting and not (v and v.is_immediate))
        self.immediate_button.setVisible(waiting and bool(v and v.is_immediate))
        self.certificate.setVisible(waiting)
        has_deferred = self.deferred_box.count() > 0
        self.deferred_box.setVisible(has_deferred)
        self.deferred_button.setVisible(has_deferred)
        self.issue_button.setVisible(status == "result_ready")
        self.slip_button.setVisible(bool(v and v.awaits_issuance))
        self.reprint_button.setEnabled(bool(v and v.documents))

    # -- actions ------------------------------------------------------------------------------
    def _change(self, call, done_text: str) -> None:
        if self.case is None:
            return

        def done(view: CaseView) -> None:
            self.show_case(view)
            self.banner.show_message(done_text.format(view.number, render(view.status_label)), "success")

        self._worker.run(call, done, self._failed, changes=True)

    def register_result(self) -> None:
        case_id, number = self.case.id, self.certificate.text().strip()
        issuance = self._issuance
        self._change(
            lambda: issuance.register_result(case_id, number),
            self.tr("{0} 结果已到件，现为“{1}”，可出件。"),
        )

    def complete_immediately(self) -> None:
        case_id, number = self.case.id, self.certificate.text().strip()
        issuance = self._issuance
        self._change(
            lambda: issuance.complete_immediately(case_id, number),
            self.tr("{0} 已当场办结，现为“{1}”。"),
        )

    def supply_deferred(self) -> None:
        code = self.deferred_box.currentData()
        if self.case is None or not code:
            return
        case_id, issuance = self.case.id, self._issuance
        self._change(lambda: issuance.supply_deferred(case_id, code), self.tr("{0} 容缺材料已补交。"))

    def print_slip(self) -> None:
        """The pickup slip on the thermal printer; a printer fault keeps it for 重打 in the banner."""
        if self.case is None or not self.case.awaits_issuance:
            return
        case_id, slips = self.case.id, self._slips
        self._worker.run(lambda: slips.print_case_slip(case_id), self._slip_printed, self._failed)

    def _slip_printed(self, outcome) -> None:
        if outcome.printed:
            self.banner.show_message(render(outcome.message), "success")
            return
        slips = self._slips
        self.banner.show_message(
            render(outcome.message),
            "warning",
            self.tr("重打凭条"),
            lambda: self._worker.run(slips.retry_all, self._slip_printed, self._failed),
        )

    def _preview_item(self, item: QListWidgetItem) -> None:
        self.show_document.emit(item.data(_DOC_ROLE))

    def _reprint_selected(self) -> None:
        item = self.documents.currentItem() or (self.documents.item(self.documents.count() - 1))
        if item is not None:
            self.reprint_wanted.emit(item.data(_DOC_ROLE).id)

    def _failed(self, error: ServiceError) -> None:
        self.banner.show_message(describe(error), "error")


def _named(party) -> str:
    """The name with a foreign card's English name beside it, as the notices print it."""
    return printed_name(party.name, party.english_name)
