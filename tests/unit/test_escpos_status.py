"""DLE EOT status: what the answers mean, the simulated printer's answers, and the printer's refusals."""

from __future__ import annotations

import pytest

from drivers.device import DeviceError, DeviceState
from drivers.printer import PrinterError, open_slip_printer
from drivers.printer.escpos import EscPosError, Slip, Text, UnavailableSlipPrinter, encode
from drivers.printer.escpos.simulator import EscPosPeer
from drivers.printer.escpos.status import PrinterState

READY = 0x12


def test_an_idle_printer_can_print():
    state = PrinterState.from_replies(READY, None, READY)
    assert state.problem() is None
    assert state.device_status().state is DeviceState.READY


@pytest.mark.parametrize(
    ("printer", "cause", "paper", "code", "words"),
    [
        (0x1A, 0x16, READY, "cover_open", "纸仓盖"),  # offline, cause: cover open
        (0x1A, 0x32, 0x72, "paper_out", "缺纸"),  # offline, cause: paper end; sensor: paper end
        (0x1A, 0x52, READY, "printer_fault", "故障"),  # offline, cause: error occurred
        (0x1A, READY, READY, "offline", "脱机"),  # offline for another reason
    ],
)
def test_offline_causes_become_chinese_reasons(printer, cause, paper, code, words):
    problem = PrinterState.from_replies(printer, cause, paper).problem()
    assert problem is not None and problem.code == code and words in str(problem)
    assert isinstance(problem, PrinterError) and isinstance(problem, DeviceError)


def test_paper_near_end_still_prints_but_says_so():
    state = PrinterState.from_replies(READY, None, 0x1E)
    assert state.problem() is None
    assert state.device_status().text == "纸将用尽"


@pytest.mark.parametrize("garbage", [0x00, 0xFF, 0x41, 0x13])
def test_a_reply_that_is_no_status_byte_is_an_error_not_a_guess(garbage):
    with pytest.raises(EscPosError) as err:
        PrinterState.from_replies(garbage, None, READY)
    assert err.value.code == "bad_reply"


# -- the simulated printer -------------------------------------------------------------------------
def test_the_peer_answers_status_queries_and_keeps_the_rest_as_the_job():
    peer = EscPosPeer()
    assert peer.feed(b"\x10\x04\x01") == bytes([READY])
    assert peer.feed(b"\x1b@hello\n\x10\x04") == b""  # a query split across two reads…
    assert peer.feed(b"\x04rest") == bytes([READY])  # …is answered when it is whole
    peer.end_job()
    assert peer.jobs == [b"\x1b@hello\nrest"]
    assert bytes(peer.received) == b"\x10\x04\x01\x1b@hello\n\x10\x04\x04rest"


def test_a_job_ending_in_a_dle_byte_keeps_it():
    peer = EscPosPeer()
    peer.feed(b"\x1dV\x41\x10")  # a cut with 16 dots of feed ends in 0x10, not a status query
    peer.end_job()
    assert peer.jobs == [b"\x1dV\x41\x10"]


def test_an_offline_peer_prints_nothing():
    peer = EscPosPeer("paper")
    assert peer.feed(b"\x10\x04\x01\x10\x04\x02\x10\x04\x04") == bytes([0x1A, 0x32, 0x7E])
    peer.feed(b"text")
    peer.end_job()
    assert peer.jobs == []


def test_an_unknown_failure_is_refused():
    with pytest.raises(ValueError, match="不支持"):
        EscPosPeer("smoke")


# -- the printer asks first, then prints -----------------------------------------------------------
def test_sim_printer_records_the_job_after_asking_its_status():
    printer = open_slip_printer("sim://")
    slip = Slip((Text("测试"),), "测试")
    assert printer.print_slip(slip) == "sim://"
    assert printer.peer.jobs == [encode(slip)]
    assert bytes(printer.peer.received).startswith(b"\x10\x04\x01\x10\x04\x04")


@pytest.mark.parametrize(
    ("fail", "code"), [("offline", "offline"), ("paper", "paper_out"), ("cover", "cover_open")]
)
def test_a_printer_that_cannot_print_is_not_sent_the_job(fail, code):
    printer = open_slip_printer(f"sim://?fail={fail}")
    with pytest.raises(PrinterError) as err:
        printer.print_raw(b"\x1b@job")
    assert err.value.code == code
    assert b"job" not in printer.peer.received
    assert printer.status().state is not DeviceState.READY


def test_a_printer_that_never_answers_is_reported_and_status_0_prints_blind():
    printer = open_slip_printer("sim://?fail=mute")
    with pytest.raises(PrinterError, match="status=0") as err:
        printer.print_raw(b"job")
    assert err.value.code == "no_reply"
    assert printer.status().text == "无应答"
    blind = open_slip_printer("sim://?fail=mute&status=0")
    blind.print_raw(b"job")
    assert blind.peer.jobs == [b"job"]


# -- URLs --------------------------------------------------------------------------------------------
def test_usb_urls_take_hex_ids_and_endpoints():
    from drivers.printer.escpos import _usb_ids

    assert _usb_ids("escpos+usb://0416:5a1f?in_ep=0x81&out_ep=2") == (0x0416, 0x5A1F, 0x81, 2)
    with pytest.raises(ValueError, match="厂商ID"):
        _usb_ids("escpos+usb://printer")


def test_a_usb_printer_without_pyusb_says_what_to_install():
    from drivers.printer.escpos.transports import usb_support

    if usb_support().usable:
        pytest.skip("pyusb and libusb are installed here")
    status = open_slip_printer("escpos+usb://0416:5011").status()
    assert status.state is DeviceState.ABSENT and "pyusb" in status.detail


@pytest.mark.parametrize(
    "url", ["escpos+tcp://", "escpos+serial://", "lpt://1", "escpos+tcp://h:9100?timeout=0", "no url"]
)
def test_bad_urls_are_refused_in_chinese_or_kept_as_an_unavailable_printer(url):
    with pytest.raises(ValueError):
        open_slip_printer(url)
    lenient = open_slip_printer(url, strict=False)
    assert isinstance(lenient, UnavailableSlipPrinter)
    with pytest.raises(PrinterError, match="设置有误"):
        lenient.print_raw(b"x")


def test_document_printer_urls_do_not_accept_a_slip_printer():
    from drivers.printer import open_printer

    with pytest.raises(ValueError, match="凭条打印机"):
        open_printer("escpos+tcp://10.0.0.5:9100")
