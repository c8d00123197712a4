"""The clip set: which clips an announcement is built from, where they live, and loading them.

A clip is one WAV file in the clips folder, named by its key (`5.wav`, `A.wav`, `hao.wav`):
ASCII names survive zip files, installers and case-insensitive file systems that Chinese names
sometimes do not. Every clip of a folder is checked when the announcer opens, so a missing or
malformed file is reported at start-up, all of them in one message, and never halfway through
a call in the hall.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

from drivers.device import DeviceError
from drivers.voice.pcm import read_wav

CHIME = "chime"
QING = "qing"  # 请
HAO = "hao"  # 号
DAO = "dao"  # 到
WINDOW = "chuangkou"  # 窗口
BANLI = "banli"  # 办理
TEN = "10"  # 十, for window numbers read as cardinals

DIGITS = tuple(string.digits)  # "0" … "9": 零 … 九
LETTERS = tuple(string.ascii_uppercase)


@dataclass(frozen=True)
class ClipSpec:
    key: str
    says: str  # what the clip says, for the README and error messages
    voice: str  # espeak-ng voice that speaks it ("" for the chime, which is synthesised)
    text: str  # what the voice is given


# Chinese words are given to espeak-ng as toned pinyin: the Mandarin dictionary in the Debian
# package reads many characters as pinyin plus an English digit ("零" → "ling two"), while its
# cmn-latn-pinyin voice reads "ling2" right. Letters go to the cmn voice, which says them the
# way Chinese halls do (W → "达不溜", Y → "歪").
_PINYIN = "cmn-latn-pinyin"
_DIGIT_PINYIN = ("ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3")

SPECS: tuple[ClipSpec, ...] = (
    ClipSpec(CHIME, "叮咚（提示音）", "", ""),
    *(
        ClipSpec(d, "零一二三四五六七八九"[int(d)], _PINYIN, p)
        for d, p in zip(DIGITS, _DIGIT_PINYIN, strict=True)
    ),
    ClipSpec(TEN, "十", _PINYIN, "shi2"),
    *(ClipSpec(letter, letter, "cmn", letter) for letter in LETTERS),
    ClipSpec(QING, "请", _PINYIN, "qing3"),
    ClipSpec(HAO, "号", _PINYIN, "hao4"),
    ClipSpec(DAO, "到", _PINYIN, "dao4"),
    ClipSpec(WINDOW, "窗口", _PINYIN, "chuang1kou3"),
    ClipSpec(BANLI, "办理", _PINYIN, "ban4li3"),
)
KEYS = tuple(spec.key for spec in SPECS)


def bundled_folder() -> Path:
    """resources/sounds of this source tree, found without importing app (drivers ship alone)."""
    return Path(__file__).resolve().parents[2] / "resources" / "sounds"


def clip_path(folder: Path, key: str) -> Path:
    return folder / f"{key}.wav"


@dataclass(frozen=True)
class ClipSet:
    folder: Path
    sample_rate: int
    pcm: dict[str, bytes]

    def __getitem__(self, key: str) -> bytes:
        return self.pcm[key]


def load_clips(folder: Path) -> ClipSet:
    """Every clip in KEYS from `folder`, checked: one rate, 16-bit mono. DeviceError lists all faults."""
    if not folder.is_dir():
        raise DeviceError(f"语音片段目录“{folder}”不存在：请检查语音设备地址。", "absent")
    says = {spec.key: spec.says for spec in SPECS}
    missing = [key for key in KEYS if not clip_path(folder, key).is_file()]
    if missing:
        listed = "、".join(f"{key}.wav（{says[key]}）" for key in missing)
        raise DeviceError(
            f"语音片段目录“{folder}”缺少{len(missing)}个片段：{listed}。"
            "请运行 python -m drivers.voice.build_clips 重新生成。",
            "missing_clips",
        )
    pcm: dict[str, bytes] = {}
    rates: dict[int, list[str]] = {}
    faults: list[str] = []
    for key in KEYS:
        try:
            data, rate = read_wav(clip_path(folder, key))
        except ValueError as exc:
            faults.append(str(exc))
            continue
        pcm[key] = data
        rates.setdefault(rate, []).append(key)
    if faults:
        raise DeviceError("；".join(faults) + "。请重新生成语音片段。", "bad_clips")
    if len(rates) != 1:
        detail = "；".join(f"{rate} Hz：{'、'.join(keys)}" for rate, keys in sorted(rates.items()))
        raise DeviceError(f"语音片段的采样率不一致（{detail}），请重新生成语音片段。", "bad_clips")
    return ClipSet(folder, next(iter(rates)), pcm)
