"""The programs' log and crash reports: in the data folder, with no ID or phone number in them.

A hall's operator needs a log to tell what went wrong at a window yesterday; an auditor needs to
know that the log is no second register of citizens. Every line and every crash report passes
through ``redact_for_log`` (app/domain/masking.py) on its way to the file or the terminal, so an
exception that quotes a value, or a request logged whole, leaves a masked number behind; the code
itself logs case numbers and ids, never names (a test greps a full day's files for them).

    <data folder>/日志/onewindow.log        rotated at 2 MB, five kept
    <data folder>/日志/crash-<time>.txt      one per unhandled exception (traceback, no locals)
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.domain.masking import redact_for_log

LOG_DIR = "日志"
LOG_FILE = "onewindow.log"
MAX_BYTES, BACKUPS = 2 * 1024 * 1024, 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
_OURS = "_onewindow_handler"  # marks the handlers installed here, so a second call replaces them


class RedactingFormatter(logging.Formatter):
    """Formats as usual (the exception's traceback included), then masks the numbers."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_for_log(super().format(record))


def configure_logging(data_dir: Path, program: str, level: int = logging.INFO) -> Path:
    """Log to the data folder's log file and to stderr, both redacted; crash reports beside it.
    Returns the log folder."""
    folder = Path(data_dir) / LOG_DIR
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    formatter = RedactingFormatter(FORMAT)
    to_file = RotatingFileHandler(
        folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setLevel(logging.WARNING)
    for handler in (to_file, to_stderr):
        handler.setFormatter(formatter)
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(level)
    # httpx says every request's URL at INFO, query string and all (查找办件 asks by name): a name
    # percent-encoded is no number to mask, so those lines are not written at all
    for chatty in ("httpx", "httpcore"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    install_crash_reports(folder, program)
    logging.getLogger(__name__).info("%s started (log folder %s)", program, folder)
    return folder


def install_crash_reports(folder: Path, program: str) -> None:
    """An exception nobody caught (in a Qt slot, on a worker thread) is written to a crash
    report, redacted, and said on stderr redacted too; the program goes on where Qt lets it."""

    def on_exception(exc_type, exc, tb) -> None:
        write_crash_report(folder, program, exc_type, exc, tb)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        write_crash_report(folder, program, args.exc_type, args.exc_value, args.exc_traceback, args.thread)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def write_crash_report(folder: Path, program: str, exc_type, exc, tb, thread=None) -> Path:
    now = datetime.now()
    where = f"thread {thread.name}" if thread is not None else "main thread"
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    report = redact_for_log(f"{program} — unhandled exception on the {where} at {now.isoformat()}\n\n{text}")
    path = folder / f"crash-{now:%Y%m%d-%H%M%S-%f}.txt"
    with contextlib.suppress(OSError):  # a full disk must not turn one crash into two
        path.write_text(report, encoding="utf-8")
    sys.stderr.write(report if report.endswith("\n") else report + "\n")
    logging.getLogger(__name__).error("unhandled exception: crash report %s", path.name)
    return path
