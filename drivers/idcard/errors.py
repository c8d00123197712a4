"""The ID card driver's errors. Each is a DeviceError: str() is a sentence for the clerk, ``code`` a name.

Anything the reader receives — frames, status bytes, the card's text block — is untrusted input:
whatever is wrong with it surfaces as one of these, never as IndexError, UnicodeDecodeError or
ValueError from deep inside the parser.
"""

from __future__ import annotations

from drivers.device import DeviceError


class IdCardError(DeviceError):
    """Base of every error of the ID card driver."""

    def __init__(self, message: str, code: str = "idcard_error") -> None:
        super().__init__(message, code)


class FrameError(IdCardError):
    """A frame on the wire is broken: wrong checksum, impossible length, wrong shape."""

    def __init__(self, message: str, code: str = "frame_error") -> None:
        super().__init__(message, code)


class SamStatusError(IdCardError):
    """The reader's security module answered with an error status (SW3)."""

    def __init__(self, sw3: int, name: str, message: str) -> None:
        super().__init__(message, f"sam_status_{sw3:02x}")
        self.sw3 = sw3
        self.name = name


class CardParseError(IdCardError):
    """The card's text block does not hold what its card type promises."""

    def __init__(self, message: str, code: str = "card_parse_error") -> None:
        super().__init__(message, code)


class ReaderTimeout(IdCardError):
    """The reader did not answer in time, or no card was read within the time asked for."""

    def __init__(self, message: str, code: str = "timeout") -> None:
        super().__init__(message, code)


class ReaderUnavailable(IdCardError):
    """The reader's port cannot be opened or broke while in use (unplugged, network down)."""

    def __init__(self, message: str, code: str = "unavailable", *, was_connected: bool = False) -> None:
        super().__init__(message, code)
        self.was_connected = was_connected
