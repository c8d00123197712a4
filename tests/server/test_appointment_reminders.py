"""`onewindow-server appointments reminders`: a day's bookings for the SMS platform, each exported
once (a rerun writes nothing twice; --again does), audited once per export; the phones are
sealed in the store and in full in the file only (sqlite and postgresql)."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from appointment_hall import CANCEL, QIAN, SUN, booked, booking, open_for_booking
from queue_hall import open_hall
from sqlalchemy import Text, func, select, type_coerce, update
from stored_text import everything_stored, holds

from server.cli import main
from server.queue.appointment_reminders import HEADER
from server.sealing.rewrap import census, rewrap
from server.store.models import AppointmentRow, AuditRow

DAY = "2026-11-24"
ZHOU = "330429198808082019"


@pytest.fixture
def hall(server_config):
    for hall in open_hall(server_config):
        open_for_booking(hall)
        yield hall


def _export(hall, output, *more: str) -> int:
    config = hall.ctx.config
    args = [
        "appointments",
        "reminders",
        "--database",
        config.database_url,
        "--blob-dir",
        str(config.blob_dir),
    ]
    return main([*args, "--day", DAY, "--output", str(output), *more])


def _rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == HEADER
    return rows[1:]


def _audits(hall) -> int:
    with hall.ctx.sessions() as s:
        event = AuditRow.event == "appointment_reminders_exported"
        return s.scalar(select(func.count()).select_from(AuditRow).where(event))


def test_each_booking_is_exported_once_and_again_only_when_asked(hall, tmp_path, capsys):
    booked(hall, booking("RM-1", DAY, matter_name="城乡居民养老保险参保登记"))
    booked(hall, booking("RM-2", DAY, "14:00-14:30", id_number=QIAN, name="钱二", phone="13900000002"))
    booked(hall, booking("RM-3", DAY, "15:00-15:30", id_number=SUN, name="孙三", phone="13900000003"))
    booked(hall, booking("RM-4", "2026-11-25", phone="13900000004"))  # another day
    cancelled = {"code": "RM-3", "day": DAY, "id_number": SUN}
    assert hall.client.post(CANCEL, json=cancelled, headers=hall.headers).status_code == 200
    assert not holds(everything_stored(hall.ctx), "13900000002")  # sealed like the name

    first = tmp_path / "提醒1.csv"
    assert _export(hall, first) == 0
    assert "已导出2条" in capsys.readouterr().out
    rows = _rows(first)
    assert [(r[0], r[1], r[2], r[3], r[4], r[6]) for r in rows] == [
        ("13900000001", "赵一", DAY, "10:00-10:30", "社保医保", "RM-1"),
        ("13900000002", "钱二", DAY, "14:00-14:30", "社保医保", "RM-2"),
    ]
    assert rows[0][5] == "城乡居民养老保险参保登记" and rows[0][7] == "安和县政务服务中心"
    said = "【安和县政务服务中心】赵一您好，您已预约2026年11月24日10:00-10:30办理"
    assert rows[0][8].startswith(said + "社保医保（城乡居民养老保险参保登记），预约码RM-1。")
    assert _audits(hall) == 1
    with hall.ctx.sessions() as s:
        reminded = s.scalars(select(AppointmentRow.code).where(AppointmentRow.reminded_at.is_not(None))).all()
    assert sorted(reminded) == ["RM-1", "RM-2"]

    # a rerun exports nothing twice, and writes no file; the file of the first is never overwritten
    second = tmp_path / "提醒2.csv"
    assert _export(hall, second) == 0 and not second.exists()
    assert "没有需要提醒的预约" in capsys.readouterr().out
    before = first.read_bytes()
    assert _export(hall, first) == 1 and first.read_bytes() == before
    assert "已存在" in capsys.readouterr().err
    # a booking made since is exported by the next run, alone
    booked(hall, booking("RM-5", DAY, "16:00-16:30", id_number=ZHOU, name="周五"))
    assert _export(hall, second) == 0
    assert [r[6] for r in _rows(second)] == ["RM-5"]
    # --again: the day's bookings not cancelled, reminded or not
    third = tmp_path / "提醒3.csv"
    assert _export(hall, third, "--again", "--hall", "330429", "--by", "张建霖") == 0
    assert [r[6] for r in _rows(third)] == ["RM-1", "RM-2", "RM-5"]
    assert _audits(hall) == 3


def test_bookings_without_a_phone_are_counted_and_left(hall, tmp_path, capsys):
    with hall.ctx.transaction() as s:  # booked before phones were asked (migration 0031)
        s.add(
            AppointmentRow(
                hall_code="330429",
                day=date(2026, 11, 24),
                code="OLD-1",
                category="general",
                id_hash=None,
                name="吴六",
                slot="",
                booked_at=hall.clock.now,
                ticket="",
            )
        )
    output = tmp_path / "提醒.csv"
    assert _export(hall, output) == 0 and not output.exists()
    assert "1条预约没有手机号码" in capsys.readouterr().out
    assert _audits(hall) == 0
    assert _export(hall, output, "--hall", "999999") == 1
    assert "没有编码为999999的大厅" in capsys.readouterr().err


def test_a_phone_stored_in_clear_is_sealed_by_the_rewrap_and_still_exported(hall, tmp_path):
    booked(hall, booking("RW-1", DAY))
    with hall.ctx.transaction() as s:  # as a hand edit or an older server might have left it
        table = AppointmentRow.__table__
        s.execute(update(table).where(table.c.code == "RW-1").values(phone=type_coerce("13900000001", Text)))
    assert holds(everything_stored(hall.ctx), "13900000001")
    assert census(hall.ctx.sessions).by_column["queue_appointments.phone"]["clear"] == 1
    rewrap(hall.ctx.sessions)
    assert not holds(everything_stored(hall.ctx), "13900000001")
    assert _export(hall, tmp_path / "提醒.csv") == 0
    assert [r[0] for r in _rows(tmp_path / "提醒.csv")] == ["13900000001"]
