"""SMS notices to applicants (申请人短信通知): a case accepted, a result ready to collect.

The server sends them, not the window PC: it sees each hall's events once (a window's push, a
back-office step), so a notice is written to the outbox in the same transaction as the event
and a dispatcher sends it later, through the adapter the server's `--sms` URL chooses, even
when the window that accepted the case is switched off. Phones are masked in every log line
and listing (app.domain.masking).
"""
