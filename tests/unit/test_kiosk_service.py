"""The kiosk's use cases against a stand-in for the server's queue API (no HTTP, no Qt).

FakeQueue keeps the contract's semantics that the kiosk relies on: per-category counters,
request_id idempotency (a resend returns the first answer), refusals as Refused with the
server's code and sentence, appointments, and reconciliation by record_id. It can be switched
off (ServerUnreachable) and can lose answers after doing the work (a timeout on the way back).
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.domain.tickets import PriorityClass, TicketSource, TicketState, format_number
from app.services.kiosk.card import applicant_from_record
from app.services.kiosk.offline import BlockExhausted
from app.services.kiosk.printing import TicketPrinter
from app.services.kiosk.service import KioskError, KioskService, TicketRefused
from app.sync.protocol import HallConfig, HallWindow, ServiceCategory
from app.sync.queue_protocol import (
    ApplicantCard,
    CategoryWaiting,
    OfflineAnswer,
    OfflineKind,
    OfflineOutcome,
    OfflineResult,
    QueueBoard,
    QueuePolicyConfig,
    TicketAnswer,
    TicketView,
)
from app.sync.transport import Refused, ServerUnreachable

SHANGHAI = timezone(timedelta(hours=8))
CARD = ApplicantCard(name="王小明", id_number="341021199003074518", sex="男")


def demo_hall(kiosk_block: int = 50, closed: tuple[str, ...] = ()) -> HallConfig:
    cats = [("general", "综合受理", "A"), ("enterprise", "企业开办", "B"), ("realty", "不动产登记", "C")]
    return HallConfig(
        code="330429",
        name="安和县政务服务中心",
        windows=[
            HallWindow(name="1号综合窗口", categories={"general": 10, "enterprise": 5}),
            HallWindow(name="4号不动产窗口", categories={"realty": 10}),
        ],
        categories=[ServiceCategory(code=c, name=n, prefix=p, active=c not in closed) for c, n, p in cats],
        queue=QueuePolicyConfig(kiosk_block=kiosk_block),
    )


class FakeQueue:
    def __init__(self, hall: HallConfig | None = None) -> None:
        self.config = hall or demo_hall()
        self.down = False
        self.lose_answers = 0  # the next n ticket answers are lost after the ticket was issued
        self.answers: dict[str, TicketAnswer] = {}
        self.requests: list = []  # every take_ticket request received, resends included
        self.waiting: dict[str, list[TicketView]] = {}
        self.counters: dict[str, int] = {}
        self.appointments: dict[str, str] = {}  # code or id number → category
        self.reconciled: dict[str, object] = {}  # record_id → record
        self.reconcile_calls = 0
        self._lock = threading.Lock()

    def _check(self) -> None:
        if self.down:
            raise ServerUnreachable("网络不通或连接被中断（ConnectError）", "unreachable")

    def hall(self) -> HallConfig:
        self._check()
        return self.config

    def board(self) -> QueueBoard:
        self._check()
        waiting = [
            CategoryWaiting(
                code=c.code, name=c.name, prefix=c.prefix, waiting=len(self.waiting.get(c.code, []))
            )
            for c in self.config.categories
        ]
        now = datetime.now(SHANGHAI)
        return QueueBoard(
            hall_code="330429", hall_name=self.config.name, calls=[], waiting=waiting, windows=[],
            notices=[], server_time=now,
        )  # fmt: skip

    def take_ticket(self, request) -> TicketAnswer:
        self._check()
        with self._lock:
            self.requests.append(request)
            if request.request_id not in self.answers:
                self.answers[request.request_id] = self._issue(request)
            answer = self.answers[request.request_id]
            if self.lose_answers:
                self.lose_answers -= 1
                raise ServerUnreachable("连接中心服务器超时", "timeout")
            return answer

    def _issue(self, request) -> TicketAnswer:
        code = request.category
        priority = request.priority
        if request.source is TicketSource.APPOINTMENT:
            key = request.appointment_code or (request.applicant.id_number if request.applicant else "")
            if key not in self.appointments:
                raise Refused("未找到今天的预约，或该预约已签到。", "no_appointment")
            code, priority = self.appointments.pop(key), PriorityClass.APPOINTMENT
        category = next(c for c in self.config.categories if c.code == code)
        if not category.active:
            raise Refused(f"“{category.name}”今日已暂停取号。", "category_closed")
        self.counters[code] = self.counters.get(code, 0) + 1
        number = format_number(category.prefix, self.counters[code])
        view = TicketView(
            number=number, category=code, category_name=category.name, source=request.source,
            priority=priority, state=TicketState.WAITING, service_day=date.today(),
            issued_at=datetime.now(SHANGHAI), masked_name="王*" if request.applicant else "",
        )  # fmt: skip
        queue = self.waiting.setdefault(code, [])
        ahead = len(queue)
        queue.append(view)
        return TicketAnswer(
            ticket=view, ahead=ahead, estimated_wait_minutes=ahead * 8, hall_name=self.config.name,
            message=f"您已领取{number}号，前方等待{ahead}人",
        )  # fmt: skip

    def reconcile(self, batch) -> OfflineAnswer:
        self._check()
        self.reconcile_calls += 1
        results = []
        for record in batch.records:
            outcome = (
                OfflineOutcome.DUPLICATE if record.record_id in self.reconciled else OfflineOutcome.APPLIED
            )
            self.reconciled.setdefault(record.record_id, record)
            results.append(OfflineResult(record_id=record.record_id, outcome=outcome))
        return OfflineAnswer(results=results)


@pytest.fixture
def server():
    return FakeQueue()


def kiosk(tmp_path, queue, slot: int = 1, printer: TicketPrinter | None = None) -> KioskService:
    service = KioskService(tmp_path / "kiosk", queue, slot=slot, printer=printer, retry_pause=0)
    service.refresh()
    return service


def test_a_walk_in_ticket_carries_the_servers_number_and_people_ahead(tmp_path, server):
    k = kiosk(tmp_path, server)
    assert k.state().online and k.state().hall_name == "安和县政务服务中心"
    first = k.take_ticket("general")
    second = k.take_ticket("general")
    assert (first.number, first.ahead, second.number, second.ahead) == ("A001", 0, "A002", 1)
    assert second.message == "您已领取A002号，前方等待1人"
    assert not second.offline and second.source is TicketSource.WALK_IN
    assert [c.waiting for c in k.state().categories if c.code == "general"] == [2]
    # every press is a new intent: two requests, two request_ids
    assert len({r.request_id for r in server.requests}) == 2


def test_a_lost_answer_is_asked_again_with_the_same_request_id_and_makes_one_ticket(tmp_path, server):
    k = kiosk(tmp_path, server)
    server.lose_answers = 2
    ticket = k.take_ticket("general")
    assert ticket.number == "A001" and not ticket.offline
    assert len(server.requests) == 3 and len({r.request_id for r in server.requests}) == 1
    assert server.counters["general"] == 1 and len(server.waiting["general"]) == 1
    assert k.journal.records() == []


def test_refusals_come_back_as_the_servers_sentence(tmp_path):
    server = FakeQueue(demo_hall(closed=("realty",)))
    k = kiosk(tmp_path, server)
    with pytest.raises(TicketRefused) as refused:
        k.take_ticket("realty")
    assert refused.value.code == "category_closed" and str(refused.value) == "“不动产登记”今日已暂停取号。"
    assert [c.active for c in k.state().categories] == [True, True, False]


def test_an_id_swipe_carries_the_applicant_and_green_channel(tmp_path, server):
    k = kiosk(tmp_path, server)
    ticket = k.take_ticket("enterprise", priority=PriorityClass.GREEN, applicant=CARD)
    sent = server.requests[-1]
    assert sent.source is TicketSource.ID_CARD and sent.applicant == CARD
    assert sent.priority is PriorityClass.GREEN
    assert ticket.number == "B001" and ticket.applicant_masked == "王*"


def test_the_card_record_becomes_an_applicant_card():
    from drivers.idcard.parser import parse_text_block
    from drivers.idcard.samples import SAMPLE_CARDS

    card = applicant_from_record(parse_text_block(SAMPLE_CARDS["resident"].text))
    assert (card.name, card.id_number, card.sex, card.birth_date) == (
        "王小明", "341021199003074518", "男", "1990-03-07"
    )  # fmt: skip
    assert card.card_type == "" and card.address.startswith("安徽省安和县")
    foreign = applicant_from_record(parse_text_block(SAMPLE_CARDS["foreign2023"].text))
    assert foreign.card_type == "Y" and foreign.id_number == "911528198502200017"


def test_appointment_check_in_by_code_and_by_card(tmp_path, server):
    k = kiosk(tmp_path, server)
    server.appointments = {"YY2026": "realty", CARD.id_number: "enterprise"}
    by_code = k.check_in(code=" yy2026 ")
    assert by_code.number == "C001" and by_code.priority is PriorityClass.APPOINTMENT
    assert server.requests[-1].appointment_code == "YY2026"
    by_card = k.check_in(applicant=CARD)
    assert by_card.number == "B001" and server.requests[-1].applicant == CARD
    with pytest.raises(TicketRefused) as refused:
        k.check_in(code="YY2026")  # checked in already
    assert refused.value.code == "no_appointment"
    server.down = True
    k.refresh()
    with pytest.raises(TicketRefused) as offline:
        k.check_in(code="NEW001")
    assert "预约签到暂不可用" in str(offline.value)


def test_offline_tickets_come_from_the_block_are_journalled_first_and_reconciled_once(tmp_path, server):
    seen_at_print: list[int] = []

    class JournalCheckingPrinter(TicketPrinter):
        def print_ticket(self, data):
            seen_at_print.append(len(service.journal.pending()))
            return super().print_ticket(data)

    printer = JournalCheckingPrinter(f"pdf://{tmp_path / 'tickets'}")
    service = kiosk(tmp_path, server, slot=2, printer=printer)
    service.take_ticket("general")  # A001 online: one waiting in the kiosk's count
    server.down = True
    service.refresh()
    assert not service.state().online and "暂时无法连接服务器" in service.state().problem
    first = service.take_ticket("general", priority=PriorityClass.GREEN, applicant=CARD)
    second = service.take_ticket("general")
    block = service.issuer.block(_policy(service))
    assert (first.number, second.number) == (
        format_number("A", block.start),
        format_number("A", block.start + 1),
    )
    assert first.number == "A850"  # slot 2 of 50-number blocks from 800
    assert first.offline and first.ahead == 1 and second.ahead == 2 and "约" in second.message
    assert seen_at_print == [0, 1, 2]  # durably journalled before the printer was asked
    assert first.printed and (tmp_path / "tickets").is_dir()
    pending = service.journal.pending()
    assert [r.kind for r in pending] == [OfflineKind.ISSUED] * 2 and pending[0].applicant == CARD
    assert pending[0].kiosk_slot == 2 and pending[0].category == "general"
    assert [r.priority for r in pending] == [PriorityClass.GREEN, PriorityClass.NONE]

    server.down = False
    state = service.refresh()
    assert state.online and state.pending == 0 and state.problem == ""
    assert sorted(r.number for r in server.reconciled.values()) == ["A850", "A851"]
    calls = server.reconcile_calls
    service.refresh()
    service.reconcile()
    assert server.reconcile_calls == calls  # nothing left to send: nothing sent twice


def _policy(service):
    return service.config.queue.policy()


def test_a_closed_category_is_refused_offline_from_the_cached_configuration(tmp_path):
    server = FakeQueue(demo_hall(closed=("realty",)))
    kiosk(tmp_path, server)
    server.down = True
    restarted = kiosk(tmp_path, server)  # starts offline: the cached configuration
    assert restarted.state().configured and not restarted.state().online
    with pytest.raises(TicketRefused) as refused:
        restarted.take_ticket("realty")
    assert refused.value.code == "category_closed" and "暂停取号" in str(refused.value)
    assert restarted.journal.records() == []


def test_never_having_seen_the_hall_offline_says_so(tmp_path, server):
    server.down = True
    k = kiosk(tmp_path, server)
    state = k.state()
    assert not state.configured and "尚未从服务器取得大厅配置" in state.problem
    with pytest.raises(KioskError):
        k.take_ticket("general")


def test_the_offline_block_runs_out_and_a_restart_resumes_after_the_last_number(tmp_path):
    server = FakeQueue(demo_hall(kiosk_block=10))
    k = kiosk(tmp_path, server)
    server.down = True
    k.refresh()
    numbers = [k.take_ticket("realty").number for _ in range(4)]
    assert numbers == ["C800", "C801", "C802", "C803"]
    again = kiosk(tmp_path, server)  # a restart (power cut) while still offline
    numbers += [again.take_ticket("realty").number for _ in range(6)]
    assert numbers == [f"C{n}" for n in range(800, 810)]
    with pytest.raises(BlockExhausted) as exhausted:
        again.take_ticket("realty")
    assert "C800—C809" in str(exhausted.value) and "已全部发完" in str(exhausted.value)
    assert again.take_ticket("general").number == "A800"  # each category has its own counter
    assert len(again.journal.records()) == 11


def test_the_block_restarts_on_a_new_day(tmp_path):
    server = FakeQueue(demo_hall(kiosk_block=10))
    days = iter(
        [datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI), datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)]
    )
    k = KioskService(tmp_path, server, clock=lambda: next(days), retry_pause=0)
    k.refresh()
    server.down = True
    k.refresh()
    assert [k.take_ticket("general").number for _ in range(2)] == ["A800", "A800"]
    assert [r.service_day.day for r in k.journal.records()] == [23, 24]


def test_a_kiosk_whose_system_clock_is_utc_still_issues_on_the_halls_day(tmp_path):
    server = FakeQueue(demo_hall(kiosk_block=10))
    early = datetime(2026, 12, 3, 23, 30, tzinfo=UTC)  # 07:30 on 4 December in the hall
    k = KioskService(tmp_path, server, clock=lambda: early, retry_pause=0)
    k.refresh()
    server.down = True
    k.refresh()
    k.take_ticket("general")
    assert [r.service_day for r in k.journal.records()] == [date(2026, 12, 4)]
