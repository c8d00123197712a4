"""Signing in while this PC's store is locked: the sign-in that releases its key.

A sealed workbench starts with nothing of a citizen's readable. The sign-in screen talks to this
object until a clerk is in:

- online, the server checks the password (with the terminal's credentials from
  ``terminal.json``) and its answer carries the window key, which opens the store;
- when the server cannot be reached, the clerk's own password slot opens it: a clerk who never
  signed in online at this PC cannot work here offline, and is told so.

Then the composition root opens the database and the rest with the key (``open_with``) and the
workbench's own SignInService carries on with the clerk and their session (``adopt``): locking,
switching users and signing out work as on an open store. Failures count and lock the name as
there (the same file), so guessing here is as slow as guessing at the open workbench.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

import httpx

from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.clock import Clock
from app.services.sign_in import (
    CHANGE_NEEDS_SERVER,
    LOCKED,
    LOCKOUT,
    MAX_FAILURES,
    NAME_AND_PASSWORD,
    WRONG_AND_LOCKED,
    WRONG_PASSWORD,
    SignedInUser,
    SignInRefused,
    signed_in_user,
)
from app.services.sync.terminal_identity import load_identity
from app.services.window_store import WindowStore
from app.store.sign_in_failures import SignInFailures
from app.sync.protocol import LoginAnswer, LoginRequest, PasswordChange
from app.sync.transport import HttpTransport, ServerUnreachable, TransportError

log = logging.getLogger(__name__)

FIRST_TIME_OFFLINE = QT_TRANSLATE_NOOP(
    "messages",
    "无法连接中心服务器，账号“{name}”在本机没有离线解锁密钥（从未在本机联网登录，或密码已在别处修改）：请在网络恢复后登录，或请在本机登录过的同事登录",
)
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "messages", "本机数据已加密，但找不到本终端的登记信息（terminal.json），无法联网登录：请联系运维人员"
)
STILL_LOCKED = QT_TRANSLATE_NOOP("messages", "请先登录：本机数据尚未解锁")


class StoreUnlock:
    def __init__(
        self,
        store: WindowStore,
        server_url: str,
        client: httpx.Client | None,
        clock: Clock,
        open_with: Callable[[bytes], object],
    ) -> None:
        self._store = store
        self._server_url = server_url  # the settings' address beats the one enrolled with
        self._client = client
        self._clock = clock
        self._failures = SignInFailures(store.data_dir)
        self._open_with = open_with  # Services: opens the database and use cases with the key
        self._pending: tuple[LoginAnswer, str, HttpTransport] | None = None  # must change first
        self.current: SignedInUser | None = None
        self.token = ""

    # -- the screen's three calls ------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> SignedInUser:
        name = username.strip()
        if not name or not password:
            raise SignInRefused(Message(NAME_AND_PASSWORD))
        until = self._failures.get(name)[1]
        if until is not None and self._clock() < until:
            raise SignInRefused(Message(LOCKED, failures=MAX_FAILURES, name=name))
        transport = self._transport()
        answer = self._login(transport, name, password) if transport is not None else None
        if answer is None:
            return self._offline(name, password)
        user = signed_in_user(answer)
        if answer.must_change_password:
            # the key is given only for the clerk's own password: change it, then sign in again
            self._pending = (answer, password, transport)
            self.current, self.token = user, answer.token
            return user
        key = self._store.open_with_window_key(answer.window_key, name, password, remember=False)
        return self._opened(key, user, answer.token, password)

    def change_password(self, current: str, new: str) -> SignedInUser:
        if self._pending is None:
            raise SignInRefused(Message(STILL_LOCKED))
        answer, _old, transport = self._pending
        try:
            transport.change_password(
                answer.token, PasswordChange(current_password=current, new_password=new)
            )
        except ServerUnreachable as exc:
            raise SignInRefused(Message(CHANGE_NEEDS_SERVER)) from exc
        except TransportError as exc:
            raise SignInRefused(exc.detail) from exc
        self._pending = None
        again = self._login(transport, answer.user.username, new)
        if again is None:  # the server went away between the two calls
            raise SignInRefused(Message(CHANGE_NEEDS_SERVER))
        key = self._store.open_with_window_key(again.window_key, again.user.username, new, remember=False)
        user = replace(signed_in_user(again), must_change_password=False)
        return self._opened(key, user, again.token, new)

    def sign_out(self) -> None:
        """换人登录 before the store opened (a password change given up): the session ends."""
        pending, self._pending = self._pending, None
        self.current, self.token = None, ""
        if pending is not None:
            answer, _old, transport = pending
            try:
                transport._call(
                    "DELETE", "/sessions", headers={"Authorization": f"Bearer {answer.token}"}, auth=False
                )
            except TransportError as exc:  # unreachable or already over: it expires by itself
                log.info("sign-out before unlock: %s", exc.code)

    # -- steps -------------------------------------------------------------------------------------
    def _transport(self) -> HttpTransport | None:
        identity = load_identity(self._store.data_dir)
        if identity is None:
            return None
        url = self._server_url or identity.server_url
        return HttpTransport(url, self._client, terminal_id=identity.terminal_id, secret=identity.secret)

    def _login(self, transport: HttpTransport, name: str, password: str) -> LoginAnswer | None:
        try:
            return transport.login(LoginRequest(username=name, password=password))
        except ServerUnreachable:
            return None
        except TransportError as exc:
            if exc.code != "throttled":
                self._count_failure(name)
            raise SignInRefused(exc.detail) from exc

    def _offline(self, name: str, password: str) -> SignedInUser:
        if load_identity(self._store.data_dir) is None and not self._store.has_password_slot(name):
            raise SignInRefused(Message(NOT_ENROLLED))
        if not self._store.has_password_slot(name):
            raise SignInRefused(Message(FIRST_TIME_OFFLINE, name=name))
        key = self._store.open_with_password(name, password)
        if key is None:
            raise SignInRefused(self._count_failure(name))
        services = self._open_with(key)
        # the open workbench checks what the cache says of the account (active, own password)
        user = services.sign_in.sign_in_offline(name, password)
        self._failures.set(name, 0, None)
        self.current = user
        return user

    def _opened(self, key: bytes, user: SignedInUser, token: str, password: str) -> SignedInUser:
        services = self._open_with(key)
        services.sign_in.adopt(user, token)
        services.sign_in.refresh_users()  # the hall's accounts, as an online sign-in there does
        # the clerk's slot beside the hash just cached (a changed hash would have dropped it)
        self._store.remember_password(user.username, password)
        self._failures.set(user.username, 0, None)
        self.current, self.token = user, token
        return user

    def _count_failure(self, name: str) -> Message:
        failures = self._failures.get(name)[0] + 1
        until = self._clock() + LOCKOUT if failures >= MAX_FAILURES else None
        self._failures.set(name, failures, until)
        if until is not None:
            return Message(WRONG_AND_LOCKED, failures=MAX_FAILURES)
        return Message(WRONG_PASSWORD, left=MAX_FAILURES - failures)
