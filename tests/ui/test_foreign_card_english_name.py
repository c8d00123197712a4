"""A foreign permanent-resident card's English name: read from the card into the applicant
panel, kept with the draft, and shown in 办件详情 beside the Chinese name."""

from __future__ import annotations

from drivers.idcard.samples import SAMPLE_CARDS
from tests.ui.conftest import pick_matter

FOREIGN = dict(SAMPLE_CARDS["foreign2017"].values)


def test_the_english_name_goes_from_the_card_to_the_case(qtbot, window):
    panel = window.intake.applicant
    assert panel.fields["applicant.english_name"].isHidden()  # a resident's panel has no English-name row
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    window.hub.device("card_reader").simulator.place("foreign2017")
    qtbot.waitUntil(lambda: panel.cert_number.text() == FOREIGN["id_number"], timeout=30_000)
    assert panel.name.text() == "穆安娜"
    assert panel.english_name.text() == "MUELLER ANNA MARIA"
    assert not panel.fields["applicant.english_name"].isHidden()
    qtbot.waitUntil(lambda: window.intake.case.applicant.english_name == "MUELLER ANNA MARIA", timeout=30_000)

    window.detail.show_case(window.intake.case)
    assert "穆安娜（MUELLER ANNA MARIA）" in window.detail.header.text()
