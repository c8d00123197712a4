"""How the workbench opens 办不成事 反映 (Ctrl+Shift+B): one dialog per signed-in clerk, with the
intake's case and applicant brought in (ui/unresolved/report_dialog.py)."""

from __future__ import annotations

from dataclasses import dataclass

_PERSON = 1  # ApplicantType 自然人: anyone else is represented at the window by their 经办人


@dataclass(frozen=True)
class Prefill:
    """What the intake holds when the dialog opens: the case and its applicant, as on screen."""

    case_number: str = ""
    name: str = ""
    phone: str = ""
    matter_code: str = ""
    matter_name: str = ""


def prefill_from(intake) -> Prefill:
    """The intake's case (its number, its matter) and the person at the window: the applicant
    as typed (not as last saved), or an organisation's 经办人, who is the one reporting."""
    case, party = intake.case, intake.applicant.value()
    name, phone = party.name, party.phone
    if party.type != _PERSON and party.agent_name:
        name, phone = party.agent_name, party.agent_phone
    if case is None:
        return Prefill(name=name, phone=phone)
    # a 一件事 bundle names several matters: its title, without one matter's code
    code = case.matter_codes[0] if len(case.matter_codes) == 1 else ""
    return Prefill(case.number, name, phone, code, case.title)


def open_report_dialog(window) -> None:
    """Ctrl+Shift+B in the workbench. The dialog is kept (what was typed survives Esc) until
    another clerk signs in: the last one's reporter is not theirs."""
    if window.signed_out or not window.services.is_open:
        return
    from ui.unresolved.report_dialog import ReportDialog  # its imports wait until first asked for

    dialog = window.report_dialog
    if dialog is None or dialog.user is not window.user:
        if dialog is not None:
            dialog.deleteLater()
        services = window.services
        dialog = ReportDialog(window.worker, services.unresolved, services.catalog.search, window)
        dialog.user = window.user
        dialog.kept.connect(lambda text: window.status.showMessage(text, 10000))
        window.report_dialog = dialog
    dialog.start(prefill_from(window.intake))
