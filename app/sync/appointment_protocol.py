"""Wire models of 预约 beyond the kiosk's check-in (shared by the server, the workbench, the
manager's console and the online hall's gateway).

Routes (paths under /v1):
``GET  /queue/appointments/slots?category=C&day=D``   → DaySlots (window or online terminal)
``POST /queue/appointments``                          BookingRequest → BookingAnswer (a window's
                                                       clerk: channel window or phone)
``POST /queue/appointments/cancel``                   CancelRequest → BookingAnswer
``POST /online/appointments``                         BookingRequest → BookingAnswer (an ONLINE
                                                       terminal, the online hall's gateway; channel online)
``POST /online/appointments/cancel``                  CancelRequest → BookingAnswer
``GET  /manager/appointment-plans``                   → AppointmentSettings (hall manager / admin)
``PUT  /manager/appointment-plans``                   AppointmentSettings → AppointmentSettings
Every answer is the caller's hall's. A refusal is 409 with the domain's Chinese reason
(app/domain/appointments.booking_problem: past, closed, beyond the horizon, no such slot, full,
already booked that day, too many open bookings, barred online after no-shows), 400 for a body
that is no booking. The same booking sent again (same code, same person, same slot) answers as
the first did.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.appointments import MAX_CAPACITY, MAX_HORIZON_DAYS, MAX_SLOT_MINUTES, MIN_SLOT_MINUTES

SLOTS_PATH = "/queue/appointments/slots"
BOOK_PATH = "/queue/appointments"
CANCEL_PATH = "/queue/appointments/cancel"
ONLINE_BOOK_PATH = "/online/appointments"
ONLINE_CANCEL_PATH = "/online/appointments/cancel"
PLANS_PATH = "/manager/appointment-plans"

ChannelValue = Literal["window", "phone", "online"]
StateValue = Literal["booked", "checked_in", "cancelled", "missed"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SlotFree(BaseModel):
    label: str  # 09:00-09:30
    capacity: int
    taken: int


class DaySlots(BaseModel):
    """A category's slots on a day, or why it has none (`closed`), and the days bookable now."""

    category: str
    day: date
    slots: list[SlotFree] = Field(default_factory=list)
    closed: str = ""  # 2026-10-02是法定节假日… ("" when the day has slots)
    bookable_days: list[date] = Field(default_factory=list)


class BookingRequest(_Strict):
    code: str = Field(
        min_length=4, max_length=32, pattern=r"^[A-Za-z0-9-]+$", description="预约码，客户端生成"
    )
    category: str = Field(min_length=1, max_length=20)
    day: date
    slot: str = Field(min_length=11, max_length=11, pattern=r"^\d\d:\d\d-\d\d:\d\d$")
    name: str = Field(min_length=1, max_length=60)
    id_number: str = Field(min_length=6, max_length=36, description="证件号码：签到时刷证、爽约计数凭它")
    phone: str = Field(min_length=7, max_length=20, description="提醒短信发往此号")
    matter_code: str = Field(default="", max_length=50, description="预约办理的事项（可空）")
    matter_name: str = Field(default="", max_length=200)
    channel: ChannelValue = "window"  # the online route always takes "online"


class CancelRequest(_Strict):
    code: str = Field(min_length=4, max_length=32, pattern=r"^[A-Za-z0-9-]+$")
    day: date
    id_number: str = Field(min_length=6, max_length=36, description="预约人的证件号码，防止他人取消")


class BookingAnswer(BaseModel):
    code: str
    category: str
    category_name: str
    day: date
    slot: str
    matter_name: str
    channel: ChannelValue
    state: StateValue
    booked_at: datetime
    masked_name: str
    message: str  # 已预约2026-10-09 14:30-15:30 企业开办，预约码…；请按时到大厅取号机签到


class SlotPlanItem(BaseModel):
    category: str = Field(min_length=1, max_length=20)
    category_name: str = Field(default="", max_length=60)  # in answers; ignored in a PUT
    slot_minutes: int = Field(ge=MIN_SLOT_MINUTES, le=MAX_SLOT_MINUTES)
    capacity: int = Field(ge=0, le=MAX_CAPACITY)
    horizon_days: int = Field(ge=1, le=MAX_HORIZON_DAYS)


class BookingRulesItem(BaseModel):
    open_bookings_limit: int = Field(ge=1, le=20)
    no_show_limit: int = Field(ge=1, le=20)
    no_show_window_days: int = Field(ge=1, le=366)
    block_days: int = Field(ge=1, le=366)


class AppointmentSettings(BaseModel):
    """The hall's 号源 per category (a category without a plan takes no bookings) and its rules."""

    plans: list[SlotPlanItem] = Field(default_factory=list, max_length=100)
    rules: BookingRulesItem
