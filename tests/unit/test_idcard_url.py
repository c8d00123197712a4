"""The reader URL grammar: what each URL opens, and the Chinese refusals of URLs it cannot use."""

from __future__ import annotations

import pytest

from drivers.idcard import backends, open_card_reader


@pytest.mark.parametrize(
    ("url", "port"),
    [
        ("sam:///dev/ttyUSB0?baud=115200", "/dev/ttyUSB0"),
        ("sam:///dev/serial/by-id/usb-SAM_reader-if00", "/dev/serial/by-id/usb-SAM_reader-if00"),
        ("sam:///COM3", "COM3"),
        ("sam://COM7", "COM7"),
        ("sam+socket://192.0.2.10:7000", "socket://192.0.2.10:7000"),
    ],
)
def test_urls_name_the_port_without_opening_it(url: str, port: str) -> None:
    reader = open_card_reader(url)
    assert reader.port_url == port and reader.url == url
    assert reader.simulator is None
    assert reader.status().text == "未启动"


def test_query_parameters_tune_the_reader() -> None:
    reader = open_card_reader("sam:///dev/ttyS0?baud=9600&poll=0.1&timeout=1.5&removal=3")
    assert reader._link.baud == 9600 and reader._link.response_timeout == 1.5
    assert reader.poll_interval == 0.1 and reader.removal_polls == 3
    assert open_card_reader("sam:///dev/ttyS0?poll=2").poll_interval == 0.2  # never slower than 200 ms


def test_sim_url_builds_a_simulator_but_starts_nothing() -> None:
    reader = open_card_reader("sim://?card=foreign2017&fault=garbage&baud=230400")
    assert reader.simulator is not None and not reader.simulator.running
    assert reader.simulator.card is not None and reader.simulator.card.key == "foreign2017"
    assert reader.simulator.fault == "garbage" and reader.simulator.baud == 230400
    assert open_card_reader("sim://?card=resident").simulator.card.key == "resident"
    assert open_card_reader("sim://").simulator.card is None  # a reader starts empty


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("usb://reader", "不支持的身份证读卡器地址"),
        ("/dev/ttyUSB0", "格式不对"),
        ("sam://", "须写明串口"),
        ("sam+socket://127.0.0.1", "须写明主机和端口"),
        ("sam:///dev/ttyUSB0?baud=fast", "不是整数"),
        ("sam:///dev/ttyUSB0?baud=0", "波特率"),
        ("sam:///dev/ttyUSB0?poll=-1", "必须大于 0"),
        ("sim://?card=passport", "没有样例证件"),
        ("sim://?fault=fire", "不支持故障"),
    ],
)
def test_bad_urls_are_refused_in_chinese(url: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        open_card_reader(url)


def test_backends_say_what_can_run_here() -> None:
    found = {b.scheme: b for b in backends()}
    assert set(found) == {"sam", "sam+socket", "sim", "wlt"}
    assert found["sam"].usable and found["sim"].usable  # pyserial is a dependency
    assert all(b.title for b in found.values())
    if not found["wlt"].usable:
        assert found["wlt"].reason
