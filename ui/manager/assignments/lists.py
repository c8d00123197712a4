"""The three lists under 窗口调度's grid: the change history, the work profiles, the clerks'
qualifications. Read-only tables with one selected row each; the tab acts on that row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.manager.assignments import ChangeLine, ClerkLine, ProfileLine
from ui.manager.assignments.dialogs import WEEKDAYS

CONTEXT = "AssignmentsLists"
UNDONE = QBrush(QColor("#868e96"))
KINDS = {
    "manual": QT_TRANSLATE_NOOP("AssignmentsLists", "手动"),
    "profile": QT_TRANSLATE_NOOP("AssignmentsLists", "套用方案"),
    "schedule": QT_TRANSLATE_NOOP("AssignmentsLists", "定时方案"),
    "undo": QT_TRANSLATE_NOOP("AssignmentsLists", "撤销"),
}


# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


class _Table(QTableWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.rows: list = []

    def fill(self, rows: list, cells: list[list[str]]) -> None:
        current = self.currentRow()
        self.rows = rows
        self.setRowCount(len(rows))
        for row, values in enumerate(cells):
            for column, value in enumerate(values):
                self.setItem(row, column, QTableWidgetItem(value))
        if rows:
            self.selectRow(min(max(current, 0), len(rows) - 1))

    def selected(self):
        row = self.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None


class HistoryTable(_Table):
    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            translate("AssignmentsLists", "编号"),
            translate("AssignmentsLists", "时间"),
            translate("AssignmentsLists", "操作人"),
            translate("AssignmentsLists", "方式"),
            translate("AssignmentsLists", "原因"),
            translate("AssignmentsLists", "调整内容"),
        ]
        super().__init__(headers, parent)

    def show_changes(self, changes: tuple[ChangeLine, ...]) -> None:
        cells = []
        for c in changes:
            kind = translate("AssignmentsLists", KINDS.get(c.kind, c.kind))
            if c.profile:
                kind = f"{kind}：{c.profile}"
            if c.undone_by is not None:
                kind = translate("AssignmentsLists", "{0}（已由#{1}撤销）").format(kind, c.undone_by)
            cells.append([f"#{c.change_id}", c.at, c.actor, kind, c.reason, c.summary])
        self.fill(list(changes), cells)
        for row, c in enumerate(changes):
            if c.undone_by is not None:
                for column in range(self.columnCount()):
                    self.item(row, column).setForeground(UNDONE)


def schedule_text(profile: ProfileLine) -> str:
    if not profile.schedules:
        return translate("AssignmentsLists", "不定时")
    parts = []
    for weekdays, at in profile.schedules:
        days = "、".join(translate("AssignmentsLists", WEEKDAYS[d - 1]) for d in weekdays)
        parts.append(f"{days} {at}")
    return "；".join(parts)


class ProfilesTable(_Table):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                translate("AssignmentsLists", "方案"),
                translate("AssignmentsLists", "定时套用"),
                translate("AssignmentsLists", "涉及窗口"),
            ],
            parent,
        )

    def show_profiles(self, profiles: tuple[ProfileLine, ...]) -> None:
        cells = [
            [
                p.name,
                schedule_text(p),
                "、".join(w.window for w in p.windows if w.open) or translate("AssignmentsLists", "全部关闭"),
            ]
            for p in profiles
        ]
        self.fill(list(profiles), cells)


class ClerksTable(_Table):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                translate("AssignmentsLists", "工作人员"),
                translate("AssignmentsLists", "账号"),
                translate("AssignmentsLists", "常用窗口"),
                translate("AssignmentsLists", "可办理的业务类别"),
            ],
            parent,
        )

    def show_clerks(self, clerks: tuple[ClerkLine, ...], names: dict[str, str]) -> None:
        cells = [
            [
                c.display_name,
                c.username,
                c.window or "—",
                translate("AssignmentsLists", "全部")
                if c.all_categories
                else "、".join(names.get(code, code) for code in c.categories),
            ]
            for c in clerks
        ]
        self.fill(list(clerks), cells)
