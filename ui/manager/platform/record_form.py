"""One refused record's fields as an editable form, in its exchange table's order.

Each field is a line "LABEL（NAME）" (the platform's reasons name fields by NAME, the manager
thinks in LABEL), with the platform's rules in its tooltip. ROWGUID and PROJID name the record
at the platform: they are shown read-only, since the server refuses a change to them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QScrollArea, QWidget

from app.services.manager.platform import FieldLine, RecordView, changes_of

translate = QCoreApplication.translate  # context "PlatformTab" spelled out in each call, for lupdate
SHAPES = {"time": "yyyy-MM-dd HH:mm:ss", "date": "yyyy-MM-dd"}


def field_tooltip(f: FieldLine) -> str:
    if f.read_only:
        return translate("PlatformTab", "该记录在省平台上的标识，不能更改")
    lines = [
        translate("PlatformTab", "必填") if f.required else translate("PlatformTab", "可不填"),
        translate("PlatformTab", "最长 {0} 个字符").format(f.length),
    ]
    if f.form in SHAPES:
        lines.append(translate("PlatformTab", "格式：{0}").format(SHAPES[f.form]))
    elif f.form == "digits":
        lines.append(translate("PlatformTab", "只能填数字"))
    if f.codes:
        codes = "、".join(f"{code}（{meaning}）" if meaning else code for code, meaning in f.codes)
        lines.append(translate("PlatformTab", "代码：{0}").format(codes))
    return "\n".join(lines)


class RecordForm(QScrollArea):
    """Scrolls: 受理信息 has 27 fields, more than 1366×768 shows beside the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.view: RecordView | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.clear()

    def clear(self) -> None:
        self.view = None
        self.edits = {}
        self.setWidget(QWidget(self))  # the previous record's widgets go with the old one

    def show_record(self, view: RecordView, draft: dict[str, str] | None = None) -> None:
        """The record as read, with `draft` (what was typed into it earlier and not yet accepted)
        put back over it, so leaving a record or a refused correction loses nothing typed."""
        self.view = view
        self.edits = {}
        inner = QWidget(self)
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in view.fields:
            edit = QLineEdit(inner)
            # never shorter than the value as read: an over-long value (one of the reasons a record
            # is refused) would otherwise be cut silently on screen and sent cut
            edit.setMaxLength(max(f.length, len(f.value)))
            edit.setText((draft or {}).get(f.name, f.value))
            edit.setReadOnly(f.read_only)
            edit.setFrame(not f.read_only)  # frameless: reads as text, not as a field to fill
            edit.setToolTip(field_tooltip(f))
            if f.form in SHAPES:
                edit.setPlaceholderText(SHAPES[f.form])
            label = QLabel(translate("PlatformTab", "{0}（{1}）").format(f.label, f.name), inner)
            label.setBuddy(edit)
            if f.read_only:
                label.setObjectName("Muted")
            label.setToolTip(edit.toolTip())
            form.addRow(label, edit)
            self.edits[f.name] = edit
        self.setWidget(inner)

    def typed(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def changes(self) -> dict[str, str]:
        return {} if self.view is None else changes_of(self.view, self.typed())

    def editable(self) -> list[QLineEdit]:
        return [edit for edit in self.edits.values() if not edit.isReadOnly()]

    def named_field(self, reasons: str) -> QLineEdit | None:
        """The editable field `reasons` name first (the platform's, or the server's refusal of a
        correction: "申请材料·LICENCENO：…"), or None."""
        named = []
        for name, edit in self.edits.items():
            # a whole name: CONTACTMAN is also the start of CONTACTMAN_PAGECODE
            found = None if edit.isReadOnly() else re.search(rf"(?<![A-Z_]){name}(?![A-Z_])", reasons)
            if found:
                named.append((found.start(), edit))
        return min(named, key=lambda pair: pair[0])[1] if named else None

    def field_to_fix(self) -> QLineEdit | None:
        """The first field the record was refused for, else the first that may be edited: where
        the manager's next keystroke belongs."""
        named = self.named_field(self.view.line.reason) if self.view is not None else None
        editable = self.editable()
        return named or (editable[0] if editable else None)
