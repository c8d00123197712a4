"""The main window hands each panel only the use cases it works with: no panel holds the
workbench's composition root (app.bootstrap.Services), so a panel cannot reach what it was not
given, and its tests build it from the use cases alone."""

from __future__ import annotations


def _holds(widget, target) -> bool:
    return any(value is target for value in vars(widget).values())


def test_no_panel_holds_the_composition_root(window, services):
    panels = {
        "today": window.today,
        "intake": window.intake,
        "pages": window.intake.pages,
        "issuance": window.issuance,
        "detail": window.detail,
        "preview": window.preview,
        "queue": window.queue,
    }
    assert [name for name, panel in panels.items() if _holds(panel, services)] == []
    # and each has its own use cases
    assert _holds(window.today, services.cases)
    assert _holds(window.intake, services.intake) and _holds(window.intake, services.catalog)
    assert _holds(window.intake.pages, services.pages)
    assert _holds(window.issuance, services.issuance) and _holds(window.detail, services.slips)
    assert _holds(window.preview, services.printing)
    assert window.queue.queue is services.queue
    assert window.intake.pages._scanner() is services.scanner
