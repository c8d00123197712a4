"""Sync with the central server, as the workbench sees it: enrol, one round, the state to show.

One round (sync_once) uploads the page images the waiting changes need, pushes the outbox until
it is empty, pulls the server's changes until caught up, then applies server states that were
parked while the case had changes of its own waiting. Failures of the network or the server are
recorded (last_error, online) and never raised: the clerk goes on working, the runner retries.

A workbench whose settings name no server and which was never enrolled is standalone: it keeps
its outbox (so it can be enrolled later and send everything) and status().configured is False.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from app.domain.access_records import ACCESS_EVENTS, ACCESS_RECORDED
from app.domain.masking import mask_name
from app.domain.messages import QT_TRANSLATE_NOOP, Message, from_data, message_of, text, to_data
from app.json_files import write_json_atomically
from app.services.clock import Clock
from app.services.errors import ServiceError
from app.services.pages.files import PageFiles
from app.store.sealed_files import FileSeal
from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork
from app.sync.errors import Refused, ServerUnreachable, TransportError, Unauthorised

if TYPE_CHECKING:
    import httpx

    from app.sync.protocol import UsersAnswer
    from app.sync.transport import HttpTransport

# httpx, pydantic and the protocol's models (a third of a second) are imported where a request
# is made, not here: the workbench makes this service when it opens, and shows itself ready
# without waiting for them; the first sync round, on its own thread, loads them

log = logging.getLogger(__name__)
PULL_LIMIT = 500
CACHED_CATALOG_FILE = "服务器事项目录.json"


ADDRESS_NEEDED = QT_TRANSLATE_NOOP("messages", "请填写以 http:// 或 https:// 开头的中心服务器地址")
BAD_ENROLMENT = QT_TRANSLATE_NOOP(
    "messages", "登记码或终端名称格式不正确：登记码为管理员发放的 6 位以上字符，终端名称不能为空"
)
CANNOT_REACH_URL = QT_TRANSLATE_NOOP("messages", "无法连接中心服务器 {url}：{detail}")
ENROLMENT_FAILED = QT_TRANSLATE_NOOP("messages", "登记未成功：{detail}")
NO_SUCH_REJECTION = QT_TRANSLATE_NOOP("messages", "找不到这条被拒绝的变更")
CANNOT_REACH = QT_TRANSLATE_NOOP("messages", "无法连接中心服务器：{detail}")
NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "messages", "中心服务器不接受本终端的凭据（{detail}），请联系系统管理员重新登记本终端"
)
SYNC_REFUSED = QT_TRANSLATE_NOOP("messages", "中心服务器拒绝了同步请求：{detail}")
SYNC_FAILED = QT_TRANSLATE_NOOP("messages", "同步出错（{error}），稍后自动重试")


class SyncError(ServiceError):
    """Enrolment failed; ``message`` says why (str(): in Chinese)."""


@dataclass(frozen=True)
class SyncStatus:
    configured: bool  # a server is set up and this terminal enrolled (False: standalone)
    online: bool  # the last contact with the server succeeded
    waiting: int  # outbox mutations not yet acknowledged by the server
    oldest_waiting_at: datetime | None
    last_error: Message | str  # "" or a Message for the clerk (never a traceback)
    last_sync_at: datetime | None
    rejected: int  # mutations the server refused and the clerk has not yet marked seen
    server_url: str


@dataclass(frozen=True)
class RejectedChange:
    seq: int
    kind: str
    case_id: str | None
    case_number: str
    summary: Message | str  # what the clerk did (a case event's own summary is kept Chinese)
    reason: str  # the server's reason
    created_at: datetime
    seen: bool


def cached_catalog_path(data_dir: Path) -> Path:
    """Where the server's catalog is kept; the next start prefers it to the bundled sample."""
    return Path(data_dir) / CACHED_CATALOG_FILE


class SyncService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        server_url: str,
        data_dir: Path,
        pages_dir: Path,
        clock: Clock,
        client: httpx.Client | None = None,
        timeout: float = 15.0,
        seal: FileSeal | None = None,
    ) -> None:
        self._sessions = sessions
        self._settings_url = server_url.strip()
        self._data_dir = Path(data_dir)
        self._pages = PageFiles(pages_dir, seal)  # read to upload; sealed like the page store
        self._clock = clock
        self._client = client  # tests pass the server's TestClient; None: a real connection
        self._timeout = timeout
        self._lock = threading.RLock()  # one round at a time (runner thread, sign-in, UI)
        self._online = False
        self._transport: HttpTransport | None = None
        # a year's holiday schedule the server sends (ChangeKind.CALENDAR): the composition root
        # hands it to CalendarYears.enter, which stores it and recounts the estimated dates
        self.on_calendar_year: Callable[[dict], None] | None = None
        # user names whose cached password hash changed or went (WindowStore.forget_passwords)
        self.on_passwords_changed: Callable[[list[str]], None] | None = None

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    # -- state -----------------------------------------------------------------------------------
    def _state(self) -> dict[str, str]:
        with UnitOfWork(self._sessions) as uow:
            return SyncRepository(uow.session).values()

    def hall_config(self) -> str:
        """The hall's configuration JSON as last pulled ("" before the first pull)."""
        return self._state().get("hall_config", "")

    def _set(self, **values: str) -> None:
        with UnitOfWork(self._sessions) as uow:
            repo = SyncRepository(uow.session)
            for key, value in values.items():
                repo.set(key, value)
            uow.commit()

    @property
    def server_url(self) -> str:
        # the address in the settings wins: an operator who moved the server says so there; the
        # one remembered from enrolment serves when the settings name none
        return self._settings_url or self._state().get("server_url", "")

    @property
    def hall_code(self) -> str:
        return self._state().get("hall_code", "")

    def identity(self) -> tuple[str, str]:
        """(hall_code, terminal_code) the server gave at enrolment, or ("", "") before it."""
        state = self._state()
        return state.get("hall_code", ""), state.get("terminal_code", "")

    def credentials(self) -> tuple[str, str]:
        """(terminal_id, secret), or ("", "") before enrolment (the event stream needs them)."""
        state = self._state()
        return state.get("terminal_id", ""), state.get("terminal_secret", "")

    def transport(self) -> HttpTransport | None:
        """The HTTP client for the enrolled terminal; None while standalone."""
        state = self._state()
        url = self._settings_url or state.get("server_url", "")
        terminal_id = state.get("terminal_id", "")
        if not url or not terminal_id:
            return None
        from app.sync.transport import HttpTransport, normalise_base_url

        t = self._transport
        if t is None or t.base_url != normalise_base_url(url):
            if t is not None:
                t.close()
            t = self._transport = HttpTransport(url, self._client, self._timeout)
        t.set_terminal(terminal_id, state.get("terminal_secret", ""))
        return t

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()
            self._transport = None

    def note_contact(self, ok: bool) -> None:
        """Sign-in talks to the server too: what it learnt about the connection is shown."""
        self._online = ok

    def status(self) -> SyncStatus:
        with UnitOfWork(self._sessions) as uow:
            repo = SyncRepository(uow.session)
            state = repo.values()
            waiting, oldest = repo.waiting()
            rejected = repo.rejected_unseen()
        last = state.get("last_success_at", "")
        return SyncStatus(
            configured=bool(state.get("server_url") and state.get("terminal_id")),
            online=self._online,
            waiting=waiting,
            oldest_waiting_at=oldest,
            last_error=_kept_error(state.get("last_error", "")),
            last_sync_at=datetime.fromisoformat(last) if last else None,
            rejected=rejected,
            server_url=self._settings_url or state.get("server_url", ""),
        )

    # -- enrolment -------------------------------------------------------------------------------
    def enrol(self, server_url: str, code: str, terminal_name: str) -> None:
        url = server_url.strip() or self._settings_url
        if not url.startswith(("http://", "https://")):
            raise SyncError(Message(ADDRESS_NEEDED))
        from pydantic import ValidationError

        from app.sync.protocol import EnrolRequest
        from app.sync.transport import HttpTransport

        try:
            request = EnrolRequest(code=code.strip(), terminal_name=terminal_name.strip())
        except ValidationError as exc:
            raise SyncError(Message(BAD_ENROLMENT)) from exc
        with self._lock:
            transport = HttpTransport(url, self._client, self._timeout)
            try:
                answer = transport.enrol(request)
            except ServerUnreachable as exc:
                raise SyncError(Message(CANNOT_REACH_URL, url=url, detail=exc.detail)) from exc
            except TransportError as exc:
                raise SyncError(Message(ENROLMENT_FAILED, detail=exc.detail)) from exc
            self._set(
                server_url=transport.base_url,
                terminal_id=answer.terminal_id,
                terminal_secret=answer.secret,
                hall_code=answer.hall_code,
                hall_name=answer.hall_name,
                terminal_code=answer.terminal_code,
                cursor="",  # a new server: its change log is read from the start
                last_error="",
            )
            self._number_on_after(answer.terminal_code, answer.case_sequences)
            self.mirror_identity()
            self._online = True
            # the hall's users at once, so a clerk can sign in even if the network goes next
            t = self.transport()
            try:
                self.save_users(t.users() if t else None)
            except TransportError as exc:
                log.info("users not cached at enrolment: %s", exc.detail)

    def mirror_identity(self) -> None:
        """The enrolment also in ``terminal.json`` (this OS account only): on a sealed PC the
        database opens only after a sign-in, and an online sign-in needs the terminal's
        credentials first. Nothing of a citizen's is in it; a stolen PC's terminal is revoked
        on the server, which ends its credentials and its window key together."""
        from app.services.sync.terminal_identity import TerminalIdentity, load_identity, save_identity

        state = self._state()
        if not state.get("terminal_id"):
            return
        identity = TerminalIdentity(
            server_url=state.get("server_url", ""),
            terminal_id=state["terminal_id"],
            secret=state.get("terminal_secret", ""),
            hall_code=state.get("hall_code", ""),
            hall_name=state.get("hall_name", ""),
            terminal_code=state.get("terminal_code", ""),
        )
        if load_identity(self._data_dir) != identity:
            save_identity(self._data_dir, identity)

    def _number_on_after(self, terminal_code: str, used: dict[str, int]) -> None:
        """This PC replaces another of the same terminal code: its case numbers go on after the
        sequences the other used (as the server holds them), never repeating one."""
        with UnitOfWork(self._sessions) as uow:
            for day, sequence in used.items():
                uow.sequences.raise_to(date.fromisoformat(day), terminal_code, sequence)
            uow.commit()

    def save_users(self, users: UsersAnswer | None) -> None:
        if users is None:
            return
        from app.services.sync.apply import cached_user_row

        before = self._password_hashes()
        with UnitOfWork(self._sessions) as uow:
            SyncRepository(uow.session).replace_users([cached_user_row(u) for u in users.users])
            uow.commit()
        self._passwords_changed(before, users)

    def _password_hashes(self) -> dict[str, str]:
        with UnitOfWork(self._sessions) as uow:
            return SyncRepository(uow.session).user_hashes()

    def _passwords_changed(self, before: dict[str, str], users: UsersAnswer) -> None:
        """Tell the store whose password is no longer the one it knew (changed or reset
        elsewhere, or the account gone): their offline key slot no longer stands."""
        now = {u.user.username: u.password_hash for u in users.users}
        changed = sorted(name for name, old in before.items() if now.get(name) != old)
        if changed and self.on_passwords_changed is not None:
            self.on_passwords_changed(changed)

    # -- the clerk's view of refused changes ---------------------------------------------------------
    def rejected_changes(self) -> list[RejectedChange]:
        with UnitOfWork(self._sessions) as uow:
            rows = SyncRepository(uow.session).rejected()
            return [
                RejectedChange(
                    seq=r.seq,
                    kind=r.kind,
                    case_id=r.payload.get("case_id"),
                    case_number=str(r.payload.get("case_number", "")),
                    summary=describe(r.kind, r.payload),
                    reason=r.reason,
                    created_at=r.created_at,
                    seen=r.seen,
                )
                for r in rows
            ]

    def mark_seen(self, seq: int) -> None:
        with UnitOfWork(self._sessions) as uow:
            if not SyncRepository(uow.session).mark_seen(seq):
                raise SyncError(Message(NO_SUCH_REJECTION))
            uow.commit()

    def unsynced_case_ids(self) -> set[str]:
        with UnitOfWork(self._sessions) as uow:
            return SyncRepository(uow.session).cases_with_pending()

    # -- one round -------------------------------------------------------------------------------
    def sync_once(self) -> SyncStatus:
        with self._lock:
            transport = self.transport()
            if transport is None:
                return self.status()
            from app.services.sync.apply import apply_parked
            from app.services.sync.push import Pusher, SyncHalted

            error: Message | str = ""
            try:
                Pusher(self._sessions, transport, self._pages, self._clock).push_all()
                self._pull(transport)
                with UnitOfWork(self._sessions) as uow:
                    apply_parked(uow)
                    uow.commit()
                self._online = True
            except ServerUnreachable as exc:
                self._online, error = False, Message(CANNOT_REACH, detail=exc.detail)
            except Unauthorised as exc:
                self._online = False
                error = Message(NOT_ACCEPTED, detail=exc.detail)
            except Refused as exc:
                self._online, error = True, Message(SYNC_REFUSED, detail=exc.detail)
            except SyncHalted as exc:
                self._online, error = True, message_of(exc)
            except Exception as exc:  # a bug must not stop the clerk; it is logged in full
                log.exception("sync round failed")
                error = Message(SYNC_FAILED, error=type(exc).__name__)
            kept = json.dumps(to_data(error), ensure_ascii=False) if error else ""
            values = {"last_error": kept, "last_attempt_at": self._clock().isoformat()}
            if not error:
                values["last_success_at"] = self._clock().isoformat()
            self._set(**values)
            return self.status()

    def _pull(self, transport: HttpTransport) -> None:
        from app.services.sync.apply import apply_pull_page
        from app.sync.protocol import ChangeKind

        while True:
            state = self._state()
            answer = transport.pull(state.get("cursor", ""), PULL_LIMIT)
            kinds = {c.kind for c in answer.changes}
            # before the page and its cursor: a crash in between pulls the year again (harmless)
            for change in answer.changes:
                if change.kind is ChangeKind.CALENDAR and self.on_calendar_year is not None:
                    self.on_calendar_year(change.data)
            users = transport.users() if ChangeKind.USERS in kinds else None
            catalog_version = None
            if ChangeKind.CATALOG in kinds:
                catalog = transport.catalog()
                if str(catalog.version) != state.get("catalog_version"):
                    _write_json(cached_catalog_path(self._data_dir), catalog.catalog)
                catalog_version = catalog.version
            before = self._password_hashes() if users is not None else {}
            with UnitOfWork(self._sessions) as uow:
                apply_pull_page(uow, answer, self._clock(), users, catalog_version)
                uow.commit()
            if users is not None:
                self._passwords_changed(before, users)
            if not answer.more or not answer.changes:
                return


def describe(kind: str, payload: dict) -> Message | str:
    """What the clerk did, in words, for the list of refused changes."""
    event = payload.get("event")
    if isinstance(event, dict) and event.get("summary"):
        return str(event["summary"])
    if kind.startswith("page."):
        template = _PAGE_CHANGES.get(kind, PAGE_CHANGED)
        return Message(template, material=payload.get("material_code", ""))
    if kind.startswith("rating"):
        return Message(RATING_RECORDED, level=payload.get("level", ""))
    from app.sync.unresolved_reports import UNRESOLVED_REPORTED  # its pydantic models: when listed

    if kind == UNRESOLVED_REPORTED:
        return Message(UNRESOLVED_REPORT, name=mask_name(str(payload.get("name", ""))))
    if kind == ACCESS_RECORDED and payload.get("event") in ACCESS_EVENTS:
        return Message(ACCESS_EVENTS[payload["event"]])
    return kind


_PAGE_CHANGES = {
    "page.attached": QT_TRANSLATE_NOOP("messages", "添加扫描件（材料 {material}）"),
    "page.rotated": QT_TRANSLATE_NOOP("messages", "旋转扫描件（材料 {material}）"),
    "page.moved": QT_TRANSLATE_NOOP("messages", "调整顺序扫描件（材料 {material}）"),
    "page.deleted": QT_TRANSLATE_NOOP("messages", "删除扫描件（材料 {material}）"),
}
PAGE_CHANGED = QT_TRANSLATE_NOOP("messages", "修改扫描件（材料 {material}）")
RATING_RECORDED = QT_TRANSLATE_NOOP("messages", "记录申请人评价（{level} 级）")
UNRESOLVED_REPORT = QT_TRANSLATE_NOOP("messages", "登记办不成事反映（反映人 {name}）")


def _kept_error(value: str) -> Message | str:
    """The last error as ``sync_once`` kept it (a Message as JSON; older stores: its text)."""
    if not value:
        return ""
    try:
        return from_data(json.loads(value))
    except (ValueError, TypeError, AttributeError):
        return text(value)


def _write_json(path: Path, data: dict) -> None:
    # atomically: a power cut leaves the old catalog or the new one, never half of one
    write_json_atomically(path, data)
