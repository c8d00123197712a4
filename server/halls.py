"""A hall's configuration (windows, queue categories, queue policy, notices): server-owned,
cached by terminals.

Every change is written to the change log (ChangeKind.HALL, data = the whole HallConfig), so a
terminal that pulls has the new configuration without a second request.
"""

from __future__ import annotations

from sqlalchemy import case, delete, select, update
from sqlalchemy.orm import Session

from app.domain.tickets import PriorityClass, TicketState
from app.sync.manager_calendar import HallHoursModel
from app.sync.protocol import ChangeKind, HallConfig, HallSecurity, HallWindow, ServiceCategory
from app.sync.queue_protocol import QueuePolicyConfig
from server.manager.calendar import hall_hours
from server.queue.common import policy_config
from server.refusals import BadRequest, NotFound
from server.store.models import HallRow, ServiceCategoryRow, TicketRow, WindowRow
from server.sync.change_log import record_change

MAX_WINDOW_WEIGHT = 100


def hall_config(session: Session, hall_code: str) -> HallConfig:
    hall = session.get(HallRow, hall_code)
    if hall is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
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
            ServiceCategory(
                code=c.code, name=c.name, prefix=c.prefix, active=c.active, daily_limit=c.daily_limit or 0
            )
            for c in categories
        ],
        queue=policy_config(hall.queue_policy),
        notices=list(hall.notices or []),
        hours=HallHoursModel.of(hall_hours(session, hall_code)),
        security=HallSecurity.model_validate(hall.security or {}),
    )


def check_setup(
    windows: list[HallWindow], categories: list[ServiceCategory], queue: QueuePolicyConfig | None = None
) -> None:
    """Refuse a configuration a hall could not run with, saying what is wrong."""
    codes = [c.code for c in categories]
    if len(set(codes)) != len(codes):
        raise BadRequest("业务类别编码不能重复")
    prefixes = [c.prefix for c in categories]
    if len(set(prefixes)) != len(prefixes):
        raise BadRequest("业务类别的取号字母不能重复")
    names = [w.name for w in windows]
    if len(set(names)) != len(names):
        raise BadRequest("窗口名称不能重复")
    for w in windows:
        unknown = sorted(set(w.categories) - set(codes))
        if unknown:
            raise BadRequest(f"窗口“{w.name}”引用了不存在的业务类别：{'、'.join(unknown)}")
        if any(not 0 <= weight <= MAX_WINDOW_WEIGHT for weight in w.categories.values()):
            raise BadRequest(f"窗口“{w.name}”的业务权重应在0至{MAX_WINDOW_WEIGHT}之间")
    if queue is not None:
        if len(set(queue.priority_order)) != len(queue.priority_order):
            raise BadRequest("优先顺序中的优先类别不能重复")
        if PriorityClass.NONE in queue.priority_order:
            raise BadRequest("优先顺序只列优先类别（军人、绿色通道、预约），普通号总在最后")
        policy = queue.policy()
        if policy.kiosk_slots() < 1:
            first, block = queue.offline_first, queue.kiosk_block
            raise BadRequest(f"离线号段从{first}起放不下一个{block}个号的取号机号段")
        for c in categories:
            if c.daily_limit > policy.online_limit:
                raise BadRequest(
                    f"业务类别“{c.name}”的每日限号{c.daily_limit}超过联网号段上限{policy.online_limit}"
                )


def set_hall_setup(
    session: Session,
    hall_code: str,
    windows: list[HallWindow],
    categories: list[ServiceCategory],
    queue: QueuePolicyConfig | None = None,
    notices: list[str] | None = None,
    security: HallSecurity | None = None,
) -> HallConfig:
    """Replace the hall's windows and categories (and, when given, its queue policy and notices)
    with these, and log the new configuration (its "change" poke tells the screens to refetch)."""
    hall = session.get(HallRow, hall_code, with_for_update=True)
    if hall is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
    check_setup(windows, categories, queue)
    hall.config_version = (hall.config_version or 0) + 1
    if queue is not None:
        hall.queue_policy = queue.model_dump(mode="json")
        _rerank_waiting(session, hall_code, queue)
    if notices is not None:
        hall.notices = [n.strip() for n in notices if n.strip()]
    if security is not None:
        hall.security = security.model_dump(mode="json")
    session.execute(delete(WindowRow).where(WindowRow.hall_code == hall_code))
    session.execute(delete(ServiceCategoryRow).where(ServiceCategoryRow.hall_code == hall_code))
    session.flush()
    for c in categories:
        session.add(
            ServiceCategoryRow(
                hall_code=hall_code,
                code=c.code,
                name=c.name,
                prefix=c.prefix,
                active=c.active,
                daily_limit=c.daily_limit,
            )
        )
    for w in windows:
        session.add(WindowRow(hall_code=hall_code, name=w.name, kind=w.kind, categories=dict(w.categories)))
    session.flush()
    return log_hall(session, hall_code)


def _rerank_waiting(session: Session, hall_code: str, queue: QueuePolicyConfig) -> None:
    """A new priority order applies to tickets already waiting, not only to new ones."""
    policy = queue.policy()
    tickets = TicketRow.__table__
    rank = case(
        {p.value: policy.priority_rank(p) for p in PriorityClass},
        value=tickets.c.priority,
        else_=policy.priority_rank(PriorityClass.NONE),
    )
    session.execute(
        update(tickets)
        .where(tickets.c.hall_code == hall_code, tickets.c.state == TicketState.WAITING.value)
        .values(priority_rank=rank)
    )


def log_hall(session: Session, hall_code: str) -> HallConfig:
    config = hall_config(session, hall_code)
    record_change(session, hall_code, ChangeKind.HALL, hall_code, config.model_dump(mode="json"))
    return config
