"""RatingPrompt: asks the (simulated) pad after a decision, keeps the answer, never shows a level."""

from __future__ import annotations

import pytest

from app.domain.ratings import LEVELS
from app.services.views import PartyInput
from drivers.evaluator import open_evaluator
from tests.second_party import SECOND_PARTY
from ui.devices.rating_prompt import RatingPrompt
from ui.worker import Worker

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)


def accepted_case(services):
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    services.intake.receive_remaining(case.id)
    return services.intake.accept(case.id).case


@pytest.fixture
def prompt_with(qtbot, services):
    made = []

    def make(url: str) -> RatingPrompt:
        evaluator = open_evaluator(url)
        worker, device_worker = Worker(), Worker()
        prompt = RatingPrompt(services.ratings, services.window, evaluator, device_worker, worker)
        made.append((evaluator, worker, device_worker))
        return prompt

    yield make
    for evaluator, worker, device_worker in made:
        qtbot.waitUntil(worker.is_idle)
        qtbot.waitUntil(device_worker.is_idle)
        evaluator.close()


def test_a_bad_rating_is_kept_and_the_clerk_sees_only_that_it_was(qtbot, services, prompt_with):
    prompt = prompt_with("sim://?level=2&reasons=R04&delay=0.2")
    shown: list[str] = []
    prompt.status.connect(lambda text, _tone: shown.append(text))
    case = accepted_case(services)
    with qtbot.waitSignal(prompt.recorded, timeout=30_000):
        prompt.ask_for(case)
    assert shown[0] == "等待申请人评价……"
    assert "已记录" in prompt.label.text()
    assert not any(name in text for name in LEVELS.values() for text in shown)  # no level, no hint
    rating = services.ratings.rating_of(case.id)
    assert (rating.level, [code for code, _ in rating.reasons]) == (2, ["R04"])

    prompt.ask_for(case)  # 一次一评: not asked again
    qtbot.waitUntil(lambda: "已有申请人评价" in prompt.label.text())
    assert not prompt.asking


def test_cancelling_records_nothing(qtbot, services, prompt_with):
    prompt = prompt_with("sim://?level=5&delay=30")
    case = accepted_case(services)
    prompt.ask_for(case)
    qtbot.waitUntil(lambda: prompt.asking)
    prompt.cancel()
    assert "取消" in prompt.label.text()
    qtbot.wait(300)
    assert services.ratings.rating_of(case.id) is None


def test_a_dead_pad_is_reported_and_nothing_is_recorded(qtbot, services, prompt_with):
    prompt = prompt_with("sim://?fail=silent")
    case = accepted_case(services)
    prompt.ask_for(case)
    qtbot.waitUntil(lambda: "评价器未能完成评价" in prompt.label.text(), timeout=30_000)
    assert services.ratings.rating_of(case.id) is None


def test_an_answer_after_the_prompt_is_gone_is_dropped_quietly(qtbot, services):
    import shiboken6

    class HeldEvaluator:
        """Keeps the pad's callback; the test answers when the prompt no longer exists."""

        def __init__(self) -> None:
            self.callbacks = []

        def ask_async(self, request, timeout, callback) -> None:
            self.callbacks.append(callback)

    evaluator, worker = HeldEvaluator(), Worker()
    prompt = RatingPrompt(services.ratings, services.window, evaluator, worker, worker)
    prompt.ask_for(accepted_case(services))
    qtbot.waitUntil(lambda: len(evaluator.callbacks) == 1)
    qtbot.waitUntil(worker.is_idle)
    shiboken6.delete(prompt)  # the workbench closed while the pad was still asking
    evaluator.callbacks[0](4, None)  # on the pad's thread in life: must not raise


def test_the_rating_keeps_the_ticket_the_case_was_served_under(qtbot, services, prompt_with):
    prompt = prompt_with("sim://?level=4&delay=0.1")
    case = accepted_case(services)
    with qtbot.waitSignal(prompt.recorded, timeout=30_000) as recorded:
        prompt.ask_for(case, "A012")
    assert recorded.args[0].ticket == "A012"
    assert services.ratings.rating_of(case.id).ticket == "A012"
