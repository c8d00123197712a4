"""Who acted at a window, as the server records it: the account a pushed change names.

A window names the account signed in there with each change it pushes (actor_username; a
rating's clerk_username). The server accepts only an account that could have been signed in at a
window of the terminal's hall (app/domain/window_accounts.py), and a case event's actor becomes
the account's display name as the server knows it, not the text the terminal sent. A change that
names no account keeps its text, with no account beside it: windows from before accounts were
recorded, entries already queued in an outbox, a workbench where nobody signed in. Refusing those
would drop decisions the applicant already holds on paper (a receipt, a refusal notice) and every
later change of the same case with them; their actor stays what the window printed.

A refusal says the same for an unknown account, another hall's and a back-office one, so a
terminal learns nothing of any of them.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.case_status import IssuanceMethod
from app.domain.collectors import IdentitySource
from app.domain.masking import mask_id_number, mask_numbers_in_text
from app.domain.window_accounts import may_act_at_window
from server.sync.batch import Batch
from server.sync.payloads import CaseMutationIn, IssuedDetailIn

HAND_OUT_TYPED = "hand_out_id_typed"  # the audit event of a result handed out on a typed ID
# what the clerk can do about a refused change: it stays on their workbench, shown in 同步
_KEPT_HERE = "本机的记录仍在，请联系大厅管理员核对该账号"


def refused(batch: Batch, username: str | None, acted_at: datetime) -> bool:
    """Whether a change recorded at `acted_at` names an account that was not signed in at a
    window of this hall then (None: it names no account, which is not refused)."""
    return username is not None and not may_act_at_window(batch.accounts.get(username), acted_at)


def account_refusal(username: str, record: str, when: str, outcome: str) -> str:
    """The one sentence for an unknown account, another hall's and one that may not serve at a
    window: "`record`的窗口人员账号“…”…（或`when`时已停用），`outcome`"."""
    return f"{record}的窗口人员账号“{username}”不是本大厅在岗的窗口人员（或{when}时已停用），{outcome}"


def event_refusal(username: str, summary: str) -> str:
    return account_refusal(username, "办件记录", "办理", f"本次“{summary}”未生效；{_KEPT_HERE}")


def page_refusal(username: str) -> str:
    return account_refusal(username, "扫描件记录", "操作", f"本次扫描件操作未生效；{_KEPT_HERE}")


def actor(batch: Batch, p: CaseMutationIn) -> str:
    """The actor a case event is recorded with: the named account's display name, else the text."""
    if p.actor_username is None:
        return p.event.actor
    return batch.display_names.get(p.actor_username, p.event.actor)


def audit_typed_hand_out(batch: Batch, case_number: str, p: CaseMutationIn, d: IssuedDetailIn) -> None:
    """A result handed over the counter on an ID typed instead of read from the card leaves an
    audit entry, written with the push: who, which case, the reason; the ID masked, and any number
    in the reason too (a clerk may type the ID into it)."""
    if d.identity != IdentitySource.TYPED or d.method == IssuanceMethod.POST:
        return
    issuance = p.snapshot.get("issuance")
    typed = issuance.get("collector_cert_number") if isinstance(issuance, dict) else None
    shown = mask_id_number(str(typed)) if typed else "（未记录）"
    try:
        method = str(IssuanceMethod(d.method).label)
    except ValueError:
        method = d.method
    who = actor(batch, p) if p.actor_username else f"{p.event.actor}（窗口未记录账号）"
    batch.audits.append(
        {
            "event": HAND_OUT_TYPED,
            "username": p.actor_username or "",
            "terminal_id": batch.terminal_id,
            "detail": f"办件{case_number}出件（{method}），领取人证件手工录入：{shown}；"
            f"原因：{mask_numbers_in_text(d.typed_reason)}；窗口人员：{who}",
        }
    )
