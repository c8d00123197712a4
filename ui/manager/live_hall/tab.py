"""实时大厅, the console's first tab (Ctrl+1).

It fetches the hall's snapshot off the GUI thread when the hall's event stream pokes ("queue": a
ticket taken or called, a window paused; "change"; "hello": the stream (re)connected) — a poke
during a fetch asks for one more fetch after it, never a pile of them. It does not poll for the
queue. The one timed refresh, every SAFETY_REFRESH_SECONDS, is for what pokes nothing: the
window terminals' sync pulls, which tell whether a window's terminal is still there. Between two
snapshots a one-second tick moves the durations and re-applies the alarm rules (see
app/services/manager/live_hall.py).

Keys: F5 refresh now, Ctrl+T 预警阈值, Ctrl+M 提示音 (off by default: the console is often in
an office beside the hall, and an alarm is also red on screen).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.hall_alarms import raised
from app.domain.tickets import HALL_TIMEZONE
from app.services.manager.live_hall import LivePicture, picture, thresholds_of
from app.sync.manager_live import LiveHall
from ui.manager.live_hall.thresholds import ThresholdsDialog
from ui.manager.live_hall.tiles import ALARM_COLOUR, WindowTileView, duration_text
from ui.manager.services import ManagerServices
from ui.manager.wrapping_header import wrap_titles
from ui.messages import describe, render
from ui.worker import Worker

log = logging.getLogger(__name__)
SAFETY_REFRESH_SECONDS = 60
REFETCH_KINDS = frozenset({"queue", "change", "hello"})
TILE_COLUMNS = 3


def play_chime() -> None:
    """The display's chime clip through the display's player, on a thread of its own (the
    player refuses the GUI thread: it blocks while the clip plays)."""

    def run() -> None:
        try:
            from drivers.voice.clips import CHIME, bundled_folder, clip_path
            from drivers.voice.pcm import read_wav
            from ui.devices.voice_sink import qt_play

            qt_play(*read_wav(clip_path(bundled_folder(), CHIME)))
        except Exception:  # no sound card: the alarm is still red on screen
            log.exception("the alarm chime could not be played")

    threading.Thread(target=run, name="alarm-chime", daemon=True).start()


class LiveHallTab(QWidget):
    shown = Signal()  # a fetched snapshot is on screen (tests and the bench wait on it)

    def __init__(self, services: ManagerServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = Worker(self)  # its own thread: a slow report elsewhere never delays this
        self.snapshot: LiveHall | None = None
        self.received = 0.0  # time.monotonic() when the snapshot arrived
        self.current: LivePicture | None = None
        self._fetching = False
        self._again = False
        self.dialog: ThresholdsDialog | None = None
        self._build()
        self._keys()
        services.pokes.poked.connect(self._poked)
        services.pokes.connection_changed.connect(self._stream_state)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.paint)
        self.tick.start()
        self.safety = QTimer(self)
        self.safety.setInterval(SAFETY_REFRESH_SECONDS * 1000)
        self.safety.timeout.connect(self.refresh)
        self.safety.start()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        self.updated = QLabel(self.tr("正在读取大厅状况…"), self)
        self.stream = QLabel(self)
        self.refresh_button = QPushButton(self.tr("刷新 (F5)"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.thresholds_button = QPushButton(self.tr("预警阈值… (Ctrl+T)"), self)
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self.chime = QCheckBox(self.tr("预警提示音 (Ctrl+M)"), self)
        for widget in (self.updated, self.stream):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.chime, self.thresholds_button, self.refresh_button):
            top.addWidget(widget)

        # The tiles' lines wrap, so a row's height depends on its width: the grid gets the height
        # its rows need at the width they have (aligned to the top, it got its size hint's height
        # and a tile's lines overlapped), and the stretch below keeps the rows at the top.
        self.tiles_host = QWidget(self)
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        for column in range(TILE_COLUMNS):
            self.grid.setColumnStretch(column, 1)
        host_layout = QVBoxLayout(self.tiles_host)
        host_layout.addLayout(self.grid)
        host_layout.addStretch(1)
        self.tile_views: list[WindowTileView] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tiles_host)

        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        headers = [
            self.tr("业务类别"),
            self.tr("等候"),
            self.tr("最长等候"),
            self.tr("新取号预计等候"),
            self.tr("今日已办"),
            self.tr("平均办理"),
        ]
        self.table = QTableWidget(0, len(headers), right)
        self.table.setHorizontalHeaderLabels(headers)
        wrap_titles(self.table)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        formula = QLabel(
            self.tr(
                "预计等候 = 等候人数 × 每件办理分钟 ÷ 开放且办理该类别的窗口数（至少按1个）；"
                "每件办理分钟取今日最近20件的平均，今日尚无则取大厅默认值。"
            ),
            right,
        )
        formula.setWordWrap(True)
        formula.setStyleSheet("color: #616161;")
        alarms_title = QLabel(self.tr("预警"), right)
        self.alarm_list = QListWidget(right)
        for widget in (self.table, formula, alarms_title, self.alarm_list):
            side.addWidget(widget)
        side.setStretch(0, 3)
        side.setStretch(3, 2)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 540])  # three tiles across at 1366×768, the table beside them
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _keys(self) -> None:
        self._shortcuts = []  # kept: a QShortcut whose wrapper is collected stops firing
        for key, slot in (
            ("F5", self.refresh),
            ("Ctrl+T", self.edit_thresholds),
            ("Ctrl+M", self.chime.toggle),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # -- fetching -------------------------------------------------------------------------------
    def _poked(self, kind: str) -> None:
        if kind in REFETCH_KINDS:
            self.refresh()

    def _stream_state(self, connected: bool) -> None:
        self.stream.setText(self.tr("· 实时连接正常") if connected else self.tr("· 实时连接中断，正在重连"))

    def refresh(self) -> None:
        if self._fetching:
            self._again = True  # once more after this one: what the poke announced may be later
            return
        self._fetching = True
        self.worker.run(self.services.live.fetch, self._fetched, self._failed)

    def _fetched(self, snapshot: LiveHall) -> None:
        self._fetching = False
        self.snapshot, self.received = snapshot, time.monotonic()
        self.paint()
        self.shown.emit()
        self._next()

    def _failed(self, error) -> None:
        self._fetching = False
        self.updated.setText(self.tr("无法读取大厅状况：{0}").format(describe(error)))
        self.updated.setStyleSheet(f"color: {ALARM_COLOUR};")
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    # -- painting -------------------------------------------------------------------------------
    def paint(self) -> None:
        if self.snapshot is None:
            return
        before = self.current
        now = picture(self.snapshot, timedelta(seconds=time.monotonic() - self.received))
        self.current = now
        at = self.snapshot.server_time.astimezone(HALL_TIMEZONE)
        self.updated.setText(self.tr("{0} · 数据时间 {1:%H:%M:%S}").format(now.hall_name, at))
        self.updated.setStyleSheet("")
        self._paint_tiles(now)
        self._paint_categories(now)
        self.alarm_list.clear()
        for alarm in now.alarms:
            self.alarm_list.addItem(render(alarm.text))
        if not now.alarms:
            self.alarm_list.addItem(self.tr("无预警"))
        if before is not None and self.chime.isChecked() and raised(before.alarms, now.alarms):
            play_chime()

    def _paint_tiles(self, now: LivePicture) -> None:
        while len(self.tile_views) < len(now.windows):
            view = WindowTileView(self.tiles_host)
            index = len(self.tile_views)
            self.grid.addWidget(view, index // TILE_COLUMNS, index % TILE_COLUMNS)
            self.tile_views.append(view)
        for index, view in enumerate(self.tile_views):
            if index < len(now.windows):
                view.show_tile(now.windows[index])
            view.setVisible(index < len(now.windows))

    def _paint_categories(self, now: LivePicture) -> None:
        self.table.setRowCount(len(now.categories))
        for row, line in enumerate(now.categories):
            mean = line.mean_service_minutes
            cells = (
                line.name,
                str(line.waiting),
                duration_text(line.longest_wait) or "—",
                self.tr("{0}分钟（开放窗口{1}个）").format(line.estimated_wait_minutes, line.open_windows),
                str(line.served_today),
                self.tr("{0}分钟").format(mean) if mean is not None else "—",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if line.alarmed:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)

    # -- thresholds -----------------------------------------------------------------------------
    def edit_thresholds(self) -> None:
        if self.snapshot is None:
            return
        snapshot = self.snapshot
        self.dialog = ThresholdsDialog(snapshot, thresholds_of(snapshot), self._save_thresholds, self)
        self.dialog.open()

    def _save_thresholds(self, wanted) -> None:
        dialog, snapshot = self.dialog, self.snapshot
        self.worker.run(
            lambda: self.services.live.set_thresholds(snapshot, wanted),
            lambda answer: self._thresholds_saved(dialog, answer),
            lambda error: dialog.refused(describe(error)),
        )

    def _thresholds_saved(self, dialog: ThresholdsDialog, snapshot: LiveHall) -> None:
        dialog.accept()
        self.snapshot, self.received = snapshot, time.monotonic()
        self.paint()

    def stop(self) -> None:
        self.tick.stop()
        self.safety.stop()
        self.worker.stop()
