"""The current ticket, large: the number the clerk says out loud, and what the call brought
with it (category, priority, how often it was called, the masked name of an ID swipe)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.queue.views import QueueTicket
from ui.messages import render
from ui.theme import ACCENT, ERROR, MUTED, WARNING


class TicketCard(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.number = QLabel(self)
        self.number.setObjectName("QueueNumber")
        self.number.setMinimumWidth(96)
        self.number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.category = QLabel(self)
        self.category.setObjectName("QueueCategory")
        self.details = QLabel(self)
        self.details.setObjectName("Muted")
        self.details.setWordWrap(True)
        self.priority = QLabel(self)
        self.priority.setObjectName("QueuePriority")
        lines = QVBoxLayout()
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.category)
        top.addWidget(self.priority)
        top.addStretch(1)
        lines.addLayout(top)
        lines.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.number)
        layout.addLayout(lines, 1)
        self.setStyleSheet(
            f"QLabel#QueueNumber {{ font-size: 30pt; font-weight: bold; color: {ACCENT}; }}"
            "QLabel#QueueCategory { font-weight: bold; }"
            f"QLabel#QueuePriority {{ color: white; background: {ERROR}; border-radius: 3px;"
            " padding: 0 4px; font-size: 9pt; }"
        )
        self.show_ticket(None)

    def show_ticket(self, ticket: QueueTicket | None, paused: bool = False, reason: str = "") -> None:
        if ticket is None:
            self.number.setText("—")
            self.number.setStyleSheet(f"color: {MUTED};")
            self.category.setText(self.tr("暂停叫号") if paused else self.tr("当前没有叫号"))
            self.details.setText(reason if paused else self.tr("按 F7 叫下一位"))
            self.priority.hide()
            return
        self.number.setStyleSheet(f"color: {WARNING};" if ticket.offline else "")
        self.number.setText(ticket.number)
        self.category.setText(render(ticket.category_name))
        self.priority.setText(render(ticket.priority_label))
        self.priority.setVisible(bool(ticket.priority_label))
        if ticket.offline:
            details = self.tr("纸质号票 · 离线叫号")
        else:
            details = self.tr("第{0}次呼叫").format(ticket.calls)
            if ticket.masked_name:
                details += self.tr(" · {0} 已刷证").format(ticket.masked_name)
            if ticket.matter_name:  # a booking checked in: the matter it was booked for
                details += self.tr(" · 预约：{0}").format(ticket.matter_name)
        self.details.setText(details)
