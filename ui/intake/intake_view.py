"""The 收件 tab: the case in progress, from picking the matter to the decision.

It owns the current case (a CaseView as the service last returned it) and sends every change
through the worker. The applicant is saved ~600 ms after the last keystroke and again right
before a decision, in the same background job, so nothing typed is ever lost and the decision
always sees what is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from app.domain.masking import mask_id_number, mask_name
from app.services.errors import ServiceError, ValidationFailed, WouldLoseChecks
from app.services.views import AssistanceInput, CaseView, DecisionResult
from ui.banner import Banner
from ui.devices.card_holder import CardHolder
from ui.devices.card_photo import CardPhoto
from ui.intake.applicant_panel import ApplicantPanel
from ui.intake.assistance_row import AssistanceRow
from ui.intake.decision_bar import DecisionBar
from ui.intake.decision_text import confirmation_text, refusal_addressee
from ui.intake.form_area import FormArea
from ui.intake.material_checklist import MaterialChecklist
from ui.intake.material_pages import MaterialPages
from ui.intake.matter_search import MatterSearch
from ui.intake.second_party import SecondParty
from ui.intake.stale_problems import StaleProblems
from ui.messages import describe, render
from ui.panel import panel
from ui.printing.case_on_screen import ShownCase

SAVE_DELAY_MS = 600
MATERIALS_MINIMUM_HEIGHT = 230  # the checklist's buttons, header and three rows


class IntakeView(QWidget):
    document_ready = Signal(object)  # DocumentView of the decision just made
    reprint_wanted = Signal(int)  # document id
    served = Signal(object)  # CaseView: a service at the window ended; the applicant may rate it
    case_changed = Signal(object)  # CaseView or None: another case on this tab (see ShownCase)
    case = ShownCase()

    def __init__(self, worker, parent=None, *, catalog=None, intake=None, pages=None, scanner=None) -> None:
        """The catalog and intake use cases, the page service and the scanner in use (a function)
        for the material pages; or later, through ``attach``."""
        super().__init__(parent)
        self._catalog, self._intake = catalog, intake
        self._worker = worker
        self.case: CaseView | None = None
        self._touched: set[str] = set()
        self._rematter_code = ""  # the matter waiting for "drop those checks?" to be confirmed
        self._outcome_shown = False  # the banner says how the last decision went (see hideEvent)

        self.banner = Banner(self)
        self.problems = StaleProblems(self.banner)  # a refused decision's banner, kept current
        self.search = MatterSearch(lambda query, limit: self._catalog.search(query, limit), self)
        self.search.picked.connect(self._on_picked)
        self.search.problem.connect(lambda text: self.banner.show_message(text, "error"))
        self.guide = QLabel(self)
        self.guide.setObjectName("Guide")
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide.setText(self._idle_guide())
        self.applicant = ApplicantPanel(self)
        self.checklist = MaterialChecklist(self)
        self.decision = DecisionBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addWidget(self.guide)
        self.card_photo = CardPhoto(self)
        applicant_row = QWidget(self)
        row = QHBoxLayout(applicant_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.applicant, 1)
        row.addWidget(self.card_photo, 0, Qt.AlignmentFlag.AlignTop)
        form = QWidget(self)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(5)
        self.assistance = AssistanceRow(form)  # 本人办理 / 帮办 / 代办, on the panel's title line
        form_layout.addWidget(panel(self.tr("申请人  [F3]"), applicant_row, form, header=self.assistance))
        self.second = SecondParty(self)  # a two-party matter's 女方 (hidden for one applicant)
        form_layout.addWidget(self.second)
        self.form_area = FormArea(form, self)
        layout.addWidget(self.form_area)
        # the scanned pages of the material selected in the checklist, beside it
        self.pages = MaterialPages(worker, self, pages=pages, scanner=scanner)
        self.pages.install_shortcuts(self)
        materials_row = QSplitter(Qt.Orientation.Horizontal, self)
        materials_row.addWidget(panel(self.tr("申请材料  [F4]"), self.checklist, self))
        materials_row.addWidget(panel(self.tr("扫描件  [Ctrl+Shift+S]"), self.pages, self))
        materials_row.setStretchFactor(0, 1)
        materials_row.setStretchFactor(1, 0)
        materials_row.setSizes([470, 210])
        materials_row.setChildrenCollapsible(False)
        # the applicant's part takes its height first (it scrolls only when the screen is too short
        # for it); the materials take the rest, never less than their header and a few rows
        materials_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        materials_row.setMinimumHeight(MATERIALS_MINIMUM_HEIGHT)
        layout.addWidget(materials_row, 1)
        layout.addWidget(self.decision)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_applicant)
        self.applicant.edited.connect(self._save_timer.start)
        self.applicant.edited.connect(self._drop_stale_confirmation)
        self.applicant.field_left.connect(self._on_field_left)
        # Enter after the first party: the second party next while it is missing, then the materials
        self.applicant.finished.connect(lambda: self.second.take_focus() or self.checklist.focus_first())
        self.checklist.state_wanted.connect(self._set_material)
        self.checklist.licence_wanted.connect(self._take_licence)
        self.assistance.changed.connect(self._set_assistance)
        self.assistance.print_form_wanted.connect(self.print_authorisation_form)
        self.checklist.all_received_wanted.connect(self.all_received)
        self.checklist.table.currentCellChanged.connect(self._material_selected)
        self.decision.accept_wanted.connect(self.accept)
        self.decision.supplement_wanted.connect(self.request_supplement)
        self.decision.refuse_wanted.connect(self.refuse)
        self.decision.discard_wanted.connect(self.discard)
        self.decision.refusal_wanted.connect(self.ask_refusal)
        self.decision.confirmed.connect(self._confirmed)

    # -- the matter ---------------------------------------------------------------------------
    def attach(self, catalog, intake, pages, scanner) -> None:
        self._catalog, self._intake = catalog, intake
        self.pages.attach(pages, scanner)

    def _idle_guide(self) -> str:
        return self.tr("先选择事项：按 F2 输入名称、编码或拼音首字母，Enter 选定。申请人可先读卡或录入。")

    def _on_picked(self, code: str, _name: str) -> None:
        old = self.case
        applicant = None if self.applicant.is_empty() else self.applicant.value()
        intake, catalog = self._intake, self._catalog
        self._save_timer.stop()
        if old is not None and old.discardable:
            self._change_matter(code, confirmed=False)
            return

        def start():
            # a draft on screen changed its matter above; a 待补正 case stays as it is (its notice
            # named its matter) and the new matter is a new case for the same applicant
            view = intake.start_case(code)
            if applicant is not None:  # read from the ID card before the matter was picked
                view = intake.save_applicant(view.id, applicant)
            return view, catalog.guide(code)

        self._worker.run(start, self._started, self._failed, changes=True)

    def _change_matter(self, code: str, confirmed: bool) -> None:
        """Another matter for the draft on screen: same number and applicant (saved first, so
        nothing typed is lost); where checked or scanned materials would go, ask first."""
        case_id, party, intake, catalog = self.case.id, self.applicant.value(), self._intake, self._catalog

        def change():
            intake.save_applicant(case_id, party)
            return intake.change_matter(case_id, code, confirmed), catalog.guide(code)

        def failed(error: ServiceError) -> None:
            if isinstance(error, WouldLoseChecks):
                self._rematter_code = code
                self.search.edit.setText(self.case.title)  # still this matter until Enter
                self.decision.ask_confirmation("rematter", describe(error), self.tr("确认更换 (Enter)"))
                return
            self._failed(error)

        self._worker.run(change, self._started, failed, changes=True)

    def _started(self, result) -> None:
        view, guide = result
        self.case = view
        if self._rematter_code:  # the matter asked about is the draft's now
            self.search.edit.setText(view.title)
        self._rematter_code = ""
        self.second.show_case(view)
        self.assistance.set_value(view.assistance)
        self.problems.forget()
        self._outcome_shown = False
        self.banner.clear()
        self._show_guide(view, guide)
        self.checklist.clear()
        self.checklist.set_materials(view.materials, view.editable)
        self.pages.set_case(view)
        self.decision.set_enabled(view.editable, view.discardable)
        if self.applicant.is_empty():
            self.applicant.focus()
        else:
            self.checklist.focus_first()

    def _show_guide(self, view: CaseView, guide=None) -> None:
        """Two or three lines: what the matter is, its limits and department, what to check."""
        head = [render(view.kind_label), self.tr("承诺时限：{0}").format(render(view.promised_limit_label))]
        if guide is not None and guide.statutory_limit_label not in ("", view.promised_limit_label):
            head.append(self.tr("法定时限：{0}").format(render(guide.statutory_limit_label)))
        head.append(view.department)
        lines = ["  ·  ".join(p for p in head if p)]
        if guide is not None:
            details = [
                self.tr("受理条件：{0}").format(guide.conditions) if guide.conditions else "",
                self.tr("收费：{0}").format(guide.fee) if guide.fee else "",
                self.tr("结果：{0}").format(guide.result_name) if guide.result_name else "",
            ]
            lines.append("  ".join(d for d in details if d))
        if len(view.matter_names) > 1:
            lines.append(self.tr("一件事包含：{0}").format("、".join(view.matter_names)))
        lines.append(self.tr("办件编号：{0}（{1}）").format(view.number, render(view.status_label)))
        lines = [line for line in lines if line]
        from html import escape  # here: its module loads a large entity table, not needed to paint

        title = f"<b>{escape(view.title)}</b>  ·  "
        self.guide.setText(title + "<br>".join(escape(line) for line in lines))
        self.guide.setToolTip("\n".join([view.title, *lines]))

    # -- the applicant ------------------------------------------------------------------------
    def _on_field_left(self, field_id: str) -> None:
        self._touched.add(field_id)
        self._save_timer.start(0)  # save and check now: the clerk moved on

    def save_applicant(self) -> None:
        """Keep what is typed (valid or not) and show problems of the fields already left."""
        self._save_timer.stop()
        party = self.applicant.value()
        case = self.case
        intake = self._intake
        touched = set(self._touched)

        def save():
            view = intake.save_applicant(case.id, party) if case is not None and case.editable else None
            return view, intake.check_applicant(party)

        def saved(result) -> None:
            view, problems = result
            if view is not None and self.case is not None and view.id == self.case.id:
                self.case = view
            still = self.problems.recompute(party, problems, self.case)
            self.applicant.show_problems([*problems, *still], only=touched)

        self._worker.run(save, saved, self._failed)

    def fill_from_card(self, holder: CardHolder) -> None:
        """An ID card was placed on the reader: fill the applicant (or the agent) and say so."""
        if self.second.takes(holder):  # a two-party matter's second card, or its block in focus
            self.card_photo.show_holder(holder)
            self.banner.show_message(self.second.fill_from_card(holder), "info")
            return
        role = self.applicant.fill_from_card(holder)
        self._save_timer.start(0)  # a card is a whole set of fields at once: keep it now
        self.card_photo.show_holder(holder)
        who = self.tr("申请人") if role == "applicant" else self.tr("代理人/经办人")
        text = self.tr("已读取{0}：{1} {2}，已填入{3}。").format(
            holder.card_label, mask_name(holder.name), mask_id_number(holder.cert_number), who
        )
        if self.case is None:
            text += self.tr("请选择事项（F2）。")
        self.banner.show_message(text, "info")

    def take_ticket(
        self, number: str, holder: CardHolder | None, matter_code: str = "", matter_name: str = ""
    ) -> None:
        """用此号开始收件: the called ticket's applicant (its ID swipe at the kiosk) lands like a
        card read, and the banner names the ticket being served (the rating takes it from the
        queue panel, which holds the current ticket). A booking's ticket brings its matter, which
        is picked as with F2/Enter (ui/intake/booked_matter.py)."""
        if holder is not None:
            self.fill_from_card(holder)
            self.banner.show_message(self.tr("{0}号：{1}").format(number, self.banner.label.text()), "info")
        elif not matter_code:
            self.banner.show_message(self.tr("正在办理{0}号：按 F2 选择事项。").format(number), "info")
        if matter_code:
            from ui.intake.booked_matter import start_with_booked_matter

            start_with_booked_matter(self, number, matter_code, matter_name)

    # -- the materials ------------------------------------------------------------------------
    def _set_material(self, code: str, state: str, note: str) -> None:
        if self.case is None:
            return
        case_id, intake = self.case.id, self._intake
        self._worker.run(
            lambda: intake.set_material(case_id, code, state, note),
            self._case_updated,
            lambda error: self.checklist.hint.setText(describe(error)),
            changes=True,
        )

    def _take_licence(self, code: str) -> None:
        """6 电子证照: the library is asked off the screen's thread; a refusal says to take the
        paper and leaves the row as it was."""
        if self.case is None:
            return
        self._save_timer.stop()  # the ID number just typed is whose licence is asked for
        case_id, party, intake = self.case.id, self.applicant.value(), self._intake

        def take() -> CaseView:
            intake.save_applicant(case_id, party)
            return intake.take_e_licence(case_id, code)

        def taken(view: CaseView) -> None:
            self._case_updated(view)
            self.checklist.licence_taken(code)

        self._worker.run(
            take,
            taken,
            lambda error: self.checklist.hint.setText(describe(error)),
            changes=True,
        )

    def _set_assistance(self, value: AssistanceInput) -> None:
        """办理方式 kept at once; 代办 brings the 委托书 into the checklist."""
        if self.case is None or not self.case.editable:
            return
        case_id, intake = self.case.id, self._intake
        self._worker.run(lambda: intake.set_assistance(case_id, value), self._case_updated, self._failed)

    def print_authorisation_form(self) -> None:
        """Ctrl+Shift+W: the 授权委托书 template for a 代办, to the printer and the preview."""
        if self.case is None:
            self.banner.show_message(self.tr("请先选择事项（F2），再打印委托书模板。"), "error")
            return
        case_id, intake = self.case.id, self._intake

        def printed(doc) -> None:
            self.document_ready.emit(doc)
            if doc.printed:
                self.banner.show_message(
                    self.tr("已打印授权委托书模板：请委托人签名后交回，作为申请材料核验。"), "info"
                )
            else:
                self.banner.show_message(
                    self.tr("委托书模板已生成，但未能打印：{0}").format(doc.print_error), "error"
                )

        self._worker.run(lambda: intake.print_authorisation_form(case_id), printed, self._failed)

    def all_received(self) -> None:
        if self.case is None or not self.case.editable:
            return
        case_id, intake = self.case.id, self._intake
        self._worker.run(
            lambda: intake.receive_remaining(case_id), self._case_updated, self._failed, changes=True
        )

    def _material_selected(self, row: int, *_cells) -> None:
        if self.case is not None and 0 <= row < len(self.case.materials):
            self.pages.set_material(self.case.materials[row].code)

    def _case_updated(self, view: CaseView) -> None:
        if self.case is not None and view.id == self.case.id:
            self.case = view
            self.checklist.set_materials(view.materials, view.editable)
            self.pages.set_case(view)
            self.problems.recompute(self.applicant.value(), None, view)
            self._drop_stale_confirmation()

    # -- the decision -------------------------------------------------------------------------
    def accept(self) -> None:
        self._ask_then_decide("accept")

    def request_supplement(self) -> None:
        self._ask_then_decide("supplement")

    def _ask_then_decide(self, kind: str) -> None:
        """F9 / F10: with the hall's confirmation on, first what will be printed (after the same
        checks as the decision), then Enter decides; otherwise decide at once."""
        if not self._intake.confirms_decisions:
            self._confirmed(kind)
            return
        self._preview(
            kind,
            lambda preview: self.decision.ask_confirmation(
                kind, confirmation_text(preview), self.tr("确认并打印 (Enter)")
            ),
        )

    def _preview(self, kind: str, then) -> None:
        if self.case is None:
            self._decide(None)  # says there is no case yet
            return
        if not self.decision.accept_button.isEnabled():
            return  # a decision is already on its way
        self._save_timer.stop()
        case_id, party, intake = self.case.id, self.applicant.value(), self._intake
        second = self.second.typed()

        def run():
            intake.save_applicant(case_id, party)  # checked as it is on screen
            if second is not None:  # a two-party matter's 女方, as on screen too
                intake.save_second_party(case_id, second)
            return intake.preview(case_id, kind)

        self._worker.run(run, then, self.show_error, changes=True)

    def _drop_stale_confirmation(self) -> None:
        # what the confirmation shows must be what prints: a change since takes it back
        if self.decision.asking in ("accept", "supplement"):
            self.decision.cancel_prompt()

    def _confirmed(self, kind: str) -> None:
        if kind == "accept":
            self._decide(lambda intake, case_id: intake.accept(case_id))
        elif kind == "supplement":
            self._decide(lambda intake, case_id: intake.request_supplement(case_id))
        elif kind == "rematter" and self._rematter_code and self.case is not None:
            self._change_matter(self._rematter_code, confirmed=True)

    def ask_refusal(self) -> None:
        """F11: a notice addressed to nobody is not asked for; then the reason, in place."""
        if self.case is not None and self.decision.refuse_button.isEnabled():
            self._preview("refuse", lambda preview: self.decision.ask_refusal(refusal_addressee(preview)))

    def refuse(self, reason: str) -> None:
        self._decide(lambda intake, case_id: intake.refuse(case_id, reason))

    def _decide(self, decide) -> None:
        if self.case is None or decide is None:
            self.banner.show_message(self.tr("还没有办件：请先按 F2 选择事项。"), "warning")
            self.search.focus()
            return
        if not self.decision.accept_button.isEnabled():
            return  # a decision is already on its way (a double press of F9)
        self._save_timer.stop()
        case_id, party, intake = self.case.id, self.applicant.value(), self._intake
        second = self.second.typed()

        def run() -> DecisionResult:
            intake.save_applicant(case_id, party)  # the decision sees exactly what is on screen
            if second is not None:
                intake.save_second_party(case_id, second)
            return decide(intake, case_id)

        self.decision.set_enabled(False)
        self._worker.run(run, self._decided, self._decision_failed, changes=True)

    def _decided(self, result: DecisionResult) -> None:
        case, doc = result.case, result.document
        if case.status == "supplement_requested":
            text = self.tr("已出具一次性告知书，办件编号 {0}（{1}）。").format(case.number, case.status_label)
            if case.supplement_deadline is not None:
                deadline = f"{case.supplement_deadline:%Y-%m-%d}"
                if case.supplement_deadline_estimated:
                    deadline += self.tr("（暂按周末计算）")
                text += self.tr("补正期限：{0}。").format(deadline)
        elif case.status == "refused":
            text = self.tr("已出具不予受理通知书，办件编号 {0}。").format(case.number)
        elif case.promised_date is not None:
            promised = f"{case.promised_date:%Y-%m-%d}"
            if case.promised_estimated:  # the year's holidays were unknown: said, never hidden
                promised += self.tr("（暂按周末计算）")
            text = self.tr("已受理，办件编号 {0}，承诺 {1} 前办结。").format(case.number, promised)
        else:
            text = self.tr("已受理，办件编号 {0}。").format(case.number)
        self.problems.forget()
        if doc.printed:
            self.banner.show_message(text + self.tr("{0}已打印。").format(doc.title), "success")
            self._outcome_shown = True  # the previous applicant's: gone when the clerk leaves 收件
        else:
            # the service's message already says that it failed and that the PDF is kept
            why = doc.print_error or self.tr("打印失败，文书已保存，可重新打印。")
            self.banner.show_message(
                text + why,
                "warning",
                self.tr("重新打印 (Ctrl+P)"),
                lambda: self.reprint_wanted.emit(doc.id),
            )
        self.document_ready.emit(doc)
        self.decision.done_refusing()
        self.served.emit(result.case)
        self.reset(keep_banner=True)

    def _decision_failed(self, error: ServiceError) -> None:
        self.decision.set_enabled(self.case is not None and self.case.editable)
        self.show_error(error)

    def show_error(self, error: ServiceError) -> None:
        """A refused step: each problem beside its field or material, the sum in the banner."""
        self._outcome_shown = False
        self.banner.show_message(describe(error), "error")
        if not isinstance(error, ValidationFailed):
            self.problems.forget()
            return
        self.problems.remember(error.problems, self.case)
        party = [p for p in error.problems if not p.field.startswith("material:")]
        materials = {
            p.field.split(":", 1)[1]: render(p.message)
            for p in error.problems
            if p.field.startswith("material:")
        }
        self.applicant.show_problems(party)
        self.second.show_problems([p for p in party if p.field.startswith("second.")])
        self._touched.update(p.field for p in party)
        self.checklist.show_problems(materials)
        focused = self.applicant.focus_first_problem() or self.second.focus_first_problem()
        if not focused and materials:
            self.checklist.focus()

    def _failed(self, error: ServiceError) -> None:
        self.banner.show_message(describe(error), "error")

    def discard(self) -> None:
        if self.case is None:
            return
        case_id, intake = self.case.id, self._intake

        def discarded(_none) -> None:
            self.reset()
            self.banner.show_message(self.tr("草稿已放弃。"), "info")

        self._worker.run(lambda: intake.discard_draft(case_id), discarded, self._failed, changes=True)

    # -- continuing and resetting -------------------------------------------------------------
    def load_case(self, view: CaseView) -> None:
        """Continue a draft or a 待补正 case (the applicant came back with the missing materials)."""
        self._save_timer.stop()
        self.case = view
        self._touched.clear()
        self.applicant.set_value(view.applicant)
        self.second.show_case(view)
        self.assistance.set_value(view.assistance)
        self.checklist.clear()
        self.checklist.set_materials(view.materials, view.editable)
        self.pages.set_case(view)
        self.decision.set_enabled(view.editable, view.discardable)
        self.problems.forget()
        self._outcome_shown = False
        self.search.edit.setText(view.title)
        self._show_guide(view)
        self.banner.show_message(
            self.tr("继续办理 {0}（{1}）：核验补交的材料后按 F9 受理。").format(
                view.number, view.status_label
            ),
            "info",
        )
        self.checklist.focus_first()

    def reset(self, keep_banner: bool = False) -> None:
        """Ready for the next applicant: everything cleared, the focus in the matter search."""
        self._save_timer.stop()
        self.case = None
        self._touched.clear()
        self.applicant.clear()
        self.second.show_case(None)
        self.assistance.set_value(AssistanceInput())
        self.card_photo.clear_photo()
        self.checklist.clear()
        self.pages.set_case(None)
        self.decision.set_enabled(False, False)
        self.problems.forget()
        self._rematter_code = ""
        self.search.reset()
        self.guide.setText(self._idle_guide())
        self.guide.setToolTip("")
        if not keep_banner:
            self.banner.clear()
            self._outcome_shown = False
        self.search.focus()

    def hideEvent(self, event) -> None:
        # the last decision's outcome belongs to the applicant who left: coming back to 收件
        # later shows a clean tab (a print failure stays: its document is still unprinted)
        if self._outcome_shown:
            self.banner.clear()
            self._outcome_shown = False
        super().hideEvent(event)

    def cancel_prompts(self) -> bool:
        return (
            self.search.close_hits()
            or self.checklist.cancel_prompt()
            or self.pages.cancel_prompt()
            or self.decision.cancel_prompt()
        )
