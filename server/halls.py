"""A hall's configuration (windows and queue categories): server-owned, cached by terminals.

Every change is written to the change log (ChangeKind.HALL, data = the whole HallConfig), so a
terminal that pulls has the new configuration without a second request.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.sync.protocol import ChangeKind, HallConfig, HallWindow, ServiceCategory
from server.errors import bad_request, not_found
from server.store.models import HallRow, ServiceCategoryRow, WindowRow
from server.sync.change_log import record_change

MAX_WINDOW_WEIGHT = 100


def hall_config(session: Session, hall_code: str) -> HallConfig:
    hall = session.get(HallRow, hall_code)
    if hall is None:
        raise not_found(f"没有编码为{hall_code}的大厅")
    windows = session.scalars(
        select(WindowRow).where(WindowRow.hall_code == hall_code).order_by(WindowRow.id)
    ).all()
    categories = session.scalars(
        select(ServiceCategoryRow)
        .where(ServiceCategoryRow.hall_code == hall_code)
        .order_by(ServiceCategoryRow.id)
    ).all()
    return HallConfig(
        code=hall.code,
        name=hall.name,
        address=hall.address or "",
        phone=hall.phone or "",
        windows=[HallWindow(name=w.name, kind=w.kind, categories=dict(w.categories or {})) for w in windows],
        categories=[
            ServiceCategory(code=c.code, name=c.name, prefix=c.prefix, active=c.active) for c in categories
        ],
    )


def check_setup(windows: list[HallWindow], categories: list[ServiceCategory]) -> None:
    """Refuse a configuration a hall could not run with, saying what is wrong."""
    codes = [c.code for c in categories]
    if len(set(codes)) != len(codes):
        raise bad_request("业务类别编码不能重复")
    prefixes = [c.prefix for c in categories]
    if len(set(prefixes)) != len(prefixes):
        raise bad_request("业务类别的取号字母不能重复")
    names = [w.name for w in windows]
    if len(set(names)) != len(names):
        raise bad_request("窗口名称不能重复")
    for w in windows:
        unknown = sorted(set(w.categories) - set(codes))
        if unknown:
            raise bad_request(f"窗口“{w.name}”引用了不存在的业务类别：{'、'.join(unknown)}")
        if any(not 0 <= weight <= MAX_WINDOW_WEIGHT for weight in w.categories.values()):
            raise bad_request(f"窗口“{w.name}”的业务权重应在0至{MAX_WINDOW_WEIGHT}之间")


def set_hall_setup(
    session: Session, hall_code: str, windows: list[HallWindow], categories: list[ServiceCategory]
) -> HallConfig:
    """Replace the hall's windows and categories with these, and log the new configuration."""
    if session.get(HallRow, hall_code, with_for_update=True) is None:
        raise not_found(f"没有编码为{hall_code}的大厅")
    check_setup(windows, categories)
    session.execute(delete(WindowRow).where(WindowRow.hall_code == hall_code))
    session.execute(delete(ServiceCategoryRow).where(ServiceCategoryRow.hall_code == hall_code))
    session.flush()
    for c in categories:
        session.add(
            ServiceCategoryRow(
                hall_code=hall_code, code=c.code, name=c.name, prefix=c.prefix, active=c.active
            )
        )
    for w in windows:
        session.add(WindowRow(hall_code=hall_code, name=w.name, kind=w.kind, categories=dict(w.categories)))
    session.flush()
    return log_hall(session, hall_code)


def log_hall(session: Session, hall_code: str) -> HallConfig:
    config = hall_config(session, hall_code)
    record_change(session, hall_code, ChangeKind.HALL, hall_code, config.model_dump(mode="json"))
    return config
