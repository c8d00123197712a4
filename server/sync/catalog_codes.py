"""The matter and bundle codes of the newest published catalog, parsed once per version."""

from __future__ import annotations

import threading

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.store.models import CatalogVersionRow

# (database, version) → codes: a published version never changes, so one parse per process
_CACHE: dict[tuple[str, int], frozenset[str]] = {}
_LOCK = threading.Lock()


def _codes(catalog: dict) -> frozenset[str]:
    codes: set[str] = set()
    for matter in catalog.get("matters") or []:
        if isinstance(matter, dict):
            for key in ("implementation_code", "code"):
                if isinstance(matter.get(key), str):
                    codes.add(matter[key])
    for bundle in catalog.get("bundles") or []:
        if isinstance(bundle, dict) and isinstance(bundle.get("code"), str):
            codes.add(bundle["code"])
    return frozenset(codes)


def current_codes(session: Session) -> frozenset[str] | None:
    """Codes a case may cite now; None when no catalog was ever published (nothing to check)."""
    version = session.scalar(select(func.max(CatalogVersionRow.version)))
    if version is None:
        return None
    key = (session.get_bind().url.render_as_string(hide_password=True), version)
    with _LOCK:
        found = _CACHE.get(key)
    if found is None:
        catalog = session.scalar(
            select(CatalogVersionRow.catalog).where(CatalogVersionRow.version == version)
        )
        found = _codes(catalog if isinstance(catalog, dict) else {})
        with _LOCK:
            _CACHE[key] = found
    return found
