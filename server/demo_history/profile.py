"""What a day in the demo hall looks like: arrivals by weekday and hour, category shares,
service times, and what becomes of a service (case decision, rating).

The figures are those of a county hall with four windows as halls describe their days:
Monday mornings peak, the lunch hour (12:00–13:30) dips to a trickle, Friday afternoons are
quiet; 综合受理 takes most numbers, 企业开办 and 不动产登记 take longest at the window.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import time

OPENS, LAST_NUMBER = time(8, 30), time(16, 45)  # the kiosk's hours; windows serve who is left
LUNCH_FROM, LUNCH_TO = time(12, 0), time(13, 30)
LUNCH_WINDOWS = ("2号综合窗口", "4号不动产窗口")  # 午间错时: these two take their break
BASE_PER_DAY = 100  # numbers on an ordinary Wednesday

# arrivals per hour of the day (local), relative; the half hours before 9:00 and in the lunch
# break are counted in the hour they fall in
HOURLY = {8: 0.9, 9: 1.5, 10: 1.45, 11: 1.0, 12: 0.25, 13: 0.55, 14: 1.1, 15: 1.0, 16: 0.6}
WEEKDAY = {0: 1.3, 1: 1.1, 2: 1.0, 3: 0.95, 4: 0.9}  # Monday … Friday; a 调休 weekend day: 1.0
FRIDAY_AFTERNOON = 0.6

# category → share of the numbers taken
SHARES = {"general": 0.46, "social": 0.24, "realty": 0.17, "enterprise": 0.13}
# category → (median minutes at the window, lognormal sigma)
SERVICE = {"general": (7.0, 0.45), "social": (8.0, 0.4), "realty": (14.0, 0.45), "enterprise": (12.0, 0.5)}
# catalog departments (实施主体) a category's matters come from; the rest fall to 综合受理
DEPARTMENTS = {
    "enterprise": ("市场监督管理局", "税务局", "公积金"),
    "realty": ("自然资源和规划局", "住房和城乡建设局"),
    "social": ("人力资源和社会保障局", "医疗保障局", "残疾人联合会"),
}
ID_CARD_SHARE = 0.55  # numbers taken by swiping the ID card (the rest: the walk-in button)
GREEN_SHARE = 0.03  # 绿色通道
NO_SHOW_SHARE = 0.03  # called twice, never came: 过号
TRANSFER_SHARE = 0.05  # of 综合受理 numbers: the matter turned out to be another category's
CONSULTATION_SHARE = 0.1  # served, but only asked a question: no case is opened
# a case's decision at the window
REFUSED_SHARE = 0.02
SUPPLEMENT_SHARE = 0.1
SUPPLEMENT_RETURNS = 0.7  # of 补正 cases, the applicant comes back with what was missing
# a rating of the served case (the pad is not always used)
RATED_SHARE = 0.85
LEVELS = ((5, 0.78), (4, 0.16), (3, 0.045), (2, 0.01), (1, 0.005))
# what an applicant who rated badly said (DOMAIN.md's reasons, as app.domain.ratings codes them)
BAD_COMMENTS = (
    (("R04",), "排了快一个小时的队，窗口还有人在聊天"),
    (("R03", "R06"), "第一次来没说清楚要带户口本，又跑了一趟"),
    (("R07",), "工作人员说话很不耐烦"),
    (("R08", "I3"), "问了几个问题都答不上来，要去问别人"),
    (("R02",), "复印件要了两份，网上明明可以查到"),
    (("R09",), "系统卡了二十分钟，什么也办不了"),
    (("R05", "I2"), "说好五个工作日，到现在还没消息"),
)


@dataclass(frozen=True)
class Arrival:
    minute: float  # minutes after midnight, local
    category: str


def arrivals(rng: random.Random, weekday: int) -> list[Arrival]:
    """The day's arrivals: a Poisson process whose rate follows HOURLY × WEEKDAY."""
    scale = BASE_PER_DAY / sum(_hour_weight(h, 2) * _open_minutes(h) / 60 for h in HOURLY)
    result: list[Arrival] = []
    for hour in HOURLY:
        rate = scale * _hour_weight(hour, weekday) / 60  # per minute
        start = max(hour * 60, _minutes(OPENS))
        end = min(hour * 60 + 60, _minutes(LAST_NUMBER))
        minute = start + rng.expovariate(rate)
        while minute < end:
            result.append(Arrival(minute, _pick(rng, SHARES)))
            minute += rng.expovariate(rate)
    return result


def service_minutes(rng: random.Random, category: str) -> float:
    median, sigma = SERVICE[category]
    return min(60.0, max(1.5, rng.lognormvariate(math.log(median), sigma)))


def rating_level(rng: random.Random) -> int:
    return _pick(rng, dict(LEVELS))


def _hour_weight(hour: int, weekday: int) -> float:
    weight = HOURLY[hour] * WEEKDAY.get(weekday, 1.0)
    return weight * FRIDAY_AFTERNOON if weekday == 4 and hour >= 13 else weight


def _open_minutes(hour: int) -> int:
    return min(hour * 60 + 60, _minutes(LAST_NUMBER)) - max(hour * 60, _minutes(OPENS))


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]
