"""扫描件: the pages of the material selected in the checklist, scanned or imported, by keyboard.

Ctrl+S scans into the selected material (on a device thread of its own: a scanner that takes ten
seconds must not hold up the clerk's saves, which run on the use-case worker); Ctrl+O imports
image files; in the strip R / Shift+R turn a page, Ctrl+Left / Ctrl+Right move it, Del asks
inline and a second Del removes it (Esc keeps it). Ctrl+Shift+S puts the focus on the strip.
(F7/F8 belong to the queue panel: calling the next applicant is the commonest key of the day.)
The pages go to the material that was selected when the scan started, whatever is selected when
it ends.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.views import CaseView
from drivers.device import DeviceError
from ui.messages import describe
from ui.theme import ERROR
from ui.worker import Worker

THUMB_SIDE = 160  # what the service pre-makes while attaching
ICON = QSize(70, 99)  # A4 proportions; two columns fit the narrow panel beside the checklist
_PAGE_ID = Qt.ItemDataRole.UserRole


class ScanFailed(ServiceError):
    """A scanner's error, carried through the device worker (its text is the driver's sentence)."""


class _Strip(QListWidget):
    rotate_wanted = Signal(int)  # quarter turns clockwise
    delete_wanted = Signal()
    move_wanted = Signal(int)  # -1 left, +1 right

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_R and not ctrl:
            self.rotate_wanted.emit(-1 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
        elif key == Qt.Key.Key_Delete:
            self.delete_wanted.emit()
        elif ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_wanted.emit(-1 if key == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)


class MaterialPages(QWidget):
    pages_changed = Signal(str, int)  # material code, how many pages it has now

    def __init__(self, worker: Worker, parent=None, *, pages=None, scanner=None) -> None:
        """``pages``: the PageService; ``scanner``: a function giving the scanner in use now (the
        device settings may replace it). Either may come later, through ``attach``."""
        super().__init__(parent)
        self.attach(pages, scanner)
        self._worker = worker
        self.device_worker = Worker(self)  # scans never wait behind, nor hold up, the saves
        self.case: CaseView | None = None
        self.material_code = ""
        self.dpi = 300
        self._pages: dict[str, tuple] = {}
        self._deleting = ""  # the page id waiting for the second Del

        self.title = QLabel(self)
        self.title.setObjectName("Muted")
        self.title.setWordWrap(True)
        self.strip = _Strip(self)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(True)
        self.strip.setResizeMode(QListView.ResizeMode.Adjust)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setIconSize(ICON)
        self.strip.setGridSize(QSize(ICON.width() + 16, ICON.height() + 26))
        self.strip.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strip.setAccessibleName(self.tr("扫描件缩略图"))
        self.strip.rotate_wanted.connect(self.rotate)
        self.strip.delete_wanted.connect(self.delete)
        self.strip.move_wanted.connect(self.shift)
        self.strip.currentItemChanged.connect(lambda *_: self.cancel_prompt())

        self.source = QComboBox(self)
        self.source.addItem(self.tr("平板"), "flatbed")
        self.source.addItem(self.tr("进纸器"), "adf")
        self.colour = QComboBox(self)
        for label, value in ((self.tr("彩色"), "colour"), (self.tr("灰度"), "grey"), (self.tr("黑白"), "bw")):
            self.colour.addItem(label, value)
        self.scan_button = QPushButton(self.tr("扫描 (Ctrl+S)"), self)
        self.scan_button.clicked.connect(self.scan)
        self.import_button = QPushButton(self.tr("导入 (Ctrl+O)"), self)
        self.import_button.clicked.connect(self.choose_files)
        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.source, 1)
        options.addWidget(self.colour, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.scan_button, 1)
        buttons.addWidget(self.import_button, 1)

        self.hint = QLabel(self)
        self.hint.setObjectName("KeyHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.hint)
        self._show_title()
        self.show_key_hint()
        # two thumbnail columns, and room for both buttons' labels in the language shown
        buttons_width = self.scan_button.sizeHint().width() + self.import_button.sizeHint().width() + 8
        self.setMinimumWidth(max(2 * (ICON.width() + 16) + 30, buttons_width))

    def attach(self, pages, scanner) -> None:
        self._page_service, self._scanner_in_use = pages, scanner

    def install_shortcuts(self, scope: QWidget) -> None:
        """Ctrl+S, Ctrl+O and Ctrl+Shift+S anywhere in ``scope`` (the intake tab), not only in the strip."""
        self._shortcuts = []
        for key, slot in (("Ctrl+S", self.scan), ("Ctrl+O", self.choose_files), ("Ctrl+Shift+S", self.focus)):
            shortcut = QShortcut(QKeySequence(key), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # -- what is shown ----------------------------------------------------------------------------
    def set_case(self, case: CaseView | None) -> None:
        same = case is not None and self.case is not None and case.id == self.case.id
        self.case = case
        if not same:
            self._pages = {}
            self.material_code = case.materials[0].code if case and case.materials else ""
            self.strip.clear()
            self.show_key_hint()
            self.refresh()
        self._show_title()

    def set_material(self, code: str) -> None:
        if code == self.material_code:
            return
        self.material_code = code
        self.cancel_prompt()
        self._show_title()
        self.refresh()

    def material_name(self, code: str | None = None) -> str:
        code = self.material_code if code is None else code
        if self.case is None:
            return ""
        return next((m.name for m in self.case.materials if m.code == code), "")

    def count(self, code: str | None = None) -> int:
        return len(self._pages.get(self.material_code if code is None else code, ()))

    def page_ids(self) -> list[str]:
        return [self.strip.item(i).data(_PAGE_ID) for i in range(self.strip.count())]

    def _show_title(self) -> None:
        if self.case is None or not self.material_code:
            self.title.setText(self.tr("选择事项后，在材料清单中选中一项材料，按 Ctrl+S 扫描。"))
        else:
            self.title.setText(self.tr("“{0}”的扫描件：{1} 页").format(self.material_name(), self.count()))

    def refresh(self, select: str = "") -> None:
        """Reload the case's pages and the selected material's thumbnails (use-case worker)."""
        if self.case is None:
            return
        case_id, code, pages = self.case.id, self.material_code, self._page_service

        def load():
            by_material = pages.pages(case_id)
            return (
                code,
                by_material,
                [(v.id, v.position, pages.thumbnail(v.id, THUMB_SIDE)) for v in by_material.get(code, ())],
            )

        self._worker.run(load, lambda result: self._loaded(case_id, result, select), self._show_error)

    def _loaded(self, case_id: str, result, select: str) -> None:
        code, by_material, thumbs = result
        if self.case is None or self.case.id != case_id:
            return  # the clerk moved on to another case meanwhile
        self._pages = by_material
        for material, views in by_material.items():
            self.pages_changed.emit(material, len(views))
        if code != self.material_code:
            return  # another material was selected meanwhile; its own load follows
        current = select or (self.strip.currentItem().data(_PAGE_ID) if self.strip.currentItem() else "")
        self.strip.clear()
        for page_id, position, data in thumbs:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            item = QListWidgetItem(QIcon(pixmap), self.tr("第{0}页").format(position + 1))
            item.setData(_PAGE_ID, page_id)
            self.strip.addItem(item)
            if page_id == current:
                self.strip.setCurrentItem(item)
        if self.strip.currentItem() is None and self.strip.count():
            self.strip.setCurrentRow(self.strip.count() - 1)
        self._show_title()

    # -- scanning and importing -------------------------------------------------------------------
    def _target(self) -> tuple[str, str] | None:
        if self.case is None or not self.material_code:
            self.hint.setText(self.tr("请先选择事项，并在材料清单中选中要扫描的材料。"))
            return None
        return self.case.id, self.material_code

    def _scanner(self):
        return self._scanner_in_use() if self._scanner_in_use is not None else None

    def scan(self) -> None:
        target = self._target()
        if target is None or not self.scan_button.isEnabled():
            return
        scanner = self._scanner()
        if scanner is None:
            self._show_error(ScanFailed(self.tr("没有配置扫描仪：请在设备设置中选择扫描仪。")))
            return
        case_id, code = target
        source, colour, dpi = self.source.currentData(), self.colour.currentData(), self.dpi

        def run():
            try:
                return scanner.scan(source, dpi, colour)
            except DeviceError as exc:
                raise ScanFailed(str(exc)) from exc

        self.scan_button.setEnabled(False)
        self.hint.setText(self.tr("正在扫描“{0}”……").format(self.material_name(code)))
        self.device_worker.run(run, lambda images: self._scanned(case_id, code, images), self._scan_failed)

    def _scan_failed(self, error: ServiceError) -> None:
        self.scan_button.setEnabled(True)
        self._show_error(error)

    def _scanned(self, case_id: str, code: str, images) -> None:
        self.scan_button.setEnabled(True)
        url = getattr(self._scanner(), "url", "scanner")
        items = [(image.data, url) for image in images]
        pages = self._page_service
        self._worker.run(
            lambda: pages.attach_pages(case_id, code, items),
            lambda result: self._attached(code, len(result.pages), result.duplicates, []),
            self._show_error,
            changes=True,
        )

    def choose_files(self) -> None:
        if self._target() is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("导入扫描件"), "", self.tr("图像 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)")
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """Each file on its own: a bad one is named and skipped, the good ones are added."""
        target = self._target()
        if target is None:
            return
        case_id, code = target
        pages = self._page_service

        def run():
            added, duplicates, problems = 0, 0, []
            for path in paths:
                name = Path(path).name
                try:
                    data = Path(path).read_bytes()
                except OSError as exc:
                    problems.append(f"{name}：无法读取（{exc.strerror or exc}）")
                    continue
                try:
                    result = pages.attach_pages(case_id, code, [(data, name)])
                except ServiceError as exc:
                    problems.append(f"{name}：{exc}")
                    continue
                added += len(result.pages)
                duplicates += result.duplicates
            return added, duplicates, problems

        self._worker.run(run, lambda r: self._attached(code, *r), self._show_error, changes=True)

    def _attached(self, code: str, added: int, duplicates: int, problems: list[str]) -> None:
        parts = []
        if added:
            parts.append(self.tr("已为“{0}”添加 {1} 页。").format(self.material_name(code), added))
        if duplicates:
            parts.append(self.tr("{0} 页与已有扫描件相同，未重复添加。").format(duplicates))
        if problems:
            parts.append(self.tr("未添加：{0}").format("；".join(problems)))
        self.hint.setText("".join(parts))
        self.hint.setStyleSheet(f"color: {ERROR};" if problems else "")
        self.refresh()

    # -- changing a page --------------------------------------------------------------------------
    def _current(self) -> str:
        item = self.strip.currentItem()
        return item.data(_PAGE_ID) if item is not None else ""

    def rotate(self, quarter_turns: int) -> None:
        page_id = self._current()
        if page_id:
            pages = self._page_service
            self._change(lambda: pages.rotate(page_id, quarter_turns), page_id)

    def shift(self, step: int) -> None:
        page_id = self._current()
        if page_id:
            pages, position = self._page_service, self.strip.currentRow() + step
            if 0 <= position < self.strip.count():
                self._change(lambda: pages.move(page_id, position), page_id)

    def delete(self) -> None:
        page_id = self._current()
        if not page_id:
            return
        if self._deleting != page_id:  # the first Del asks, in place
            self._deleting = page_id
            self.hint.setText(
                self.tr("删除第{0}页？再按 Del 删除，按 Esc 保留。").format(self.strip.currentRow() + 1)
            )
            return
        self._deleting = ""
        pages = self._page_service
        self._change(lambda: pages.delete(page_id), "")
        self.show_key_hint()

    def _change(self, fn, select: str) -> None:
        self._worker.run(fn, lambda _r: self.refresh(select), self._show_error, changes=True)

    def cancel_prompt(self) -> bool:
        if not self._deleting:
            return False
        self._deleting = ""
        self.show_key_hint()
        return True

    # -- messages and focus -----------------------------------------------------------------------
    def show_key_hint(self) -> None:
        self.hint.setStyleSheet("")
        self.hint.setText(self.tr("R/Shift+R 旋转  Ctrl+←/→ 移动  Del 删除"))

    def _show_error(self, error: ServiceError) -> None:
        self.hint.setStyleSheet(f"color: {ERROR};")
        self.hint.setText(describe(error))

    def focus(self) -> None:
        self.strip.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.strip.currentItem() is None and self.strip.count():
            self.strip.setCurrentRow(0)
