"""A titled white panel: the one container style of the workbench."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def panel(title: str, body: QWidget, parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("Panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 4, 8, 6)
    layout.setSpacing(3)
    label = QLabel(title, frame)
    label.setObjectName("PanelTitle")
    layout.addWidget(label)
    layout.addWidget(body, 1)
    return frame
