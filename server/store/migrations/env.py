"""Alembic environment for the server's store (run from server.store.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from server.store.schema import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            # several server processes may start at once on one database: one migrates, the
            # others wait here and then find nothing left to do
            connection.exec_driver_sql("SELECT pg_advisory_lock(7001)")
            connection.commit()
        with connection.begin():
            context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
            context.run_migrations()
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("SELECT pg_advisory_unlock(7001)")
            connection.commit()


run()
