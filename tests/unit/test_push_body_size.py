"""A push body never exceeds what the server accepts (MAX_PUSH_BYTES): big batches are cut."""

from __future__ import annotations

from datetime import datetime

from app.services.sync.push import within_push_bytes
from app.sync.protocol import MAX_PUSH_BATCH, MAX_PUSH_BYTES, Mutation, PushRequest


def _mutation(seq: int, size: int) -> Mutation:
    return Mutation(
        seq=seq,
        mutation_id=f"m-{seq}",
        kind="case.accepted",
        payload={"snapshot": {"note": "材" * (size // 3)}},
        created_at=datetime(2026, 12, 4, 9, 0),
    )


def test_a_batch_of_large_mutations_is_cut_to_fit_the_server_limit():
    batch = [_mutation(seq, 64 * 1024) for seq in range(1, MAX_PUSH_BATCH + 1)]  # ~32 MiB in all
    first = within_push_bytes(batch)
    assert 1 < len(first) < len(batch) and first == batch[: len(first)]
    assert len(PushRequest(mutations=first).model_dump_json().encode()) <= MAX_PUSH_BYTES
    longer = PushRequest(mutations=batch[: len(first) + 1]).model_dump_json().encode()
    assert len(longer) > MAX_PUSH_BYTES  # the longest part that fits


def test_everyday_batches_go_whole():
    batch = [_mutation(seq, 1024) for seq in range(1, MAX_PUSH_BATCH + 1)]
    assert within_push_bytes(batch) == batch
