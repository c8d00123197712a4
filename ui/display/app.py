"""`onewindow display`: the hall display, full screen, with its voice.

How it finds its server, in order: ``--demo`` starts the demo hall's server in this process and
enrols with a fresh code; an enrolled display (``terminal.json`` in its data folder) just
starts; otherwise ``--server`` and ``--enrol-code`` enrol it once. Nothing of this happens on the
GUI thread and nothing of it can stop the window from opening: a server that cannot be reached
or a code that is refused becomes a Chinese sentence on the screen, and the display keeps
trying until it works.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services.queue.hall_board import BoardLinkProblem, HallBoardService, ServerLink, identity_opener
from app.services.sync.terminal_identity import enrol_terminal, load_identity
from app.settings import default_data_dir
from drivers.device import DeviceError
from ui.display.settings import DisplaySettings, load_settings, save_settings
from ui.worker import Worker

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

TERMINAL_NAME = "大厅叫号屏"
DEMO_TERMINAL = "D01"


def display_data_dir(args) -> Path:
    return Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir() / "display"


def open_voice(url: str, settings: DisplaySettings):
    """The announcer playing on this machine's sound card, or (None, why not) — the display
    works without sound rather than not at all."""
    try:
        from drivers.voice import open_announcer
        from ui.devices.voice_sink import qt_play

        announcer = open_announcer(url, play=qt_play, repeat=settings.repeat, volume=settings.volume)
    except Exception as exc:
        log.exception("the announcer could not be opened (%s)", url)
        # a DeviceError is a sentence for the hall's technician (a wrong URL, no sound card)
        why = str(exc) if isinstance(exc, DeviceError) else type(exc).__name__
        return None, translate("HallDisplay", "语音播报不可用（{0}）").format(why)
    return announcer, ""


class DemoHall:
    """`--demo`: the demo hall's embedded server in this process; the display enrols with a
    fresh code every start (the server may have moved to another port)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.server = None  # an EmbeddedServer (ui.demo_server) once it runs

    def open_link(self) -> ServerLink:
        from ui.demo_server import start_demo_server

        if self.server is None:
            try:
                self.server = start_demo_server(self.data_dir, keep_port=False)
            except Exception as exc:
                log.exception("the demo server did not start")
                raise BoardLinkProblem(
                    translate("HallDisplay", "演示服务器未能启动（{0}），正在重试。").format(
                        type(exc).__name__
                    )
                ) from exc
        code = self.server.issue_code(DEMO_TERMINAL, kind="display")
        return ServerLink(enrol_terminal(self.data_dir, self.server.url, code, TERMINAL_NAME))

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


@dataclass
class RunningDisplay:
    """A display that runs: its window, its board thread, its voice, its demo server if any."""

    window: object  # ui.display.window.DisplayWindow
    service: HallBoardService
    announcer: object | None
    demo: DemoHall | None
    saver: Worker | None = None  # writes the settings file off the GUI thread

    def stop(self) -> None:
        if self.saver is not None:
            self.saver.stop()  # the last key's setting reaches the disk
        self.service.stop()
        if self.announcer is not None:
            self.announcer.close()
        if self.demo is not None:
            self.demo.stop()


def open_display(args) -> RunningDisplay:
    """Show the window (full screen unless --windowed) and start fetching, on the GUI thread;
    the QApplication must exist (see main)."""
    from ui.display.window import DisplayWindow  # after the translator: tr() runs in __init__

    data_dir = display_data_dir(args)
    settings = load_settings(data_dir)
    announcer, voice_problem = open_voice(getattr(args, "voice", "segments://"), settings)
    demo = DemoHall(data_dir) if args.demo else None
    if demo is not None:
        opener = demo.open_link
    else:
        opener = identity_opener(data_dir, args.server.strip(), args.enrol_code.strip(), TERMINAL_NAME)
    identity = None if demo is not None else load_identity(data_dir)
    saver = Worker()  # one thread: the settings are written in the order of the keys
    window = DisplayWindow(
        settings,
        announcer,
        hall_name=identity.hall_name if identity is not None else "",
        on_settings=lambda changed: saver.run(partial(save_settings, data_dir, changed)),
        voice_problem=voice_problem,
    )
    saver.setParent(window)
    if announcer is not None and not getattr(args, "voice", "segments://").startswith("sim"):
        from ui.devices.voice_sink import shared_sink
        from ui.display.sound import SoundWatch

        window.sound_watch = SoundWatch(window, shared_sink())  # sim:// is silent on purpose
    service = HallBoardService(opener, window.board_updated.emit)
    window.resize(1366, 768)
    if args.windowed:
        window.show()
    else:
        window.set_full_screen(True)
    service.start()
    return RunningDisplay(window, service, announcer, demo, saver)


def main(args) -> int:
    from ui.app import quit_on_signals, setup_application

    app = setup_application(args.lang)
    app.setStyleSheet("")  # the workbench's light look; the display brings its own
    running = open_display(args)
    wake = quit_on_signals(app)
    try:
        return app.exec()
    finally:
        wake.stop()
        running.stop()
