"""The photo read from the ID card, beside the applicant, for the clerk to compare faces.

It is kept in this widget only (memory), never stored: the photo is sensitive personal
information (PIPL Art. 28) and the case does not need it. Cleared with the next applicant.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from ui.devices.card_holder import CardHolder

# the card photo is 102 × 126 pixels
PHOTO_WIDTH, PHOTO_HEIGHT = 102, 126


class CardPhoto(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CardPhoto")
        self.setFixedSize(PHOTO_WIDTH + 4, PHOTO_HEIGHT + 4)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.clear_photo()

    def show_holder(self, holder: CardHolder) -> None:
        pixmap = QPixmap()
        if holder.photo and pixmap.loadFromData(holder.photo):
            self.setPixmap(pixmap.scaled(PHOTO_WIDTH, PHOTO_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio))
            self.setToolTip(self.tr("证件照片（仅显示，不保存）"))
        else:
            self.setPixmap(QPixmap())
            self.setText(self.tr("照片未解码"))
            self.setToolTip(holder.photo_note or self.tr("未配置照片解码库（WLT），请核对证件原件"))
        self.show()

    def clear_photo(self) -> None:
        self.setPixmap(QPixmap())
        self.setText("")
        self.setToolTip("")
        self.hide()

    @property
    def showing_placeholder(self) -> bool:
        return self.isVisible() and self.pixmap().isNull()
