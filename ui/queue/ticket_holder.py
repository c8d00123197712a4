"""A called ticket's ID swipe as the intake takes a card read: the same CardHolder the reader
hands over, so the applicant fields fill by the one path (ApplicantPanel.fill_from_card)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.window_queue_views import TicketApplicant
from ui.devices.card_holder import CardHolder

# the ID card's type flag (as the kiosk's reader read it) → 证件类型 code of the applicant panel
_CERT_TYPES = {"": "111", " ": "111", "J": "990", "I": "553", "Y": "553"}


def holder_of(applicant: TicketApplicant) -> CardHolder:
    cert_type = _CERT_TYPES.get(applicant.card_type, "111")
    label = {
        "111": QCoreApplication.translate("Labels", "居民身份证"),
        "990": QCoreApplication.translate("QueuePanel", "港澳台居民居住证"),
        "553": QCoreApplication.translate("QueuePanel", "外国人永久居留身份证"),
    }[cert_type]
    return CardHolder(
        name=applicant.name.strip(),
        cert_type=cert_type,
        cert_number=applicant.id_number.strip().upper(),
        address=applicant.address.strip(),
        card_label=label,
        photo=None,
        photo_note=QCoreApplication.translate("QueuePanel", "取号时刷证，未带照片：请核对本人证件"),
    )
