"""The parts of the hall display: the current call, the recent calls, the waiting counts.

Each panel only paints what it is given (plain CallView / CategoryWaiting objects from the
board); which call is new, and whether the server can be reached, is decided by
app.services.queue.hall_board. Names are masked again here, so that whatever the server sent, the hall
sees at most 张* — never a whole name, never an ID number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from app.domain.masking import mask_name
from app.sync.queue_protocol import CallView, CategoryWaiting
from ui.display.fit import FitLabel

RECENT_ROWS = 7  # the calls before the current one (a board carries 8)
LEFT = Qt.AlignmentFlag.AlignLeft
NUMBER_SHARE = 0.78  # of its line's height: the call's number is the biggest text in the hall
IDLE_SHARE = 0.42  # a sentence in the number's place is big, but not shouting


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a dynamic property changed (flash, dim)."""
    for w in (widget, *widget.findChildren(QWidget)):
        w.style().unpolish(w)
        w.style().polish(w)
        w.update()


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """A dynamic property the stylesheet reads (flash, dim, idle, closed), restyled on change."""
    if bool(widget.property(name)) != value:
        widget.setProperty(name, value)
        repolish(widget)


def shown_name(call: CallView) -> str:
    return mask_name(call.masked_name)


class CurrentCallPanel(QFrame):
    """The call in progress, very large: A012 / → 3号综合窗口 / 请A012号到3号综合窗口办理."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CurrentCall")
        self.caption = FitLabel(share=0.6)
        self.caption.setObjectName("Caption")
        self.number = FitLabel(share=NUMBER_SHARE, bold=True)
        self.number.setObjectName("CallNumber")
        self.window = FitLabel(share=0.7, bold=True)
        self.window.setObjectName("CallWindow")
        self.sentence = FitLabel(share=0.62)
        self.sentence.setObjectName("CallSentence")
        self.name = FitLabel(share=0.62)
        self.name.setObjectName("CallName")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.setSpacing(4)
        for label, stretch in ((self.caption, 9), (self.number, 40), (self.window, 19), (self.sentence, 12)):
            layout.addWidget(label, stretch)
        layout.addWidget(self.name, 9)
        self.call: CallView | None = None
        self.show_waiting(self.tr("正在连接中心服务器…"))

    def show_call(self, call: CallView) -> None:
        self.call = call
        set_flag(self, "idle", False)
        self.number.set_share(NUMBER_SHARE)
        self.caption.setText(self.tr("正在呼叫"))
        self.number.setText(call.number)
        self.window.setText(self.tr("→ {0}").format(call.window))
        self.sentence.setText(self.tr("请{0}号到{1}办理").format(call.number, call.window))
        self.name.setText(shown_name(call))

    def show_waiting(self, headline: str, detail: str = "") -> None:
        """No call to show (before the first board, or nobody called yet today): the headline
        takes the number's place, so it is the biggest text on the screen."""
        self.call = None
        set_flag(self, "idle", True)
        self.number.set_share(IDLE_SHARE)
        self.caption.setText(self.tr("叫号信息"))
        self.number.setText(headline)
        self.window.setText("")
        self.sentence.setText(detail)
        self.name.setText("")

    def set_state(self, *, flash: bool | None = None, dim: bool | None = None) -> None:
        for key, value in (("flash", flash), ("dim", dim)):
            if value is not None:
                set_flag(self, key, value)

    def labels(self) -> list[FitLabel]:
        return [self.caption, self.number, self.window, self.sentence, self.name]


class RecentCallsPanel(QFrame):
    """The calls before the current one: number, window, masked name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Recent")
        grid = QGridLayout(self)
        grid.setContentsMargins(18, 10, 18, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.title = FitLabel(self.tr("最近叫号"), share=0.62, bold=True, align=LEFT)
        self.title.setObjectName("PanelTitle")
        grid.addWidget(self.title, 0, 0, 1, 3)
        heads = (self.tr("号码"), self.tr("窗口"), self.tr("姓名"))
        self.heads = [FitLabel(text, share=0.6, align=LEFT) for text in heads]
        for column, label in enumerate(self.heads):
            label.setObjectName("Muted")
            grid.addWidget(label, 1, column)
        self.rows: list[tuple[FitLabel, FitLabel, FitLabel]] = []
        for row in range(RECENT_ROWS):
            cells = (
                FitLabel(share=0.66, bold=True, align=LEFT),
                FitLabel(share=0.62, align=LEFT),
                FitLabel(share=0.62, align=LEFT),
            )
            cells[0].setObjectName("RecentNumber")
            for column, label in enumerate(cells):
                grid.addWidget(label, row + 2, column)
            self.rows.append(cells)
        grid.setRowStretch(0, 12)
        grid.setRowStretch(1, 9)
        for row in range(RECENT_ROWS):
            grid.setRowStretch(row + 2, 11)
        for column, stretch in enumerate((26, 50, 24)):
            grid.setColumnStretch(column, stretch)

    def show_calls(self, calls: list[CallView]) -> None:
        calls = calls[: len(self.rows)]
        # tickets taken without an ID card carry no name: with none to show, the column goes
        # and the window names get its room, instead of an empty 姓名 heading
        with_names = any(shown_name(call) for call in calls)
        for index, (number, window, name) in enumerate(self.rows):
            call = calls[index] if index < len(calls) else None
            number.setText(call.number if call else "")
            window.setText(call.window if call else "")
            name.setText(shown_name(call) if call else "")
            name.setVisible(with_names)
        self.heads[2].setVisible(with_names)
        grid = self.layout()
        grid.setColumnStretch(1, 50 if with_names else 74)
        grid.setColumnStretch(2, 24 if with_names else 0)

    def shown(self) -> list[tuple[str, str, str]]:
        return [(n.text(), w.text(), m.text()) for n, w, m in self.rows if n.text()]

    def labels(self) -> list[FitLabel]:
        return [self.title, *self.heads, *(label for row in self.rows for label in row)]


class CategoryCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Category")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.name = FitLabel(share=0.7)
        self.count = FitLabel(share=0.78, bold=True)
        self.count.setObjectName("WaitingCount")
        layout.addWidget(self.name, 10)
        layout.addWidget(self.count, 14)

    def set_category(self, category: CategoryWaiting) -> None:
        self.name.setText(self.tr("{0}（{1}）").format(category.name, category.prefix))
        if category.active:
            self.count.setText(self.tr("等候 {0} 人").format(category.waiting))
        else:
            self.count.setText(self.tr("暂停取号"))
        set_flag(self, "closed", not category.active)
        self.setVisible(True)


class WaitingPanel(QFrame):
    """People waiting per category: one card each, in one row (two rows past six)."""

    PER_ROW = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Waiting")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(18, 8, 18, 8)
        outer.setSpacing(14)
        self.title = FitLabel(self.tr("等候人数"), share=0.34, bold=True)
        self.title.setObjectName("PanelTitle")
        outer.addWidget(self.title, 9)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)
        outer.addWidget(self._grid_host, 91)
        self.cards: list[CategoryCard] = []
        self._shown: list[CategoryWaiting] | None = None

    def show_waiting(self, categories: list[CategoryWaiting]) -> None:
        if categories == self._shown:
            return
        self._shown = list(categories)
        while len(self.cards) < len(categories):
            self.cards.append(CategoryCard(self._grid_host))
        for card in self.cards:
            self._grid.removeWidget(card)
            card.setVisible(False)
        per_row = self.PER_ROW if len(categories) > self.PER_ROW else max(1, len(categories))
        columns = min(per_row, max(4, len(categories)))  # a few categories do not become huge
        for index, category in enumerate(categories):
            self._grid.addWidget(self.cards[index], index // columns, index % columns)
            self.cards[index].set_category(category)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def labels(self) -> list[FitLabel]:
        return [
            self.title,
            *(label for card in self.cards if card.isVisible() for label in (card.name, card.count)),
        ]
