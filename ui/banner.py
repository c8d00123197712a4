"""A one-line message at the top of a panel: the outcome of the last step, or why it failed.

Errors are shown where they happen and stay until the next step; nothing modal interrupts the
clerk. An optional action (重新打印, …) sits at the right end.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton

_TONES = ("info", "success", "warning", "error")


class Banner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("tone", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action = QPushButton(self)
        self.action.hide()
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("关闭提示"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        self.hide()

    def show_message(
        self,
        text: str,
        tone: str = "info",
        action: str = "",
        callback: Callable[[], None] | None = None,
    ) -> None:
        assert tone in _TONES
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self._callback = callback
        self.action.setVisible(bool(action and callback))
        self.action.setText(action)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def tone(self) -> str:
        return str(self.property("tone"))

    def clear(self) -> None:
        self.label.clear()
        self._callback = None
        self.hide()

    def _act(self) -> None:
        if self._callback is not None:
            self._callback()
