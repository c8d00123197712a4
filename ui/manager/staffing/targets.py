"""等候目标 (Ctrl+T in the tab): each category's wait target, edited in one small table.

A target reads "{share}% of applicants called within {minutes} minutes"; both are spin boxes
bounded as the server bounds them, so nothing out of range can be typed. Enter saves (Ctrl+S
too), Esc cancels; the save runs on the tab's worker and a refusal is shown on the tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.manager.staffing import TargetLine
from app.sync.manager_staffing import (
    MAX_TARGET_MINUTES,
    MAX_TARGET_SHARE,
    MIN_TARGET_MINUTES,
    MIN_TARGET_SHARE,
)


class TargetsDialog(QDialog):
    def __init__(self, lines: tuple[TargetLine, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("等候目标"))
        self.lines = lines
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("每个业务类别：多少比例的群众应在多少分钟内被叫号。Enter 保存，Esc 取消。"), self
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(len(lines), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("业务类别"), self.tr("分钟内叫号"), self.tr("比例（%）")]
        )
        self.table.verticalHeader().setVisible(False)
        self.minutes: list[QSpinBox] = []
        self.shares: list[QSpinBox] = []
        for row, line in enumerate(lines):
            name = QTableWidgetItem(line.name or line.code)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            minutes = QSpinBox(self.table)
            minutes.setRange(MIN_TARGET_MINUTES, MAX_TARGET_MINUTES)
            minutes.setValue(line.minutes)
            share = QSpinBox(self.table)
            share.setRange(MIN_TARGET_SHARE, MAX_TARGET_SHARE)
            share.setValue(line.share)
            self.table.setCellWidget(row, 1, minutes)
            self.table.setCellWidget(row, 2, share)
            self.minutes.append(minutes)
            self.shares.append(share)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存 (Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消 (Esc)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._save_key = QShortcut(QKeySequence("Ctrl+S"), self)
        self._save_key.activated.connect(self.accept)
        self.resize(460, min(560, 160 + 34 * len(lines)))
        if self.minutes:
            self.minutes[0].setFocus()
            self.minutes[0].selectAll()

    def edited(self) -> tuple[TargetLine, ...]:
        return tuple(
            TargetLine(line.code, line.name, minutes.value(), share.value())
            for line, minutes, share in zip(self.lines, self.minutes, self.shares, strict=True)
        )
