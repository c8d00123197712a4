"""电子证照 at the window: a material satisfied by the licence the state already holds.

The clerk presses 6 on a material the matter lets an 电子证照 replace. The window asks its server
(in the clerk's name: an audited read of a citizen's licences), which asks the licence library and
archives each licence's PDF; the domain then says which licence, if any, may stand in for the paper
today (app/domain/licences.py). Whatever goes wrong (no server, the library away, nothing held, a
licence revoked or expired) is said in one sentence that ends with what to do: take the paper.
Nothing changes on the case until a licence is taken, so nothing the clerk entered is lost and the
window never waits on the library to go on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.domain.licences import Holder, Licence, usable_licence
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.errors import RuleViolation
from app.sync.errors import ServerUnreachable, TransportError, Unauthorised

if TYPE_CHECKING:  # the HTTP stack and the wire models load with the first lookup
    from app.sync.case_transport import CaseTransport

NO_SERVER = QT_TRANSLATE_NOOP(
    "messages", "本机未连接大厅服务器，不能调取电子证照：请收取纸质材料（按 1 已收取）"
)
AWAY = QT_TRANSLATE_NOOP("messages", "电子证照现在查不了（{reason}）：请收取纸质材料（按 1 已收取）")
SIGN_IN = QT_TRANSLATE_NOOP(
    "messages", "未在服务器上登录（离线登录），不能调取电子证照：请收取纸质材料，或联网后重新登录"
)
REFUSED = QT_TRANSLATE_NOOP("messages", "电子证照库未能查询：{reason}")
NONE_HELD = QT_TRANSLATE_NOOP("messages", "电子证照库中没有{name}的“{kind}”：请收取纸质材料")
NOT_TAKEN = QT_TRANSLATE_NOOP("messages", "{problem}：请收取纸质材料")


class LicenceFinder:
    """The licence to take for one material, asked of the hall's server."""

    def __init__(self, server: Callable[[], CaseTransport | None]) -> None:
        self._server = server

    def find(self, case_id: str, code: str, kind: str, holder: Holder, today: date) -> Licence:
        """The licence in force the library holds; RuleViolation with the clerk's next step else."""
        server = self._server()
        if server is None:
            raise RuleViolation(Message(NO_SERVER))
        from app.sync.licence_protocol import LicenceQuery

        query = LicenceQuery(case_id=case_id, material_code=code, kind=kind, holder_id=holder.id_number)
        try:
            answer = server.licences(query)
        except Unauthorised:
            raise RuleViolation(Message(SIGN_IN)) from None
        except ServerUnreachable as exc:
            raise RuleViolation(Message(AWAY, reason=_bare(exc.detail))) from None
        except TransportError as exc:
            raise RuleViolation(Message(REFUSED, reason=exc.detail)) from None
        found = usable_licence([item.licence() for item in answer.licences], holder, today)
        if found is None:
            raise RuleViolation(Message(NONE_HELD, name=holder.name or holder.id_number, kind=kind))
        if isinstance(found, Licence):
            return found
        raise RuleViolation(Message(NOT_TAKEN, problem=found))


def _bare(reason: str) -> str:
    """The server's reason without its own "take the paper" ending, which the sentence repeats."""
    return reason.split("：请收取纸质材料")[0].rstrip("。；，")
