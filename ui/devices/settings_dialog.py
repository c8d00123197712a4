"""设备设置: choose each device's backend and URL, test it, save.

For installers and the clerk on the first morning: every device on one page, each with the
backends this machine can run (the others greyed out with the reason), the URL, and a test
button that does the real thing (read a card, scan a page, print a test page, ask the pad).
Tests run on the device thread; the dialog stays responsive and shows each result in its row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.device_set import DEVICE_KINDS, SAVED_FIELDS, URL_FIELDS, backends_of, scheme_of
from app.settings import with_device_urls
from ui.devices.device_icons import device_title
from ui.devices.hub import device_call
from ui.messages import describe, render
from ui.theme import ACCENT, ERROR, SUCCESS

# what a URL of each scheme looks like, offered when the clerk picks a backend
URL_EXAMPLES = {
    "sim": "sim://",
    "sam": "sam:///dev/ttyUSB0?baud=115200",
    "sam+socket": "sam+socket://127.0.0.1:7000",
    "sane": "sane://",
    "twain": "twain://",
    "folder": "folder:///srv/scans/window3",
    "camera": "camera://0",
    "system": "system://",
    "pdf": "pdf:///home/clerk/打印",
    "escpos+serial": "escpos+serial:///dev/ttyS0?baud=9600",
    "escpos+tcp": "escpos+tcp://192.168.1.50:9100",
    "escpos+usb": "escpos+usb://0416:5011",
    "serial": "serial:///dev/ttyS1?baud=9600",
    "serial+socket": "serial+socket://127.0.0.1:7001",
    "screen": "screen://2",
    "wedge": "wedge://",
}


class DeviceSettingsDialog(QDialog):
    def __init__(self, settings, device_worker, run_test, qt_supports=None, parent=None) -> None:
        """``run_test(kind, url) -> str`` does the real test (on the device worker) and says
        what happened; it raises with a message for the clerk when the device fails."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("设备设置"))
        self.settings = settings
        self._worker = device_worker
        self._run_test = run_test
        self.url_edits: dict[str, QLineEdit] = {}
        self.backend_boxes: dict[str, QComboBox] = {}
        self.results: dict[str, QLabel] = {}
        self.test_buttons: dict[str, QPushButton] = {}

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column, text in enumerate([self.tr("设备"), self.tr("类型"), self.tr("地址（URL）"), ""]):
            header = QLabel(text, self)
            header.setObjectName("Muted")
            grid.addWidget(header, 0, column)
        for index, kind in enumerate(DEVICE_KINDS):
            row = 1 + 2 * index  # the device's line, and under it the line its test result fills
            title = QLabel(device_title(kind), self)
            box = QComboBox(self)
            current = getattr(settings, URL_FIELDS[kind])
            for support in backends_of(kind, qt_supports):
                box.addItem(support.title, support.scheme)
                index = box.count() - 1
                if not support.usable:
                    item = box.model().item(index)
                    item.setEnabled(False)
                    item.setToolTip(support.reason)
            box.setCurrentIndex(max(0, box.findData(scheme_of(current))))
            edit = QLineEdit(current, self)
            edit.setMinimumWidth(280)
            button = QPushButton(self.tr("测试"), self)
            # a whole line under the device, wrapped and selectable: an error (a driver's
            # sentence, a long path) is read whole and can be copied to the installer's ticket
            result = QLabel(self)
            result.setWordWrap(True)
            result.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            result.hide()
            box.activated.connect(lambda _i, k=kind: self._backend_chosen(k))
            edit.textEdited.connect(lambda text, k=kind: self._url_typed(k, text))
            button.clicked.connect(lambda _=False, k=kind: self.test(k))
            title.setBuddy(edit)
            grid.addWidget(title, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(edit, row, 2)
            grid.addWidget(button, row, 3)
            grid.addWidget(result, row + 1, 1, 1, 3)
            self.url_edits[kind], self.backend_boxes[kind] = edit, box
            self.results[kind], self.test_buttons[kind] = result, button
        grid.setColumnStretch(2, 1)

        hint = QLabel(
            self.tr(
                "sim:// 为模拟设备（演示与培训用）。"
                "测试会真实操作设备：读一张证、扫一页、打印测试页、请评价器评价。"
            ),
            self,
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel)
        buttons.button(standard.Save).setText(self.tr("保存"))
        buttons.button(standard.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _backend_chosen(self, kind: str) -> None:
        scheme = self.backend_boxes[kind].currentData()
        if scheme_of(self.url_edits[kind].text()) != scheme:
            self.url_edits[kind].setText(URL_EXAMPLES.get(scheme, f"{scheme}://"))
        self.url_edits[kind].setFocus(Qt.FocusReason.OtherFocusReason)

    def _url_typed(self, kind: str, text: str) -> None:
        """The backend list follows the URL typed: sim://, pdf:///… select their backend (a
        scheme the list does not know leaves the choice as it was; the test will say why)."""
        box = self.backend_boxes[kind]
        index = box.findData(scheme_of(text.strip()))
        if index >= 0 and index != box.currentIndex():
            box.setCurrentIndex(index)

    def urls(self) -> dict[str, str]:
        return {SAVED_FIELDS[kind]: edit.text().strip() for kind, edit in self.url_edits.items()}

    def chosen_settings(self):
        return with_device_urls(self.settings, self.urls())

    def test(self, kind: str) -> None:
        url = self.url_edits[kind].text().strip()
        self.test_buttons[kind].setEnabled(False)
        waiting = {
            "card_reader": self.tr("请在15秒内把证件放到读卡器上……"),
            "evaluator": self.tr("请在评价器上按一个评价（60秒内）……"),
            "barcode_scanner": self.tr("请扫描一个条码（30秒内）……"),
        }
        self._show(kind, waiting.get(kind, self.tr("测试中……")), ACCENT)
        self._worker.run(
            device_call(lambda: self._run_test(kind, url)),
            lambda text: self._tested(kind, render(text), SUCCESS),
            lambda error: self._tested(kind, describe(error), ERROR),
        )

    def _tested(self, kind: str, text: str, colour: str) -> None:
        self.test_buttons[kind].setEnabled(True)
        self._show(kind, text, colour)

    def _show(self, kind: str, text: str, colour: str) -> None:
        result = self.results[kind]
        result.setText(text)
        result.setStyleSheet(f"color: {colour};")
        result.setVisible(bool(text))
        if self.isVisible():
            self._fit_height()

    def _fit_height(self) -> None:
        """Taller for a long result (never cut at the dialog's edge); the width stays the
        clerk's, the wrapped lines take the height they need at it."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def result_text(self, kind: str) -> str:
        return self.results[kind].text()
