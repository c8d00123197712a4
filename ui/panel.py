"""A titled white panel: the one container style of the workbench."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def panel(title: str, body: QWidget, parent: QWidget | None = None, header: QWidget | None = None) -> QFrame:
    """`header`: a few controls on the title's line, at its right (they take no row of their own)."""
    frame = QFrame(parent)
    frame.setObjectName("Panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 4, 8, 6)
    layout.setSpacing(3)
    label = QLabel(title, frame)
    label.setObjectName("PanelTitle")
    if header is None:
        layout.addWidget(label)
    else:  # the controls are taller than the title: the line starts closer to the frame's top
        layout.setContentsMargins(8, 1, 8, 6)
        layout.setSpacing(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(label)
        line.addStretch(1)
        line.addWidget(header)
        layout.addLayout(line)
    layout.addWidget(body, 1)
    return frame
