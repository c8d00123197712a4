"""Voice announcements for the hall display: 叮咚 — 请A005号到3号窗口办理 — from recorded clips.

An announcement is composed offline from short WAV clips (digits, 十, letters, 请, 号, 到, 窗口,
办理 and a chime, see resources/sounds/README.md) and played by a play function that blocks
until the sound is over. Calls queue and are never cut off; each is said `repeat` times (1–3);
volume 0–100 scales the samples. Wording: `drivers.voice.wording`; queueing: `.announcer`.

URL grammar:
- `segments://` — the clips bundled in resources/sounds/ of this source tree, played through the
  `play` function the program passes (the display passes ui/devices/voice_sink.py: qt_play);
- `segments:///abs/folder` — the same with clips from another folder (same file names);
- `sim://`, `sim:///abs/folder` — the same announcer and the same PCM, "played" by a simulator
  that waits as long as the audio lasts and records each play (`announcer.player.played`); no
  sound card needed, `play` is ignored. `?speed=N` plays N times faster than real time (tests).

Every clip is loaded and checked when the announcer opens: a missing or malformed clip raises a
DeviceError whose Chinese message lists all of them, at start-up and not at the first call.

Listen to one: `python -m drivers.voice A012 "3号综合窗口" out.wav` writes the announcement to a
WAV file. Rebuild the clips: `python -m drivers.voice.build_clips` (needs espeak-ng).
"""

from drivers.voice.announcer import Announcer, PlayFn, compose
from drivers.voice.clips import ClipSet, bundled_folder, load_clips
from drivers.voice.factory import open_announcer
from drivers.voice.simulator import Played, SimulatedPlayer
from drivers.voice.wording import UnspeakableWindow, display_text, number_windows, sentence

__all__ = [
    "Announcer",
    "ClipSet",
    "PlayFn",
    "Played",
    "SimulatedPlayer",
    "UnspeakableWindow",
    "bundled_folder",
    "compose",
    "display_text",
    "load_clips",
    "number_windows",
    "open_announcer",
    "sentence",
]
