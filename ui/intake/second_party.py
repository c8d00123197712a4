"""The second party of a two-party matter (内地居民结婚登记: 女方 beside the 男方 above it).

Shown only while the case on screen is of such a matter (CaseView.parties). Both parties come to
the window together, each with a card: the card placed while this block has the focus fills it,
and so does a second card once the first party is in (an agent is not taken for these matters).
Shift+F3 brings the focus here. What is typed is kept with the draft like the first party's, and
saved again by the intake view right before any decision, so the decision sees the screen.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.masking import mask_id_number, mask_name
from app.domain.parties import party_label
from app.services.views import CaseView, PartyInput
from ui.devices.card_holder import CardHolder
from ui.field import ProblemField
from ui.labels import certificate_types
from ui.messages import render
from ui.panel import panel

SAVE_DELAY_MS = 600
_FOREIGN = "553"  # 外国人永久居留身份证: the one card with an English name


class SecondParty(QWidget):
    """The second party's block in the intake view; ``view`` is the IntakeView it belongs to."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view
        body = QWidget(self)
        self.name = QLineEdit(body)
        self.cert_type = QComboBox(body)
        for code, label in certificate_types():
            if code != "001":  # a party of a marriage is a person, never a credit code
                self.cert_type.addItem(label, code)
        self.cert_number = QLineEdit(body)
        self.cert_number.setMaxLength(30)
        self.english_name = QLineEdit(body)
        self.english_name.setMaxLength(120)
        self.phone = QLineEdit(body)
        self.phone.setMaxLength(20)
        self.fields: dict[str, ProblemField] = {}
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        rows = [
            [(self.tr("姓名"), "second.name", self.name), (self.tr("联系电话"), "second.phone", self.phone)],
            [
                (self.tr("证件类型"), "second.cert_type", self.cert_type),
                (self.tr("证件号码"), "second.cert_number", self.cert_number),
            ],
            [(self.tr("英文姓名"), "second.english_name", self.english_name)],
        ]
        for r, row in enumerate(rows):
            for c, (text, field_id, editor) in enumerate(row):
                label = QLabel(text, body)
                label.setBuddy(editor)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(0, 4, 0, 0)
                field = ProblemField(editor, body)
                self.fields[field_id] = field
                grid.addWidget(label, r, c * 2)
                grid.addWidget(field, r, c * 2 + 1)
                if field_id == "second.english_name":
                    self._english_row = (label, field)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self.frame = panel("", body, self)
        self.title = self.frame.findChild(QLabel, "PanelTitle", Qt.FindChildOption.FindDirectChildrenOnly)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)

        self._order = [self.name, self.phone, self.cert_type, self.cert_number, self.english_name]
        QWidget.setTabOrder(view.applicant.agent_cert_number, self.name)
        for first, second in pairwise(self._order):
            QWidget.setTabOrder(first, second)
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        for edit in (self.name, self.cert_number, self.english_name, self.phone):
            edit.textEdited.connect(self._edited)
            edit.installEventFilter(self)
        self.cert_type.currentIndexChanged.connect(self._edited)
        self.cert_type.currentIndexChanged.connect(self._show_english_row)
        shortcut = QShortcut(QKeySequence("Shift+F3"), view)
        shortcut.activated.connect(self.focus)
        self._parties: tuple[str, ...] = ()
        # the first party's panel title (申请人  [F3]) names its party too while there are two
        first_frame = view.applicant.parentWidget().parentWidget()
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        self._first_title = first_frame.findChild(QLabel, "PanelTitle", direct)
        self._first_text = self._first_title.text() if self._first_title is not None else ""
        self.setVisible(False)
        self._show_english_row()

    # -- the case on screen -------------------------------------------------------------------
    def show_case(self, view: CaseView | None) -> None:
        """Shown for a two-party case with its second party; hidden (and emptied) otherwise."""
        self._timer.stop()
        parties = view.parties if view is not None else ()
        typed = self.value() if self.active and any(_filled(self.value()).values()) else None
        self._parties = parties if len(parties) == 2 else ()
        stored = view.second_party if view is not None and self._parties else PartyInput()
        if typed is not None and self._parties and not any(_filled(stored).values()):
            # the matter changed to another two-party one: what was typed stays, and is kept
            self._timer.start(0)
        else:
            self.set_value(stored)
        if self._parties:
            self.title.setText(self.tr("{0}  [Shift+F3]").format(render(party_label(self._parties[1]))))
        if self._first_title is not None:
            first = (
                self.tr("申请人（{0}）  [F3]").format(render(party_label(self._parties[0])))
                if self._parties
                else self._first_text
            )
            self._first_title.setText(first)
        self.setVisible(bool(self._parties))

    @property
    def active(self) -> bool:
        return bool(self._parties)

    def value(self) -> PartyInput:
        return PartyInput(
            name=self.name.text().strip(),
            cert_type=str(self.cert_type.currentData()),
            cert_number=self.cert_number.text().strip().upper(),
            phone=self.phone.text().strip(),
            english_name=self.english_name.text().strip(),
        )

    def typed(self) -> PartyInput | None:
        """What a decision saves first (the view's _decide/_preview): None for one applicant."""
        if not self.active:
            return None
        self._timer.stop()  # saved with the decision instead
        return self.value()

    def set_value(self, party: PartyInput) -> None:
        self._loading = True
        try:
            index = self.cert_type.findData(party.cert_type)
            self.cert_type.setCurrentIndex(max(0, index))
            self.name.setText(party.name)
            self.cert_number.setText(party.cert_number)
            self.english_name.setText(party.english_name)
            self.phone.setText(party.phone)
        finally:
            self._loading = False
        self._show_english_row()
        self.show_problems([])

    def _show_english_row(self, *_args) -> None:
        shown = self.cert_type.currentData() == _FOREIGN or bool(self.english_name.text().strip())
        for widget in self._english_row:
            widget.setVisible(shown)

    # -- typing and saving --------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading and self.active:
            self._timer.start()

    def save(self) -> None:
        """Keep what is typed with the draft (valid or not); problems show for what was left."""
        self._timer.stop()
        case, intake = self._view.case, self._view._intake
        if not self.active or case is None or not case.editable:
            return
        party, case_id = self.value(), case.id

        def saved(result) -> None:
            view, problems = result
            if self._view.case is not None and view.id == self._view.case.id:
                self._view.case = view
            filled = {f"second.{key}" for key, text in _filled(party).items() if text}
            self.show_problems([p for p in problems if p.field in filled])

        self._view._worker.run(
            lambda: (intake.save_second_party(case_id, party), intake.check_second_party(party)),
            saved,
            self._view._failed,
        )

    def eventFilter(self, obj, event) -> bool:
        # Enter moves on like Tab; from the last field the materials come next
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            later = [w for w in self._order[self._order.index(obj) + 1 :] if isinstance(w, QLineEdit)]
            later = [w for w in later if w.isVisibleTo(self)]
            if later:
                later[0].setFocus(Qt.FocusReason.TabFocusReason)
                later[0].selectAll()
            else:
                self._view.checklist.focus_first()
            return True
        if event.type() == QEvent.Type.FocusOut and isinstance(obj, QLineEdit) and obj.isModified():
            self._timer.start(0)
        return super().eventFilter(obj, event)

    # -- the card reader ----------------------------------------------------------------------
    def takes(self, holder: CardHolder) -> bool:
        """Whether a card read belongs to this party: it has the focus, or the first party is in
        and this one's card is another (a second card placed after the first)."""
        if not self.active:
            return False
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            return True
        first = self._view.applicant.cert_number.text().strip().upper()
        mine = self.cert_number.text().strip().upper()
        if mine and mine == holder.cert_number:
            return True
        return bool(first) and first != holder.cert_number and not mine

    def fill_from_card(self, holder: CardHolder) -> str:
        """Fill this party from the card; returns the banner's line."""
        self._loading = True
        try:
            index = self.cert_type.findData(holder.cert_type)
            self.cert_type.setCurrentIndex(max(0, index))
            self.name.setText(holder.name)
            self.cert_number.setText(holder.cert_number)
            self.english_name.setText(holder.english_name)
        finally:
            self._loading = False
        self._show_english_row()
        for key in ("second.name", "second.cert_type", "second.cert_number", "second.english_name"):
            self.fields[key].set_problem("")
        self._timer.start(0)
        self.phone.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.tr("已读取{0}：{1} {2}，已填入{3}。").format(
            holder.card_label,
            mask_name(holder.name),
            mask_id_number(holder.cert_number),
            render(party_label(self._parties[1])),
        )

    # -- problems -----------------------------------------------------------------------------
    def show_problems(self, problems) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(render(p.message))
        for field_id, field in self.fields.items():
            field.set_problem("；".join(by_field.get(field_id, [])))

    def focus_first_problem(self) -> bool:
        for field in self.fields.values():
            if not field.problem.isHidden():
                field.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def take_focus(self) -> bool:
        """Enter after the first party comes here while this party's name or number is missing."""
        if not self.active or (self.name.text().strip() and self.cert_number.text().strip()):
            return False
        empty = self.name if not self.name.text().strip() else self.cert_number
        empty.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def focus(self) -> None:
        if self.active:
            self.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.name.selectAll()


def _filled(party: PartyInput) -> dict[str, str]:
    return {
        "name": party.name,
        "cert_number": party.cert_number,
        "phone": party.phone,
        "english_name": party.english_name,
    }
