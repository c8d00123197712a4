"""The client end of the sync protocol over HTTP (httpx): one method per endpoint.

Answers come back as the protocol's models; failures as a few typed exceptions the sync service
acts on, each with a Chinese sentence for the clerk:

- ServerUnreachable: no connection, a timeout (ours, or the server's 408 for a body that came too
  slowly), a 5xx or an answer we cannot read: offline, retry later with backoff;
- Unauthorised: 401 (the terminal's or the user's credential is not accepted);
- SeqGap: 409 seq_gap, with the seq the server expects next;
- Refused: any other 4xx, with the server's machine code and sentence.

Plain ``http://`` (and ``ws://``) is refused to any server but this machine (127.0.0.0/8, ::1,
localhost: the demo's embedded server): the terminal's secret and the users' passwords and
tokens travel in every request. A hall that truly runs without TLS says so with
``--allow-insecure-http`` (which sets ALLOW_INSECURE_HTTP_ENV for the process and its children).
"""

from __future__ import annotations

import ipaddress
import os
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from app.domain.messages import QT_TRANSLATE_NOOP, Message

# the failures, in a module of their own that needs neither httpx nor pydantic (see there);
# imported here too, where every caller has always found them
from app.sync.errors import (
    InsecureServer,
    Refused,
    SeqGap,
    ServerUnreachable,
    TransportError,
    Unauthorised,
)
from app.sync.protocol import (
    API_PREFIX,
    TERMINAL_AUTH_SCHEME,
    TERMINAL_HEADER,
    AttachmentOffer,
    AttachmentState,
    CatalogAnswer,
    EnrolAnswer,
    EnrolRequest,
    LoginAnswer,
    LoginRequest,
    PasswordChange,
    PullAnswer,
    PushAnswer,
    PushRequest,
    UserInfo,
    UsersAnswer,
)
from app.sync.tls import HallCaUnusable, tls_verification

M = TypeVar("M", bound=BaseModel)
DEFAULT_TIMEOUT = 15.0
ALLOW_INSECURE_HTTP_ENV = "ONEWINDOW_ALLOW_INSECURE_HTTP"


INSECURE = QT_TRANSLATE_NOOP(
    "messages",
    "中心服务器地址 {address} 未加密：终端凭据和密码会以明文经过网络，已拒绝连接。请改用 https:"
    "// 地址；确需明文连接时以 --allow-insecure-http 启动",
)
TIMEOUT = QT_TRANSLATE_NOOP("messages", "连接中心服务器超时")
UNREACHABLE = QT_TRANSLATE_NOOP("messages", "网络不通或连接被中断（{error}）")
BAD_ANSWER = QT_TRANSLATE_NOOP("messages", "中心服务器的应答无法识别，可能版本不一致或中间设备有误")
SERVER_ERROR = QT_TRANSLATE_NOOP("messages", "中心服务器暂时无法处理请求（{status}）")
TOO_SLOW = QT_TRANSLATE_NOOP("messages", "网络过慢，请求未能及时传到中心服务器")
UNAUTHORISED = QT_TRANSLATE_NOOP("messages", "中心服务器不接受本终端或账号的凭据")
REFUSED = QT_TRANSLATE_NOOP("messages", "中心服务器拒绝了请求（{status}）")


def insecure_http_allowed() -> bool:
    return os.environ.get(ALLOW_INSECURE_HTTP_ENV, "") not in ("", "0")


def is_loopback(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, allow_insecure_http: bool | None = None) -> None:
    """Raise InsecureServer if `url` is plain http:// or ws:// to a machine other than this one,
    unless insecure HTTP is allowed (the argument, else the process setting)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "ws") or is_loopback(parts.hostname or ""):
        return
    if allow_insecure_http if allow_insecure_http is not None else insecure_http_allowed():
        return
    raise InsecureServer(Message(INSECURE, address=f"{parts.scheme}://{parts.netloc}"), "insecure_http")


def terminal_authorization(terminal_id: str, secret: str) -> str:
    """The value of the Authorization header that names this terminal (HTTP API and event stream)."""
    return f"{TERMINAL_AUTH_SCHEME} {terminal_id}:{secret}"


def normalise_base_url(url: str) -> str:
    """`http://host:port` with no trailing slash and no /v1 (the paths add it)."""
    url = url.strip().rstrip("/")
    return url[: -len(API_PREFIX)] if url.endswith(API_PREFIX) else url


class HttpTransport:
    def __init__(
        self,
        base_url: str,
        client: httpx.Client | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        terminal_id: str = "",
        secret: str = "",
        allow_insecure_http: bool | None = None,
    ) -> None:
        self.base_url = normalise_base_url(base_url)
        # a caller's client decides itself where its bytes go (an in-process server, a mock); the
        # connections this transport opens itself follow the plain-HTTP rule (check_server_url)
        self._allow_insecure = True if client is not None else allow_insecure_http
        # a caller's client (tests pass FastAPI's TestClient, which is one) is theirs to close
        self._owns_client = client is None
        self._tls_problem: Message | None = None  # a pinned hall CA that cannot be used (app/sync/tls)
        if client is None:
            try:
                verify = tls_verification()
            except HallCaUnusable as exc:
                self._tls_problem, verify = exc.message, True  # no request goes out: _call says why
            client = httpx.Client(timeout=timeout, verify=verify)
        self._client = client
        self._timeout = timeout
        self.terminal_id, self._secret = terminal_id, secret

    def set_terminal(self, terminal_id: str, secret: str) -> None:
        self.terminal_id, self._secret = terminal_id, secret

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    # -- endpoints ---------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        return self._call("GET", "/health", auth=False).json()

    def enrol(self, request: EnrolRequest) -> EnrolAnswer:
        return self._model(EnrolAnswer, self._call("POST", "/terminals/enrol", body=request, auth=False))

    def login(self, request: LoginRequest) -> LoginAnswer:
        return self._model(LoginAnswer, self._call("POST", "/sessions", body=request))

    def push(self, request: PushRequest) -> PushAnswer:
        return self._model(PushAnswer, self._call("POST", "/sync/push", body=request))

    def pull(self, cursor: str, limit: int) -> PullAnswer:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self._model(PullAnswer, self._call("GET", "/sync/pull", params=params))

    def offer_attachment(self, offer: AttachmentOffer) -> AttachmentState:
        return self._model(AttachmentState, self._call("POST", "/attachments", body=offer))

    def attachment_state(self, sha256: str) -> AttachmentState:
        return self._model(AttachmentState, self._call("GET", f"/attachments/{sha256}"))

    def upload_chunk(
        self, sha256: str, offset: int, data: bytes, offer: AttachmentOffer | None = None
    ) -> AttachmentState:
        """PUT a chunk at `offset`; with `offer`, the same request offers the page (a server from
        before such PUTs ignores it and answers 404 not_found for a page it was not offered)."""
        params: dict[str, Any] = {"offset": offset}
        if offer is not None:
            params.update(size=offer.size, media_type=offer.media_type)
        response = self._call(
            "PUT",
            f"/attachments/{sha256}",
            params=params,
            content=data,
            headers={"Content-Type": "application/octet-stream"},
        )
        return self._model(AttachmentState, response)

    def catalog(self) -> CatalogAnswer:
        return self._model(CatalogAnswer, self._call("GET", "/catalog"))

    def change_password(self, token: str, change: PasswordChange) -> UserInfo:
        """POST /sessions/password in the name of the user signed in with `token`."""
        headers = {"Authorization": f"Bearer {token}", TERMINAL_HEADER: f"{self.terminal_id}:{self._secret}"}
        return self._model(
            UserInfo, self._call("POST", "/sessions/password", body=change, headers=headers, auth=False)
        )

    def users(self) -> UsersAnswer:
        return self._model(UsersAnswer, self._call("GET", "/users"))

    # -- plumbing ----------------------------------------------------------------------------------
    def _call(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        params: dict[str, Any] | None = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
    ) -> httpx.Response:
        check_server_url(self.base_url, self._allow_insecure)
        if self._tls_problem is not None:
            raise ServerUnreachable(self._tls_problem, "bad_hall_ca")
        all_headers = dict(headers or {})
        if auth:
            all_headers["Authorization"] = terminal_authorization(self.terminal_id, self._secret)
        kwargs: dict[str, Any] = {"params": params, "headers": all_headers, "timeout": self._timeout}
        if body is not None:
            kwargs["content"] = body.model_dump_json()
            all_headers["Content-Type"] = "application/json"
        elif content is not None:
            kwargs["content"] = content
        try:
            response = self._client.request(method, f"{self.base_url}{API_PREFIX}{path}", **kwargs)
        except httpx.TimeoutException as exc:
            raise ServerUnreachable(Message(TIMEOUT), "timeout") from exc
        except httpx.HTTPError as exc:  # refused connection, DNS, TLS, a dropped connection …
            raise ServerUnreachable(Message(UNREACHABLE, error=type(exc).__name__), "unreachable") from exc
        if response.status_code < 400:
            return response
        raise _error(response)

    @staticmethod
    def _model(model: type[M], response: httpx.Response) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            # a proxy's error page, or a server of another version: treat like a server fault
            raise ServerUnreachable(Message(BAD_ANSWER), "bad_answer") from exc


def _error(response: httpx.Response) -> TransportError:
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    detail = str(body.get("detail") or "") if isinstance(body.get("detail"), str) else ""
    code = str(body.get("code") or "")
    if status >= 500:
        return ServerUnreachable(detail or Message(SERVER_ERROR, status=status), code or "server_error")
    if status == 408:  # the body did not arrive in the server's time: a slow link, try again later
        return ServerUnreachable(detail or Message(TOO_SLOW), code or "timeout")
    if status == 401:
        return Unauthorised(detail or Message(UNAUTHORISED), code or "unauthorised")
    if status == 409 and code == "seq_gap" and isinstance(body.get("expected_seq"), int):
        return SeqGap(body["expected_seq"], detail)
    return Refused(detail or Message(REFUSED, status=status), code or str(status))
