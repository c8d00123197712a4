"""The hall queue on the server (DESIGN.md "The queue"): numbering, issuing, the call engine,
window actions, the hall board, offline reconciliation, figures and appointments.

Every change is one transaction that writes a queue event with server time and, on commit,
pokes the hall's event stream with kind "queue" (server/realtime.py).

Refusals are ErrorAnswers with a Chinese sentence and, beside the codes of
app.sync.queue_protocol: unknown_ticket (404: call_number of a number the day does not have),
ticket_finished (409: call_number of a served ticket), window_not_serving (409: a transfer to
a window, or a category, that nobody would call), request_reused (409: a request_id already
used for another action), appointment_exists (409: another booking under that code and day),
conflict (409: a race that rolled back; retry).
"""
