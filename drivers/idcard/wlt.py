"""The card photo: 1024 bytes of WLT, a format only the card vendors' licensed libraries decode.

A ``WltDecoder`` turns WLT into a BMP. The one backend here loads a vendor library through ctypes,
lazily, on first use, so the app starts and reads cards without it (the record then says
"照片未解码"). Two library shapes are known:

- Linux ``libwlt2bmp.so`` / ``libwlt.so``: ``int unpack(char *wlt, char *bmp, int flag)`` writes a
  102×126 24-bit BMP (38862 bytes with its header) into ``bmp``; returns 1 on success. ``flag``
  is the vendor's licence constant (602 on the common builds); ``wltflag=`` in the URL changes it.
- Windows ``WltRS.dll``: ``int GetBmp(char *wlt_file, int port_kind)`` reads ``x.wlt`` and writes
  ``x.bmp`` beside it; returns 1 on success. It works on files, so the photo goes through a
  private temporary folder that is removed at once.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import Protocol

from drivers.device import BackendSupport
from drivers.idcard.errors import IdCardError

ENV_VAR = "ONEWINDOW_WLT_LIB"
BMP_SIZE = 38862  # 14 + 40 header bytes + 126 rows of 102 pixels padded to 308 bytes
DEFAULT_FLAG = 602


class WltDecoder(Protocol):
    def decode(self, wlt: bytes) -> bytes:
        """BMP bytes of a 1024-byte WLT photo; raises IdCardError when it cannot."""
        ...


class CtypesWltDecoder:
    """A vendor WLT library loaded with ctypes on first decode; thread-safe (vendors' are not)."""

    def __init__(self, path: str, flag: int = DEFAULT_FLAG) -> None:
        self.path = path
        self.flag = flag
        self._lib: object | None = None
        self._lock = threading.Lock()

    def _load(self):  # -> ctypes.CDLL
        if self._lib is None:
            import ctypes  # only here: nothing loads a native library at import time

            if not Path(self.path).is_file():
                raise IdCardError(f"找不到照片解码库 {self.path}，请检查设置中的路径。", "wlt_missing")
            try:
                lib = ctypes.CDLL(self.path)
            except OSError as exc:
                raise IdCardError(
                    f"照片解码库 {self.path} 无法加载（{exc}），请确认它与本机系统和位数相符。", "wlt_load"
                ) from None
            if not (hasattr(lib, "unpack") or hasattr(lib, "GetBmp")):
                raise IdCardError(
                    f"{self.path} 不是照片解码库（没有 unpack 或 GetBmp 函数），请换用读卡器厂商提供的库。",
                    "wlt_symbols",
                )
            self._lib = lib
        return self._lib

    def decode(self, wlt: bytes) -> bytes:
        if len(wlt) != 1024:
            raise IdCardError(f"照片数据应为 1024 字节，实际 {len(wlt)} 字节。", "wlt_size")
        import ctypes

        with self._lock:
            lib = self._load()
            if hasattr(lib, "unpack"):
                src = ctypes.create_string_buffer(bytes(wlt), len(wlt))
                dst = ctypes.create_string_buffer(BMP_SIZE + 1024)  # room for builds that write more
                lib.unpack.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
                lib.unpack.restype = ctypes.c_int
                result = lib.unpack(src, dst, self.flag)
                bmp = dst.raw[:BMP_SIZE]
            else:
                result, bmp = self._get_bmp(lib, wlt)
        if result != 1:
            raise IdCardError(f"照片解码库返回错误码 {result}，照片无法显示。", "wlt_failed")
        if bmp[:2] != b"BM":
            raise IdCardError("照片解码库返回的不是 BMP 图像，照片无法显示。", "wlt_not_bmp")
        size = int.from_bytes(bmp[2:6], "little")
        return bmp[:size] if 54 < size <= len(bmp) else bmp

    @staticmethod
    def _get_bmp(lib, wlt: bytes) -> tuple[int, bytes]:
        import ctypes

        with tempfile.TemporaryDirectory(prefix="onewindow-wlt-") as folder:
            wlt_path = os.path.join(folder, "photo.wlt")
            with open(wlt_path, "wb") as fh:
                fh.write(wlt)
            lib.GetBmp.argtypes = [ctypes.c_char_p, ctypes.c_int]
            lib.GetBmp.restype = ctypes.c_int
            result = lib.GetBmp(wlt_path.encode(), 2)
            bmp_path = os.path.join(folder, "photo.bmp")
            bmp = Path(bmp_path).read_bytes() if os.path.exists(bmp_path) else b""
        return result, bmp


def library_path(url_value: str = "") -> str:
    """The configured library: the URL's ``wlt=`` first, then the environment."""
    return url_value or os.environ.get(ENV_VAR, "")


def load_decoder(url_value: str = "", flag: int = DEFAULT_FLAG) -> WltDecoder | None:
    """A decoder for the configured library, or None when none is configured (not an error)."""
    path = library_path(url_value)
    return CtypesWltDecoder(path, flag) if path else None


def support(url_value: str = "") -> BackendSupport:
    path = library_path(url_value)
    title = "身份证照片解码库"
    if not path:
        return BackendSupport(
            "wlt",
            title,
            False,
            f"未配置：设备地址加 wlt=库文件路径，或设环境变量 {ENV_VAR}；不配置时照片显示为“未解码”。",
        )
    try:
        CtypesWltDecoder(path)._load()
    except IdCardError as exc:
        return BackendSupport("wlt", title, False, str(exc))
    return BackendSupport("wlt", title, True)
