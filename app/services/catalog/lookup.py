"""Finding a matter at the window: type-ahead search and the guide of the one picked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.catalog_search import CatalogIndex, SearchHit
from app.domain.matters import ON_THE_SPOT, Bundle, CaseKind, Catalog, Matter, UnknownMatterError
from app.domain.messages import Message, message_of
from app.services.catalog.pinyin_cache import PinyinKeyCache
from app.services.errors import NotFound


@dataclass(frozen=True)
class MatterGuide:
    """What the clerk reads before taking the application in (办事指南, short form)."""

    code: str
    name: str
    is_bundle: bool
    kind_label: str
    department: str
    promised_limit_label: Message
    statutory_limit_label: Message
    conditions: str
    fee: str
    result_name: str
    materials: tuple[tuple[str, str, str], ...]  # (name, necessity label, note)
    matter_names: tuple[str, ...] = ()


class CatalogService:
    def __init__(self, catalog: Catalog, pinyin_cache: Path | None = None) -> None:
        """``pinyin_cache``: a file keeping the names' pinyin keys between starts (see there)."""
        self.catalog = catalog
        # the index is built once at start and only read afterwards, so searching from the GUI
        # thread while a worker thread searches too is safe
        if pinyin_cache is None:
            self._index = CatalogIndex(catalog)
        else:
            keys = PinyinKeyCache(pinyin_cache)
            self._index = CatalogIndex(catalog, keys)
            keys.save()

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self._index.search(query, limit)

    def guide(self, code: str) -> MatterGuide:
        try:
            return _matter_guide(self.catalog.matter(code))
        except UnknownMatterError:
            pass
        try:
            return _bundle_guide(self.catalog.bundle(code))
        except UnknownMatterError as exc:
            raise NotFound(message_of(exc)) from exc


def _limit(m: Matter) -> Message:
    return Message(ON_THE_SPOT) if m.case_kind is CaseKind.IMMEDIATE else m.promised_limit.describe()


def _matter_guide(m: Matter) -> MatterGuide:
    return MatterGuide(
        code=m.code,
        name=m.name,
        is_bundle=False,
        kind_label=m.case_kind.label,
        department=m.department.name,
        promised_limit_label=_limit(m),
        statutory_limit_label=m.statutory_limit.describe(),
        conditions=m.conditions,
        fee=m.fee,
        result_name=m.result_name,
        materials=tuple((x.name, x.necessity.label, x.note) for x in m.materials),
        matter_names=(m.name,),
    )


def _bundle_guide(b: Bundle) -> MatterGuide:
    slowest = max(b.matters, key=lambda m: (m.case_kind, m.promised_limit.amount))
    return MatterGuide(
        code=b.code,
        name=b.name,
        is_bundle=True,
        kind_label=b.case_kind.label,
        department="、".join(dict.fromkeys(m.department.name for m in b.matters)),
        promised_limit_label=_limit(slowest),
        statutory_limit_label=slowest.statutory_limit.describe(),
        conditions=b.description,
        fee="、".join(sorted({m.fee for m in b.matters})),
        result_name="、".join(m.result_name for m in b.matters if m.result_name),
        materials=tuple((x.material.name, x.material.necessity.label, x.material.note) for x in b.materials),
        matter_names=tuple(m.name for m in b.matters),
    )
