"""`folder:///path` — a hot folder that a network scanner (or a copier's scan-to-folder) fills.

The clerk presses 扫描, walks to the copier and scans; files appear in the folder. A file is
taken only once it is complete: its name is final (no .part / .tmp / ~$… / dot-file while it is
being written or copied) and its size and modification time have not changed for `settle`
seconds, and it decodes. Taken files are moved to the `已导入` subfolder, so nothing is taken
twice, even after a restart; files that are not images we can keep (PDF, Word…) are moved to
`未能导入` and named in the message, so they do not block the next scan.

Accepted: JPEG, PNG, TIFF (a multi-page TIFF becomes one page per frame) and BMP. PDF is not
taken: rasterising it needs a PDF renderer we do not ship (poppler is a checker tool only), and
a scanner that can write PDF can as well write JPEG or TIFF — the message says so.

URL options: `wait=` seconds to wait for the first file (default 120), `settle=` seconds a file
must stay unchanged (default 1.5), `more=` seconds to wait for further pages of the same batch
after the last one arrived (default = settle).
"""

from __future__ import annotations

import io
import os
import threading
import time
from pathlib import Path

from drivers.device import DeviceError, DeviceState, DeviceStatus
from drivers.scanner.base import ScannedImage, check_options, describe, encode_png, sniff_media_type

TAKEN_DIR = "已导入"
REJECTED_DIR = "未能导入"
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"})
TEMP_SUFFIXES = frozenset({".part", ".tmp", ".temp", ".crdownload", ".partial", ".filepart", ".download"})
POLL_SECONDS = 0.1


def is_temporary(name: str) -> bool:
    """A name that says the file is still being written: it will be renamed when it is complete."""
    lower = name.lower()
    return (
        lower.startswith((".", "~$", "~"))
        or Path(lower).suffix in TEMP_SUFFIXES
        or lower in ("thumbs.db", "desktop.ini")
    )


class HotFolderScanner:
    def __init__(
        self, url: str, folder: Path, wait: float = 120.0, settle: float = 1.5, more: float | None = None
    ):
        self.url = url
        self.folder = Path(folder)
        self.wait = wait
        self.settle = settle
        self.more = settle if more is None else more
        self._seen: dict[str, tuple[int, int, float]] = {}  # name → (size, mtime_ns, first seen unchanged)
        self._lock = threading.Lock()  # one scan at a time takes files
        self.rejected: list[str] = []  # names moved to 未能导入 by the last scan

    def status(self) -> DeviceStatus:
        if not self.folder.is_dir():
            return DeviceStatus(DeviceState.ABSENT, "未连接", f"热文件夹不存在：{self.folder}")
        if not os.access(self.folder, os.W_OK):
            return DeviceStatus(
                DeviceState.FAULT, "无权限", f"热文件夹不可写，已扫描的文件无法移走：{self.folder}"
            )
        return DeviceStatus(DeviceState.READY, "就绪", str(self.folder))

    def scan(self, source: str = "flatbed", dpi: int = 300, colour: str = "colour") -> list[ScannedImage]:
        """Wait for the copier's files. Source, resolution and colour are set on the copier itself."""
        check_options(source, dpi, colour)
        if not self.folder.is_dir():
            raise DeviceError(
                f"扫描文件夹“{self.folder}”不存在或无法访问：请检查网络共享后再扫描。", "absent"
            )
        with self._lock:
            self.rejected = []
            images: list[ScannedImage] = []
            deadline = time.monotonic() + self.wait
            last_arrival = None
            while True:
                rejected_before = len(self.rejected)
                taken = self._take_ready(dpi)
                now = time.monotonic()
                if taken or len(self.rejected) > rejected_before:
                    images.extend(taken)
                    last_arrival = now
                if last_arrival is not None and now - last_arrival >= self.more and not self._pending():
                    break
                if last_arrival is None and now >= deadline:
                    break
                if now >= deadline + self.wait:  # a file that never settles must not hang the scan
                    break
                time.sleep(POLL_SECONDS)
        if images:
            return images
        if self.rejected:
            names = "、".join(self.rejected)
            raise DeviceError(
                f"扫描文件夹中的 {names} 不是可导入的图像（支持 JPEG、PNG、TIFF），已移到“{REJECTED_DIR}”。"
                "请把扫描仪设为保存 JPEG 或 TIFF 后重新扫描。",
                "unsupported",
            )
        raise DeviceError(
            f"{self.wait:.0f} 秒内扫描文件夹中没有新的扫描件：请在扫描仪上扫描后再按扫描。", "timeout"
        )

    # -- one look at the folder -----------------------------------------------------------------
    def _candidates(self) -> list[Path]:
        try:
            entries = list(os.scandir(self.folder))
        except OSError as exc:
            raise DeviceError(
                f"无法读取扫描文件夹“{self.folder}”：请检查网络共享后再扫描。", "offline"
            ) from exc
        files = [Path(e.path) for e in entries if e.is_file() and not is_temporary(e.name)]
        return sorted(files, key=lambda p: (_mtime_ns(p), p.name))

    def _pending(self) -> bool:
        """Something is still arriving: a file seen but not yet settled, or a temporary file that
        is still being written to (a stale one — a lock file left behind — does not count)."""
        fresh = time.time() - max(5.0, 3 * self.settle)
        try:
            for e in os.scandir(self.folder):
                if not e.is_file():
                    continue
                if e.name in self._seen or (is_temporary(e.name) and e.stat().st_mtime > fresh):
                    return True
        except OSError:
            return False
        return False

    def _take_ready(self, dpi: int) -> list[ScannedImage]:
        images: list[ScannedImage] = []
        now = time.monotonic()
        for path in self._candidates():
            try:
                st = path.stat()
            except FileNotFoundError:
                continue  # taken by someone else, or renamed meanwhile
            key = (st.st_size, st.st_mtime_ns)
            seen = self._seen.get(path.name)
            if seen is None or seen[:2] != key:
                self._seen[path.name] = (*key, now)
                continue
            if now - seen[2] < self.settle or st.st_size == 0:
                continue
            # a file that does not decode may be a copier pausing mid-write: give it a while
            patient = now - seen[2] < max(5.0, 5 * self.settle)
            taken = self._take(path, dpi, patient)
            if taken is None:
                continue
            images.extend(taken)
            self._seen.pop(path.name, None)
        return images

    def _take(self, path: Path, dpi: int, patient: bool) -> list[ScannedImage] | None:
        """The file's pages; [] if it was set aside as unusable; None to look again later."""
        data = path.read_bytes()
        media_type = sniff_media_type(data)
        if path.suffix.lower() not in IMAGE_SUFFIXES or media_type not in (
            "image/jpeg", "image/png", "image/tiff", "image/bmp"
        ):  # fmt: skip
            self._move(path, REJECTED_DIR)
            self.rejected.append(path.name)
            return []
        try:
            pages = split_pages(data, dpi, path.name)
        except DeviceError:
            if patient:
                return None
            # still broken long after it stopped changing: broken, not "being written"
            self._move(path, REJECTED_DIR)
            self.rejected.append(path.name)
            return []
        self._move(path, TAKEN_DIR)
        return pages

    def _move(self, path: Path, subfolder: str) -> None:
        target_dir = self.folder / subfolder
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        n = 1
        while target.exists():  # the copier reuses names (scan0001.jpg) day after day
            target = target_dir / f"{path.stem}-{n}{path.suffix}"
            n += 1
        os.replace(path, target)


def split_pages(data: bytes, dpi: int, name: str) -> list[ScannedImage]:
    """One ScannedImage per page: a multi-page TIFF becomes several (each as PNG), others one.

    The whole image is decoded once here, so a truncated file is caught before it is taken.
    """
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            frames = getattr(img, "n_frames", 1)
            if frames <= 1:
                img.load()
                return [describe(data, dpi, name)]
            found = img.info.get("dpi")
            page_dpi = round(float(found[0])) if found and found[0] else dpi
            pages = []
            for i, frame in enumerate(ImageSequence.Iterator(img), start=1):
                frame.load()
                page = frame.copy()
                pages.append(
                    ScannedImage(
                        encode_png(page, page_dpi),
                        "image/png",
                        page.width,
                        page.height,
                        page_dpi,
                        f"{name} 第{i}页",
                    )
                )
            return pages
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise DeviceError(f"文件“{name}”已损坏或不完整，无法导入。", "bad_image") from exc


def _mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return 0
