"""The matter catalog (事项实施清单): matters, their materials and bundles (一件事).

Field names follow the national standard elements listed in DOMAIN.md. Everything here is
immutable: a catalog is loaded once and shared by every case that cites it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError


class CaseKind(IntEnum):
    """办件类型."""

    IMMEDIATE = 1  # 即办件: done on the spot
    PROMISED = 2  # 承诺件: done within the promised limit

    @property
    def label(self) -> Message:
        return Message(_KIND_LABELS[self])


class LimitUnit(StrEnum):
    WORKING_DAYS = "working_days"  # 工作日 — the default in the standard
    CALENDAR_DAYS = "calendar_days"  # 自然日
    MONTHS = "months"  # 月 (rare: some registrations)

    @property
    def label(self) -> Message:
        return Message(_UNIT_LABELS[self.value])


_UNIT_LABELS = {
    "working_days": QT_TRANSLATE_NOOP("messages", "个工作日"),
    "calendar_days": QT_TRANSLATE_NOOP("messages", "日"),
    "months": QT_TRANSLATE_NOOP("messages", "个月"),
}
ON_THE_SPOT = QT_TRANSLATE_NOOP("messages", "当场办结")
LIMIT = QT_TRANSLATE_NOOP("messages", "{amount}{unit}")


@dataclass(frozen=True)
class TimeLimit:
    """A statutory or promised time limit: a number and its unit (法定时限 / 承诺时限)."""

    amount: int
    unit: LimitUnit = LimitUnit.WORKING_DAYS

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError("时限不能为负数")

    def describe(self) -> Message:
        if self.amount == 0:
            return Message(ON_THE_SPOT)
        return Message(LIMIT, amount=self.amount, unit=self.unit.label)


class MaterialType(IntEnum):
    CERTIFICATE = 1  # 证件证书证明
    FORM = 2  # 申请表格文书
    OTHER = 3  # 其他


class MaterialForm(IntEnum):
    PAPER = 1  # 纸质
    ELECTRONIC = 2  # 电子
    PAPER_OR_ELECTRONIC = 3  # 纸质/电子


class Necessity(IntEnum):
    REQUIRED = 1  # 必要
    OPTIONAL = 2  # 非必要
    DEFERRABLE = 3  # 容缺后补: may follow after acceptance

    @property
    def label(self) -> Message:
        return Message(_NECESSITY_LABELS[int(self)])


_KIND_LABELS = {
    CaseKind.IMMEDIATE: QT_TRANSLATE_NOOP("messages", "即办件"),
    CaseKind.PROMISED: QT_TRANSLATE_NOOP("messages", "承诺件"),
}
_NECESSITY_LABELS = {
    1: QT_TRANSLATE_NOOP("messages", "必要"),
    2: QT_TRANSLATE_NOOP("messages", "非必要"),
    3: QT_TRANSLATE_NOOP("messages", "容缺后补"),
}


@dataclass(frozen=True)
class Material:
    """One item of a matter's material list (申请材料)."""

    code: str  # stable within the matter; bundles use it to spot shared materials
    name: str
    type: MaterialType = MaterialType.CERTIFICATE
    form: MaterialForm = MaterialForm.PAPER
    copies: int = 1  # paper copies (原件/复印件 count)
    paper_size: str = "A4"
    source: str = "申请人自备"
    necessity: Necessity = Necessity.REQUIRED
    commitment_allowed: bool = False  # 告知承诺 may replace it
    e_licence_allowed: bool = False  # an 电子证照 may replace it
    # which 电子证照 (licences.LICENCE_KINDS); empty: the material's name tells (licence_kind_of)
    licence_kind: str = ""
    note: str = ""  # what exactly to bring (原件及复印件, 加盖公章, …)
    defer_days: int = 0  # for 容缺后补: working days the applicant has to bring it

    @property
    def is_required(self) -> bool:
        """Required for acceptance: a missing one means a deficiency notice, not acceptance."""
        return self.necessity is Necessity.REQUIRED


@dataclass(frozen=True)
class Department:
    """实施主体: the deciding department."""

    code: str
    name: str


@dataclass(frozen=True)
class Matter:
    """One matter (事项) with the standard elements the window needs."""

    catalog_code: str  # 基本编码, 12 characters
    implementation_code: str  # 实施编码, up to 36
    name: str
    matter_type: str  # 事项类型, from the loaded list (行政许可, 公共服务, …)
    department: Department
    case_kind: CaseKind
    statutory_limit: TimeLimit
    promised_limit: TimeLimit
    materials: tuple[Material, ...]
    category: str = ""  # hall category (户籍, 社保, …) used by the queue and for browsing
    handling_item_code: str = ""  # 业务办理项编码, up to 50
    version: int = 1
    conditions: str = ""  # 受理条件
    steps: tuple[str, ...] = ()  # 办理流程
    visits: int = 1  # 到办事现场次数 0–2
    fee: str = "不收费"
    location: str = ""
    office_hours: str = ""
    phone: str = ""
    result_name: str = ""  # 结果名称
    appointment_supported: bool = False
    delivery_supported: bool = False  # 物流快递
    keywords: tuple[str, ...] = ()  # extra search words (aliases people use at the window)
    # the parties who apply together, named as the window calls them (男方, 女方); empty: one
    # applicant. Two at most: the intake takes a second party, never a list (see parties.py)
    parties: tuple[str, ...] = ()
    # applicant fields this matter's 受理 needs besides name and ID ("phone", "address"); see
    # decision_applicant.REQUIRABLE_FIELDS
    required_applicant_fields: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if len(self.catalog_code) != 12:
            raise ValueError(f"事项基本编码应为12位：{self.catalog_code}")
        if len(self.implementation_code) > 36:
            raise ValueError(f"实施编码不能超过36位：{self.implementation_code}")
        if len(self.handling_item_code) > 50:
            raise ValueError(f"业务办理项编码不能超过50位：{self.handling_item_code}")
        if not 0 <= self.visits <= 2:
            raise ValueError(f"到办事现场次数应为0–2：{self.visits}")
        # (a party's name is shown through a Message template: no braces in it)
        named = all(p.strip() and not set("{}") & set(p) for p in self.parties)
        if len(self.parties) not in (0, 2) or not named:
            raise ValueError(f"事项“{self.name}”的申请方应为空或两个名称（如男方、女方）")
        codes = [m.code for m in self.materials]
        if len(codes) != len(set(codes)):
            raise ValueError(f"事项“{self.name}”的材料编码重复")

    @property
    def code(self) -> str:
        """The code a case cites: the implementation code, unique in a hall's catalog."""
        return self.implementation_code

    def material(self, code: str) -> Material:
        for m in self.materials:
            if m.code == code:
                return m
        raise KeyError(code)


@dataclass(frozen=True)
class BundleMaterial:
    """A material of a bundle: asked for once, serving one or more of its matters."""

    material: Material
    matter_codes: tuple[str, ...]


@dataclass(frozen=True)
class Bundle:
    """一件事: several matters applied for at once with one set of materials."""

    code: str
    name: str
    matters: tuple[Matter, ...]
    description: str = ""
    keywords: tuple[str, ...] = ()
    category: str = "一件事"

    def __post_init__(self) -> None:
        if len(self.matters) < 2:
            raise ValueError(f"一件事“{self.name}”至少应包含两个事项")

    @property
    def materials(self) -> tuple[BundleMaterial, ...]:
        """The merged list: a material shared by several matters (same code) appears once.

        When matters disagree about a shared material, the strictest terms win: required beats
        deferrable beats optional, and a substitute (commitment, e-licence) is offered only if
        every matter accepts it.
        """
        merged: dict[str, list[tuple[Material, str]]] = {}
        for matter in self.matters:
            for mat in matter.materials:
                merged.setdefault(mat.code, []).append((mat, matter.code))
        out: list[BundleMaterial] = []
        for entries in merged.values():
            mats = [m for m, _ in entries]
            strictest = min(mats, key=lambda m: _NECESSITY_STRICTNESS[m.necessity])
            combined = replace(
                strictest,
                copies=max(m.copies for m in mats),
                commitment_allowed=all(m.commitment_allowed for m in mats),
                e_licence_allowed=all(m.e_licence_allowed for m in mats),
                # the shortest deferral any matter allows is the one the applicant is held to
                defer_days=min(
                    (m.defer_days for m in mats if m.necessity is Necessity.DEFERRABLE and m.defer_days),
                    default=strictest.defer_days,
                ),
            )
            out.append(BundleMaterial(combined, tuple(code for _, code in entries)))
        return tuple(out)

    @property
    def case_kind(self) -> CaseKind:
        kinds = {m.case_kind for m in self.matters}
        return CaseKind.IMMEDIATE if kinds == {CaseKind.IMMEDIATE} else CaseKind.PROMISED


_NECESSITY_STRICTNESS = {Necessity.REQUIRED: 0, Necessity.DEFERRABLE: 1, Necessity.OPTIONAL: 2}


@dataclass(frozen=True)
class Catalog:
    """A hall's catalog: matters by code, bundles, and the list of matter types."""

    matters: tuple[Matter, ...]
    bundles: tuple[Bundle, ...] = ()
    matter_types: tuple[str, ...] = ()
    version: str = "1"
    _by_code: dict[str, Matter] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, Matter] = {}
        for m in self.matters:
            if m.code in index:
                raise ValueError(f"事项实施编码重复：{m.code}")
            index[m.code] = m
        object.__setattr__(self, "_by_code", index)

    def matter(self, code: str) -> Matter:
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownMatterError(code) from None

    def bundle(self, code: str) -> Bundle:
        for b in self.bundles:
            if b.code == code:
                return b
        raise UnknownMatterError(code)


UNKNOWN_MATTER = QT_TRANSLATE_NOOP("messages", "事项编码“{code}”不在本厅的事项清单中，请核对编码或重新检索")


class UnknownMatterError(MessageError, LookupError):
    def __init__(self, code: str) -> None:
        super().__init__(Message(UNKNOWN_MATTER, code=code))
        self.code = code
