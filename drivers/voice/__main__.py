"""Write one announcement to a WAV file, to hear what the hall will hear.

python -m drivers.voice A012 "3号综合窗口" out.wav [--repeat 2] [--volume 80] [--clips DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drivers.device import DeviceError
from drivers.voice.announcer import MAX_REPEAT
from drivers.voice.clips import bundled_folder
from drivers.voice.factory import open_announcer
from drivers.voice.pcm import duration, write_wav
from drivers.voice.wording import display_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.voice", description="把一次叫号播报写成 WAV 文件"
    )
    parser.add_argument("number", help="票号，例如 A012")
    parser.add_argument("window", help="窗口名称，例如 3号综合窗口")
    parser.add_argument("out", type=Path, help="输出的 WAV 文件")
    parser.add_argument("--repeat", type=int, default=1, choices=range(1, MAX_REPEAT + 1), help="播报遍数")
    parser.add_argument("--volume", type=int, default=100, help="音量 0–100（默认 100）")
    parser.add_argument("--clips", type=Path, default=bundled_folder(), help="语音片段目录")
    args = parser.parse_args(argv)
    try:
        announcer = open_announcer(
            f"sim://{args.clips.resolve().as_posix()}", repeat=args.repeat, volume=args.volume
        )
    except (DeviceError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        pcm = announcer.compose(args.number, args.window)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    finally:
        announcer.close()
    write_wav(args.out, pcm, announcer.clips.sample_rate)
    words = " ".join(announcer.words(args.number, args.window))
    seconds = duration(pcm, announcer.clips.sample_rate)
    print(f"{display_text(args.number, args.window)}（{words}）→ {args.out}，{seconds:.1f} 秒")
    return 0


if __name__ == "__main__":
    sys.exit(main())
