"""The ctypes WLT backend against real shared libraries built here with the two vendor ABIs.

The libraries stand in for the licensed decoders (which cannot ship): they turn the 1024 WLT
bytes into a 102×126 BMP the way the vendors' do — same symbols, same buffers, same return codes.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from drivers.idcard import open_card_reader
from drivers.idcard.errors import IdCardError
from drivers.idcard.samples import SAMPLE_CARDS
from drivers.idcard.wlt import ENV_VAR, CtypesWltDecoder, load_decoder, support

pytestmark = pytest.mark.skipif(
    shutil.which("cc") is None, reason="needs a C compiler to build the stand-in library"
)

BMP_WRITER = r"""
#include <stdio.h>
#include <string.h>
static int make_bmp(const unsigned char *wlt, unsigned char *bmp) {
    const int w = 102, h = 126, row = 308, size = 54 + row * h;
    memset(bmp, 0, size);
    bmp[0] = 'B'; bmp[1] = 'M';
    bmp[2] = size & 255; bmp[3] = (size >> 8) & 255; bmp[4] = (size >> 16) & 255;
    bmp[10] = 54; bmp[14] = 40; bmp[18] = w; bmp[22] = h; bmp[26] = 1; bmp[28] = 24;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            for (int c = 0; c < 3; c++)
                bmp[54 + y * row + x * 3 + c] = wlt[(y * w + x + c) % 1024];
    return size;
}
"""

UNPACK_LIB = (
    BMP_WRITER
    + r"""
int unpack(char *src, char *dst, int flag) {
    if (flag != 602) return -2;          /* the licence constant of common builds */
    if ((unsigned char)src[0] == 0xEE) return -5;  /* "not a WLT photo" */
    make_bmp((const unsigned char *)src, (unsigned char *)dst);
    return 1;
}
"""
)

GETBMP_LIB = (
    BMP_WRITER
    + r"""
int GetBmp(char *wlt_file, int intf) {
    unsigned char wlt[1024], bmp[40000];
    char out[4096];
    FILE *in = fopen(wlt_file, "rb");
    if (!in) return -1;
    size_t got = fread(wlt, 1, sizeof wlt, in);
    fclose(in);
    if (got != 1024) return -2;
    size_t n = strlen(wlt_file);
    if (n < 4 || n >= sizeof out) return -3;
    memcpy(out, wlt_file, n - 3); memcpy(out + n - 3, "bmp", 4);
    FILE *o = fopen(out, "wb");
    if (!o) return -4;
    fwrite(bmp, 1, make_bmp(wlt, bmp), o);
    fclose(o);
    return 1;
}
"""
)


def build(tmp_path: Path, name: str, source: str) -> str:
    c_file = tmp_path / f"{name}.c"
    c_file.write_text(source)
    lib = tmp_path / f"lib{name}.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-o", str(lib), str(c_file)], check=True)
    return str(lib)


@pytest.fixture(scope="module")
def libs(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("wlt")
    return {
        "unpack": build(folder, "wlt2bmp", UNPACK_LIB),
        "getbmp": build(folder, "wltrs", GETBMP_LIB),
        "neither": build(folder, "other", "int something(void) { return 0; }\n"),
    }


def as_image(bmp: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(bmp))
    image.load()
    return image


@pytest.mark.parametrize("abi", ["unpack", "getbmp"])
def test_both_vendor_abis_decode_to_a_102_by_126_bmp(libs: dict[str, str], abi: str) -> None:
    photo = SAMPLE_CARDS["resident"].photo
    bmp = CtypesWltDecoder(libs[abi]).decode(photo)
    assert len(bmp) == 38862
    image = as_image(bmp)
    assert image.size == (102, 126) and image.mode == "RGB"


def test_library_error_codes_become_driver_errors(libs: dict[str, str]) -> None:
    with pytest.raises(IdCardError, match="错误码 -5"):
        CtypesWltDecoder(libs["unpack"]).decode(b"\xee" + bytes(1023))
    with pytest.raises(IdCardError, match="错误码 -2"):
        CtypesWltDecoder(libs["unpack"], flag=1).decode(bytes(1024))
    with pytest.raises(IdCardError, match="1024"):
        CtypesWltDecoder(libs["unpack"]).decode(bytes(10))


def test_missing_or_wrong_library_is_explained(libs: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(IdCardError, match="找不到照片解码库"):
        CtypesWltDecoder(str(tmp_path / "nope.so")).decode(bytes(1024))
    with pytest.raises(IdCardError, match="不是照片解码库"):
        CtypesWltDecoder(libs["neither"]).decode(bytes(1024))
    not_a_library = tmp_path / "fake.so"
    not_a_library.write_bytes(b"not an ELF file")
    with pytest.raises(IdCardError, match="无法加载"):
        CtypesWltDecoder(str(not_a_library)).decode(bytes(1024))


def test_support_reports_per_configuration(libs: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert not support().usable and ENV_VAR in support().reason
    assert load_decoder() is None
    assert support(libs["unpack"]).usable
    monkeypatch.setenv(ENV_VAR, libs["getbmp"])
    assert support().usable
    assert isinstance(load_decoder(), CtypesWltDecoder)
    assert not support(libs["neither"]).usable


def test_a_card_read_through_the_reader_carries_the_decoded_photo(libs: dict[str, str]) -> None:
    reader = open_card_reader(f"sim://?card=foreign2017&baud=1000000&wlt={libs['unpack']}")
    try:
        record = reader.read_one(2.0)
    finally:
        reader.stop()
    assert record.photo_note == "" and record.photo_bmp is not None
    assert as_image(record.photo_bmp).size == (102, 126)
    assert record.raw_photo == SAMPLE_CARDS["foreign2017"].photo


def test_without_a_library_the_photo_is_marked_not_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    reader = open_card_reader("sim://?card=resident&baud=1000000")
    try:
        record = reader.read_one(2.0)
    finally:
        reader.stop()
    assert record.photo_bmp is None and record.photo_note.startswith("照片未解码")
