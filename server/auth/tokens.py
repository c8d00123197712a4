"""What the server keeps of a secret it hands out or is given: its SHA-256, never the secret.

Session tokens, terminal secrets and enrolment codes are long random strings, so a fast hash is
enough to make a stolen database useless for signing in (passwords, chosen by people, get argon2
in server/auth/passwords.py); the queue keys an applicant's tickets by such a hash of their ID.
"""

from __future__ import annotations

import hashlib


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
