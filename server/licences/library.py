"""What the server asks of a licence library (电子证照库), whichever one the address names.

One question: which licences of this kind does the library hold for this holder (a person's
公民身份号码, an organisation's 统一社会信用代码)? The answer is the licences as the domain knows them
(app/domain/licences.py), each with its PDF (版式文件); the server archives the PDF and answers the
window with its hash. Two ways to fail, which the window tells apart for the clerk: the library
could not be reached (LibraryAway: try again later, take the paper now) and the library answered
no (LibraryRefused: its reason).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.domain.licences import Licence
from app.sync.licence_protocol import MAX_LICENCES  # the most the window's answer carries

__all__ = ["MAX_LICENCES", "MAX_PDF_BYTES", "FoundLicence", "LibraryAway", "LibraryRefused", "LicenceLibrary"]
MAX_PDF_BYTES = 5 * 1024 * 1024  # a licence's PDF is a page or two, some hundred KB


@dataclass(frozen=True)
class FoundLicence:
    """A licence the library holds (its pdf_sha256 empty: the server archives `pdf`) and its PDF."""

    licence: Licence
    pdf: bytes


class LibraryAway(RuntimeError):
    """The library could not be asked (no connection, a timeout, its own failure): nothing is
    known, the clerk takes the paper. The text says why, in Chinese, without the address."""


class LibraryRefused(RuntimeError):
    """The library answered but not with licences (it refused the query, or its answer cannot be
    taken): the text is the whole reason, in Chinese."""


class LicenceLibrary(Protocol):
    url: str

    def find(self, kind: str, holder_id: str) -> list[FoundLicence]:
        """The licences of `kind` the library holds for `holder_id` (none: an empty list)."""
        ...
