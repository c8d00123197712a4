"""One workbench per data folder: a second start brings the first to the front and ends.

The workbenches here are real second processes; the test waits on what they print (a reader
thread hands their lines over a queue), never on a guessed delay.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

from ui.single_instance import LOCK_FILE, WorkbenchInstance, claim

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 120  # a loaded CI machine starts a Qt workbench slowly; the wait ends at the line

# a minimal first workbench: holds the claim, says so, reports every raise request
HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from ui.single_instance import claim
app = QCoreApplication([])
instance = claim(sys.argv[1])
print("held" if instance else "refused", flush=True)
instance.raise_wanted.connect(lambda: print("raised", flush=True))
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


class Lines:
    """A process's output as a queue of lines, read by a thread (a pipe read blocks)."""

    def __init__(self, stream) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("<eof>")

    def wait_for(self, text: str) -> list[str]:
        seen = []
        while True:
            line = self.lines.get(timeout=WAIT_S)
            seen.append(line)
            if text in line:
                return seen
            assert line != "<eof>", f"{text!r} never came; the process said {seen}"


def _holder(data_dir: Path) -> tuple[subprocess.Popen, Lines]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )
    lines = Lines(process.stdout)
    lines.wait_for("held")
    return process, lines


def test_a_second_start_raises_the_first_workbench_and_ends(tmp_path):
    data_dir = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "demo", "--offline", "--data-dir", str(data_dir)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=_env(),
        cwd=ROOT,
    )
    first_says = Lines(first.stderr)
    try:
        second = (
            subprocess.run(
                [sys.executable, "-m", "ui.cli", "demo", "--offline", "--data-dir", str(data_dir)],
                capture_output=True,
                text=True,
                env=_env(),
                cwd=ROOT,
                timeout=WAIT_S,
            )
            if _lock_taken(data_dir, first)
            else None
        )
        assert second is not None, "the first workbench never took its data folder"
        assert second.returncode == 0, second.stderr
        assert "一窗通办已在运行" in second.stderr and str(data_dir) in second.stderr
        first_says.wait_for("已转到这里")
        assert first.poll() is None  # the first workbench goes on
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=WAIT_S)


def _lock_taken(data_dir: Path, first: subprocess.Popen) -> bool:
    """The first start's lock file is there: it waits on the file, checking the process lives."""
    lock = data_dir / LOCK_FILE
    done = threading.Event()
    while not lock.exists():
        if first.poll() is not None:
            return False
        done.wait(0.05)
    return True


def test_a_start_on_a_held_folder_is_refused_and_the_holder_asked_to_raise(qapp, tmp_path):
    holder, lines = _holder(tmp_path)
    try:
        assert claim(tmp_path) is None
        lines.wait_for("raised")
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_crashed_workbench_is_taken_over(qapp, tmp_path):
    holder, _ = _holder(tmp_path)
    holder.send_signal(signal.SIGKILL)  # a crash: no unlock, the lock file and socket stay
    holder.wait()
    assert (tmp_path / LOCK_FILE).exists()
    instance = claim(tmp_path)
    try:
        assert isinstance(instance, WorkbenchInstance)
        assert instance.server.isListening()
    finally:
        instance.release()
