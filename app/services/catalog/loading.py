"""Loading the hall's matter catalog from disk; the format itself lives in the domain layer."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.catalog_format import parse_catalog
from app.domain.matters import Catalog
from app.resources import resource_path


class CatalogFileError(OSError):
    """The catalog file (or the matter-type list it names) is missing or not valid JSON."""


def default_catalog_path() -> Path:
    return resource_path("catalog", "matters.json")


def _read_json(path: Path, what: str) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogFileError(f"找不到{what}文件：{path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogFileError(f"无法读取{what}文件：{path}（{exc}）") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogFileError(
            f"{what}文件不是有效的JSON：{path}，第{exc.lineno}行第{exc.colno}列：{exc.msg}"
        ) from None


def load_catalog(path: Path | None = None) -> Catalog:
    """Read and parse the catalog; a relative ``matter_types_file`` is read beside it.

    Raises :class:`CatalogFileError` for file problems and ``CatalogFormatError`` (a
    ``ValueError``) for bad content.
    """
    path = Path(path) if path is not None else default_catalog_path()
    data = _read_json(path, "事项清单")
    if isinstance(data, dict) and "matter_types" not in data and "matter_types_file" in data:
        # the type list is kept in its own file so halls can share it; embed it for the parser
        types_path = path.parent / str(data["matter_types_file"])
        types = _read_json(types_path, "事项类型清单")
        if isinstance(types, dict):  # {"matter_types": [...]} as well as a bare list
            types = types.get("matter_types")
        data = {**data, "matter_types": types}
    return parse_catalog(data)  # type: ignore[arg-type]  # parse_catalog reports non-dicts itself
