"""Sync with the central server: enrolment, push, pull, the background runner."""
