"""The province platform, chosen by URL like the devices: where the 办件 records go.

    sim://                     a platform simulator in this process: checks every field of every
                               record against the exchange tables (app/domain/platform_tables.py)
                               and refuses a bad record with its reasons, as the platform does
    file:///srv/onewindow/up   one JSON file per batch, in a folder per day (20261207/<batch>.json),
                               for a platform that collects files (前置机 / 交换库 loaders)
    https://host/path?token=…  POST one batch as JSON; the answer names the records refused

A batch has an id that stays the same when the same records go again (an answer lost on the way,
a server that stopped mid-send), and every record its ROWGUID, derived from the case: the
platform (and each adapter here) keeps one row per ROWGUID, so a repeat is never a second 办件.

The HTTP exchange: POST {"batch_id", "records": [{"table", "row_guid", "fields"}]}; a 2xx answer
{"refused": [{"row_guid", "reasons": [...]}]} (records not named were taken); a 4xx refuses the
whole batch with its text; anything else (5xx, 408, 429, no answer) is an outage: tried again
later.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import ClassVar, Protocol
from urllib.parse import unquote, urlsplit

import httpx

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.platform_tables import problems_of


@dataclass(frozen=True)
class OutgoingRecord:
    table: str
    row_guid: str
    fields: dict[str, str]


@dataclass(frozen=True)
class Delivery:
    batch_id: str
    records: tuple[OutgoingRecord, ...]
    at: datetime


UNSAID = "省平台未说明原因"


class PlatformUnavailable(RuntimeError):
    """Nothing was taken this time (no answer, an outage): the same batch goes again later."""


class PlatformLink(Protocol):
    url: str

    def deliver(self, delivery: Delivery) -> dict[str, list[str]]:
        """Send the batch; the records refused, by ROWGUID, with the platform's reasons."""
        ...


class SimPlatform:
    """A platform in memory that validates like the real one; the tests and the demo read what it
    holds. `down` plays an outage."""

    _by_url: ClassVar[dict[str, SimPlatform]] = {}
    _lock = threading.Lock()

    def __init__(self, url: str) -> None:
        self.url = url
        self.down = False
        self.rows: dict[str, tuple[str, dict[str, str]]] = {}  # ROWGUID → (table, fields) taken
        self.batches: list[str] = []  # batch ids in the order they arrived, repeats included
        self.repeats = 0  # records that arrived again with what the platform already held
        self.refusals: dict[str, list[str]] = {}  # ROWGUID → the reasons of its last refusal

    @classmethod
    def named(cls, url: str) -> SimPlatform:
        with cls._lock:
            return cls._by_url.setdefault(url, cls(url))

    def deliver(self, delivery: Delivery) -> dict[str, list[str]]:
        if self.down:
            raise PlatformUnavailable("模拟省平台暂不可用")
        with self._lock:
            self.batches.append(delivery.batch_id)
            refused = {}
            for record in delivery.records:
                problems = [str(p) for p in problems_of(record.table, record.fields)]
                if problems:
                    refused[record.row_guid] = self.refusals[record.row_guid] = problems
                    continue
                if self.rows.get(record.row_guid) == (record.table, record.fields):
                    self.repeats += 1
                self.rows[record.row_guid] = (record.table, dict(record.fields))
            return refused


class FilePlatform:
    """Batches as files: written whole (temporary file, fsync, rename), so a loader never reads
    half a batch, and a batch sent again replaces its own file instead of adding a second."""

    def __init__(self, url: str) -> None:
        self.url = url
        parts = urlsplit(url)
        self.folder = Path(unquote(parts.netloc + parts.path))
        if not str(self.folder).startswith("/"):
            raise ValueError(f"省平台地址“{url}”无效：file:// 后应是绝对路径，如 file:///srv/onewindow/up")

    def deliver(self, delivery: Delivery) -> dict[str, list[str]]:
        day = delivery.at.astimezone(HALL_TIMEZONE).strftime("%Y%m%d")
        folder = self.folder / day
        target = folder / f"{delivery.batch_id}.json"
        body = {
            "batch_id": delivery.batch_id,
            "created_at": delivery.at.astimezone(HALL_TIMEZONE).isoformat(timespec="seconds"),
            "records": [
                {"table": r.table, "row_guid": r.row_guid, "fields": r.fields} for r in delivery.records
            ],
        }
        try:
            folder.mkdir(parents=True, exist_ok=True)
            temporary = folder / f".{delivery.batch_id}.tmp"
            with temporary.open("w", encoding="utf-8") as out:
                json.dump(body, out, ensure_ascii=False, indent=1)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
            directory = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
        except OSError as exc:
            raise PlatformUnavailable(f"无法写入交换目录 {folder}：{exc.strerror or exc}") from exc
        return {}


@dataclass
class HttpPlatform:
    url: str
    timeout: float = 30.0
    transport: httpx.BaseTransport | None = field(default=None, repr=False)

    def deliver(self, delivery: Delivery) -> dict[str, list[str]]:
        body = {
            "batch_id": delivery.batch_id,
            "records": [
                {"table": r.table, "row_guid": r.row_guid, "fields": r.fields} for r in delivery.records
            ],
        }
        try:
            with httpx.Client(timeout=self.timeout, transport=self.transport) as client:
                answer = client.post(self.url, json=body)
        except httpx.HTTPError as exc:
            raise PlatformUnavailable(f"省平台无法连接：{type(exc).__name__}") from exc
        if 400 <= answer.status_code < 500 and answer.status_code not in (408, 429):
            said = answer.text[:300] or f"HTTP {answer.status_code}"
            return {
                r.row_guid: [f"省平台拒收整批（HTTP {answer.status_code}）：{said}"] for r in delivery.records
            }
        if not answer.is_success:
            raise PlatformUnavailable(f"省平台暂不可用（HTTP {answer.status_code}）")
        try:
            refused = answer.json().get("refused") or []
            return {
                str(r["row_guid"]): [str(x) for x in r.get("reasons") or ["省平台未说明原因"]]
                for r in refused
            }
        except (ValueError, AttributeError, KeyError, TypeError) as exc:
            # the records may or may not have been taken: sending again is safe (ROWGUIDs)
            raise PlatformUnavailable("省平台的答复无法识别，稍后重新发送") from exc


def _body(delivery: Delivery) -> dict:
    records = [{"table": r.table, "row_guid": r.row_guid, "fields": r.fields} for r in delivery.records]
    return {"batch_id": delivery.batch_id, "records": records}


def open_platform(url: str) -> PlatformLink:
    scheme = urlsplit(url).scheme.lower()
    if scheme == "sim":
        return SimPlatform.named(url)
    if scheme == "file":
        return FilePlatform(url)
    if scheme in ("http", "https"):
        return HttpPlatform(url)
    raise ValueError(f"省平台地址“{url}”无效：应以 sim://、file:// 或 http(s):// 开头")


def url_for_logs(url: str) -> str:
    """The address without its query (a token often rides there)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
