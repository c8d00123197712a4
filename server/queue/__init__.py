"""The hall queue on the server (DESIGN.md "The queue"): numbering, issuing, the call engine,
window actions, the hall board, offline reconciliation, figures and appointments.

Every change is one transaction that writes a queue event with server time and, on commit,
pokes the hall's event stream with kind "queue" (server/realtime.py).

Refusals are the domain's TicketRuleError and server/refusals.py's kinds, each with a Chinese
sentence and a code; server/api answers them as ErrorAnswers. Beside the codes of
app.sync.queue_protocol: unknown_ticket (NotFound: call_number of a number the day does not
have), ticket_finished (a TicketRuleError: call_number of a served ticket), window_not_serving
(the same: a transfer to a window, or a category, that nobody would call), request_reused
(Conflict: a request_id already used for another action), appointment_exists (Conflict: another
booking under that code and day), conflict (Conflict: a race that rolled back; retry).

Booking 预约 (booking.py, appointment_plans.py) changes no queue: it writes no queue event and
pokes nobody; its check-in at the kiosk is an issue like any other. Its refusals (Conflict, with
the rules' sentence, app.domain.appointments): slot_full, already_booked (that category that
day), too_many_bookings, booking_blocked (online, after no-shows), booking_refused (the others:
past, closed, beyond the horizon, no such slot, begun); appointment_used (cancelling one checked
in, past or begun); no_appointment (none of that code, day and ID number).
"""
