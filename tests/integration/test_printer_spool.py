"""The slip spool on a real folder: kept before sending, removed once printed, kept with the reason."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from drivers.printer import PrinterError, Spool, open_slip_printer

NOW = datetime(2026, 11, 23, 9, 30)


def test_a_printed_job_leaves_nothing_behind(tmp_path):
    spool = Spool(tmp_path / "spool")
    printer = open_slip_printer("sim://")
    assert spool.submit("取件凭条-1", "case_slip", b"\x1b@one", printer, NOW) == "sim://"
    assert printer.peer.jobs == [b"\x1b@one"]
    assert spool.pending() == [] and list((tmp_path / "spool").iterdir()) == []


def test_a_failed_job_is_kept_on_disk_with_the_reason_and_survives_a_restart(tmp_path):
    printer = open_slip_printer("sim://?fail=paper")
    with pytest.raises(PrinterError, match="缺纸"):
        Spool(tmp_path).submit("取件凭条-1", "case_slip", b"\x1b@one", printer, NOW)
    again = Spool(tmp_path)  # a new workbench session finds it
    [job] = again.pending()
    assert (job.name, job.kind, job.created_at, job.attempts) == ("取件凭条-1", "case_slip", NOW, 1)
    assert "缺纸" in job.error
    assert again.data(job.id) == b"\x1b@one"
    meta = json.loads((tmp_path / f"{job.id}.json").read_text(encoding="utf-8"))
    assert meta["error"] == job.error


def test_retry_prints_oldest_first_once_the_printer_is_back(tmp_path):
    spool = Spool(tmp_path)
    printer = open_slip_printer("sim://?fail=offline")
    for n in (1, 2, 3):
        with pytest.raises(PrinterError):
            spool.submit(f"job-{n}", "case_slip", f"data-{n}".encode(), printer, NOW.replace(minute=n))
    report = spool.retry_all(printer)  # still offline: stops at the first, keeps all three
    assert report.printed == () and len(report.pending) == 3 and "脱机" in report.error
    assert [j.attempts for j in spool.pending()] == [2, 1, 1]
    printer.peer.fail = ""
    report = spool.retry_all(printer)
    assert [j.name for j in report.printed] == ["job-1", "job-2", "job-3"]
    assert report.pending == () and report.error == ""
    assert printer.peer.jobs == [b"data-1", b"data-2", b"data-3"]


def test_a_damaged_note_does_not_hide_the_other_jobs_and_discard_removes_one(tmp_path):
    spool = Spool(tmp_path)
    printer = open_slip_printer("sim://?fail=cover")
    for n in (1, 2):
        with pytest.raises(PrinterError):
            spool.submit(f"job-{n}", "case_slip", b"x", printer, NOW.replace(minute=n))
    first, second = spool.pending()
    (tmp_path / f"{first.id}.json").write_text("{not json", encoding="utf-8")
    assert [j.name for j in spool.pending()] == ["job-2"]
    spool.discard(second.id)
    assert spool.count() == 0
    with pytest.raises(PrinterError, match="不在待打印列表"):
        spool.send(second.id, printer)


def test_an_unwritable_spool_folder_is_a_printer_error_in_chinese(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(PrinterError, match="无法保存打印任务"):
        Spool(blocker / "spool").add("x", "case_slip", b"x", NOW)
