"""The announcer: composed PCM, a FIFO that never cuts a call off, repeat, volume, errors, close."""

from __future__ import annotations

import logging
import shutil
import threading
import wave
from array import array
from pathlib import Path

import pytest

from drivers.device import DeviceError, DeviceState
from drivers.voice import open_announcer
from drivers.voice.__main__ import main as voice_cli
from drivers.voice.announcer import CHIME_GAP, REPEAT_GAP, WORD_GAP
from drivers.voice.clips import KEYS, bundled_folder
from drivers.voice.pcm import duration, scale, write_wav
from drivers.voice.simulator import SimulatedPlayer

FAST = "sim://?speed=40"


def clip(key: str, folder: Path | None = None) -> tuple[bytes, int]:
    with wave.open(str((folder or bundled_folder()) / f"{key}.wav"), "rb") as reader:
        return reader.readframes(reader.getnframes()), reader.getframerate()


def quiet(seconds: float, rate: int) -> bytes:
    return b"\0\0" * round(seconds * rate)


def expected(words: list[str], repeat: int = 1) -> bytes:
    rate = clip("chime")[1]
    saying = quiet(WORD_GAP, rate).join(clip(w)[0] for w in words)
    return clip("chime")[0] + quiet(CHIME_GAP, rate) + quiet(REPEAT_GAP, rate).join([saying] * repeat)


A005_AT_3 = ["qing", "A", "0", "0", "5", "hao", "dao", "3", "hao", "chuangkou", "banli"]


class Gate:
    """A play function that holds each play until the test lets it go."""

    def __init__(self) -> None:
        self.started = threading.Semaphore(0)
        self.release = threading.Semaphore(0)
        self.played: list[bytes] = []

    def __call__(self, pcm: bytes, rate: int) -> None:
        self.started.release()
        assert self.release.acquire(timeout=10)
        self.played.append(pcm)


@pytest.fixture
def gated():
    gate = Gate()
    announcer = open_announcer("segments://", gate, volume=100)
    yield announcer, gate
    for _ in range(5):
        gate.release.release()
    announcer.close(timeout=10)


def test_the_composed_pcm_is_the_clips_with_their_pauses():
    announcer = open_announcer(FAST, volume=100)
    try:
        assert announcer.compose("A005", "3号综合窗口") == expected(A005_AT_3)
        announcer.set_repeat(2)
        assert announcer.compose("A005", "3号综合窗口") == expected(A005_AT_3, repeat=2)
    finally:
        announcer.close()


def test_two_threads_announcing_at_once_are_played_whole_and_in_turn():
    announcer = open_announcer(FAST, volume=100)
    barrier = threading.Barrier(2)

    def call(number: str, window: str) -> None:
        barrier.wait()
        announcer.announce(number, window)

    threads = [
        threading.Thread(target=call, args=("A005", "3号综合窗口")),
        threading.Thread(target=call, args=("B012", "12号窗口")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert announcer.wait_idle(timeout=30)
    announcer.close()
    played = announcer.player.played
    assert sorted(announcer.announced) == ["请A005号到3号综合窗口办理", "请B012号到12号窗口办理"]
    assert len(played) == 2
    assert played[0].ended <= played[1].started  # the second began only after the first was over
    by_text = {
        "请A005号到3号综合窗口办理": expected(A005_AT_3),
        "请B012号到12号窗口办理": expected(
            ["qing", "B", "0", "1", "2", "hao", "dao", "10", "2", "hao", "chuangkou", "banli"]
        ),
    }
    assert [p.pcm for p in played] == [by_text[text] for text in announcer.announced]


def test_the_simulator_takes_as_long_as_the_audio_lasts():
    slept: list[float] = []
    ticks = iter([10.0, 12.5])
    player = SimulatedPlayer(speed=4, clock=lambda: next(ticks), sleep=slept.append)
    pcm, rate = clip("chime")
    player(pcm, rate)
    assert slept == [pytest.approx(duration(pcm, rate) / 4)]
    (played,) = player.played
    assert (played.pcm, played.sample_rate, played.started, played.ended) == (pcm, rate, 10.0, 12.5)
    assert played.seconds == pytest.approx(duration(pcm, rate))


def test_sim_url_sets_the_speed_of_the_simulated_loudspeaker():
    announcer = open_announcer(FAST)
    try:
        assert isinstance(announcer.player, SimulatedPlayer) and announcer.player.speed == 40
    finally:
        announcer.close()


def test_queued_calls_keep_their_order(gated):
    announcer, gate = gated
    for n in range(1, 4):
        announcer.announce(f"A00{n}", "1号窗口")
    assert gate.started.acquire(timeout=10)
    assert announcer.pending() == 3  # one being said, two waiting
    for _ in range(3):
        gate.release.release()
    assert announcer.wait_idle(timeout=10)
    assert announcer.announced == [f"请A00{n}号到1号窗口办理" for n in range(1, 4)]
    assert announcer.pending() == 0


def test_settings_apply_to_calls_not_yet_started(gated):
    announcer, gate = gated
    announcer.announce("A005", "3号综合窗口")
    assert gate.started.acquire(timeout=10)
    announcer.announce("A005", "3号综合窗口")
    announcer.set_volume(50)
    announcer.set_repeat(3)
    gate.release.release()
    gate.release.release()
    assert announcer.wait_idle(timeout=10)
    first, second = gate.played
    assert first == expected(A005_AT_3)
    assert second == scale(expected(A005_AT_3, repeat=3), 0.5)


def test_volume_scales_every_sample():
    loud = open_announcer(FAST, volume=100)
    half = open_announcer(FAST, volume=50)
    silent = open_announcer(FAST, volume=0)
    try:
        full = array("h", loud.compose("A005", "3号综合窗口"))
        halved = array("h", half.compose("A005", "3号综合窗口"))
        assert len(full) == len(halved)
        assert all(h == round(f / 2) for f, h in zip(full, halved, strict=True))
        assert not any(array("h", silent.compose("A005", "3号综合窗口")))
    finally:
        for announcer in (loud, half, silent):
            announcer.close()


def test_scaling_clamps_instead_of_overflowing():
    pcm = array("h", [30000, -30000, 100]).tobytes()
    assert array("h", scale(pcm, 2.0)).tolist() == [32767, -32768, 200]


@pytest.mark.parametrize(
    ("setting", "value"), [("set_volume", 101), ("set_volume", -1), ("set_repeat", 0), ("set_repeat", 4)]
)
def test_settings_out_of_range_are_refused(setting, value):
    announcer = open_announcer(FAST)
    try:
        with pytest.raises(ValueError):
            getattr(announcer, setting)(value)
    finally:
        announcer.close()


def test_a_playback_error_is_logged_and_the_next_call_still_plays(caplog):
    calls = []

    def flaky(pcm: bytes, rate: int) -> None:
        calls.append(pcm)
        if len(calls) == 1:
            raise OSError("声卡被拔出")

    announcer = open_announcer("segments://", flaky)
    with caplog.at_level(logging.WARNING, logger="drivers.voice.announcer"):
        announcer.announce("A001", "1号窗口")
        assert announcer.wait_idle(timeout=10)
        assert announcer.status().state is DeviceState.FAULT
        announcer.announce("A002", "2号窗口")
        assert announcer.wait_idle(timeout=10)
    announcer.close()
    assert announcer.announced == ["请A002号到2号窗口办理"]
    assert announcer.status().state is DeviceState.OFFLINE
    assert "声卡被拔出" in caplog.text


def test_a_call_the_voice_cannot_place_is_refused_at_once():
    announcer = open_announcer(FAST)
    try:
        with pytest.raises(ValueError, match="没有编号"):
            announcer.announce("A001", "综合窗口")
        announcer.set_windows(["1号窗口", "综合窗口"])
        assert announcer.words("A001", "综合窗口")[-4:] == ["2", "hao", "chuangkou", "banli"]
    finally:
        announcer.close()


def test_close_finishes_the_current_call_and_drops_the_waiting(gated):
    announcer, gate = gated
    for n in range(1, 4):
        announcer.announce(f"A00{n}", "1号窗口")
    assert gate.started.acquire(timeout=10)
    assert announcer.close(timeout=0) == 2
    with pytest.raises(RuntimeError):
        announcer.announce("A004", "1号窗口")
    gate.release.release()
    announcer.close(timeout=10)
    assert announcer.announced == ["请A001号到1号窗口办理"]
    assert len(gate.played) == 1


def test_missing_clips_are_all_named_when_opening(tmp_path):
    folder = tmp_path / "sounds"
    shutil.copytree(bundled_folder(), folder)
    (folder / "hao.wav").unlink()
    (folder / "A.wav").unlink()
    with pytest.raises(DeviceError, match="缺少2个片段") as caught:
        open_announcer(f"segments://{folder}", lambda pcm, rate: None)
    assert "hao.wav（号）" in str(caught.value)
    assert "A.wav（A）" in str(caught.value)


def test_clips_at_two_rates_are_refused(tmp_path):
    folder = tmp_path / "sounds"
    shutil.copytree(bundled_folder(), folder)
    write_wav(folder / "5.wav", clip("5")[0], 16000)
    with pytest.raises(DeviceError, match="采样率不一致"):
        open_announcer(f"sim://{folder}")


@pytest.mark.parametrize("url", ["segments://sounds", "mp3://", "sim://?speed=0"])
def test_bad_urls_are_refused(url):
    with pytest.raises(DeviceError):
        open_announcer(url, lambda pcm, rate: None)


def test_segments_without_a_player_is_refused():
    with pytest.raises(DeviceError, match="放音设备"):
        open_announcer("segments://")


def test_the_bundled_clips_are_small_even_and_documented():
    folder = bundled_folder()
    size = 0
    rates = set()
    for key in KEYS:
        path = folder / f"{key}.wav"
        size += path.stat().st_size
        with wave.open(str(path), "rb") as reader:
            assert (reader.getnchannels(), reader.getsampwidth()) == (1, 2)
            rates.add(reader.getframerate())
            samples = array("h", reader.readframes(reader.getnframes()))
        top = max(abs(s) for s in samples)
        assert top <= 32767 * 10 ** (-1 / 20) + 1  # normalised, never clipped
        assert abs(samples[0]) < top * 0.1 and abs(samples[-1]) < top * 0.1  # trimmed to the sound
    assert len(rates) == 1
    assert size < 1_500_000
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "GPL-3.0-or-later" in readme and "eSpeak NG text-to-speech: 1." in readme


def test_the_command_writes_the_announcement_to_a_wav(tmp_path, capsys):
    out = tmp_path / "a012.wav"
    assert voice_cli(["A012", "3号综合窗口", str(out)]) == 0
    with wave.open(str(out), "rb") as reader:
        assert reader.getframerate() == clip("chime")[1]
        pcm = reader.readframes(reader.getnframes())
    assert pcm == expected(["qing", "A", "0", "1", "2", "hao", "dao", "3", "hao", "chuangkou", "banli"])
    assert "请A012号到3号综合窗口办理" in capsys.readouterr().out
    assert voice_cli(["A012", "综合窗口", str(tmp_path / "no.wav")]) == 2
    assert not (tmp_path / "no.wav").exists()
