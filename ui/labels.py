"""Code lists the screens offer (applicant and certificate types, issuance methods).

The codes are the national platform's (DOMAIN.md); the labels are Chinese source strings that
go through Qt's translator. Masks are the domain's (app/domain/masking.py): lists and the case
detail show masked values, only the editable fields of the case in progress show them in full.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def applicant_types() -> list[tuple[int, str]]:
    return [
        (1, QCoreApplication.translate("Labels", "自然人")),
        (2, QCoreApplication.translate("Labels", "企业法人")),
        (3, QCoreApplication.translate("Labels", "事业法人")),
        (4, QCoreApplication.translate("Labels", "社会组织法人")),
        (5, QCoreApplication.translate("Labels", "非法人企业")),
        (6, QCoreApplication.translate("Labels", "行政机关")),
        (9, QCoreApplication.translate("Labels", "其他组织")),
    ]


def certificate_types() -> list[tuple[str, str]]:
    return [
        ("111", QCoreApplication.translate("Labels", "居民身份证")),
        ("414", QCoreApplication.translate("Labels", "普通护照")),
        ("516", QCoreApplication.translate("Labels", "港澳居民来往内地通行证")),
        ("511", QCoreApplication.translate("Labels", "台湾居民来往大陆通行证")),
        ("553", QCoreApplication.translate("Labels", "外国人永久居留身份证")),
        ("990", QCoreApplication.translate("Labels", "港澳台居民居住证")),
        ("001", QCoreApplication.translate("Labels", "统一社会信用代码")),
        ("999", QCoreApplication.translate("Labels", "其他证件")),
    ]


def certificate_label(code: str) -> str:
    return dict(certificate_types()).get(code, code)


def issuance_methods() -> list[tuple[str, str]]:
    return [
        ("in_person", QCoreApplication.translate("Labels", "本人领取")),
        ("agent", QCoreApplication.translate("Labels", "代领")),
        ("post", QCoreApplication.translate("Labels", "邮寄")),
    ]


def deadline_mark(flag: str) -> str:
    return {
        "overdue": QCoreApplication.translate("Labels", "已超期"),
        "due_soon": QCoreApplication.translate("Labels", "即将到期"),
        # an accepted 即办件: to be finished on the spot today, not "about to expire"
        "immediate": QCoreApplication.translate("Labels", "即办"),
    }.get(flag, "")
