"""User passwords: argon2id hashes, verified on the server and, offline, on the terminal.

The hashes travel to terminals (GET /v1/users) so a clerk can sign in while the hall is offline;
argon2id makes a stolen terminal database expensive to crack.
"""

from __future__ import annotations

import os

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_PASSWORD_LENGTH = 8
# "time_cost,memory_cost_kib,parallelism": lets a test run (or a very small machine) use cheaper
# parameters; hashes record their parameters, so a later change rehashes at the next sign-in
PARAMETERS_ENV = "ONEWINDOW_ARGON2"


def use_parameters(
    time_cost: int | None = None, memory_cost: int | None = None, parallelism: int | None = None
):
    """Hash new passwords with these argon2id parameters (None: the library's recommendation)."""
    global _hasher, _DUMMY_HASH
    given = {"time_cost": time_cost, "memory_cost": memory_cost, "parallelism": parallelism}
    _hasher = PasswordHasher(**{k: v for k, v in given.items() if v is not None})
    # verified against when the user name is unknown, so an unknown name costs as long as a
    # wrong password and the answer time does not tell which user names exist
    _DUMMY_HASH = _hasher.hash("onewindow-no-such-user")


def _from_environment() -> None:
    raw = os.environ.get(PARAMETERS_ENV, "")
    try:
        time_cost, memory_cost, parallelism = (int(x) for x in raw.split(","))
    except ValueError:
        use_parameters()  # unset or malformed: the library's recommended parameters
        return
    use_parameters(time_cost, memory_cost, parallelism)


_hasher: PasswordHasher
_DUMMY_HASH: str
_from_environment()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> tuple[bool, str | None]:
    """(matches, a new hash when the stored one was made with other parameters, else None)."""
    try:
        _hasher.verify(password_hash or _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, None
    if password_hash is None:
        return False, None
    return True, hash_password(password) if _hasher.check_needs_rehash(password_hash) else None


def current_parameters() -> tuple[int, int, int]:
    return _hasher.time_cost, _hasher.memory_cost, _hasher.parallelism


# passwords that pass the rules below and are the first tried all the same
_WELL_KNOWN = frozenset(
    {
        "password1",
        "password1!",
        "p@ssw0rd",
        "p@ssword1",
        "aa123456",
        "abc12345",
        "abc@1234",
        "abcd1234",
        "qwer1234",
        "qwe123!@#",
        "1qaz2wsx",
        "1qaz@wsx",
        "admin123",
        "admin@123",
        "root@123",
        "welcome1",
        "zxcv1234",
    }
)
MIN_CHARACTER_CLASSES = 3  # of: lower-case letters, upper-case letters, digits, other characters


def character_classes(password: str) -> int:
    return sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )


def password_problem(password: str, username: str = "") -> str | None:
    """Why a new password is not acceptable (a Chinese sentence), or None.

    等保 level 3 (GB/T 22239-2019, 8.1.4.1 a) asks for passwords of some complexity that are
    changed: at least 8 characters of at least 3 kinds, not the account's name, not one of the
    passwords every attacker tries first."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"密码至少需要{MIN_PASSWORD_LENGTH}个字符"
    if password.strip() != password:
        return "密码首尾不能是空格"
    if character_classes(password) < MIN_CHARACTER_CLASSES:
        return "密码须包含小写字母、大写字母、数字、符号中的至少三种"
    if len(username) >= 3 and username.lower() in password.lower():
        return "密码不能包含用户名"
    if password.lower() in _WELL_KNOWN:
        return "这个密码过于常见，容易被猜中，请换一个"
    return None
