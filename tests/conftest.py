"""Shared fixtures: real services on a real SQLite file in a temporary folder."""

from __future__ import annotations

import gc
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent / "server"))
from pg_cluster import admin_dsn, create_database, drop_database

from server.config import DATA_KEY_FILE_ENV


@pytest.fixture(scope="session")
def pg_admin():
    """PostgreSQL for the whole run: the machine's service, else one throwaway cluster."""
    try:
        dsn, cluster = admin_dsn()
    except Exception as exc:
        pytest.skip(f"!!! NO POSTGRESQL: tests on PostgreSQL skipped: {exc} !!!")
    yield dsn
    if cluster is not None:
        cluster.destroy()


@pytest.fixture
def pg_url(pg_admin):
    """A fresh empty database (SQLAlchemy URL), dropped after the test."""
    url = create_database(pg_admin)
    yield url
    drop_database(pg_admin, url)


# pytest-qt gives every wait 5 s unless told otherwise. A wait ends as soon as its signal comes or
# its condition holds, so its timeout only bounds a hang; 5 s is a guess a starved machine can
# miss (a worker thread's PDF, a SQLite commit, a simulated device beside a CPU hog), so waits
# that name no timeout of their own get a generous one here.
QT_WAIT_BOUND_MS = 30_000
_patient_qtbot_class = None


def _patient_qtbot(request):
    global _patient_qtbot_class
    if _patient_qtbot_class is None:
        from pytestqt.qtbot import QtBot

        bound = QT_WAIT_BOUND_MS

        class PatientQtBot(QtBot):
            def waitUntil(self, callback, *, timeout=bound):
                return super().waitUntil(callback, timeout=timeout)

            def waitSignal(self, signal, *, timeout=bound, **kwargs):
                return super().waitSignal(signal, timeout=timeout, **kwargs)

            def waitSignals(self, signals, *, timeout=bound, **kwargs):
                return super().waitSignals(signals, timeout=timeout, **kwargs)

            def waitExposed(self, widget, *, timeout=bound):
                return super().waitExposed(widget, timeout=timeout)

            def waitActive(self, widget, *, timeout=bound):
                return super().waitActive(widget, timeout=timeout)

            def waitCallback(self, *, timeout=bound, **kwargs):
                return super().waitCallback(timeout=timeout, **kwargs)

        _patient_qtbot_class = PatientQtBot
    return _patient_qtbot_class(request)


@pytest.fixture
def qtbot(qapp, request):
    """pytest-qt's qtbot, with a hang bound instead of a 5 s guess as its default timeout; the
    test runs under the programs' own GUI-thread collector (ui.gui_collector)."""
    from ui import gui_collector

    collector = gui_collector.install(qapp, schedule=_between_tests)
    yield _patient_qtbot(request)
    collector.stop()


_between_tests = None  # the run's one schedule: between tests, and on the GUI timer during one


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_main_thread():
    """As in the programs (ui.gui_collector), reference cycles are collected on the main thread
    only: after each test, and during a Qt test by the GUI thread's timer. Python's automatic
    collector would run in whichever thread allocates: an in-process server's, a worker's pool
    thread, and a Qt object left in a cycle by an earlier test would be destroyed there (a lost
    test worker, once)."""
    global _between_tests
    if _between_tests is None:
        from ui.gui_collector import CollectionSchedule

        gc.disable()
        _between_tests = CollectionSchedule()
    yield
    _between_tests.step()


# Methods that open a modal dialog and wait for a person. Offscreen nobody answers, so one the
# test did not expect would hold the whole run until CI's time runs out (seen: a run stopped
# halfway through the UI tests at 90 minutes). A test that expects one patches it with its answer.
_MODAL_WAITS = {
    "QDialog": ("exec", "exec_"),
    "QMessageBox": ("exec", "exec_", "question", "warning", "critical", "information", "about"),
    "QFileDialog": ("exec", "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"),
    "QInputDialog": ("exec", "getText", "getInt", "getDouble", "getItem", "getMultiLineText"),
}


@pytest.fixture(autouse=True)
def _data_keys_of_this_test(tmp_path_factory, monkeypatch):
    """Each test's servers (in-process, `serve` processes, CLI chores) agree on one data key file
    of the test's own: none shares the account's default, which a test rotating keys would change
    under the others."""
    folder = tmp_path_factory.mktemp("data-keys", numbered=True)
    monkeypatch.setenv(DATA_KEY_FILE_ENV, str(folder / "data-keys.json"))


@pytest.fixture(autouse=True)
def _no_unanswered_modal_dialog(monkeypatch):
    """An unexpected modal dialog fails its test at once, naming itself, instead of waiting forever."""
    from PySide6 import QtWidgets

    for class_name, methods in _MODAL_WAITS.items():
        cls = getattr(QtWidgets, class_name)
        for method in methods:
            if not hasattr(cls, method):
                continue

            def refuse(*args, _where=f"{class_name}.{method}", **kwargs):
                raise AssertionError(
                    f"{_where} opened a modal dialog that nobody answers in a test; "
                    "patch it with the answer the test expects"
                )

            monkeypatch.setattr(cls, method, refuse)


class FakeClock:
    """A clock the test moves by hand; starts on a Monday morning in 2026."""

    def __init__(self, start: datetime = datetime(2026, 11, 23, 9, 30)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock):
    from app.bootstrap import build_services
    from app.settings import demo_settings

    s = build_services(demo_settings(tmp_path / "data", sample_cases=False), clock=clock)
    yield s
    s.close()
