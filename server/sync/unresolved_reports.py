"""A 办不成事 反映 pushed by a window (UNRESOLVED_REPORTED, app/sync/unresolved_reports.py).

The report belongs to the hall of the terminal that pushed it (the payload names none). Its id
is the window's, so a resend — the same mutation after a lost answer, or the report queued again
by a re-enrolled PC — is answered as done and makes nothing; a different report under an id
already used (here or in another hall: the answer is the same) is refused. The account it names
is checked as a rating's clerk is (server/sync/window_actors.py): "" where nobody signs in to the
workbench, else an account that could have been signed in at a window of this hall then. Its
matter code is not held to the server's catalog: what could not be done is the applicant's to
say, and a report is never lost for a code the catalog lacks (or a window's older catalog had).
server/manager/unresolved_reports.py stores it with its deadline, in the push's transaction.
"""

from __future__ import annotations

import uuid

from app.domain.hall_time import hall_date
from app.domain.unresolved_reports import ProblemKind, UnresolvedReport, report_problems
from app.sync.unresolved_reports import ReportPayload
from server.manager.unresolved_reports import SAME_REPORT
from server.sync.batch import Batch
from server.sync.payloads import as_utc, parse
from server.sync.window_actors import account_refusal, refused

NOT_TAKEN = "本次反映未登记"


def apply_report(batch: Batch, payload: dict) -> str | None:
    """Take one report into the batch; the refusal's reason, or None."""
    # the wire's bounds (lengths, kinds); a field a newer window adds is ignored, as in every payload
    known = {k: v for k, v in payload.items() if k in ReportPayload.model_fields}
    p: ReportPayload = parse(ReportPayload, known)
    if not _canonical_uuid(p.id):
        return f"反映编号“{p.id}”不是有效的UUID，{NOT_TAKEN}"
    report = _row(p)
    stored = batch.reports.get(p.id)
    if stored is not None:
        if stored["hall_code"] == batch.hall_code and all(stored[k] == report[k] for k in SAME_REPORT):
            return None  # the same report again: it is there already
        return f"反映编号{p.id}已用于另一条反映，{NOT_TAKEN}（请联系系统管理员）"
    problems = report_problems(
        UnresolvedReport(
            name=p.name,
            phone=p.phone,
            kind=ProblemKind(p.kind),
            description=p.description,
            matter_code=p.matter_code,
            matter_name=p.matter_name,
            failed_window=p.failed_window,
            case_number=p.case_number,
        )
    )
    if problems:
        return "办不成事反映未登记：" + "；".join(str(problem.message) for problem in problems)
    if report["registered_by"] and refused(batch, report["registered_by"], report["reported_at"]):
        outcome = f"{NOT_TAKEN}；本机的记录仍在，请联系大厅管理员核对该账号"
        return account_refusal(report["registered_by"], "办不成事反映", "登记", outcome)
    batch.reports[p.id] = {**report, "hall_code": batch.hall_code}
    batch.new_reports.append(report)
    return None


def _canonical_uuid(text: str) -> bool:
    # the id is the row's key and a part of the console's URLs: one spelling of it only
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _row(p: ReportPayload) -> dict:
    """The report as stored: its texts trimmed (as the domain's rules read them)."""
    reported_at = as_utc(p.reported_at)
    return {
        "id": p.id,
        "reported_at": reported_at,
        "reported_on": hall_date(reported_at),
        "window": p.window.strip(),
        "registered_by": p.registered_by,  # an account name, never typed: as the window sent it
        "name": p.name.strip(),
        "phone": p.phone.strip(),
        "kind": p.kind,
        "description": p.description.strip(),
        "matter_code": p.matter_code.strip(),
        "matter_name": p.matter_name.strip(),
        "failed_window": p.failed_window.strip(),
        "case_number": p.case_number.strip(),
    }
