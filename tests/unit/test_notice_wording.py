"""The notices' wording, the phone they go to, and the masking of gateway errors."""

from __future__ import annotations

import pytest

from server.notices.outbox import notice_phone, scrub
from server.notices.wording import DEFAULT_WORDING, NoticeFacts, WordingProblem, check_wording, render

FACTS = NoticeFacts("安和县政务服务中心", "王小明", "330429-W03-0007", "内地居民结婚登记", "2026年12月4日")


def test_the_default_wordings_name_every_fact():
    accepted = render(DEFAULT_WORDING["accepted"], FACTS)
    assert accepted == (
        "【安和县政务服务中心】王小明您好，您申请的内地居民结婚登记已于2026年12月4日受理，"
        "办件编号330429-W03-0007，可凭此编号查询办理进度。"
    )
    ready = render(DEFAULT_WORDING["result_ready"], FACTS)
    assert "{" not in ready and "330429-W03-0007" in ready and "出件窗口" in ready


def test_a_placeholder_is_replaced_as_text_never_evaluated():
    tricky = NoticeFacts("大厅", "{事项}", "N-1", "{__class__}", "今天")
    assert (
        render("{申请人}|{事项}|{0}|{申请人.__class__}", tricky)
        == "{事项}|{__class__}|{0}|{申请人.__class__}"
    )


@pytest.mark.parametrize(
    ("event", "text", "says"),
    [
        ("accepted", "   ", "短信内容不能为空"),
        ("accepted", "{姓名}您好", "“{姓名}”不是可用的占位符"),
        ("accepted", "字" * 301, "不能超过300个字，现为301个字"),
        ("issued", "您好", "没有“issued”这种短信通知"),
    ],
)
def test_a_bad_wording_is_refused_with_what_is_wrong(event, text, says):
    with pytest.raises(WordingProblem, match=says):
        check_wording(event, text)


def test_a_good_wording_is_kept_trimmed():
    assert check_wording("result_ready", "  {申请人}，结果已到  ") == "{申请人}，结果已到"


@pytest.mark.parametrize(
    ("applicant", "phone"),
    [
        ({"phone": "138 1234 5678"}, "13812345678"),
        ({"phone": "+8613812345678"}, "+8613812345678"),
        ({"phone": "0571-87654321", "agent": {"phone": "13912345678"}}, "13912345678"),  # the agent's mobile
        ({"phone": "0571-87654321"}, ""),  # a landline takes no SMS
        ({"phone": ""}, ""),
        ({}, ""),
    ],
)
def test_the_notice_goes_to_a_mobile_the_applicant_side_gave(applicant, phone):
    assert notice_phone({"applicant": applicant}) == phone


def test_a_gateway_error_that_echoes_the_number_is_masked():
    assert scrub("invalid number 13812345678 (blacklist)") == "invalid number 138****5678 (blacklist)"
