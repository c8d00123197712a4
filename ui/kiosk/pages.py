"""The kiosk's pages: read from a metre away, touched with a finger, no mouse needed.

Every button is at least 120 px tall with large text; the window (ui.kiosk.window) switches
between the pages and runs the use cases.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.tickets import PriorityClass
from app.services.kiosk.hall import KioskCategory
from ui.kiosk.style import TOUCH_HEIGHT  # px: a finger, even an unsteady one, hits it


def touch_button(text: str, name: str = "Touch") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(TOUCH_HEIGHT)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # touch: no focus frame; keys go to the window
    return button


def label(text: str = "", name: str = "", align=Qt.AlignmentFlag.AlignCenter) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setAlignment(align)
    widget.setWordWrap(True)
    return widget


class CategoryButton(QPushButton):
    """One category: its name large, its prefix and waiting count under it; closed → 暂停取号."""

    def __init__(self, category: KioskCategory) -> None:
        super().__init__()
        self.category = category
        self.setObjectName("Category")
        self.setMinimumHeight(TOUCH_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.name = label(category.name, "CategoryName")
        self.detail = label("", "CategoryDetail")
        layout.addStretch(1)
        for child in (self.name, self.detail):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            # a property, not :disabled on the button: Qt's style sheets do not pass that down
            child.setProperty("closed", not category.active)
            layout.addWidget(child)
        layout.addStretch(1)
        self.show_category(category)

    def show_category(self, category: KioskCategory) -> None:
        """The same button with new counts (rebuilding it could swallow a touch in progress)."""
        self.category = category
        if category.active:
            if category.waiting is None:
                self.detail.setText(self.tr("{0}字头").format(category.prefix))
            else:
                self.detail.setText(self.tr("{0}字头 · 等候{1}人").format(category.prefix, category.waiting))
        else:
            self.detail.setText(self.tr("暂停取号"))
        self.setEnabled(category.active)


class StartPage(QWidget):
    category_chosen = Signal(str)
    swipe_requested = Signal()
    appointment_requested = Signal()
    forget_card = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 24)
        layout.setSpacing(16)
        head = QHBoxLayout()
        self.prompt = label(self.tr("请选择办理业务，点击取号"), "Prompt")
        head.addWidget(self.prompt, 1)
        self.forget = QPushButton(self.tr("不用此证件"))
        self.forget.setObjectName("Small")
        self.forget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.forget.clicked.connect(self.forget_card)
        self.forget.hide()
        head.addWidget(self.forget)
        layout.addLayout(head)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout.addLayout(self.grid, 4)
        self.buttons: dict[str, CategoryButton] = {}
        options = QHBoxLayout()
        options.setSpacing(16)
        self.green = touch_button(self.tr("绿色通道\n老年人·残疾人"), "Toggle")
        self.serviceman = touch_button(self.tr("军人优先"), "Toggle")
        for toggle in (self.green, self.serviceman):
            toggle.setCheckable(True)
            toggle.toggled.connect(lambda on, t=toggle: self._only_one(t, on))
        self.swipe = touch_button(self.tr("刷身份证取号"), "Mode")
        self.swipe.clicked.connect(self.swipe_requested)
        self.appointment = touch_button(self.tr("预约签到"), "Mode")
        self.appointment.clicked.connect(self.appointment_requested)
        for widget in (self.swipe, self.appointment, self.green, self.serviceman):
            options.addWidget(widget)
        layout.addLayout(options, 1)

    def _only_one(self, toggle: QPushButton, on: bool) -> None:
        if on:
            other = self.serviceman if toggle is self.green else self.green
            other.setChecked(False)

    def priority(self) -> PriorityClass:
        if self.green.isChecked():
            return PriorityClass.GREEN
        if self.serviceman.isChecked():
            return PriorityClass.SERVICEMAN
        return PriorityClass.NONE

    def reset(self) -> None:
        self.green.setChecked(False)
        self.serviceman.setChecked(False)
        self.show_card("")

    def show_card(self, masked_name: str) -> None:
        if masked_name:
            self.prompt.setText(self.tr("{0}，您好！已读取身份证，请选择办理业务").format(masked_name))
        else:
            self.prompt.setText(self.tr("请选择办理业务，点击取号"))
        self.forget.setVisible(bool(masked_name))

    def set_categories(self, categories: tuple[KioskCategory, ...]) -> None:
        same = [(c.code, c.name, c.active) for c in categories] == [
            (b.category.code, b.category.name, b.category.active) for b in self.buttons.values()
        ]
        if same:
            for category in categories:
                self.buttons[category.code].show_category(category)
            return
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        columns = 2 if len(categories) <= 4 else 3 if len(categories) <= 9 else 4
        for i, category in enumerate(categories):
            button = CategoryButton(category)
            button.clicked.connect(lambda _=False, code=category.code: self.category_chosen.emit(code))
            self.grid.addWidget(button, i // columns, i % columns)
            self.buttons[category.code] = button

    def set_enabled_modes(self, swipe: bool, appointment: bool) -> None:
        self.swipe.setEnabled(swipe)
        self.appointment.setEnabled(appointment)


class SwipePage(QWidget):
    back = Signal()
    simulate = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 30)
        layout.addStretch(1)
        self.title = label(self.tr("请将身份证放在读卡区"), "Title")
        layout.addWidget(self.title)
        self.hint = label(self.tr("读取成功后请选择办理业务；叫号时窗口将直接调取您的身份信息"), "Hint")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.simulate_button = touch_button(self.tr("模拟刷卡"), "Mode")
        self.simulate_button.clicked.connect(self.simulate)
        self.back_button = touch_button(self.tr("返回"), "Back")
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.simulate_button)
        row.addWidget(self.back_button)
        layout.addLayout(row)


class Keypad(QWidget):
    """Digits, and letters on a second face: appointment codes mix both (YY20261123…)."""

    key = Signal(str)  # a character, or "\b" (delete) / "\x18" (clear)

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setSpacing(10)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.letters = False
        self._build()

    def _build(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            item.widget().deleteLater()
        face = self.tr("数字") if self.letters else self.tr("字母")
        if self.letters:
            for i, key in enumerate(chr(c) for c in range(ord("A"), ord("Z") + 1)):
                self._add(key, key, i // 7, i % 7)
            self._add("\b", self.tr("删除"), 4, 0, 2)
            self._add("\x18", self.tr("清空"), 4, 2, 2)
            self._add("face", face, 4, 4, 3)
            return
        for i, key in enumerate("123456789"):
            self._add(key, key, i // 3, i % 3)
        self._add("\x18", self.tr("清空"), 3, 0)
        self._add("0", "0", 3, 1)
        self._add("\b", self.tr("删除"), 3, 2)
        self._add("face", face, 4, 0, 3)

    def _add(self, key: str, text: str, row: int, column: int, span: int = 1) -> None:
        button = QPushButton(text)
        button.setObjectName("Key")
        button.setMinimumHeight(64)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _=False, k=key: self._press(k))
        self.grid.addWidget(button, row, column, 1, span)

    def _press(self, key: str) -> None:
        if key == "face":
            self.letters = not self.letters
            self._build()
        else:
            self.key.emit(key)


class AppointmentPage(QWidget):
    submit = Signal(str)
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 24)
        layout.setSpacing(32)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("预约签到"), "Title"))
        left.addWidget(label(self.tr("请输入或扫描预约码，也可以直接刷预约时登记的身份证"), "Hint"))
        self.code = QLineEdit()
        self.code.setObjectName("Code")
        self.code.setMaxLength(32)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setPlaceholderText(self.tr("预约码"))
        self.code.returnPressed.connect(lambda: self.submit.emit(self.code.text()))
        left.addWidget(self.code)
        left.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(20)
        self.ok = touch_button(self.tr("签到取号"), "Primary")
        self.ok.clicked.connect(lambda: self.submit.emit(self.code.text()))
        self.back_button = touch_button(self.tr("返回"), "Back")
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.ok)
        row.addWidget(self.back_button)
        left.addLayout(row)
        layout.addLayout(left, 5)
        self.keypad = Keypad()
        self.keypad.key.connect(self._key)
        layout.addWidget(self.keypad, 6)

    def _key(self, key: str) -> None:
        if key == "\b":
            self.code.backspace()
        elif key == "\x18":
            self.code.clear()
        else:
            self.code.insert(key)

    def reset(self) -> None:
        self.code.clear()
        self.code.setFocus()  # a barcode scanner that types like a keyboard lands here


class ResultPage(QWidget):
    """The number, very large; what the ticket says; a tap anywhere (or 完成) returns."""

    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 10, 40, 24)
        layout.setSpacing(6)
        self.heading = label(self.tr("取号成功"), "Hint")
        self.number = label("", "Number")
        self.category = label("", "Title")
        self.message = label("", "Message")
        self.detail = label("", "Hint")
        self.note = label("", "Note")
        for widget in (self.heading, self.number, self.category, self.message, self.detail, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.ok = touch_button(self.tr("完成"), "Primary")
        self.ok.setMaximumHeight(TOUCH_HEIGHT)
        self.ok.clicked.connect(self.done)
        layout.addWidget(self.ok)

    def mousePressEvent(self, event) -> None:
        self.done.emit()
        super().mousePressEvent(event)


class MessagePage(QWidget):
    """A refusal or a problem, in large text; 返回 (or a tap, or the timer) goes back."""

    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 30)
        layout.addStretch(1)
        self.title = label("", "Refusal")
        self.text = label("", "Message")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.back_button = touch_button(self.tr("返回"), "Back")
        self.back_button.setMaximumHeight(TOUCH_HEIGHT)
        self.back_button.clicked.connect(self.back)
        layout.addWidget(self.back_button)

    def show_message(self, title: str, text: str, can_go_back: bool = True) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.back_button.setVisible(can_go_back)
