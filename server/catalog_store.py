"""Published matter catalogs: versioned, validated with the client's own parser, flowing down.

A version is never changed after it is published; terminals fetch the newest (GET /v1/catalog)
when the change log tells them a new one exists.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.catalog_format import CatalogFormatError, parse_catalog
from app.sync.protocol import ChangeKind
from server.refusals import BadRequest
from server.store.models import CatalogVersionRow
from server.sync.change_log import record_change

ALL_HALLS = "*"


def validate_catalog(catalog: object) -> None:
    try:
        parse_catalog(catalog)  # type: ignore[arg-type]  # it reports a non-dict itself
    except CatalogFormatError as exc:
        raise BadRequest(f"事项清单有误：{exc}") from None
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        # a shape the parser did not foresee (a list where an object belongs …)
        raise BadRequest(f"事项清单格式不正确：{type(exc).__name__}") from None


def latest_catalog(session: Session) -> CatalogVersionRow | None:
    newest = session.scalar(select(func.max(CatalogVersionRow.version)))
    return None if newest is None else session.get(CatalogVersionRow, newest)


def publish_catalog(session: Session, catalog: dict, published_by: str, now: datetime) -> int:
    """Store `catalog` as the next version (after validating it) and tell every hall."""
    validate_catalog(catalog)
    row = CatalogVersionRow(catalog=catalog, published_at=now, published_by=published_by)
    session.add(row)
    session.flush()
    record_change(session, ALL_HALLS, ChangeKind.CATALOG, str(row.version), {"version": row.version})
    return row.version
