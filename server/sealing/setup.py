"""Opening the data keys of a server process and tying them to its database engine."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from server.sealing.columns import attach_keyring
from server.sealing.keyring import DataKeyError, DataKeyring
from server.store.models import DataKeyringRow


def open_data_keys(engine: Engine, path: Path) -> DataKeyring:
    """The keyring at `path`, attached to `engine` (every sealed column finds it there).

    A missing file is made only for a database nothing has been sealed in yet: once something
    has, a missing file means the server is pointed at the wrong one, and a new key would seal
    new records under a key the old ones do not open."""
    path = Path(path)
    sealed_by = _first_key_id(engine)
    if sealed_by and not path.exists():
        raise DataKeyError(
            f"数据密钥文件{path}不存在，而这个数据库的个人信息已用密钥{sealed_by}加密："
            "请用 --data-key-file 指向服务一直使用的密钥文件（或从备份恢复它）"
        )
    keyring = DataKeyring.create_or_open(path)
    if sealed_by is None:
        _record_first_key(engine, keyring.current_id)
    attach_keyring(engine, keyring)
    return keyring


def _first_key_id(engine: Engine) -> str | None:
    try:
        with Session(engine) as session:
            return session.scalar(select(DataKeyringRow.first_key_id).where(DataKeyringRow.id == 1))
    except SQLAlchemyError:
        return None  # no schema yet (the spec writer's empty database)


def _record_first_key(engine: Engine, key_id: str) -> None:
    from server.sealing.rewrap import SEALED, rewrap_mark

    try:
        with Session(engine) as session, session.begin():
            if session.get(DataKeyringRow, 1) is None:
                # a new database has nothing to rewrap; one from before sealing is walked once
                stored = any(session.scalar(select(1).select_from(model).limit(1)) for model, _ in SEALED)
                session.add(
                    DataKeyringRow(
                        id=1,
                        first_key_id=key_id,
                        created_at=datetime.now(UTC),
                        rewrapped_key_id=None if stored else rewrap_mark(key_id),
                    )
                )
    except SQLAlchemyError:
        pass  # no schema yet; or another process recorded it first
