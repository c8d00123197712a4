"""电子证照 lookup (减材料): a window asks, in the name of the clerk signed in on it, which licences
of one kind the licence library holds for one holder; the server asks the library
(server/licences/), keeps each licence's PDF as the hall's attachment and answers the licences with
their PDFs' hashes. Whether one may stand in for the paper today is the window's rule
(app/domain/licences.py); the server answers what the library said.

The library may take seconds: it is asked outside any transaction (FastAPI runs this plain route
in its threadpool, off the event loop). A lookup is a read of a citizen's records: one audit entry
in the caller's hall, under the holder's number (kept as its keyed hash, never in the detail).
"""

from __future__ import annotations

import logging
from datetime import date

from fastapi import APIRouter, Depends

from app.domain.hall_time import hall_date
from app.domain.id_numbers import validate_credit_code, validate_resident_id
from app.domain.licences import LICENCE_KINDS, HolderKind, holder_id_problem
from app.domain.masking import mask_id_number, redact_for_log
from app.sync.licence_protocol import LOOKUP_PATH, LicenceAnswer, LicenceItem, LicenceQuery
from app.sync.protocol import Role, TerminalKind
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit_read
from server.auth.credentials import Caller, require_terminal_user
from server.context import ServerContext
from server.errors import ApiError, bad_request
from server.licences.archive import archive
from server.licences.library import FoundLicence, LibraryAway, LibraryRefused
from server.licences.links import open_library, url_for_logs

log = logging.getLogger(__name__)
router = APIRouter(tags=["电子证照"])
# a clerk taking a case in at a window (or the hall manager serving one); never a kiosk, a
# display or the console: the answer names a citizen and carries their licences
window_clerk = require_terminal_user((TerminalKind.WINDOW,), (Role.CLERK, Role.HALL_MANAGER))
PAPER = "：请收取纸质材料"
NOT_CONNECTED = "本大厅未接入电子证照库" + PAPER


@router.post(
    LOOKUP_PATH,
    summary="调取电子证照：电子证照库中持证主体的某类证照（读取留痕）",
    responses=errors(400, 401, 403, 502, 503),
)
def lookup(
    body: LicenceQuery, caller: Caller = Depends(window_clerk), ctx: ServerContext = Depends(get_context)
) -> LicenceAnswer:
    now = ctx.now()
    kind, holder = body.kind.strip(), _holder(body.kind.strip(), body.holder_id, hall_date(now))
    url = ctx.config.licence_url
    if not url:
        raise ApiError(503, "licences_not_connected", NOT_CONNECTED)
    try:
        found = open_library(url).find(kind, holder)
    except LibraryAway as exc:
        # for the administrator (a library away all morning is theirs to chase); no ID number
        log.warning("licence library %s away: %s", url_for_logs(url), redact_for_log(str(exc)))
        raise ApiError(503, "licences_away", f"电子证照库暂时无法访问（{exc}）{PAPER}") from None
    except LibraryRefused as exc:
        log.warning("licence library %s refused: %s", url_for_logs(url), redact_for_log(str(exc)))
        raise ApiError(502, "licences_refused", str(exc)) from None
    except ValueError:  # an address that names no library (serve checks it at start; a config may not)
        raise ApiError(503, "licences_not_connected", f"本大厅的电子证照库地址无效{PAPER}") from None
    hall = caller.terminal.hall_code
    with ctx.transaction() as s:
        licences = [archive(s, ctx.blob_store, hall, one, now) for one in found]
        person = LICENCE_KINDS[kind] is HolderKind.PERSON
        audit_read(
            s,
            now,
            "licence_looked_up",
            [holder] if person else [],
            username=caller.clerk,
            terminal_id=caller.terminal.id,
            hall_code=hall,
            detail=_detail(body, kind, holder, person, found),
        )
    return LicenceAnswer(licences=[LicenceItem.of(licence) for licence in licences])


def _holder(kind: str, holder_id: str, today: date) -> str:
    """The holder's number as the library knows it (half-width, upper case), or 400 with why
    there is no such licence or no such number."""
    if kind not in LICENCE_KINDS:
        raise bad_request(f"电子证照库不提供“{kind}”")
    if problem := holder_id_problem(kind, holder_id, today):
        raise bad_request(str(problem))
    if LICENCE_KINDS[kind] is HolderKind.ORGANISATION:
        return validate_credit_code(holder_id)
    return validate_resident_id(holder_id, today).number


def _detail(body: LicenceQuery, kind: str, holder: str, person: bool, found: list[FoundLicence]) -> str:
    # a person is found by the entry's keyed hash: the detail shows the number masked; an
    # organisation's credit code is public (printed on its licence) and is the only key it has
    whose = mask_id_number(holder) if person else holder
    return f"{kind}（{whose}）；办件{body.case_id}；材料{body.material_code}；找到{len(found)}件"
