"""The simulator as a peer on a real pty: exact bytes, pacing no faster than the baud rate, its CLI."""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
import tty
from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.idcard import open_card_reader
from drivers.idcard.protocol import Command, build_command, wire_seconds
from drivers.idcard.simulator import SamSimulator

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sim() -> Iterator[SamSimulator]:
    simulator = SamSimulator(card=None, baud=1_000_000)
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def port(sim: SamSimulator) -> Iterator[int]:
    fd = os.open(sim.path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    yield fd
    os.close(fd)


def exchange(fd: int, request: bytes, size: int, timeout: float = 2.0) -> bytes:
    os.write(fd, request)
    got = b""
    deadline = time.monotonic() + timeout
    while len(got) < size and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if ready:
            got += os.read(fd, size - len(got))
    return got


def test_answers_byte_for_byte(sim: SamSimulator, port: int) -> None:
    assert exchange(port, build_command(Command.SAM_STATUS), 11) == bytes.fromhex("AAAAAA9669 0004 000090 94")
    assert exchange(port, build_command(Command.FIND_CARD), 11) == bytes.fromhex("AAAAAA9669 0004 000080 84")
    assert exchange(port, build_command(Command.SELECT_CARD), 11) == bytes.fromhex(
        "AAAAAA9669 0004 000081 85"
    )
    sim.place("resident")
    assert exchange(port, build_command(Command.FIND_CARD), 15) == bytes.fromhex(
        "AAAAAA9669 0008 00009F 00000000 97"
    )
    assert exchange(port, build_command(Command.SELECT_CARD), 19) == bytes.fromhex(
        "AAAAAA9669 000C 000090 0000000000000000 9C"
    )
    answer = exchange(port, build_command(Command.READ_TEXT_PHOTO), 1295)
    assert len(answer) == 1295 and answer[14:270] == sim.card.text
    # Read once, the card stays selected: find says 80, select still succeeds.
    assert exchange(port, build_command(Command.FIND_CARD), 11)[9] == 0x80
    assert exchange(port, build_command(Command.SELECT_CARD), 19)[9] == 0x90


def test_broken_and_unknown_commands_get_error_statuses(port: int) -> None:
    bad = bytearray(build_command(Command.FIND_CARD))
    bad[-1] ^= 0xFF
    assert exchange(port, bytes(bad), 11)[9] == 0x10  # checksum error
    assert exchange(port, bytes.fromhex("AAAAAA9669 0003 4242 03"), 11)[9] == 0x21  # unknown command


def test_answers_are_never_faster_than_the_baud_rate() -> None:
    # A lower bound only: a loaded machine can make it slower, never faster.
    simulator = SamSimulator(card="resident", baud=115_200)
    simulator.start()
    reader = open_card_reader(f"sam://{simulator.path}?baud=115200")
    try:
        reader.read_one(2.0)  # connect (SAM status) and read once
        simulator.place("resident")
        started = time.monotonic()
        reader.read_one(2.0)
        took = time.monotonic() - started
    finally:
        reader.stop()
        simulator.stop()
    wire = wire_seconds((10 + 15) + (10 + 19) + (10 + 1295), 115_200)
    assert took >= wire


def test_control_refuses_unknown_cards_and_faults(sim: SamSimulator) -> None:
    with pytest.raises(ValueError, match="没有名为"):
        sim.place("passport")
    with pytest.raises(ValueError, match="不支持故障"):
        sim.set_fault("fire")


def test_unplug_removes_the_device_and_replug_brings_it_back(sim: SamSimulator) -> None:
    assert os.path.exists(sim.path)
    sim.unplug()
    assert not os.path.exists(sim.path) and not sim.plugged
    sim.replug()
    fd = os.open(sim.path, os.O_RDWR | os.O_NOCTTY)
    try:
        tty.setraw(fd)
        assert exchange(fd, build_command(Command.SAM_STATUS), 11)[9] == 0x90
    finally:
        os.close(fd)


def test_command_line_simulator_serves_a_real_reader() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "drivers.idcard.simulator", "--tcp", "0", "--card", "permit"]
    process = subprocess.Popen(
        [*command, "--baud", "1000000"], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(2)]
        match = re.search(r"设备地址：(\S+)", lines[1])
        assert match, lines
        reader = open_card_reader(match.group(1))
        try:
            assert reader.read_one(3.0).pass_number == "H60218374"
        finally:
            reader.stop()
    finally:
        process.terminate()
        process.wait(timeout=10)
