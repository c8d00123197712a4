"""From the bytes a serial barcode scanner sends to the codes it read.

A scanner sends each code as one line ended by CR, LF or CR LF (the terminator is a scanner
setting, so all three are accepted), sometimes wrapped in a prefix/suffix programmed into it
(an AIM identifier such as `]C0`, a station letter). Bytes are decoded as UTF-8 (ASCII codes
are the rule; a QR code may carry Chinese). A line that is empty, too long (line noise without
a terminator), or holds control characters is dropped and counted, never passed on.
"""

from __future__ import annotations

MAX_LINE = 512


class LineAssembler:
    def __init__(self, prefix: str = "", suffix: str = "", encoding: str = "utf-8") -> None:
        self.prefix = prefix
        self.suffix = suffix
        self.encoding = encoding
        self.dropped = 0
        self._buf = bytearray()
        self._overlong = False

    def feed(self, data: bytes) -> list[str]:
        codes = []
        for byte in data:
            if byte in (0x0D, 0x0A):
                line, self._buf = bytes(self._buf), bytearray()
                overlong, self._overlong = self._overlong, False
                if overlong:
                    self.dropped += 1
                elif line:
                    code = self._code(line)
                    if code:
                        codes.append(code)
                continue
            if len(self._buf) >= MAX_LINE:
                self._overlong = True  # keep nothing of it until the next terminator
                self._buf.clear()
            self._buf.append(byte)
        return codes

    def _code(self, line: bytes) -> str:
        try:
            text = line.decode(self.encoding)
        except (UnicodeDecodeError, LookupError):
            self.dropped += 1
            return ""
        if self.prefix and text.startswith(self.prefix):
            text = text[len(self.prefix) :]
        if self.suffix and text.endswith(self.suffix):
            text = text[: -len(self.suffix)]
        text = text.strip()
        if not text or any(not c.isprintable() for c in text):
            self.dropped += 1
            return ""
        return text
