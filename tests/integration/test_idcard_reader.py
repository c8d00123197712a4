"""The real serial reader against the simulator over a real pty (and TCP): events, faults, unplugging.

A high baud rate keeps these fast; pacing itself is checked in test_idcard_simulator.py.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator

import pytest

from drivers.device import DeviceState
from drivers.idcard import (
    CardPlaced,
    CardReader,
    CardReadFailed,
    CardRemoved,
    ReaderStatusChanged,
    ReaderTimeout,
    ReaderUnavailable,
    SamStatusError,
    open_card_reader,
)
from drivers.idcard.simulator import SamSimulator

FAST = 1_000_000


class Events:
    def __init__(self) -> None:
        self.q: queue.Queue = queue.Queue()
        self.seen: list = []

    def __call__(self, event) -> None:
        self.q.put(event)

    def next(self, kind: type, timeout: float = 30.0, where: Callable[[object], bool] = lambda e: True):
        """The next event of ``kind`` (matching ``where``); events of other kinds are kept in seen."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {kind.__name__} within {timeout}s; saw {self.seen}")
            try:
                event = self.q.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(event)
            if isinstance(event, kind) and where(event):
                return event

    def quiet(self, seconds: float, kind: type) -> list:
        """Collect events for ``seconds``; return those of ``kind``."""
        deadline = time.monotonic() + seconds
        got = []
        while (left := deadline - time.monotonic()) > 0:
            try:
                event = self.q.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(event)
            if isinstance(event, kind):
                got.append(event)
        return got


def status_is(state: DeviceState, text: str | None = None) -> Callable[[object], bool]:
    return lambda e: e.status.state is state and (text is None or e.status.text == text)


@pytest.fixture
def sim() -> Iterator[SamSimulator]:
    simulator = SamSimulator(card=None, baud=FAST)
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def make_reader() -> Iterator[Callable[..., CardReader]]:
    readers: list[CardReader] = []

    def make(address: str, **options) -> CardReader:
        # An answer is awaited a generous second (the real default is 0.5 s): on a starved machine
        # the simulator thread may take longer than a fast machine's wire time to answer, and a
        # poll that times out three times in five counts as the reader lost. The tests of a
        # silent or slow reader give their own short timeout: those wait for a timeout to happen.
        options = {"poll_interval": 0.03, "response_timeout": 1.0} | options
        reader = CardReader(address, address, FAST, **options)
        readers.append(reader)
        return reader

    yield make
    for reader in readers:
        reader.stop()


def test_card_placed_left_removed_and_placed_again(sim: SamSimulator, make_reader) -> None:
    reader = make_reader(sim.address)
    events = Events()
    reader.start(events)
    events.next(ReaderStatusChanged, where=status_is(DeviceState.READY))

    sim.place("resident")
    placed = events.next(CardPlaced)
    assert placed.record.name == "王小明"
    assert reader.current_card == placed.record

    # Left on the reader for many polls: the module answers find with 80, select keeps working.
    assert events.quiet(0.4, (CardPlaced, CardRemoved)) == []

    sim.remove()
    events.next(CardRemoved)
    assert reader.current_card is None

    sim.place("resident")  # the same card again after it was taken away is a new placement
    assert events.next(CardPlaced).record.raw_text == placed.record.raw_text

    sim.remove()
    events.next(CardRemoved)
    sim.place("foreign2023")
    assert events.next(CardPlaced).record.english_name.startswith("VAN DER BERG")


def test_swapping_cards_between_polls_reports_removal_then_the_new_card(
    sim: SamSimulator, make_reader
) -> None:
    reader = make_reader(sim.address, poll_interval=0.2)
    events = Events()
    sim.place("permit")
    reader.start(events)
    events.next(CardPlaced)
    sim.place("long_address")  # a fresh card answers find at once
    events.next(CardRemoved)
    assert events.next(CardPlaced).record.name == "李秀英"


def test_a_reader_that_keeps_answering_find_reports_a_resting_card_once(
    sim: SamSimulator, make_reader
) -> None:
    reader = make_reader(sim.address)
    events = Events()
    sim.place("resident")
    reader.start(events)
    events.next(CardPlaced)
    for _ in range(4):  # as if the card answered find after each read, as some modules do
        sim.place("resident")
        time.sleep(0.08)
    assert events.quiet(0.2, (CardPlaced, CardRemoved)) == []


def test_sam_fault_is_reported_by_name_and_clears(sim: SamSimulator, make_reader) -> None:
    reader = make_reader(sim.address)
    events = Events()
    reader.start(events)
    events.next(ReaderStatusChanged, where=status_is(DeviceState.READY))
    sim.set_fault("sam_fault")
    fault = events.next(ReaderStatusChanged, where=status_is(DeviceState.FAULT))
    assert fault.status.text == "安全模块自检失败"
    assert "0x60" in fault.status.detail
    sim.set_fault("")
    events.next(ReaderStatusChanged, where=status_is(DeviceState.READY))


def test_sam_fault_at_start_and_unauthorised_sam(make_reader) -> None:
    simulator = SamSimulator(card="resident", fault="sam_unauthorised", baud=FAST)
    simulator.start()
    try:
        reader = make_reader(simulator.address)
        with pytest.raises(SamStatusError, match="安全模块未经授权"):
            reader.read_one(1.0)
        events = Events()
        reader.start(events)
        status = events.next(ReaderStatusChanged, where=status_is(DeviceState.FAULT)).status
        assert status.text == "安全模块未经授权"
    finally:
        simulator.stop()


def test_unplug_goes_offline_and_replug_reconnects(sim: SamSimulator, make_reader) -> None:
    reader = make_reader(sim.address)
    events = Events()
    sim.place("resident")
    reader.start(events)
    events.next(CardPlaced)
    sim.unplug()
    offline = events.next(ReaderStatusChanged, where=status_is(DeviceState.OFFLINE))
    assert offline.status.text == "已断开"
    assert any(isinstance(e, CardRemoved) for e in events.seen)  # its card is no longer known to be there
    sim.replug()
    events.next(ReaderStatusChanged, where=status_is(DeviceState.READY), timeout=10)
    assert events.next(CardPlaced).record.name == "王小明"  # the reader powered up and sees it afresh


def test_missing_port_is_absent_and_the_reader_connects_when_it_appears(tmp_path, make_reader) -> None:
    simulator = SamSimulator(card="permit", baud=FAST)
    simulator.start()
    simulator.unplug()  # the device file does not exist yet
    try:
        reader = make_reader(simulator.address)
        with pytest.raises(ReaderUnavailable, match="无法打开身份证读卡器端口"):
            reader.read_one(0.2)
        events = Events()
        reader.start(events)
        absent = events.next(ReaderStatusChanged, where=status_is(DeviceState.ABSENT))
        assert absent.status.text == "未连接" and simulator.path in absent.status.detail
        simulator.replug()
        events.next(ReaderStatusChanged, where=status_is(DeviceState.READY), timeout=10)
        assert events.next(CardPlaced).record.pass_number == "H60218374"
    finally:
        simulator.stop()


def test_no_answer_at_all_is_reported(make_reader) -> None:
    simulator = SamSimulator(card=None, fault="no_sam", baud=FAST)
    simulator.start()
    try:
        reader = make_reader(simulator.address, response_timeout=0.15)  # it never answers
        events = Events()
        reader.start(events)
        status = events.next(ReaderStatusChanged, where=lambda e: e.status.text == "无应答").status
        assert status.state is DeviceState.ABSENT and "没有应答" in status.detail
    finally:
        simulator.stop()


def test_garbage_before_every_answer_is_skipped(sim: SamSimulator, make_reader) -> None:
    sim.set_fault("garbage")
    sim.place("foreign2017")
    reader = make_reader(sim.address)
    assert reader.read_one(2.0).english_name == "MUELLER ANNA MARIA"
    events = Events()
    sim.place("permit")
    reader.start(events)
    assert events.next(CardPlaced).record.name == "陈家豪"


def test_bad_checksums_become_a_communication_error_and_recover(sim: SamSimulator, make_reader) -> None:
    reader = make_reader(sim.address, response_timeout=0.05)
    events = Events()
    reader.start(events)
    events.next(ReaderStatusChanged, where=status_is(DeviceState.READY))
    sim.set_fault("bad_checksum")
    status = events.next(ReaderStatusChanged, where=lambda e: e.status.text == "通信错误").status
    assert status.state is DeviceState.OFFLINE and "校验和" in status.detail
    sim.set_fault("")
    events.next(ReaderStatusChanged, where=status_is(DeviceState.READY), timeout=10)
    sim.place("resident")
    events.next(CardPlaced)


def test_slow_answers_time_out_without_taking_a_late_answer_for_a_new_one(make_reader) -> None:
    simulator = SamSimulator(card=None, baud=FAST, slow_seconds=0.25)
    simulator.start()
    try:
        reader = make_reader(simulator.address, response_timeout=0.05)
        events = Events()
        reader.start(events)
        events.next(ReaderStatusChanged, where=status_is(DeviceState.READY))
        simulator.set_fault("slow")
        events.next(ReaderStatusChanged, where=lambda e: e.status.text == "无应答")
        simulator.set_fault("")
        events.next(ReaderStatusChanged, where=status_is(DeviceState.READY), timeout=10)
        simulator.place("resident")
        assert events.next(CardPlaced).record.name == "王小明"
    finally:
        simulator.stop()


def test_a_failing_read_is_reported_once_by_name(sim: SamSimulator, make_reader) -> None:
    reader = make_reader(sim.address)
    events = Events()
    sim.set_fault("read_fail")
    sim.place("resident")
    reader.start(events)
    failed = events.next(CardReadFailed)
    assert failed.code == "sam_status_41" and "读证件失败" in failed.message
    assert events.quiet(0.3, CardReadFailed) == []  # not repeated on every poll
    sim.set_fault("")
    events.next(CardPlaced)
    assert reader.status().ok


def test_listener_that_raises_does_not_stop_the_reader(sim: SamSimulator, make_reader) -> None:
    reader = make_reader(sim.address)
    events = Events()

    def angry(event) -> None:
        events(event)
        raise RuntimeError("listener bug")

    reader.start(angry)
    sim.place("resident")
    events.next(CardPlaced)
    sim.remove()
    events.next(CardRemoved)


def test_read_one_and_sam_id_without_the_thread(sim: SamSimulator, make_reader) -> None:
    reader = make_reader(sim.address)
    assert reader.sam_id() == "05.01-20180907-0012345678-1234567890"
    with pytest.raises(ReaderTimeout, match="没有读到证件"):
        reader.read_one(0.2)
    sim.place("long_address")
    first = reader.read_one(1.0)
    assert first.valid_to is None
    # The card rests on the reader (find answers 80): read_one reads it again through select.
    assert reader.read_one(1.0).raw_text == first.raw_text


def test_read_one_while_the_thread_runs_waits_for_its_card(sim: SamSimulator, make_reader) -> None:
    reader = make_reader(sim.address)
    events = Events()
    reader.start(events)
    events.next(ReaderStatusChanged, where=status_is(DeviceState.READY))
    with pytest.raises(ReaderTimeout):
        reader.read_one(0.1)
    sim.place("permit")
    assert reader.read_one(2.0).name == "陈家豪"
    assert reader.read_one(0.01).name == "陈家豪"  # already resting there


def test_tcp_reader_reads_and_reconnects(make_reader) -> None:
    simulator = SamSimulator(card="foreign2023", baud=FAST, transport="tcp")
    where = simulator.start()
    try:
        reader = open_card_reader(f"sam+socket://{where}?baud={FAST}&poll=0.03&timeout=1")
        events = Events()
        reader.start(events)
        try:
            assert events.next(CardPlaced).record.nationality_code == "NLD"
            simulator.unplug()
            events.next(ReaderStatusChanged, where=status_is(DeviceState.OFFLINE))
            simulator.replug()
            events.next(ReaderStatusChanged, where=status_is(DeviceState.READY), timeout=10)
            events.next(CardPlaced)
        finally:
            reader.stop()
    finally:
        simulator.stop()


def test_sim_url_runs_the_real_reader_against_an_in_process_simulator() -> None:
    reader = open_card_reader(f"sim://?card=permit&baud={FAST}&poll=0.05")
    events = Events()
    try:
        reader.start(events)
        assert events.next(CardPlaced).record.name == "陈家豪"
        assert reader.simulator is not None and reader.simulator.running
        reader.simulator.remove()
        events.next(CardRemoved)
        reader.simulator.place("resident")
        assert events.next(CardPlaced).record.name == "王小明"
    finally:
        reader.stop()
    assert not reader.simulator.running
