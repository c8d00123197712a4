"""Which case is on screen: the one the preview pane and every print key belong to.

The middle column's panels (收件, 出件, 办件详情) each hold the case they show in their ``case``
attribute, set from many paths (a matter chosen, a draft continued, a number scanned, a case
opened from the list or from 查找办件, a reset after a decision). ``ShownCase`` makes that
attribute say when another case takes its place, so no path has to remember to tell the
preview. ``CaseOnScreen`` reads the case of the tab in front.

A panel emptied right after its own decision or hand-out still shows that case's outcome (the
banner with 重新打印 (Ctrl+P), the document in the pane): the applicant is still at the desk.
That case stays "on screen" for the panel until the panel takes another case.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.services.views import CaseView, DocumentView
from ui.lazy_page import unwrap


class ShownCase:
    """A panel's ``case`` attribute: assigning another case (or none) emits ``case_changed``."""

    def __set_name__(self, owner, name: str) -> None:
        self._slot = f"_shown_{name}"

    def __get__(self, panel, owner=None):
        if panel is None:
            return self
        return panel.__dict__.get(self._slot)

    def __set__(self, panel, view: CaseView | None) -> None:
        old = panel.__dict__.get(self._slot)
        panel.__dict__[self._slot] = view
        # a refreshed view of the same case (a material checked, a status moved) is no change
        if _id(old) != _id(view):
            panel.case_changed.emit(view)


@dataclass(frozen=True)
class ScreenCase:
    id: str
    number: str
    documents: tuple[DocumentView, ...]  # as last known on screen, oldest first

    def latest_document(self) -> DocumentView | None:
        return max(self.documents, key=lambda d: (d.created_at, d.id), default=None)


class CaseOnScreen(QObject):
    """The case of the tab in front; ``changed`` when it may be another one."""

    changed = Signal()

    def __init__(self, tabs, panels, parent=None) -> None:
        """``panels``: those made already; a tab's panel made later (ui/lazy_page.py) is
        added with ``watch`` when it is made."""
        super().__init__(parent)
        self._tabs = tabs
        self._shown: dict[int, str | None] = {}  # the case id each panel showed last
        self._outcome: dict[int, ScreenCase] = {}  # a panel's decided case, kept while it is empty
        for panel in panels:
            self.watch(panel)
        tabs.currentChanged.connect(lambda _index: self.changed.emit())

    def watch(self, panel) -> None:
        self._shown[id(panel)] = _id(panel.case)
        panel.case_changed.connect(lambda view, p=panel: self._panel_changed(p, view))

    def current(self) -> ScreenCase | None:
        panel = unwrap(self._tabs.currentWidget())
        view = getattr(panel, "case", None)
        if view is not None:
            return ScreenCase(view.id, view.number, tuple(view.documents))
        return self._outcome.get(id(panel))

    def document_made(self, panel, document: DocumentView) -> None:
        """``panel``'s decision or hand-out printed ``document``: its case is that panel's outcome."""
        known = self._outcome.get(id(panel))
        earlier = known.documents if known is not None and known.id == document.case_id else ()
        self._outcome[id(panel)] = ScreenCase(document.case_id, document.case_number, (*earlier, document))

    def forget(self) -> None:
        """Sign-out: the outcomes shown to the last clerk's applicants are nobody's now."""
        self._outcome.clear()
        self.changed.emit()

    def _panel_changed(self, panel, view: CaseView | None) -> None:
        key = id(panel)
        before, self._shown[key] = self._shown.get(key), _id(view)
        outcome = self._outcome.get(key)
        if outcome is not None and (view is not None or before != outcome.id):
            # another case, or a case left without an outcome of its own (a discarded draft)
            del self._outcome[key]
        if unwrap(self._tabs.currentWidget()) is panel:
            self.changed.emit()


def _id(view) -> str | None:
    return None if view is None else view.id
