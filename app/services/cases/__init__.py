"""Use cases on a case: intake and the window's decisions, issuance, queries, the calendar's recounts."""
