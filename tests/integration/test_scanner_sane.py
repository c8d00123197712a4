"""The sane:// backend through the scanimage command, against a stand-in `scanimage` first on PATH.

The stand-in behaves as sane-utils' scanimage does (scanimage(1) and its source): `-L` lines,
the "No scanners were identified" text, "open of device … failed: Invalid argument" with exit 1,
the image on stdout for a flatbed scan, `--batch` files with "Batch terminated, N pages scanned",
and "sane_start: Document feeder out of documents" with the SANE status as exit code. So these
tests check our reading of the real tool's behaviour, not of a mock of our own code.
"""

from __future__ import annotations

import io
import os
import stat
import sys
import textwrap

import pytest
from PIL import Image

from drivers.device import DeviceError, DeviceState
from drivers.scanner import open_scanner, sane_backend

FAKE = textwrap.dedent(
    """\
    #!{python}
    import io, os, sys
    from PIL import Image

    NO_SCANNERS = (
        "\\nNo scanners were identified. If you were expecting something different,\\n"
        "check that the scanner is plugged in, turned on and detected by the\\n"
        "sane-find-scanner tool (if appropriate). Please read the documentation\\n"
        "which came with this software (README, FAQ, manpages).\\n"
    )
    STATUS = {{"jam": (6, "Document feeder jammed"), "busy": (3, "Device busy"),
              "cover": (8, "Scanner cover is open")}}
    devices = [d.split("|") for d in os.environ.get("FAKE_SANE_DEVICES", "").split(";") if d]
    args = sys.argv[1:]
    with open(os.environ["FAKE_SANE_LOG"], "a") as log:
        log.write(" ".join(args) + "\\n")
    if "-L" in args:
        if not devices:
            sys.stdout.write(NO_SCANNERS)
        for name, model in devices:
            print(f"device `{{name}}' is a {{model}}")
        sys.exit(0)
    opts = {{}}
    i = 0
    while i < len(args):
        a = args[i]
        if a.startswith("--") and "=" in a:
            key, value = a[2:].split("=", 1)
            opts[key] = value
        elif a in ("-d", "--resolution", "--mode", "--source"):
            opts[a.lstrip("-")] = args[i + 1]
            i += 1
        i += 1
    name = opts.get("d") or (devices[0][0] if devices else "")
    if not devices and not opts.get("d"):
        sys.stderr.write("scanimage: no SANE devices found\\n")
        sys.exit(1)
    if name not in [d[0] for d in devices]:
        sys.stderr.write(f"scanimage: open of device {{name}} failed: Invalid argument\\n")
        sys.exit(1)
    if opts.get("mode") not in ("Color", "Gray", "Lineart"):
        sys.stderr.write("scanimage: setting of option --mode failed (Invalid argument)\\n")
        sys.exit(4)
    dpi = int(opts.get("resolution", "75"))
    mode = {{"Color": "RGB", "Gray": "L", "Lineart": "1"}}[opts["mode"]]
    fmt = opts.get("format", "pnm").upper()

    def page(n):
        img = Image.new(mode, (round(8.27 * dpi), round(11.69 * dpi)), "white" if mode != "1" else 1)
        img.paste(0 if mode != "RGB" else (20, 20, 20), (10 * n, 10, 10 * n + 40, 60))
        out = io.BytesIO()
        img.save(out, fmt, dpi=(dpi, dpi))
        return out.getvalue()

    fail = os.environ.get("FAKE_SANE_FAIL", "")
    if fail in ("busy", "cover"):
        code, text = STATUS[fail]
        sys.stderr.write(f"scanimage: sane_start: {{text}}\\n")
        sys.exit(code)
    if fmt == "JPEG" and os.environ.get("FAKE_SANE_OLD"):
        sys.stderr.write("JPEG support not compiled in\\n")
        sys.exit(1)
    if "batch" not in opts:
        sys.stdout.buffer.write(page(1))
        sys.exit(0)
    sheets = int(os.environ.get("FAKE_SANE_SHEETS", "0"))
    for n in range(1, sheets + 1):
        if fail == "jam" and n == 2:
            sys.stderr.write("scanimage: sane_read: Document feeder jammed\\n")
            sys.exit(6)
        sys.stderr.write(f"Scanning page {{n}}\\n")
        with open(opts["batch"] % n, "wb") as f:
            f.write(page(n))
        sys.stderr.write(f"Scanned page {{n}}. (scanner status = 5)\\n")
    if sheets == 0:
        sys.stderr.write("scanimage: sane_start: Document feeder out of documents\\n")
        sys.exit(7)
    sys.stderr.write(f"Batch terminated, {{sheets}} pages scanned\\n")
    sys.exit(0)
    """
)


@pytest.fixture
def fake(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "scanimage"
    script.write_text(FAKE.format(python=sys.executable), encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    log = tmp_path / "calls.log"
    log.write_text("")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_SANE_LOG", str(log))
    monkeypatch.setenv("FAKE_SANE_DEVICES", "epson2:libusb:001:004|Epson GT-1500 flatbed scanner")
    # the scanimage path even where python-sane happens to be installed
    monkeypatch.setattr(sane_backend, "_python_sane", lambda: None)
    return log


def test_the_first_device_scans_a_flatbed_page_as_jpeg(fake):
    scanner = open_scanner("sane://")
    assert scanner.status().state is DeviceState.READY
    [page] = scanner.scan("flatbed", 75, "grey")
    assert (page.media_type, page.width, page.height, page.dpi) == ("image/jpeg", 620, 877, 75)
    assert page.source_name == "epson2:libusb:001:004"
    with Image.open(io.BytesIO(page.data)) as img:
        assert img.mode == "L"
    calls = fake.read_text().splitlines()
    assert calls[-1].split() == [
        "-d", "epson2:libusb:001:004", "--format=jpeg", "--resolution", "75",
        "--mode", "Gray", "--source", "Flatbed",
    ]  # fmt: skip


def test_an_old_scanimage_without_jpeg_is_asked_for_png(fake, monkeypatch):
    monkeypatch.setenv("FAKE_SANE_OLD", "1")
    [page] = open_scanner("sane://").scan("flatbed", 75, "colour")
    assert page.media_type == "image/png"
    assert [c.split()[2] for c in fake.read_text().splitlines()[-2:]] == ["--format=jpeg", "--format=png"]


def test_an_adf_batch_gives_every_sheet_in_order(fake, monkeypatch):
    monkeypatch.setenv("FAKE_SANE_SHEETS", "3")
    pages = open_scanner("sane://epson2:libusb:001:004?adf=ADF%20Front").scan("adf", 75, "bw")
    assert len(pages) == 3
    assert "--source ADF Front" in fake.read_text()
    with Image.open(io.BytesIO(pages[0].data)) as img:
        assert img.mode == "1"


def test_an_empty_feeder_a_jam_and_a_busy_device_become_clear_errors(fake, monkeypatch):
    scanner = open_scanner("sane://epson2:libusb:001:004")
    with pytest.raises(DeviceError) as err:
        scanner.scan("adf", 75)
    assert err.value.code == "no_docs" and "进纸器中没有纸" in str(err.value)
    monkeypatch.setenv("FAKE_SANE_SHEETS", "3")
    monkeypatch.setenv("FAKE_SANE_FAIL", "jam")
    with pytest.raises(DeviceError) as err:
        scanner.scan("adf", 75)
    assert err.value.code == "jammed" and "卡纸" in str(err.value)
    monkeypatch.setenv("FAKE_SANE_FAIL", "busy")
    with pytest.raises(DeviceError) as err:
        scanner.scan("flatbed", 75)
    assert err.value.code == "busy"


def test_a_wrong_device_name_or_no_scanner_at_all(fake, monkeypatch):
    wrong = open_scanner("sane://plustek:libusb:002:009")
    assert wrong.status().state is DeviceState.ABSENT
    with pytest.raises(DeviceError) as err:
        wrong.scan("flatbed", 75)
    assert err.value.code == "absent" and "open of device plustek:libusb:002:009 failed" in str(err.value)
    monkeypatch.setenv("FAKE_SANE_DEVICES", "")
    nothing = open_scanner("sane://")
    assert nothing.status().state is DeviceState.ABSENT
    with pytest.raises(DeviceError, match="未找到扫描仪"):
        nothing.scan()


def test_without_scanimage_the_backend_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sane_backend, "_python_sane", lambda: None)
    monkeypatch.setitem(sys.modules, "sane", None)  # import sane → ImportError
    assert not sane_backend.support().usable
    assert "sane-utils" in sane_backend.support().reason
    with pytest.raises(DeviceError, match="sane-utils"):
        open_scanner("sane://epson2:libusb:001:004").scan("flatbed", 75)
