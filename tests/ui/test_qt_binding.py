"""The Qt binding itself must survive a day of signals: PySide6 6.12.0 did not (see pyproject)."""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication(sys.argv)
class Source(QObject):
    fired = Signal(int)
count = []
source = Source()
source.fired.connect(lambda i: count.append(i))
for i in range(5000):  # a clerk's day emits far more than this
    source.fired.emit(i)
print(len(count))
"""


def test_many_signal_emissions_do_not_corrupt_the_interpreter():
    result = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-1500:]
    assert result.stdout.strip() == "5000"
