"""The real client against the simulated pad over a real pty (and TCP), and against a raw peer."""

from __future__ import annotations

import os
import select
import threading
import time

import pytest

from drivers.device import DeviceError, DeviceState
from drivers.evaluator import ask_once, open_evaluator
from drivers.evaluator import protocol as p
from drivers.evaluator.base import RatingRequest
from drivers.evaluator.client import SerialEvaluator
from drivers.evaluator.sim_ports import PtyEnd

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs POSIX ptys")


def request(timeout: int | None = None) -> RatingRequest:
    return RatingRequest("330429-20261123-W03-0001", "李晓梅", "3号综合窗口", timeout)


@pytest.fixture
def opened():
    made = []

    def make(url: str):
        evaluator = open_evaluator(url)
        made.append(evaluator)
        return evaluator

    yield make
    for evaluator in made:
        evaluator.close()


def test_status_says_which_pad_answered(opened):
    evaluator = opened("sim://?delay=0.1")
    status = evaluator.status()
    assert status.state is DeviceState.READY
    assert "OW-SIM-PAD" in status.detail and "/dev/pts/" in evaluator.port_url


def test_a_good_rating_comes_back_with_the_question_shown_on_the_pad(opened):
    evaluator = opened("sim://?level=4&delay=0.1")
    asked = request()
    rating = evaluator.ask(asked, 10)
    assert (rating.rating_id, rating.level, rating.reasons, rating.text) == (asked.rating_id, 4, (), "")
    shown = evaluator.pad.asked[0].request
    assert (shown.case_number, shown.clerk, shown.window, shown.timeout) == (
        asked.case_number,
        "李晓梅",
        "3号综合窗口",
        10,
    )


def test_a_bad_rating_carries_reasons_and_text(opened):
    evaluator = opened("sim://?level=1&reasons=R04,I2&text=等了很久&delay=0.1")
    rating = evaluator.ask(request(), 10)
    assert (rating.level, rating.reasons, rating.text) == (1, ("R04", "I2"), "等了很久")


def test_scripted_levels_cycle_and_tcp_works_like_the_pty(opened):
    evaluator = opened("sim://?level=5,2&delay=0.1&transport=tcp")
    assert [evaluator.ask(request(), 10).level for _ in range(3)] == [5, 2, 5]
    assert evaluator.port_url.startswith("socket://127.0.0.1:")


def test_nobody_rating_gives_none_when_the_pad_closes_the_question(opened):
    evaluator = opened("sim://?level=none")
    assert evaluator.ask(request(timeout=5), 5) is None
    assert evaluator.status().state is DeviceState.READY  # the pad is idle again


def test_cancel_closes_the_question_and_the_ask_returns_none(opened):
    evaluator = opened("sim://?delay=30")
    done = threading.Event()
    answers = []
    evaluator.ask_async(request(), 30, lambda rating, error: (answers.append((rating, error)), done.set()))
    deadline = time.monotonic() + 30  # bounds a hang only: the loop ends once the pad is asked
    while not evaluator.pad.asked:
        assert time.monotonic() < deadline, "the pad was never asked"
        done.wait(0.05)
    evaluator.cancel(evaluator.pad.asked[0].request.rating_id)
    assert done.wait(30)
    assert answers == [(None, None)]


@pytest.mark.parametrize("fail, code", [("silent", "no_answer"), ("garbage", "garbled")])
def test_a_pad_that_does_not_speak_the_protocol_is_a_clear_device_error(opened, fail, code):
    evaluator = opened(f"sim://?fail={fail}")
    with pytest.raises(DeviceError) as caught:
        evaluator.ask(request(), 10)
    assert caught.value.code == code
    assert "评价器" in str(caught.value)
    assert evaluator.status().state is DeviceState.OFFLINE


def test_unplugging_mid_question_fails_the_ask_and_the_status_says_absent(opened):
    evaluator = opened("sim://?fail=unplug")
    with pytest.raises(DeviceError) as caught:
        evaluator.ask(request(), 10)
    assert caught.value.code == "offline"
    assert evaluator.status().state is DeviceState.ABSENT


def test_ask_once_for_the_installer():
    rating = ask_once("sim://?level=3&delay=0.1", "330429-20261123-W03-0001", 10)
    assert rating.level == 3


def _read_frame(fd: int, decoder: p.FrameDecoder) -> p.Frame:
    while True:
        ready, _, _ = select.select([fd], [], [], 30)  # bounds a hang only
        assert ready, "the client sent nothing"
        for item in decoder.feed(os.read(fd, 1024)):
            if isinstance(item, p.Frame):
                return item


def test_a_lost_ack_brings_the_same_frame_again_byte_for_byte():
    """A hand-written pad: it ignores the first HELLO, ACKs the retransmission, answers INFO."""
    end = PtyEnd(9600)
    client = SerialEvaluator("serial://test", end.slave_path, 9600)
    seen: list[bytes] = []

    def pad() -> None:
        decoder = p.FrameDecoder()
        first = _read_frame(end.master, decoder)
        seen.append(first.encode())
        again = _read_frame(end.master, decoder)  # after ACK_TIMEOUT, the same frame
        seen.append(again.encode())
        os.write(end.master, p.build_frame(p.ACK, again.seq))
        os.write(end.master, p.build_frame(p.INFO, 0, b"HY-P7\x1f2.1\x1f1"))
        ack = _read_frame(end.master, decoder)
        seen.append(ack.encode())
        status = _read_frame(end.master, decoder)
        os.write(end.master, p.build_frame(p.ACK, status.seq) + p.build_frame(p.STATE, 1, b"idle\x1f"))

    thread = threading.Thread(target=pad, daemon=True)
    thread.start()
    try:
        status = client.status()
        thread.join(30)
        assert status.state is DeviceState.READY, status
        assert seen[0] == seen[1] == p.build_frame(p.HELLO, 0)
        assert seen[2] == p.build_frame(p.ACK, 0)  # the host acknowledged the pad's INFO
        assert client.info.model == "HY-P7"
    finally:
        client.close()
        end.close()
