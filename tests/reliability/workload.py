"""A clerk's day, made through the real use cases: cases opened, checked, scanned, decided.

Used by the reliability tests and the soak/offline-day benchmarks. Every call produces real
outbox mutations (decisions, scanned pages, ratings) exactly as the workbench would.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

from app.services.views import PartyInput
from drivers.evaluator import Rating
from tests.second_party import SECOND_PARTY

# matters of the bundled sample catalog that a clerk can accept with the usual materials
MATTERS = ("内地居民结婚登记", "食品经营许可", "有限责任公司设立登记")
PEOPLE = (
    PartyInput(name="周明远", cert_number="330429198703150038", phone="13905731234", address="解放路12号"),
    PartyInput(name="陈佳怡", cert_number="330429199208220048", phone="15857305678", address="翠苑小区5幢"),
    PartyInput(name="吴海峰", cert_number="330429197911300016", phone="13705739876", address="临溪镇西街8号"),
)


def page_image(rng: random.Random, side: int = 600, grain: bool = False) -> bytes:
    """A scanned-looking JPEG, different every time (so every page has its own hash).

    `grain` adds a scanner's paper noise, which makes the file as large as a real scan's
    (≈ 200–400 KB at 1200 px wide) instead of a few tens of KB.
    """
    height = int(side * 1.414)
    if grain:
        img = Image.effect_noise((side, height), 24).point(lambda v: 200 + v // 5)
    else:
        img = Image.new("L", (side, height), 250)
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rng.randrange(side), rng.randrange(height)
        draw.rectangle((x, y, x + rng.randrange(20, 200), y + 6), fill=rng.randrange(0, 120))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    return out.getvalue()


class Clerk:
    def __init__(self, services, rng: random.Random) -> None:
        self.s = services
        self.rng = rng
        self._codes = {}
        for name in MATTERS:
            hit = next(h for h in services.catalog.search(name, limit=5) if h.name == name)
            self._codes[name] = hit.code

    def one_case(self, pages: int = 1, decide: str = "accept", rate: bool = True, rotations: int = 0) -> str:
        """Open, check, scan and decide one case; returns its id."""
        s, rng = self.s, self.rng
        case = s.intake.start_case(self._codes[rng.choice(MATTERS)])
        s.intake.save_applicant(case.id, rng.choice(PEOPLE))
        s.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage is applied for by both
        case = s.cases.detail(case.id)
        first_required = None
        for m in case.materials:
            if m.necessity == 1:
                s.intake.set_material(case.id, m.code, "received")
                first_required = first_required or m.code
            elif m.necessity == 3:
                s.intake.set_material(case.id, m.code, "deferred")
            else:
                s.intake.set_material(case.id, m.code, "not_provided")
        for _ in range(pages):
            if first_required:
                page = s.pages.attach(case.id, first_required, page_image(rng), "sim://")
                for _ in range(rotations):  # cheap mutations: a clerk straightening a scan
                    s.pages.rotate(page.id, 1)
        if decide == "accept":
            s.intake.accept(case.id)
            if rate:
                level = rng.choice((5, 5, 5, 4, 3))
                s.ratings.record(case.id, Rating(rating_id="", level=level, reasons=(), text=""), "sim://")
        return case.id
