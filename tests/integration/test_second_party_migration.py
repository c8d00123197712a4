"""Migration 0005 on a database of yesterday: cases taken in before it read as one-applicant cases."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from app.store.db import open_database
from app.store.migrate import alembic_config
from app.store.repositories import CaseRepository


def test_cases_from_before_the_second_party_read_as_one_applicant(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0004")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "insert into cases (id, number, status, version, matter_codes, matter_names, matter_version,"
        " bundle_code, bundle_name, department, kind, promised_amount, promised_unit, result_name, clerk,"
        " window, applicant, created_at, day, refusal_reason, result_reason, certificate_number,"
        " suspended_days, promised_estimated) values ('c1', 'N1', 'draft', 1, '[\"M1\"]',"
        " '[\"内地居民结婚登记\"]', 1, '', '', '安和县民政局', 1, 0, 'working_days', '', '李晓梅', '3号窗口',"
        ' \'{"type": 1, "name": "王小明", "cert_type": "111", "cert_number": ""}\','
        " '2026-11-20 09:00:00', '2026-11-20', '', '', '', 0, 0)"
    )
    con.commit()
    con.close()

    _engine, sessions = open_database(path)  # upgrades to the head
    with sessions() as session:
        case = CaseRepository(session).get("c1")
    assert case.parties == () and case.second_party is None
    assert case.applicant.name == "王小明" and case.applicant.english_name == ""
