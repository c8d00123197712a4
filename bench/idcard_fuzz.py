"""100,000 hostile inputs through the frame decoder and the text parser: only driver errors may escape.

A seeded mutation loop (hypothesis would take minutes for this many): random byte streams fed in
random chunk sizes, valid read answers with bytes flipped, inserted, deleted or cut (some with the
checksum repaired so the damage reaches the parser), and text blocks with random patches.

Run from the repository root: .venv/bin/python bench/idcard_fuzz.py [N] [SEED]
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drivers.idcard.errors import IdCardError
from drivers.idcard.parser import parse_text_block
from drivers.idcard.protocol import FrameDecoder, build_response, checksum, read_data, split_read_data
from drivers.idcard.samples import SAMPLE_CARDS

FRAMES = [build_response(0x90, read_data(c.text, c.photo)) for c in SAMPLE_CARDS.values()]
BLOCKS = [c.text for c in SAMPLE_CARDS.values()]


def mutate_frame(rng: random.Random) -> bytes:
    frame = bytearray(rng.choice(FRAMES))
    for _ in range(rng.randrange(1, 6)):
        kind = rng.randrange(5)
        at = rng.randrange(len(frame)) if frame else 0
        if kind == 0 and frame:
            frame[at] ^= rng.randrange(1, 256)
        elif kind == 1:
            frame[at:at] = rng.randbytes(rng.randrange(1, 9))
        elif kind == 2:
            del frame[at : at + rng.randrange(1, 9)]
        elif kind == 3:
            del frame[at:]
        elif len(frame) > 8:
            frame[-1] = checksum(frame[5:-1])
    return bytes(frame)


def run_stream(stream: bytes, rng: random.Random, outcomes: Counter) -> None:
    decoder = FrameDecoder()
    at = 0
    while at < len(stream):
        size = rng.randrange(1, 1400)
        decoder.feed(stream[at : at + size])
        at += size
        while True:
            try:
                frame = decoder.next_frame()
            except IdCardError as exc:
                outcomes[exc.code] += 1
                continue
            if frame is None:
                break
            outcomes["frame"] += 1
            if frame.sw3 == 0x90 and len(frame.data) > 16:
                try:
                    text, photo, _ = split_read_data(frame.data)
                    parse_text_block(text, photo)
                    outcomes["record"] += 1
                except IdCardError as exc:
                    outcomes[exc.code] += 1


def one(rng: random.Random, outcomes: Counter) -> None:
    kind = rng.randrange(3)
    if kind == 0:
        run_stream(rng.randbytes(rng.randrange(0, 3000)), rng, outcomes)
    elif kind == 1:
        run_stream(
            rng.randbytes(rng.randrange(0, 20)).join([mutate_frame(rng), mutate_frame(rng)]), rng, outcomes
        )
    else:
        block = bytearray(rng.choice(BLOCKS))
        at = rng.randrange(256)
        patch = rng.randbytes(rng.randrange(1, 40))
        block[at : at + len(patch)] = patch
        try:
            parse_text_block(bytes(block[:256]))
            outcomes["record"] += 1
        except IdCardError as exc:
            outcomes[exc.code] += 1


def main(n: int = 100_000, seed: int = 467) -> int:
    rng = random.Random(seed)
    outcomes: Counter = Counter()
    escaped: Counter = Counter()
    start = time.perf_counter()
    for _ in range(n):
        try:
            one(rng, outcomes)
        except Exception as exc:  # what this benchmark exists to find
            escaped[type(exc).__name__] += 1
    took = time.perf_counter() - start
    print(
        f"ID card fuzz: {n} inputs (seed {seed}) through decoder + parser in {took:.1f} s ({n / took:,.0f}/s)"
    )
    print(f"  frames decoded: {outcomes['frame']:,}   records parsed: {outcomes['record']:,}")
    errors = {k: v for k, v in outcomes.items() if k not in ("frame", "record")}
    top = ", ".join(f"{k} {v:,}" for k, v in sorted(errors.items(), key=lambda kv: -kv[1])[:8])
    print(f"  driver errors raised: {sum(errors.values()):,} ({top})")
    if escaped:
        print(f"  ESCAPED (not driver errors): {dict(escaped)}  FAIL")
        return 1
    print("  nothing but driver errors escaped  OK")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    raise SystemExit(main(int(args[0]) if args else 100_000, int(args[1]) if len(args) > 1 else 467))
