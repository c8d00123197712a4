"""The other party of the sample catalog's 内地居民结婚登记 (男方 and 女方 apply together): the
tests that take in a marriage for a generic intake give the case its second party too."""

from __future__ import annotations

from app.services.views import PartyInput

SECOND_PARTY = PartyInput(name="李秀英", cert_number="341021195608120021")
