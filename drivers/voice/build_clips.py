"""Rebuild resources/sounds/ from espeak-ng: `python -m drivers.voice.build_clips [--out DIR]`.

Each word is spoken by espeak-ng into a temporary WAV, trimmed of the silence around it and
scaled to one loudness, so clips joined in any order sound even. The chime is synthesised here
(two decaying bell tones, G5 then E5, the usual "ding-dong") with nothing but `math`.
README.md (commands, espeak-ng version, licence) and NOTICE are written beside the clips.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
from array import array
from pathlib import Path

from drivers.voice.clips import CHIME, KEYS, SPECS, ClipSpec, bundled_folder, clip_path
from drivers.voice.pcm import (
    MAX_SAMPLE,
    bytes_from_samples,
    normalise,
    read_wav,
    samples_from_bytes,
    trim,
    write_wav,
)

SAMPLE_RATE = 22050  # espeak-ng's native rate: no resampling needed
SPEED = 150  # words per minute; espeak-ng's default 175 is brisk for a hall's loudspeakers
SPEECH_DBFS = -18.0
CHIME_DBFS = -21.0  # a little under the speech: it calls attention, it should not startle


def espeak_command(spec: ClipSpec, out: Path, speed: int = SPEED) -> list[str]:
    return ["espeak-ng", "-b", "1", "-v", spec.voice, "-s", str(speed), "-w", str(out), spec.text]


def espeak_version() -> str:
    result = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True)
    version = result.stdout.split("Data at")[0].strip()  # "eSpeak NG text-to-speech: 1.51"
    if shutil.which("dpkg-query"):  # the distribution's build, when there is one (Debian patches it)
        package = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", "espeak-ng"], capture_output=True, text=True
        )
        if package.returncode == 0 and package.stdout.strip():
            version += f" (Debian package espeak-ng {package.stdout.strip()})"
    return version


def speak(spec: ClipSpec, work: Path, speed: int = SPEED) -> array:
    raw = work / f"{spec.key}.raw.wav"
    subprocess.run(espeak_command(spec, raw, speed), check=True, capture_output=True)
    pcm, rate = read_wav(raw)
    if rate != SAMPLE_RATE:
        raise SystemExit(f"espeak-ng 输出的采样率为 {rate} Hz，应为 {SAMPLE_RATE} Hz")
    clip = trim(samples_from_bytes(pcm), rate)
    if not clip:
        raise SystemExit(f"espeak-ng 没有为“{spec.says}”（{spec.text}）生成声音")
    return normalise(clip, SPEECH_DBFS)


def chime(sample_rate: int = SAMPLE_RATE) -> array:
    """Ding-dong: two bell tones (fundamental plus two soft partials), each decaying, the second
    starting while the first still rings, as a doorbell does."""
    tones = ((783.99, 0.0), (659.25, 0.42))  # G5, then E5 a minor third below
    length = 1.5
    samples = [0.0] * round(length * sample_rate)
    for freq, start in tones:
        first = round(start * sample_rate)
        for i in range(len(samples) - first):
            t = i / sample_rate
            envelope = min(1.0, t / 0.005) * math.exp(-t / 0.32)  # 5 ms attack, no click
            wave_ = (
                math.sin(2 * math.pi * freq * t)
                + 0.35 * math.sin(2 * math.pi * 2 * freq * t)
                + 0.12 * math.sin(2 * math.pi * 3 * freq * t)
            )
            samples[first + i] += envelope * wave_
    top = max(abs(s) for s in samples)
    raw = array("h", (round(s / top * MAX_SAMPLE * 0.5) for s in samples))
    return normalise(trim(raw, sample_rate, threshold=0.01), CHIME_DBFS)


README = """# Voice clips for the hall announcer

The WAV files here are the pieces an announcement is built from (`drivers/voice`):
叮咚 — 请 A 零零五 号 到 三 号 窗口 办理. All are mono, 16-bit PCM, {rate} Hz, trimmed of leading
and trailing silence and scaled to one loudness (speech {speech} dBFS RMS, chime {chime_db} dBFS RMS,
peaks at most -1 dBFS).

| file | says |
|---|---|
{table}

## How they were made

Run `.venv/bin/python -m drivers.voice.build_clips` (module `drivers/voice/build_clips.py`); it
needs `espeak-ng` on the PATH (`apt-get install espeak-ng`). Version used:

    {version}

Each spoken clip is one espeak-ng call, then trimmed and normalised in Python:

{commands}

Chinese words are given as toned pinyin to the `cmn-latn-pinyin` voice because the Mandarin
dictionary in Debian's espeak-ng package reads many characters as pinyin plus an English digit
("零" comes out "ling two"); letters are given to the `cmn` voice, which says them the way
Chinese halls do (W "达不溜", Y "歪"). `chime.wav` is not speech: the script synthesises it with
Python's `math` (two decaying bell tones, G5 then E5).

## Licence

espeak-ng is free software under the **GNU General Public License, version 3 or later**
(GPL-3.0-or-later), © Jonathan Duddington, Reece H. Dunn and the espeak-ng contributors
(https://github.com/espeak-ng/espeak-ng). OneWindow does not include, link or ship espeak-ng;
it only ran the program once to produce these files. The clips are the program's output: the GPL
does not cover a program's output that contains no copy of the program, so these recordings are
OneWindow's own files, distributed under the same terms as the rest of OneWindow (see
`pyproject.toml`: proprietary). The chime is OneWindow's own work, under the same terms. Anyone
may regenerate the clips with espeak-ng under its GPL licence using the commands above.
"""


NOTICE = """The voice clips (*.wav) in this folder were generated with {version}
(https://github.com/espeak-ng/espeak-ng), free software under GPL-3.0-or-later, (c) Jonathan
Duddington, Reece H. Dunn and the espeak-ng contributors. espeak-ng is not included in OneWindow;
the clips are its output and are distributed under OneWindow's terms. chime.wav is OneWindow's
own synthesis. Details and the commands to regenerate them: README.md.
"""


def write_readme(folder: Path, version: str, speed: int) -> None:
    table = "\n".join(f"| `{spec.key}.wav` | {spec.says} |" for spec in SPECS)
    commands = "\n".join(
        "    " + " ".join(espeak_command(spec, Path(f"{spec.key}.raw.wav"), speed))
        for spec in SPECS
        if spec.key != CHIME
    )
    text = README.format(
        rate=SAMPLE_RATE,
        speech=SPEECH_DBFS,
        chime_db=CHIME_DBFS,
        table=table,
        version=version,
        commands=commands,
    )
    (folder / "README.md").write_text(text, encoding="utf-8")
    (folder / "NOTICE").write_text(NOTICE.format(version=version), encoding="utf-8")


def build(folder: Path, speed: int = SPEED) -> list[Path]:
    if shutil.which("espeak-ng") is None:
        raise SystemExit("未找到 espeak-ng：请先安装（Debian/Ubuntu：apt-get install espeak-ng）")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec in SPECS:
            samples = chime() if spec.key == CHIME else speak(spec, Path(tmp), speed)
            path = clip_path(folder, spec.key)
            write_wav(path, bytes_from_samples(samples), SAMPLE_RATE)
            written.append(path)
    write_readme(folder, espeak_version(), speed)
    stale = sorted(p.name for p in folder.glob("*.wav") if p.stem not in KEYS)
    if stale:
        print("注意：目录中还有不属于语音片段的文件：" + "、".join(stale), file=sys.stderr)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.voice.build_clips", description="用 espeak-ng 重新生成语音片段"
    )
    parser.add_argument(
        "--out", type=Path, default=bundled_folder(), help="目标目录（默认 resources/sounds）"
    )
    parser.add_argument("--speed", type=int, default=SPEED, help=f"语速，每分钟词数（默认 {SPEED}）")
    args = parser.parse_args(argv)
    written = build(args.out, args.speed)
    size = sum(p.stat().st_size for p in written)
    print(f"已生成 {len(written)} 个片段，共 {size / 1024:.0f} KB：{args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
