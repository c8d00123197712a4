"""16-bit mono PCM in pure Python: read and write WAV, silence, volume, trimming, loudness.

`audioop` is gone in Python 3.13, so samples are handled as `array('h')`. The array's byte order
is the machine's; WAV data is little-endian, so bytes are swapped on a big-endian machine.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from pathlib import Path

SAMPLE_WIDTH = 2  # bytes: 16-bit signed PCM
MAX_SAMPLE = 32767
MIN_SAMPLE = -32768


def samples_from_bytes(pcm: bytes) -> array:
    samples = array("h")
    samples.frombytes(pcm)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def bytes_from_samples(samples: array) -> bytes:
    if sys.byteorder == "big":
        samples = array("h", samples)
        samples.byteswap()
    return samples.tobytes()


def read_wav(path: Path) -> tuple[bytes, int]:
    """(PCM bytes, sample rate) of a 16-bit mono WAV; ValueError (Chinese) for any other format."""
    try:
        with wave.open(str(path), "rb") as reader:
            channels, width, rate = reader.getnchannels(), reader.getsampwidth(), reader.getframerate()
            frames = reader.readframes(reader.getnframes())
    except (wave.Error, EOFError) as exc:
        raise ValueError(f"语音片段 {path.name} 不是有效的 WAV 文件（{exc}）") from None
    if channels != 1 or width != SAMPLE_WIDTH:
        raise ValueError(f"语音片段 {path.name} 应为单声道16位PCM，实际为{channels}声道、{width * 8}位")
    return frames, rate


def write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(SAMPLE_WIDTH)
        writer.setframerate(sample_rate)
        writer.writeframes(pcm)


def silence(seconds: float, sample_rate: int) -> bytes:
    return bytes(SAMPLE_WIDTH * round(seconds * sample_rate))


def duration(pcm: bytes, sample_rate: int) -> float:
    return len(pcm) / SAMPLE_WIDTH / sample_rate


def clamp(value: float) -> int:
    return max(MIN_SAMPLE, min(MAX_SAMPLE, round(value)))


def scale(pcm: bytes, gain: float) -> bytes:
    """Every sample times `gain`, clamped to 16 bits so a loud clip saturates instead of wrapping."""
    if gain == 1.0:
        return pcm
    samples = samples_from_bytes(pcm)
    if 0 <= gain < 1:  # quieter never overflows: skip the clamp, the slow part of the loop
        return bytes_from_samples(array("h", (round(s * gain) for s in samples)))
    return bytes_from_samples(array("h", (clamp(s * gain) for s in samples)))


def peak(samples: array) -> int:
    return max((abs(s) for s in samples), default=0)


def rms(samples: array) -> float:
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def trim(samples: array, sample_rate: int, threshold: float = 0.03, margin: float = 0.01) -> array:
    """Cut leading and trailing quiet (below `threshold` × the clip's peak), keeping `margin` seconds."""
    level = peak(samples) * threshold
    loud = [i for i, s in enumerate(samples) if abs(s) > level]
    if not loud:
        return array("h")
    keep = round(margin * sample_rate)
    return array("h", samples[max(0, loud[0] - keep) : min(len(samples), loud[-1] + 1 + keep)])


def normalise(samples: array, target_dbfs: float = -18.0, peak_dbfs: float = -1.0) -> array:
    """Scale to a common loudness (RMS in dBFS), never letting the peak pass `peak_dbfs`."""
    level = rms(samples)
    top = peak(samples)
    if level == 0 or top == 0:
        return array("h", samples)
    gain = min(
        MAX_SAMPLE * 10 ** (target_dbfs / 20) / level,
        MAX_SAMPLE * 10 ** (peak_dbfs / 20) / top,
    )
    return array("h", (clamp(s * gain) for s in samples))
