"""Wire models of the 电子证照 lookup (shared by the server and the workbench).

The window asks its server, in the name of the clerk signed in, which licences of one kind the
library holds for one holder; the server asks the library (server/licences/), archives each
licence's PDF in the hall's blob store and answers the licences with their PDFs' hashes. Whether
one may stand in for the paper today is the domain's rule (app/domain/licences.py), applied by
the window that takes it; the server answers what the library said.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.licences import Licence, LicenceStatus

LOOKUP_PATH = "/licences/lookup"
MAX_LICENCES = 20  # one holder's licences of one kind: a few renewals at most


class LicenceQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    case_id: str = Field(min_length=1, max_length=36, description="调取证照的办件")
    material_code: str = Field(min_length=1, max_length=64, description="以证照替代的材料")
    kind: str = Field(min_length=1, max_length=40, description="电子证照类型（居民身份证、结婚证……）")
    holder_id: str = Field(min_length=1, max_length=18, description="持证主体代码：身份号码或信用代码")


class LicenceItem(BaseModel):
    kind: str = Field(max_length=40)
    number: str = Field(max_length=64, description="证照编号")
    holder_name: str = Field(max_length=100)
    holder_id: str = Field(max_length=18)
    issuer: str = Field(max_length=100, description="发证机关")
    issuer_code: str = Field(default="", max_length=40)
    issued_on: date
    valid_until: date | None = Field(default=None, description="有效期至；空为长期")
    status: Literal["valid", "cancelled", "revoked"] = "valid"
    pdf_sha256: str = Field(default="", max_length=64, description="服务器存档的证照 PDF 的 SHA-256")

    def licence(self) -> Licence:
        return Licence(
            kind=self.kind,
            number=self.number,
            holder_name=self.holder_name,
            holder_id=self.holder_id,
            issuer=self.issuer,
            issuer_code=self.issuer_code,
            issued_on=self.issued_on,
            valid_until=self.valid_until,
            status=LicenceStatus(self.status),
            pdf_sha256=self.pdf_sha256,
        )

    @classmethod
    def of(cls, licence: Licence) -> LicenceItem:
        return cls(
            kind=licence.kind,
            number=licence.number,
            holder_name=licence.holder_name,
            holder_id=licence.holder_id,
            issuer=licence.issuer,
            issuer_code=licence.issuer_code,
            issued_on=licence.issued_on,
            valid_until=licence.valid_until,
            status=licence.status.value,
            pdf_sha256=licence.pdf_sha256,
        )


class LicenceAnswer(BaseModel):
    """What the library holds of this kind for this holder (none: an empty list)."""

    licences: list[LicenceItem] = Field(default_factory=list, max_length=MAX_LICENCES)
