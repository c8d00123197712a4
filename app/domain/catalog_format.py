"""The catalog's JSON format: plain dicts in, an immutable :class:`Catalog` out, and back.

Pure functions only (no file I/O), so the same code reads a file, a sync payload or a test
fixture. Bad data is rejected with a message naming the matter and the field, in Chinese,
because the person who reads it is the hall's catalog maintainer, not a programmer.

Format (keys follow the dataclass fields of ``app.domain.matters``)::

    {"format_version": 1, "version": "2024.1",
     "matter_types": ["行政许可", ...],          # names, or {"code": .., "name": ..} dicts
     "materials": {"id_card": {"name": ..}},     # optional shared defaults, keyed by code
     "matters": [{"catalog_code": .., "implementation_code": .., "materials": [..]}, ..],
     "bundles": [{"code": .., "name": .., "matters": ["<implementation code>", ..]}, ..]}

A matter's material may cite a shared entry by its code alone and override any field; that
keeps one document (居民身份证, 户口簿…) named and described the same in every matter, which
is what lets a bundle ask for it once. ``dump_catalog`` writes every material in full.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

from app.domain.decision_applicant import REQUIRABLE_FIELDS
from app.domain.matters import (
    Bundle,
    CaseKind,
    Catalog,
    Department,
    LimitUnit,
    Material,
    MaterialForm,
    MaterialType,
    Matter,
    Necessity,
    TimeLimit,
)

FORMAT_VERSION = 1


class CatalogFormatError(ValueError):
    """The catalog data is malformed; the message says where (matter, field) and what."""


# Chinese names of the fields, so a message reads 缺少字段“承诺时限”(promised_limit).
_FIELD_LABELS = {
    "catalog_code": "基本编码",
    "implementation_code": "实施编码",
    "handling_item_code": "业务办理项编码",
    "name": "名称",
    "matter_type": "事项类型",
    "department": "实施主体",
    "case_kind": "办件类型",
    "statutory_limit": "法定时限",
    "promised_limit": "承诺时限",
    "materials": "申请材料",
    "matter_types": "事项类型清单",
    "code": "编码",
    "matters": "包含事项",
    "amount": "时限数值",
    "unit": "时限单位",
    "type": "材料类型",
    "form": "材料形式",
    "necessity": "必要性",
    "copies": "份数",
    "defer_days": "容缺补交期限",
    "licence_kind": "电子证照类型",
    "visits": "到办事现场次数",
    "required_applicant_fields": "申请人必填项",
    "parties": "申请方",
}

_MATTER_STRINGS = (
    "category",
    "handling_item_code",
    "conditions",
    "fee",
    "location",
    "office_hours",
    "phone",
    "result_name",
)


# every key the format knows, so a typo ("keyword" for "keywords") is an error, not silently lost;
# the keys are the model's field names, so a new field needs no second list here
_MATTER_KEYS = frozenset(f.name for f in fields(Matter))
_MATERIAL_KEYS = frozenset(f.name for f in fields(Material))
_BUNDLE_KEYS = frozenset(f.name for f in fields(Bundle))


def _no_unknown_keys(where: str, obj: dict, known: frozenset[str]) -> None:
    unknown = sorted(k for k in obj if k not in known)
    if unknown:
        raise CatalogFormatError(f"{where}有无法识别的字段：{'、'.join(map(str, unknown))}")


def _label(key: str) -> str:
    return f"“{_FIELD_LABELS[key]}”({key})" if key in _FIELD_LABELS else f"“{key}”"


class _Ctx:
    """Where we are in the data, for error messages: 事项“结婚登记”的材料“id_card”."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, key: str, problem: str) -> CatalogFormatError:
        return CatalogFormatError(f"{self.where}的字段{_label(key)}{problem}")

    def get(self, obj: dict, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in obj or obj[key] is None:
            if default is ...:
                raise CatalogFormatError(f"{self.where}缺少字段{_label(key)}")
            return default
        value = obj[key]
        # bool is an int in Python; a flag written where a number belongs is still an error
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise self.fail(key, f"类型不对：应为{_kind_name(kind)}，实际为{value!r}")
        return value

    def enum(self, obj: dict, key: str, enum_cls: type, default: Any = ...) -> Any:
        raw = self.get(obj, key, (int, str), default)
        if raw is default:
            return default
        try:
            return enum_cls(raw)
        except ValueError:
            allowed = "、".join(str(e.value) for e in enum_cls)
            raise self.fail(key, f"取值“{raw}”无效，可选：{allowed}") from None


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "文字", int: "整数", bool: "是/否(true/false)", dict: "对象", list: "列表"}
    return "或".join(names.get(k, k.__name__) for k in _as_tuple(kind))


def _strings(ctx: _Ctx, obj: dict, key: str) -> tuple[str, ...]:
    items = ctx.get(obj, key, list, [])
    if not all(isinstance(s, str) for s in items):
        raise ctx.fail(key, "应为文字列表")
    return tuple(items)


def _required_fields(ctx: _Ctx, obj: dict) -> tuple[str, ...]:
    names = _strings(ctx, obj, "required_applicant_fields")
    unknown = [n for n in names if n not in REQUIRABLE_FIELDS]
    if unknown:
        known = "、".join(sorted(REQUIRABLE_FIELDS))
        raise ctx.fail("required_applicant_fields", f"不认识“{'、'.join(unknown)}”（可用：{known}）")
    return names


def _matter_types(data: dict) -> tuple[str, ...]:
    ctx = _Ctx("事项清单")
    raw = ctx.get(data, "matter_types", list)
    names: list[str] = []
    for item in raw:
        name = item.get("name") if isinstance(item, dict) else item
        if not isinstance(name, str) or not name:
            raise ctx.fail("matter_types", f"中有无效的事项类型：{item!r}")
        names.append(name)
    if not names:
        raise ctx.fail("matter_types", "为空：至少需要一种事项类型")
    return tuple(names)


def _time_limit(ctx: _Ctx, obj: dict, key: str) -> TimeLimit:
    raw = ctx.get(obj, key, dict)
    sub = _Ctx(f"{ctx.where}的{_FIELD_LABELS[key]}")
    amount = sub.get(raw, "amount", int)
    if amount < 0:
        raise sub.fail("amount", f"不能为负数：{amount}")
    return TimeLimit(amount, sub.enum(raw, "unit", LimitUnit, LimitUnit.WORKING_DAYS))


def _material(owner: str, raw: Any, shared: dict[str, dict]) -> Material:
    if not isinstance(raw, dict):
        raise CatalogFormatError(f"{owner}的申请材料应为对象：{raw!r}")
    code = raw.get("code")
    if not isinstance(code, str) or not code:
        raise CatalogFormatError(f"{owner}有一项申请材料缺少字段{_label('code')}")
    obj = {**shared.get(code, {}), **raw}  # the matter's own fields override the shared ones
    ctx = _Ctx(f"{owner}的材料“{code}”")
    _no_unknown_keys(ctx.where, obj, _MATERIAL_KEYS)
    copies = ctx.get(obj, "copies", int, 1)
    defer_days = ctx.get(obj, "defer_days", int, 0)
    if copies < 0:
        raise ctx.fail("copies", f"不能为负数：{copies}")
    necessity = ctx.enum(obj, "necessity", Necessity, Necessity.REQUIRED)
    if necessity is Necessity.DEFERRABLE and defer_days <= 0:
        raise ctx.fail("defer_days", "缺失：容缺后补的材料须写明补交期限(工作日)")
    return Material(
        code=code,
        name=ctx.get(obj, "name", str),
        type=ctx.enum(obj, "type", MaterialType, MaterialType.CERTIFICATE),
        form=ctx.enum(obj, "form", MaterialForm, MaterialForm.PAPER),
        copies=copies,
        necessity=necessity,
        commitment_allowed=ctx.get(obj, "commitment_allowed", bool, False),
        e_licence_allowed=ctx.get(obj, "e_licence_allowed", bool, False),
        defer_days=defer_days,
        **{k: ctx.get(obj, k, str, default) for k, default in _MATERIAL_DEFAULTS.items()},
    )


_MATERIAL_DEFAULTS = {"paper_size": "A4", "source": "申请人自备", "note": "", "licence_kind": ""}


def _matter(raw: Any, index: int, types: tuple[str, ...], shared: dict[str, dict]) -> Matter:
    if not isinstance(raw, dict):
        raise CatalogFormatError(f"第{index + 1}个事项应为对象：{raw!r}")
    name = raw.get("name")
    code = raw.get("implementation_code", "")
    where = f"事项“{name}”" if isinstance(name, str) and name else f"第{index + 1}个事项"
    if isinstance(code, str) and code:
        where += f"（实施编码{code}）"
    ctx = _Ctx(where)
    _no_unknown_keys(where, raw, _MATTER_KEYS)
    name = ctx.get(raw, "name", str)
    matter_type = ctx.get(raw, "matter_type", str)
    if matter_type not in types:
        raise ctx.fail("matter_type", f"取值“{matter_type}”不在事项类型清单中（{'、'.join(types)}）")
    dept_raw = ctx.get(raw, "department", dict)
    dept_ctx = _Ctx(f"{where}的实施主体")
    department = Department(dept_ctx.get(dept_raw, "code", str), dept_ctx.get(dept_raw, "name", str))
    materials = tuple(_material(where, m, shared) for m in ctx.get(raw, "materials", list))
    visits = ctx.get(raw, "visits", int, 1)
    if not 0 <= visits <= 2:
        raise ctx.fail("visits", f"应为0–2：{visits}")
    strings = {k: ctx.get(raw, k, str, "") for k in _MATTER_STRINGS}
    strings["fee"] = strings["fee"] or "不收费"
    try:
        return Matter(
            catalog_code=ctx.get(raw, "catalog_code", str),
            implementation_code=ctx.get(raw, "implementation_code", str),
            name=name,
            matter_type=matter_type,
            department=department,
            case_kind=ctx.enum(raw, "case_kind", CaseKind),
            statutory_limit=_time_limit(ctx, raw, "statutory_limit"),
            promised_limit=_time_limit(ctx, raw, "promised_limit"),
            materials=materials,
            version=ctx.get(raw, "version", int, 1),
            steps=_strings(ctx, raw, "steps"),
            visits=visits,
            appointment_supported=ctx.get(raw, "appointment_supported", bool, False),
            delivery_supported=ctx.get(raw, "delivery_supported", bool, False),
            keywords=_strings(ctx, raw, "keywords"),
            required_applicant_fields=_required_fields(ctx, raw),
            parties=_strings(ctx, raw, "parties"),
            **strings,
        )
    except ValueError as exc:  # the model's own checks (code lengths, duplicate materials)
        raise CatalogFormatError(f"{where}：{exc}") from None


def _bundle(raw: Any, index: int, by_code: dict[str, Matter]) -> Bundle:
    if not isinstance(raw, dict):
        raise CatalogFormatError(f"第{index + 1}个一件事应为对象：{raw!r}")
    name = raw.get("name")
    ctx = _Ctx(f"一件事“{name}”" if isinstance(name, str) and name else f"第{index + 1}个一件事")
    _no_unknown_keys(ctx.where, raw, _BUNDLE_KEYS)
    codes = _strings(ctx, raw, "matters")
    missing = [c for c in codes if c not in by_code]
    if missing:
        raise ctx.fail("matters", f"引用了清单中不存在的事项：{'、'.join(missing)}")
    try:
        return Bundle(
            code=ctx.get(raw, "code", str),
            name=ctx.get(raw, "name", str),
            matters=tuple(by_code[c] for c in codes),
            description=ctx.get(raw, "description", str, ""),
            keywords=_strings(ctx, raw, "keywords"),
            category=ctx.get(raw, "category", str, "一件事"),
        )
    except ValueError as exc:
        raise CatalogFormatError(f"{ctx.where}：{exc}") from None


def parse_catalog(data: dict) -> Catalog:
    """Build a :class:`Catalog` from the JSON-shaped ``data``; raise :class:`CatalogFormatError`."""
    if not isinstance(data, dict):
        raise CatalogFormatError("事项清单应为JSON对象")
    top = _Ctx("事项清单")
    fmt = top.get(data, "format_version", int, FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        raise top.fail("format_version", f"为{fmt}，本程序只认识第{FORMAT_VERSION}版格式")
    types = _matter_types(data)
    shared = top.get(data, "materials", dict, {})
    if not all(isinstance(v, dict) for v in shared.values()):
        raise top.fail("materials", "中的每一项应为对象")
    matters = tuple(_matter(m, i, types, shared) for i, m in enumerate(top.get(data, "matters", list)))
    by_code: dict[str, Matter] = {}
    for m in matters:
        if m.code in by_code:
            raise CatalogFormatError(f"事项“{m.name}”的实施编码{m.code}与“{by_code[m.code].name}”重复")
        by_code[m.code] = m
    bundles = tuple(_bundle(b, i, by_code) for i, b in enumerate(top.get(data, "bundles", list, [])))
    seen = set()
    for b in bundles:
        if b.code in seen or b.code in by_code:
            raise CatalogFormatError(f"一件事“{b.name}”的编码{b.code}重复")
        seen.add(b.code)
    version = top.get(data, "version", (str, int), "1")
    return Catalog(matters=matters, bundles=bundles, matter_types=types, version=str(version))


def _plain(value: Any) -> Any:
    """A model value as JSON: enums by value, tuples as lists, nested dataclasses as dicts."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Matter):  # a bundle cites its matters by code
        return value.code
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


def dump_catalog(catalog: Catalog) -> dict:
    """The JSON-shaped form of ``catalog``; ``parse_catalog(dump_catalog(c)) == c``."""
    return {
        "format_version": FORMAT_VERSION,
        "version": catalog.version,
        "matter_types": list(catalog.matter_types),
        "matters": [{f.name: _plain(getattr(m, f.name)) for f in fields(m)} for m in catalog.matters],
        "bundles": [{f.name: _plain(getattr(b, f.name)) for f in fields(b)} for b in catalog.bundles],
    }
