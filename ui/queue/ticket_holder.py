"""A called ticket's ID swipe as the intake takes a card read: the same CardHolder the reader
hands over, so the applicant fields fill by the one path (ApplicantPanel.fill_from_card)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.queue.views import TicketApplicant
from ui.devices.card_holder import CERT_TYPE_OF_CARD, CardHolder
from ui.labels import certificate_label


def holder_of(applicant: TicketApplicant) -> CardHolder:
    # the kiosk keeps the card's type flag stripped: "" is the resident card's " "
    cert_type = CERT_TYPE_OF_CARD.get(applicant.card_type or " ", "111")
    return CardHolder(
        name=applicant.name.strip(),
        cert_type=cert_type,
        cert_number=applicant.id_number.strip().upper(),
        address=applicant.address.strip(),
        card_label=certificate_label(cert_type),
        photo=None,
        photo_note=QCoreApplication.translate("QueuePanel", "取号时刷证，未带照片：请核对本人证件"),
    )
