"""预警阈值 (Ctrl+T in the live hall): the hall's alarm thresholds per category, edited in one
table and kept whole by the server. 0 is shown as 不设 (that alarm is off). Enter saves, Esc
leaves; a refusal is said under the table and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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

from app.domain.hall_alarms import (
    MAX_IDLE_MINUTES_LIMIT,
    MAX_WAIT_MINUTES_LIMIT,
    MAX_WAITING_LIMIT,
    Thresholds,
)
from app.sync.manager_live import LiveHall

LIMITS = (MAX_WAITING_LIMIT, MAX_WAIT_MINUTES_LIMIT, MAX_IDLE_MINUTES_LIMIT)


class ThresholdsDialog(QDialog):
    def __init__(
        self,
        snapshot: LiveHall,
        current: dict[str, Thresholds],
        save: Callable[[dict[str, Thresholds]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("预警阈值"))
        self._save = save
        self.codes = [c.code for c in snapshot.categories]
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "超过阈值时，窗口卡片与预警列表标红。0 表示不设。"
                "窗口空闲：窗口开放且未在办理，而该类别仍有人等候。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [
            self.tr("业务类别"),
            self.tr("等候人数上限"),
            self.tr("最长等候（分钟）"),
            self.tr("窗口空闲（分钟）"),
        ]
        self.table = QTableWidget(len(self.codes), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.spins: list[tuple[QSpinBox, QSpinBox, QSpinBox]] = []
        for row, category in enumerate(snapshot.categories):
            name = QTableWidgetItem(category.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            rule = current.get(category.code, Thresholds())
            values = (rule.max_waiting, rule.max_wait_minutes, rule.max_idle_minutes)
            spins = []
            for column, (value, limit) in enumerate(zip(values, LIMITS, strict=True), start=1):
                spin = QSpinBox(self.table)
                spin.setRange(0, limit)
                spin.setSpecialValueText(self.tr("不设"))
                spin.setValue(value or 0)
                self.table.setCellWidget(row, column, spin)
                spins.append(spin)
            self.spins.append(tuple(spins))
        self.table.resizeColumnsToContents()
        self.table.setMinimumWidth(560)
        layout.addWidget(self.table)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("保存 (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("取消 (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def wanted(self) -> dict[str, Thresholds]:
        return {
            code: Thresholds(*(spin.value() or None for spin in spins))
            for code, spins in zip(self.codes, self.spins, strict=True)
        }

    def submit(self) -> None:
        self.save_button.setEnabled(False)
        self.problem.hide()
        self._save(self.wanted())

    def refused(self, text: str) -> None:
        """The save failed: say why, keep everything typed, let them try again."""
        self.problem.setText(text)
        self.problem.show()
        self.save_button.setEnabled(True)
