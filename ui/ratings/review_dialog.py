"""申请复核 (Ctrl+Shift+R at the window): the clerk's own 差评 of the last 90 days, without who
gave them, and a reason to ask the hall manager to review one they think malicious.

Online only: the list and the request go to the server in the clerk's name. The dialog is
non-modal, like 查找办件, so the window's work goes on around it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.ratings import LEVELS, REASONS
from app.services.errors import ServiceError
from app.services.rating_reviews import MAX_REASON, OwnRating, RatingReviews
from ui.messages import describe


def _t(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class RatingReviewDialog(QDialog):
    def __init__(self, worker, reviews: RatingReviews, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.reviews = worker, reviews
        self.ratings: tuple[OwnRating, ...] = ()
        self.loaded = False
        self.setWindowTitle(self.tr("申请复核 — 本人近90天的差评"))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("评价时间"), self.tr("评价"), self.tr("原因与留言"), self.tr("办件"), self.tr("复核")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        self.reason.setPlaceholderText(
            self.tr("复核理由，不超过{0}个字，例如：申请人未办理业务即给出差评").format(MAX_REASON)
        )
        reason_label = QLabel(self.tr("复核理由（&R）"), self)
        reason_label.setBuddy(self.reason)
        self.ask_button = QPushButton(self.tr("申请复核 (Ctrl+Enter)"), self)
        self.ask_button.clicked.connect(self.ask)
        close = QPushButton(self.tr("关闭 (Esc)"), self)
        close.clicked.connect(self.reject)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.ask_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.ask)
        self.resize(900, 480)
        self._enable()

    def load(self) -> None:
        self.message.setText(self.tr("正在读取……"))
        self.worker.run(self.reviews.my_bad_ratings, self._show, self._failed)

    def _show(self, ratings: tuple[OwnRating, ...]) -> None:
        self.ratings, self.loaded = ratings, True
        self.table.setRowCount(len(ratings))
        for row, r in enumerate(ratings):
            said = self.tr("、").join(_t("messages", REASONS.get(c, c)) for c in r.reasons)
            review = _t("messages", r.review.label) if r.review is not None else self.tr("未申请")
            cells = [
                r.rated_at.strftime("%Y-%m-%d %H:%M"),
                _t("messages", LEVELS.get(r.level, str(r.level))),
                f"{said}　{r.comment}".strip(),
                f"{r.case_number}　{r.matter}".strip(),
                review,
            ]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.message.setText("" if ratings else self.tr("近90天没有对您的差评。"))
        if ratings:
            self.table.selectRow(0)
            self.table.setFocus()
        self._enable()

    def chosen(self) -> OwnRating | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ratings[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.chosen()
        self.ask_button.setEnabled(chosen is not None and chosen.may_ask)

    def ask(self) -> None:
        chosen = self.chosen()
        if chosen is None or not chosen.may_ask:
            return
        reason = self.reason.toPlainText()
        self.worker.run(lambda: self.reviews.ask(chosen.rating_id, reason), self._asked, self._failed)

    def _asked(self, rating: OwnRating) -> None:
        self.reason.clear()
        self.load()
        self.message.setText(self.tr("已申请复核，请等待大厅管理员决定。"))

    def _failed(self, error: ServiceError) -> None:
        self.message.setText(describe(error))


def open_rating_review(window) -> None:
    """Ctrl+Shift+R in the workbench: the clerk's own 差评, online."""
    if window.signed_out or not window.services.is_open:
        return
    services = window.services
    reviews = RatingReviews(services.case_link, lambda: services.sign_in.token or "")
    dialog = RatingReviewDialog(window.worker, reviews, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.load()
