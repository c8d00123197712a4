"""A hall server's 电子证照 answer for the workbench's tests: what it holds, or how it fails."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.licences import Licence
from app.services.cases.licences import LicenceFinder
from app.sync.licence_protocol import LicenceAnswer, LicenceItem, LicenceQuery


@dataclass
class FakeLicenceServer:
    """Stands in for CaseTransport.licences: answers the licences of the kind asked, or raises."""

    held: list[Licence] = field(default_factory=list)
    fails: Exception | None = None
    asked: list[LicenceQuery] = field(default_factory=list)

    def licences(self, query: LicenceQuery) -> LicenceAnswer:
        self.asked.append(query)
        if self.fails is not None:
            raise self.fails
        # of the kind asked, whoever holds it: the window must not take another person's licence
        return LicenceAnswer(licences=[LicenceItem.of(lic) for lic in self.held if lic.kind == query.kind])


def use_licence_server(services, server: FakeLicenceServer | None) -> None:
    """The workbench's lookups go to `server` (None: a PC with no hall server)."""
    services.intake._licences = LicenceFinder(lambda: server)
