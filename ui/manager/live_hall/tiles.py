"""One window of the live hall as a tile: its state by colour and word, the clerk, the ticket
served and for how long, what it serves, how the console knows its terminal is there, and its
alarms (an idle window while its categories queue)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.domain.hall_alarms import WindowStatus
from app.services.manager.live_hall import WindowTile
from ui.messages import render

translate = QCoreApplication.translate

# the border says the state at a glance; the word beside the name says it for the colour-blind
COLOURS = {
    WindowStatus.OPEN: "#2e7d32",
    WindowStatus.PAUSED: "#ef6c00",
    WindowStatus.CLOSED: "#9e9e9e",
    WindowStatus.OFFLINE: "#c62828",
}
ALARM_COLOUR = "#c62828"


def duration_text(span: timedelta | None) -> str:
    if span is None:
        return ""
    seconds = int(span.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return translate("LiveHall", "{0}小时{1:02d}分").format(hours, minutes)
    return translate("LiveHall", "{0}分{1:02d}秒").format(minutes, seconds)


class WindowTileView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("windowTile")
        self.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.serving = QLabel(self)
        self.clerk = QLabel(self)
        self.categories = QLabel(self)
        self.contact = QLabel(self)
        self.alarms = QLabel(self)
        self.alarms.setStyleSheet(f"color: {ALARM_COLOUR}; font-weight: bold;")
        # every line wraps, the title too (a long pause reason): a tile never widens its column
        for label in (self.title, self.serving, self.clerk, self.categories, self.contact, self.alarms):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addStretch(1)  # a tile beside a taller one keeps its lines together at the top
        self.contact.setStyleSheet("color: #616161;")
        self.tile: WindowTile | None = None

    def show_tile(self, tile: WindowTile) -> None:
        self.tile = tile
        state = render(tile.status_text)
        if tile.pause_reason:
            state = translate("LiveHall", "{0}（{1}）").format(state, tile.pause_reason)
        self.title.setText(f"{tile.name} · {state}")
        if tile.serving:
            self.serving.setText(
                translate("LiveHall", "正在办理 {0}（{1}），已 {2}").format(
                    tile.serving, tile.serving_category, duration_text(tile.serving_for)
                )
            )
        elif tile.idle_for is not None and tile.status is WindowStatus.OPEN:
            self.serving.setText(translate("LiveHall", "空闲 {0}").format(duration_text(tile.idle_for)))
        else:
            self.serving.setText(translate("LiveHall", "未在办理"))
        self.clerk.setText(translate("LiveHall", "工作人员：{0}").format(render(tile.clerk)))
        self.categories.setText(
            translate("LiveHall", "办理：{0}").format(tile.categories or translate("LiveHall", "无"))
        )
        self.contact.setText(render(tile.contact))
        self.alarms.setText("\n".join(render(a) for a in tile.alarms))
        self.alarms.setVisible(bool(tile.alarms))
        border = ALARM_COLOUR if tile.alarms else COLOURS[tile.status]
        width = 3 if tile.alarms or tile.status is WindowStatus.OFFLINE else 2
        look = f"border: {width}px solid {border}; border-radius: 6px; background: white;"
        frame = f"QFrame#windowTile {{ {look} }}"
        if frame != self.styleSheet():  # restyling re-polishes the tile and its labels: only on a change
            self.setStyleSheet(frame)
