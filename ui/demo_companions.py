"""`onewindow demo --with display,kiosk,manager`: the demo hall's other screens, on the same server.

The hall display and the kiosk are programs of their own on their own machines; in the demo
they run as child processes of the workbench, each enrolled with the workbench's embedded
server by a fresh one-time code, so a ticket taken at the kiosk is waiting in the workbench's
queue panel and the workbench's call shows (and is read out) on the display and on the hall
manager's console (a back-office terminal, the demo hall manager 张建霖 signed in). Each keeps its data
in a subfolder of the demo's data folder (its enrolment survives restarts: a code is only used
when the server moved to another port). They close with the workbench.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)

COMPANIONS = ("display", "kiosk", "manager")
TERMINAL_CODES = {"display": "D01", "kiosk": "K01", "manager": "B01"}
# the terminal kind each enrols as (TerminalKind); the manager's console is a back-office terminal
TERMINAL_KINDS = {"display": "display", "kiosk": "kiosk", "manager": "backoffice"}


def parse_companions(text: str) -> tuple[str, ...]:
    """ "display,kiosk" → ("display", "kiosk"); an unknown name raises ValueError (argparse says it)."""
    names = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    unknown = [name for name in names if name not in COMPANIONS]
    if unknown:
        raise ValueError(f"unknown screen {', '.join(unknown)} (choose from {', '.join(COMPANIONS)})")
    return names


def companion_command(name: str, server_url: str, code: str, data_dir: Path, lang: str) -> list[str]:
    """The command line of one companion: a normal window, not full screen, on this desktop."""
    command = [sys.executable, "-m", "ui.cli", name, "--server", server_url, "--enrol-code", code]
    command += ["--data-dir", str(data_dir / name), "--lang", lang]
    # the console is a normal window anyway; it signs the demo hall's manager in by itself
    command += ["--as-demo-manager"] if name == "manager" else ["--windowed"]
    return command


class DemoCompanions:
    """The child processes; ``start`` once the embedded server runs, ``stop`` when the demo ends."""

    def __init__(self, names: tuple[str, ...], data_dir: Path, lang: str = "zh_CN") -> None:
        self.names = names
        self.data_dir = Path(data_dir)
        self.lang = lang
        self.processes: dict[str, subprocess.Popen] = {}

    def start(self, server) -> str:
        """Start each companion against ``server`` (an EmbeddedServer); "" or what went wrong."""
        problems = []
        for name in self.names:
            try:
                code = server.issue_code(TERMINAL_CODES[name], kind=TERMINAL_KINDS[name])
                command = companion_command(name, server.url, code, self.data_dir, self.lang)
                self.processes[name] = subprocess.Popen(command)
            except Exception as exc:  # the workbench demo goes on without that screen
                log.exception("the demo's %s did not start", name)
                problems.append(f"{name}: {exc}")
        return "; ".join(problems)

    def stop(self, timeout: float = 5.0) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()  # SIGTERM: each closes its window and stops its threads
        for name, process in self.processes.items():
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                log.warning("the demo's %s did not stop in %.0f s; killed", name, timeout)
                process.kill()
                process.wait()
        self.processes.clear()
