"""How the workbench opens 预约 (Ctrl+Shift+P): one dialog per signed-in clerk, the intake's
applicant and matter brought in (ui/appointments/booking_dialog.py)."""

from __future__ import annotations

_PERSON = 1  # ApplicantType 自然人: anyone else is represented at the window by their 经办人


def prefill_from(intake) -> tuple[str, str, str, str, str]:
    """(name, ID number, phone, matter code, matter name) of the intake as on screen: the
    applicant, or an organisation's 经办人, who is the one to come; the case's matter."""
    party, case = intake.applicant.value(), intake.case
    name, number, phone = party.name, party.cert_number, party.phone
    if party.type != _PERSON and party.agent_name:
        name, number, phone = party.agent_name, party.agent_cert_number, party.agent_phone
    code, title = "", ""
    if case is not None:
        # a 一件事 bundle names several matters: its title, without one matter's code
        code = case.matter_codes[0] if len(case.matter_codes) == 1 else ""
        title = case.title
    return name, number, phone, code, title


def open_booking_dialog(window) -> None:
    """Ctrl+Shift+P in the workbench. The dialog is kept (what was typed survives Esc) until
    another clerk signs in: the last one's booker is not theirs."""
    if window.signed_out or not window.services.is_open:
        return
    from ui.appointments.booking_dialog import BookingDialog  # its imports wait until first asked for

    dialog = window.booking_dialog
    if dialog is None or dialog.user is not window.user:
        if dialog is not None:
            dialog.deleteLater()
        services = window.services
        dialog = BookingDialog(services.appointments, services.catalog.search, window)
        dialog.user = window.user
        dialog.kept.connect(lambda text: window.status.showMessage(text, 10000))
        window.booking_dialog = dialog
    dialog.start(prefill_from(window.intake))
