"""What the kiosk takes from an ID card swipe: the ApplicantCard carried with the ticket.

The window that calls the ticket gets the applicant (name, number, address) so the clerk
starts the case without reading the card again. The photo stays behind: a ticket needs no
face, and the photo is sensitive personal information (PIPL Art. 28).
"""

from __future__ import annotations

from app.sync.queue_protocol import ApplicantCard
from drivers.idcard import IdCardRecord


def applicant_from_record(record: IdCardRecord) -> ApplicantCard:
    # a 2017 foreign card may carry no Chinese name: the English one is the name then
    name = record.name.strip() or record.english_name.strip()
    return ApplicantCard(
        name=name[:60],
        id_number=record.id_number.strip().upper(),
        sex=record.sex_label[:4],
        ethnicity=record.ethnicity_label[:20],
        birth_date=record.birth_date.isoformat(),
        address=record.address.strip()[:140],
        card_type=record.card_type.value.strip(),
    )
