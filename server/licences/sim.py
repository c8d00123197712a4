"""A licence library in this process (sim://NAME) that answers as a real one does.

It refuses what a real library refuses (a kind it does not hold, a holder's number that fails
its check), holds licences of every status, and hands each out with its PDF. sim://demo holds the
demo's people (server/licences/demo_holdings.py) and a 居民身份证 for every mainland resident; any
other name is an empty library the tests fill through `add`. `down` plays an outage, `refusal`
a library that turns every query away with that reason.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime
from typing import ClassVar

from app.domain.hall_time import hall_date
from app.domain.licences import LICENCE_KINDS, Licence, holder_id_problem
from server.licences.demo_holdings import DEMO_LICENCES, ID_CARD, resident_id_card
from server.licences.library import FoundLicence, LibraryAway, LibraryRefused
from server.licences.pdf import licence_pdf

DEMO = "demo"


class SimLibrary:
    _by_name: ClassVar[dict[str, SimLibrary]] = {}
    _lock = threading.Lock()

    def __init__(self, name: str) -> None:
        self.url = f"sim://{name}"
        self.name = name
        self.down = False
        self.refusal = ""
        self.asked: list[tuple[str, str]] = []  # (kind, holder_id) of every query that arrived
        self._held: list[Licence] = list(DEMO_LICENCES) if name == DEMO else []
        self._residents = name == DEMO  # every resident's 居民身份证

    @classmethod
    def named(cls, name: str) -> SimLibrary:
        """The one library of that name in this process (the server's and a test's are the same)."""
        with cls._lock:
            return cls._by_name.setdefault(name, cls(name))

    def add(self, licence: Licence) -> None:
        with self._lock:
            self._held.append(replace(licence, pdf_sha256=""))

    def find(self, kind: str, holder_id: str) -> list[FoundLicence]:
        if self.down:
            raise LibraryAway("模拟电子证照库暂停服务")
        today = hall_date(datetime.now(UTC))
        with self._lock:
            self.asked.append((kind, holder_id))
            held = [lic for lic in self._held if lic.kind == kind and lic.holder_id == holder_id]
        if self.refusal:
            raise LibraryRefused(f"电子证照库拒绝了查询：{self.refusal}")
        if kind not in LICENCE_KINDS:
            raise LibraryRefused(f"电子证照库拒绝了查询：不提供“{kind}”")
        if problem := holder_id_problem(kind, holder_id, today):
            raise LibraryRefused(f"电子证照库拒绝了查询：持证主体代码不正确（{problem}）")
        if not held and self._residents and kind == ID_CARD:
            card = resident_id_card(holder_id, today)
            held = [card] if card is not None else []
        return [FoundLicence(lic, licence_pdf(lic)) for lic in held]
