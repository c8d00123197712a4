"""A licence library over HTTP(S): the province's 电子证照库 behind its gateway.

No provincial interface specification was at hand when this was written: the exchange below is
our assumption, kept small so that an adapter for the real one replaces this module alone.

    POST {base}/query   {"kind": "结婚证", "holder_id": "341021199003074518"}
    200  {"licences": [{"kind", "number", "holder_name", "holder_id", "issuer", "issuer_code",
                        "issued_on": "2018-10-01", "valid_until": "2038-10-01" | null,
                        "status": "valid" | "cancelled" | "revoked", "pdf_base64"}]}
    4xx  the library refuses the query: {"message": "…"} says why (else the status does)
    else (5xx, 408, 429, a redirect, no answer within TIMEOUT): the library is away

{base} is the configured address; a query string on it (a token) is kept. An answer is bounded
(MAX_LICENCES licences, a PDF of MAX_PDF_BYTES at most, MAX_ANSWER_BYTES in all) and every item
is checked before anything is archived: one bad item refuses the answer, naming the field.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from pydantic import BaseModel, Field, ValidationError

from app.sync.licence_protocol import LicenceItem
from server.licences.library import MAX_LICENCES, MAX_PDF_BYTES, FoundLicence, LibraryAway, LibraryRefused

TIMEOUT = 5.0  # seconds for the whole exchange: a clerk is waiting at the window
MAX_ANSWER_BYTES = 40 * 1024 * 1024  # one holder's licences of one kind: a few PDFs
_BASE64_LIMIT = (MAX_PDF_BYTES + 2) // 3 * 4
_MESSAGE_LIMIT = 200  # characters of a refusal's reason passed on to the clerk
BAD_ANSWER = "电子证照库的答复不合规范（{what}），未予采用，请告知系统管理员"


class _WireLicence(LicenceItem):
    """One licence as the library sends it: the bounds of the window's LicenceItem (so an item
    that passes here is one the server can answer), its PDF instead of a hash."""

    kind: str = Field(min_length=1, max_length=40)
    number: str = Field(min_length=1, max_length=64)
    holder_id: str = Field(min_length=1, max_length=18)
    issuer: str = Field(min_length=1, max_length=100)
    pdf_base64: str = Field(min_length=1, max_length=_BASE64_LIMIT)


class _WireAnswer(BaseModel):
    licences: list[Any]


@dataclass
class RemoteLibrary:
    url: str
    timeout: float = TIMEOUT
    transport: httpx.BaseTransport | None = field(default=None, repr=False)

    @property
    def query_url(self) -> str:
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "/query", fragment=""))

    def find(self, kind: str, holder_id: str) -> list[FoundLicence]:
        status, body = self._ask({"kind": kind, "holder_id": holder_id})
        if status == 200:
            return _licences(body)
        if 400 <= status < 500 and status not in (408, 429):
            raise LibraryRefused(f"电子证照库拒绝了查询：{_reason(status, body)}")
        raise LibraryAway(f"HTTP {status}")

    def _ask(self, query: dict) -> tuple[int, bytes]:
        """The status and the body, read within the timeout and the size bound."""
        deadline = time.monotonic() + self.timeout
        try:
            with (
                httpx.Client(timeout=self.timeout, transport=self.transport) as client,
                client.stream("POST", self.query_url, json=query) as answer,
            ):
                body = bytearray()
                for chunk in answer.iter_bytes():
                    body += chunk
                    if len(body) > MAX_ANSWER_BYTES:
                        raise LibraryRefused(
                            BAD_ANSWER.format(what=f"答复超过{MAX_ANSWER_BYTES // (1024 * 1024)}MB")
                        )
                    if time.monotonic() > deadline:  # a trickle of bytes never times a read out
                        raise LibraryAway(f"{self.timeout:g}秒内未答复完毕")
                return answer.status_code, bytes(body)
        except httpx.TimeoutException:
            raise LibraryAway(f"{self.timeout:g}秒内未答复") from None
        except httpx.HTTPError as exc:
            raise LibraryAway(f"无法连接：{type(exc).__name__}") from None


def _reason(status: int, body: bytes) -> str:
    try:
        said = json.loads(body).get("message")
    except (ValueError, AttributeError):
        said = None
    if isinstance(said, str) and said.strip():
        return said.strip()[:_MESSAGE_LIMIT]
    return f"HTTP {status}"


def _licences(body: bytes) -> list[FoundLicence]:
    try:
        items = _WireAnswer.model_validate_json(body).licences
    except ValidationError:
        raise LibraryRefused(BAD_ANSWER.format(what="不是含 licences 列表的JSON")) from None
    if len(items) > MAX_LICENCES:
        raise LibraryRefused(BAD_ANSWER.format(what=f"{len(items)}件证照，超过上限{MAX_LICENCES}件"))
    return [_found(position, item) for position, item in enumerate(items, start=1)]


def _found(position: int, item: dict) -> FoundLicence:
    where = f"第{position}件证照的"
    try:
        wire = _WireLicence.model_validate(item)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = ".".join(str(part) for part in error["loc"]) or "内容"
        if error["type"] == "string_too_long" and name == "pdf_base64":
            raise LibraryRefused(
                BAD_ANSWER.format(what=f"{where}PDF超过{MAX_PDF_BYTES // (1024 * 1024)}MB")
            ) from None
        raise LibraryRefused(BAD_ANSWER.format(what=f"{where}字段“{name}”不正确")) from None
    try:
        pdf = base64.b64decode(wire.pdf_base64, validate=True)
    except (binascii.Error, ValueError):
        raise LibraryRefused(BAD_ANSWER.format(what=f"{where}字段“pdf_base64”不是Base64")) from None
    if len(pdf) > MAX_PDF_BYTES:
        raise LibraryRefused(BAD_ANSWER.format(what=f"{where}PDF超过{MAX_PDF_BYTES // (1024 * 1024)}MB"))
    if not pdf.startswith(b"%PDF-"):
        raise LibraryRefused(BAD_ANSWER.format(what=f"{where}字段“pdf_base64”不是PDF文件"))
    return FoundLicence(replace(wire.licence(), pdf_sha256=""), pdf)
