"""Where each field sits in the 256-byte text block, per card type (offset, size in bytes, UCS-2 LE).

Resident cards follow GA 467. The others were published when readers learned to read them:
Hong Kong/Macao/Taiwan residence permits (2018, flag ``J``) keep the resident layout and use the
reserved tail for the travel permit number and the issue count; the 2017 foreign permanent
resident card (flag ``I``) starts with a 120-byte English name; the 2023 card (flag ``Y``) moves
back towards the resident layout, splits a long English name into 35 + 11 characters and ends
with a link to the holder's number on a previous card. The parser and the simulator both read
these tables, so a layout lives in exactly one place.
"""

from __future__ import annotations

from drivers.idcard.record import CardType

TYPE_FLAG = (248, 2)

RESIDENT: dict[str, tuple[int, int]] = {
    "name": (0, 30),
    "sex": (30, 2),
    "ethnicity": (32, 4),
    "birth": (36, 16),
    "address": (52, 70),
    "id_number": (122, 36),
    "authority": (158, 30),
    "valid_from": (188, 16),
    "valid_to": (204, 16),
}

HMT_PERMIT: dict[str, tuple[int, int]] = {
    "name": (0, 30),
    "sex": (30, 2),
    "birth": (36, 16),  # 32/4 is reserved: permits carry no ethnicity
    "address": (52, 70),
    "id_number": (122, 36),
    "authority": (158, 30),
    "valid_from": (188, 16),
    "valid_to": (204, 16),
    "pass_number": (220, 18),
    "issue_count": (238, 4),
}

FOREIGN_2017: dict[str, tuple[int, int]] = {
    "english_name": (0, 120),
    "sex": (120, 2),
    "id_number": (122, 30),
    "nationality": (152, 6),
    "name": (158, 30),
    "valid_from": (188, 16),
    "valid_to": (204, 16),
    "birth": (220, 16),
    "card_version": (236, 4),
    "authority": (240, 8),  # code of the office that took the application
}

FOREIGN_2023: dict[str, tuple[int, int]] = {
    "name": (0, 30),
    "sex": (30, 2),
    "renewal_count": (32, 4),
    "birth": (36, 16),
    "english_name": (52, 70),  # characters 1–35
    "id_number": (122, 36),
    "valid_from": (188, 16),  # 158/30 is reserved
    "valid_to": (204, 16),
    "english_name_ex": (220, 22),  # characters 36–46 of a long name
    "nationality": (242, 6),
    "previous_number_link": (250, 6),
}

LAYOUTS: dict[CardType, dict[str, tuple[int, int]]] = {
    CardType.RESIDENT: RESIDENT,
    CardType.HMT_RESIDENCE_PERMIT: HMT_PERMIT,
    CardType.FOREIGN_PERMANENT_2017: FOREIGN_2017,
    CardType.FOREIGN_PERMANENT_2023: FOREIGN_2023,
}
