"""Finding the matter (事项) as the clerk types: pinyin initials (jhdj), a code, a name fragment.

The ranked hits appear in a list under the field while the focus stays in the field, so Up/Down
move through them and Enter picks (the top hit when none is highlighted).

``catalog.search`` runs on the GUI thread, deliberately: it is an in-memory index (no SQLite, no
I/O) answering in well under 5 ms, and a round trip through the worker per keystroke would only
add latency and reordering problems.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.errors import ServiceError
from ui.messages import describe

_CODE_ROLE = Qt.ItemDataRole.UserRole
_VISIBLE_ROWS = 10


class MatterSearch(QWidget):
    picked = Signal(str, str)  # code, name
    problem = Signal(str)  # the catalog could not answer

    def __init__(self, search, parent=None) -> None:
        """``search(query, limit)`` is the catalog's search (a callable, so the catalog may be
        loaded after the window is built)."""
        super().__init__(parent)
        self._catalog_search = search
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("输入事项名称、编码或拼音首字母（如 jhdj）查找事项  [F2]"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("事项查找"))
        layout.addWidget(self.edit)
        # a child of the top-level window (not a popup window) so it never takes the focus
        self.hits = QListWidget()
        self.hits.setObjectName("HitList")
        self.hits.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hits.setUniformItemSizes(True)
        self.hits.hide()
        self.hits.itemClicked.connect(self._pick_item)
        self.edit.textEdited.connect(self._search)
        self.edit.installEventFilter(self)

    # -- typing -------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        query = text.strip()
        if not query:
            self.close_hits()
            return
        try:
            hits = self._catalog_search(query, 20)
        except ServiceError as exc:
            self.problem.emit(describe(exc))
            return
        self.hits.clear()
        for hit in hits:
            kind = self.tr("一件事") if hit.kind == "bundle" else hit.category
            item = QListWidgetItem(f"{hit.name}    {hit.code}  ·  {kind}")
            item.setData(_CODE_ROLE, (hit.code, hit.name))
            self.hits.addItem(item)
        if not hits:
            self.hits.addItem(QListWidgetItem(self.tr("没有找到“{0}”相关的事项").format(query)))
            self.hits.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.hits.setCurrentRow(0)
        self._place_hits()

    def _place_hits(self) -> None:
        window = self.window()
        if self.hits.parent() is not window:
            self.hits.setParent(window)
        top_left = self.edit.mapTo(window, QPoint(0, self.edit.height()))
        rows = min(max(self.hits.count(), 1), _VISIBLE_ROWS)
        row_h = self.hits.sizeHintForRow(0) if self.hits.count() else 20
        self.hits.setGeometry(top_left.x(), top_left.y(), self.edit.width(), rows * row_h + 6)
        self.hits.show()
        self.hits.raise_()

    def close_hits(self) -> bool:
        was_open = self.hits.isVisible()
        self.hits.hide()
        return was_open

    def hit_names(self) -> list[str]:
        return [
            self.hits.item(i).data(_CODE_ROLE)[1]
            for i in range(self.hits.count())
            if self.hits.item(i).data(_CODE_ROLE)
        ]

    # -- keys ---------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.hits.count() - 1, self.hits.currentRow() + step))
                self.hits.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Down and self.edit.text().strip():
                self._search(self.edit.text())
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.hits.isVisible() and self.edit.text().strip():
                    self._search(self.edit.text())
                item = self.hits.currentItem() or self.hits.item(0)
                if item is not None:
                    self._pick_item(item)
                return True
            if key == Qt.Key.Key_Escape and self.close_hits():
                return True
        if obj is self.edit and event.type() == QEvent.Type.FocusOut:
            self.close_hits()
        return super().eventFilter(obj, event)

    def _pick_item(self, item: QListWidgetItem) -> None:
        data = item.data(_CODE_ROLE)
        if not data:
            return
        code, name = data
        self.close_hits()
        self.edit.setText(f"{name}（{code}）")
        self.picked.emit(code, name)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def reset(self) -> None:
        self.close_hits()
        self.edit.clear()
