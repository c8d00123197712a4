"""The list of follow-ups on the left of both follow-up tabs (the manager's and 我的整改)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QVBoxLayout, QWidget


def followup_list(owner: QWidget, headers: list[str], label: str) -> tuple[QTableWidget, QWidget]:
    """A read-only table chosen a whole row at a time, under its label (whose &-key reaches it);
    the tab's own key (Ctrl+4) lands on it. Returns the table and the pane that holds both."""
    table = QTableWidget(0, len(headers), owner)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    list_label = QLabel(label, owner)
    list_label.setBuddy(table)
    owner.setFocusProxy(table)
    pane = QWidget(owner)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(list_label)
    layout.addWidget(table, 1)
    return table, pane
