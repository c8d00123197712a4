"""Signing a clerk in at the workbench: with the server when it answers, else from the cache.

Online, the server checks the password (POST /v1/sessions) and throttles; on success the hall's
users are fetched again, so the argon2 hashes cached here stay current. When the server cannot
be reached, the password is checked against the cached hash of the user as the server last
described them (offline=True), so a hall whose network is down keeps working. A wrong password
counts locally too: after 5 failures in a row the name is locked for a minute, online or not,
and the count is kept on disk (app/store/sign_in_failures.py), so closing the workbench does not
reset it.

A password set by someone else (a new account, a reset) must be changed by its holder first:
the server says so at sign-in (``must_change_password``), the screen asks for a new one and
``change_password`` sets it with the server. Such an account cannot sign in offline: the change
needs the server, and its holder is not to work under a password someone else knows.

Signing out drops the token at once (nothing is sent in that user's name after it) and ends the
server session (DELETE /v1/sessions). When the server cannot be reached the token is kept in
memory only, and the session is ended after the next sync round that reaches the server
(``after_sync``, a sync listener) — or, if the workbench closes first, it expires on the server
by itself (its session lifetime). A clerk signed in offline has no server session: the window's
queue asks them to sign in again once the server answers (its actions need the session).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.clock import Clock
from app.services.errors import ServiceError
from app.store.sign_in_failures import SignInFailures
from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork
from app.sync.errors import ServerUnreachable, TransportError

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from app.services.sync.service import SyncService
    from app.services.window_store import WindowStore
    from app.sync.protocol import LoginAnswer

# argon2 and the protocol's models are imported at the first sign-in, not when the workbench
# opens this service (its start waits for nothing it does not use yet)

log = logging.getLogger(__name__)
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=1)


NAME_AND_PASSWORD = QT_TRANSLATE_NOOP("messages", "请输入用户名和密码")
NO_OFFLINE_ACCOUNTS = QT_TRANSLATE_NOOP(
    "messages", "无法连接中心服务器，本机也还没有可用于离线登录的账号：请在网络恢复后登录"
)
UNKNOWN_OFFLINE = QT_TRANSLATE_NOOP(
    "messages", "无法连接中心服务器，本机没有账号“{name}”的登录记录：请核对用户名或在联网时登录"
)
INACTIVE = QT_TRANSLATE_NOOP("messages", "该账号已停用，请联系大厅管理员")
LOCKED = QT_TRANSLATE_NOOP("messages", "连续 {failures} 次登录失败，账号“{name}”已暂时锁定，请 1 分钟后再试")
WRONG_AND_LOCKED = QT_TRANSLATE_NOOP(
    "messages", "密码不正确。已连续 {failures} 次失败，账号已暂时锁定，请 1 分钟后再试"
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP("messages", "密码不正确（离线登录），还可尝试 {left} 次")
CHANGE_FIRST_OFFLINE = QT_TRANSLATE_NOOP(
    "messages", "账号“{name}”的初始密码须先修改，修改需要连接中心服务器：请在网络恢复后登录"
)
CHANGE_NEEDS_SERVER = QT_TRANSLATE_NOOP("messages", "无法连接中心服务器，密码未修改：请稍后再试")
NOT_SIGNED_IN_ONLINE = QT_TRANSLATE_NOOP("messages", "请先联网登录，再修改密码")


@dataclass(frozen=True)
class SignedInUser:
    username: str
    display_name: str
    role: str
    hall_code: str
    window_name: str
    offline: bool
    must_change_password: bool = False  # set by another's hand: to be changed before any work


@dataclass(frozen=True)
class _Cached:
    username: str
    display_name: str
    role: str
    hall_code: str
    window_name: str
    password_hash: str
    active: bool
    must_change_password: bool


def signed_in_user(answer: LoginAnswer) -> SignedInUser:
    """The user as the server's sign-in answer describes them (signed in online)."""
    u = answer.user
    return SignedInUser(
        u.username,
        u.display_name,
        u.role.value,
        u.hall_code,
        u.window_name,
        False,
        answer.must_change_password,
    )


class SignInRefused(ServiceError):
    """``message`` tells the clerk why (str(): in Chinese)."""


class SignInService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        sync: SyncService,
        clock: Clock,
        failures: SignInFailures | None = None,
        store: WindowStore | None = None,
    ) -> None:
        self._sessions = sessions
        self._sync = sync
        self._clock = clock
        self._failures = failures or SignInFailures(sync.data_dir)
        # this PC's sealed store: an online sign-in renews the clerk's password slot (or seals a
        # store still in clear with the server's window key); None: a workbench without one
        self._store = store
        self._hasher_made: PasswordHasher | None = None
        self._lock = threading.Lock()  # sign-in state of this process (token, current, unended)
        self._current: SignedInUser | None = None
        self.token = ""  # the server session's bearer token while signed in online
        self._unended: list[str] = []  # tokens signed out while the server could not be reached

    @property
    def _hasher(self) -> PasswordHasher:
        if self._hasher_made is None:
            from argon2 import PasswordHasher

            self._hasher_made = PasswordHasher()
        return self._hasher_made

    @property
    def current(self) -> SignedInUser | None:
        return self._current

    def adopt(self, user: SignedInUser, token: str) -> None:
        """The clerk signed in while the store was locked (app/services/store_unlock.py): from
        now on theirs is the session, as if they had signed in here."""
        with self._lock:
            self._current, self.token = user, token

    def sign_out(self) -> None:
        """Sign the user out here at once, and end their server session (now, or once the
        server can be reached again)."""
        with self._lock:
            token, self._current, self.token = self.token, None, ""
            if token:
                self._unended.append(token)
        self._end_sessions()

    def after_sync(self, status) -> None:
        """The sync runner's listener: a round reached the server, so end what waits. Never
        raises (the runner must go on)."""
        if getattr(status, "online", False) and self._unended:
            self._end_sessions()

    @property
    def unended_sessions(self) -> int:
        """Server sessions signed out here but not yet ended on the server."""
        return len(self._unended)

    def _end_sessions(self) -> None:
        if not self._unended:  # signed in offline, or standalone: no server session to end
            return
        transport = self._sync.transport()
        if transport is None:
            with self._lock:
                self._unended.clear()  # standalone: no server session was ever opened
            return
        while True:
            with self._lock:
                if not self._unended:
                    return
                token = self._unended[0]
            try:
                # DELETE /v1/sessions in the user's name (the HTTP transport's plumbing, as the
                # queue's transport uses it): the Bearer token alone says which session
                transport._call(
                    "DELETE", "/sessions", headers={"Authorization": f"Bearer {token}"}, auth=False
                )
            except ServerUnreachable as exc:
                log.info("sign-out: server session not ended yet (%s); ended when back online", exc.code)
                self._sync.note_contact(False)
                return
            except TransportError as exc:  # 401: already ended or expired — nothing left to end
                log.info("sign-out: server session already over (%s)", exc.code)
            with self._lock:
                if self._unended and self._unended[0] == token:
                    self._unended.pop(0)

    def sign_in(self, username: str, password: str) -> SignedInUser:
        name = username.strip()
        if not name or not password:
            raise SignInRefused(Message(NAME_AND_PASSWORD))
        self._check_throttle(name)
        previous_token = self.token
        user = self._online(name, password)
        if user is None:
            user = self._offline(name, password)
        self._set_failures(name, 0, None)
        with self._lock:
            if previous_token and previous_token != self.token:
                # signed in again over a session (unlocking the workbench): the old one ends
                self._unended.append(previous_token)
        self._current = user
        self._end_sessions()
        return user

    # -- with the server ---------------------------------------------------------------------------
    def _online(self, name: str, password: str) -> SignedInUser | None:
        """The user as the server signs them in; None when the server cannot be asked."""
        transport = self._sync.transport()
        if transport is None:
            return None
        from app.sync.protocol import LoginRequest

        try:
            answer = transport.login(LoginRequest(username=name, password=password))
        except ServerUnreachable:
            self._sync.note_contact(False)
            return None
        except TransportError as exc:  # wrong password, unknown, inactive, throttled by the server
            self._sync.note_contact(True)
            if exc.code != "throttled":
                self._failed(name)
            raise SignInRefused(exc.detail) from exc
        self._sync.note_contact(True)
        self.token = answer.token
        try:
            self._sync.save_users(transport.users())
        except TransportError as exc:  # signed in all the same; the cache is refreshed next time
            log.info("cached users not refreshed after sign-in: %s", exc.detail)
        # after the cache: a slot is made beside the hash it now holds (a changed hash drops it)
        self._keep_key(answer.window_key, name, password)
        return signed_in_user(answer)

    def change_password(self, current: str, new: str) -> SignedInUser:
        """The signed-in user's own new password, set with the server (POST /sessions/password);
        the cached hashes are refreshed so the new one works offline at once."""
        from app.sync.protocol import PasswordChange

        user, token, transport = self._current, self.token, self._sync.transport()
        if user is None or not token or transport is None:
            raise SignInRefused(Message(NOT_SIGNED_IN_ONLINE))
        try:
            transport.change_password(token, PasswordChange(current_password=current, new_password=new))
        except ServerUnreachable as exc:
            self._sync.note_contact(False)
            raise SignInRefused(Message(CHANGE_NEEDS_SERVER)) from exc
        except TransportError as exc:  # the server's sentence: a weak password, a wrong current one
            raise SignInRefused(exc.detail) from exc
        try:
            self._sync.save_users(transport.users())
        except TransportError as exc:
            log.info("cached users not refreshed after a password change: %s", exc.detail)
        changed = replace(user, must_change_password=False)
        self._current = changed
        if self._store is not None:
            self._store.remember_password(user.username, new)
        return changed

    def _keep_key(self, window_key: str, name: str, password: str) -> None:
        """The server's window key: seals a store still in clear, renews this clerk's password
        slot. The workbench is open already, so a key that does not fit stops nothing (it is
        logged: the terminal may have been enrolled again under another key)."""
        if not window_key or self._store is None:
            return
        try:
            self._store.open_with_window_key(window_key, name, password)
        except ServiceError as exc:
            log.error("window key from the server not used: %s", exc)

    def refresh_users(self) -> None:
        """The hall's accounts cached again (after a sign-in made before the store opened)."""
        transport = self._sync.transport()
        if transport is None:
            return
        try:
            self._sync.save_users(transport.users())
        except TransportError as exc:
            log.info("cached users not refreshed after unlocking: %s", exc.detail)

    # -- from the cache ------------------------------------------------------------------------------
    def sign_in_offline(self, name: str, password: str) -> SignedInUser:
        """The cache's word alone, the password already proven: the store was just opened with
        this clerk's password slot, which stands only while the cached hash is the one it was
        made beside (WindowStore.forget_passwords), so argon2 need not run a second time."""
        user = self._offline(name, password, proven=True)
        self._set_failures(name, 0, None)
        self._current = user
        return user

    def _offline(self, name: str, password: str, proven: bool = False) -> SignedInUser:
        with UnitOfWork(self._sessions) as uow:
            repo = SyncRepository(uow.session)
            found = repo.user(name)
            has_users = repo.user_count() > 0
            # plain values: the row expires when the unit of work ends
            row = (
                None
                if found is None
                else _Cached(
                    found.username,
                    found.display_name,
                    found.role,
                    found.hall_code,
                    found.window_name,
                    found.password_hash,
                    found.active,
                    bool(found.must_change_password),
                )
            )
        if row is None:
            if not has_users:
                raise SignInRefused(Message(NO_OFFLINE_ACCOUNTS))
            self._failed(name)
            raise SignInRefused(Message(UNKNOWN_OFFLINE, name=name))
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            if not proven:
                self._hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError) as exc:
            self._failed(name)
            raise SignInRefused(self._wrong_password(name)) from exc
        if not row.active:
            raise SignInRefused(Message(INACTIVE))
        if row.must_change_password:
            raise SignInRefused(Message(CHANGE_FIRST_OFFLINE, name=name))
        return SignedInUser(row.username, row.display_name, row.role, row.hall_code, row.window_name, True)

    # -- throttling (kept on disk, outside the database: a restart does not reset it) ---------------
    def _get_failures(self, name: str) -> tuple[int, datetime | None]:
        return self._failures.get(name)

    def _set_failures(self, name: str, failures: int, until: datetime | None) -> None:
        self._failures.set(name, failures, until)

    def _check_throttle(self, name: str) -> None:
        until = self._get_failures(name)[1]
        if until is None:
            return
        if self._clock() < until:
            raise SignInRefused(Message(LOCKED, failures=MAX_FAILURES, name=name))
        self._set_failures(name, 0, None)  # the minute is over: a fresh start

    def _failed(self, name: str) -> None:
        failures = self._get_failures(name)[0] + 1
        until = self._clock() + LOCKOUT if failures >= MAX_FAILURES else None
        self._set_failures(name, failures, until)

    def _wrong_password(self, name: str) -> Message:
        failures, until = self._get_failures(name)
        if until is not None:
            return Message(WRONG_AND_LOCKED, failures=MAX_FAILURES)
        return Message(WRONG_PASSWORD, left=MAX_FAILURES - failures)
