"""Realtime hub (being built): pokes WebSocket clients of a hall after its changes commit."""

from __future__ import annotations


async def start_realtime(ctx):
    async def stop() -> None:
        return None

    return stop
