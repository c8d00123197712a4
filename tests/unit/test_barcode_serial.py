"""The serial barcode scanner reading from a real pty: the simulated scanner, and a raw peer."""

from __future__ import annotations

import os
import queue

import pytest

from drivers.barcode import BarcodeEvent, open_barcode_scanner, read_once
from drivers.device import DeviceError, DeviceState

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs POSIX ptys")
NUMBER = "330429-20261123-W03-0001"


def codes_from(events: queue.Queue, n: int) -> list[str]:
    found = []
    while len(found) < n:
        event: BarcodeEvent = events.get(timeout=30)
        if event.code:
            found.append(event.code)
    return found


def test_scripted_and_on_demand_scans_arrive_with_the_prefix_stripped():
    scanner = open_barcode_scanner(f"sim://?codes={NUMBER},A005&interval=0.05&prefix=]C0&end=cr")
    events: queue.Queue = queue.Queue()
    scanner.start(events.put)
    try:
        assert codes_from(events, 2) == [NUMBER, "A005"]
        assert scanner.status().state is DeviceState.READY
        scanner.scan("330429-20261123-W03-0002")
        assert codes_from(events, 1) == ["330429-20261123-W03-0002"]
    finally:
        scanner.stop()


def test_a_real_serial_url_on_a_pty_and_unplugging_is_reported():
    import tty

    master, slave = os.openpty()
    tty.setraw(slave)
    scanner = open_barcode_scanner(f"serial://{os.ttyname(slave)}?baud=9600&suffix=%23")
    events: queue.Queue = queue.Queue()
    scanner.start(events.put)
    try:
        assert events.get(timeout=30).status.state is DeviceState.READY
        os.write(master, b"garbage\x00\x01\r\n" + NUMBER.encode() + b"#\r\n")
        assert codes_from(events, 1) == [NUMBER]
        os.close(master)
        os.close(slave)
        event = events.get(timeout=30)
        assert event.status is not None and event.status.state is not DeviceState.READY
    finally:
        scanner.stop()


def test_read_once_returns_the_first_scan_or_says_none_came():
    assert read_once("sim://?codes=A123456789&interval=0.05", 5) == "A123456789"
    with pytest.raises(DeviceError) as caught:
        read_once("sim://", 0.3)
    assert caught.value.code == "no_scan"


def test_a_missing_port_is_absent_not_a_crash():
    scanner = open_barcode_scanner("serial:///dev/no-such-scanner")
    events: queue.Queue = queue.Queue()
    scanner.start(events.put)
    try:
        event = events.get(timeout=30)
        assert event.status.state is DeviceState.ABSENT and "扫码枪" in event.status.detail
    finally:
        scanner.stop()


def test_wedge_needs_no_driver_and_unknown_schemes_are_refused():
    with pytest.raises(DeviceError):
        open_barcode_scanner("wedge://")
    with pytest.raises(ValueError):
        open_barcode_scanner("usb://1")
