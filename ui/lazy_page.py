"""A tab page whose panel is made the first time it is needed.

The workbench opens on 收件; 出件 and 办件详情 wait behind their tabs, and most starts never open
them before the clerk's first applicant is served. Building them (a third of the window's
widgets) and polishing them with the style sheet cost the first paint a tenth of a second, so
each tab holds this page instead and the panel is made when the tab is shown, or when code asks
for the panel (a key like F6, a scanned case number, a case opened from the list): the caller
always gets a whole panel, so nothing behaves differently for being late.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._panel: QWidget | None = None
        self._making = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._panel is not None

    def panel(self) -> QWidget:
        """The panel, made now if it was not yet (``make`` wires it to the window)."""
        if self._panel is None:
            if self._making:  # make() reached for its own panel: a wiring mistake, not a loop
                raise RuntimeError("LazyPage.panel() called while its panel is being made")
            self._making = True
            try:
                panel = self._make()
            finally:
                self._making = False
            self._panel = panel
            self._layout.addWidget(panel)
        return self._panel

    def built_panel(self) -> QWidget | None:
        """The panel if it was made, else None (for work that only concerns a made panel)."""
        return self._panel


def unwrap(widget: QWidget | None) -> QWidget | None:
    """The panel a tab shows: a LazyPage's panel (None while not made), any other widget itself."""
    return widget.built_panel() if isinstance(widget, LazyPage) else widget
