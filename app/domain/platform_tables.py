"""The province platform's five 办件 exchange tables: their fields, lengths and codes, and the
check every record must pass before it is sent (数据归集).

The tables carry their usual names (up_pro_accept, up_pro_process, up_pro_special_procedure,
up_pro_material, up_pro_result) and their fields the upper-case names of the exchange
specifications; the facts behind each field (lengths, code lists, when a reason is required) are
DOMAIN.md's. This module is the one home of that standard: the exporter checks its records
against it (`onewindow-server export --check`), and the platform simulator refuses by it, so a
province whose specification names a field differently is a change here and nowhere else.

A record is a plain dict of field name → text (every value goes as text, as the exchange
tables hold it); a problem names the table, the field and what is wrong, in the words a hall
manager reads when a record comes back refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

ACCEPT = "up_pro_accept"
PROCESS = "up_pro_process"
SPECIAL_PROCEDURE = "up_pro_special_procedure"
MATERIAL = "up_pro_material"
RESULT = "up_pro_result"
TABLES = (ACCEPT, PROCESS, SPECIAL_PROCEDURE, MATERIAL, RESULT)
TABLE_LABELS = {
    ACCEPT: "受理信息",
    PROCESS: "办理过程",
    SPECIAL_PROCEDURE: "特别程序",
    MATERIAL: "申请材料",
    RESULT: "办结信息",
}

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
DATE_FORMAT = "%Y-%m-%d"
_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DIGITS = re.compile(r"\d+")

APPLICANT_TYPES = {
    "1": "自然人",
    "2": "企业法人",
    "3": "事业法人",
    "4": "社会组织法人",
    "5": "非法人企业",
    "6": "行政机关",
    "9": "其他组织",
}
CERTIFICATE_TYPES = {
    "111": "居民身份证",
    "414": "普通护照",
    "516": "港澳居民来往内地通行证",
    "511": "台湾居民来往大陆通行证",
    "553": "外国人永久居留身份证",
    "990": "港澳台居民居住证",
    "001": "统一社会信用代码",
    "999": "其他",
}
CASE_KINDS = {"1": "即办件", "2": "承诺件"}
RESULT_CODES = {
    "0": "出证办结",
    "1": "不予许可/退回",
    "2": "作废",
    "3": "删除",
    "4": "转报",
    "5": "补正超时驳回",
    "6": "不予受理",
}
RESULT_CODES_NEEDING_REASON = frozenset({"1", "2", "3", "4", "5"})
SPECIAL_PROCEDURE_KINDS = {
    "1": "听证",
    "2": "招标",
    "3": "拍卖",
    "4": "检验",
    "5": "检测",
    "6": "检疫",
    "7": "鉴定",
    "8": "专家评审",
    "9": "其他",
}
# how a material was taken: on paper, as an 电子证照 from the licence library, by 告知承诺, or
# owed (容缺后补)
MATERIAL_WAYS = {"1": "纸质", "2": "电子证照", "3": "告知承诺", "4": "容缺后补"}
YES_NO = {"0": "否", "1": "是"}


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    length: int  # the most characters the table's column holds
    required: bool = True
    codes: dict[str, str] | None = None  # the allowed codes, with what each means
    form: str = "text"  # text | time (yyyy-MM-dd HH:mm:ss) | date | digits


def _f(name: str, label: str, length: int, required: bool = True, **kw) -> Field:
    return Field(name, label, length, required, **kw)


_KEYS = (
    _f("ROWGUID", "记录唯一标识", 36),
    _f("PROJID", "办件编号", 50),
    _f("ORGCODE", "受理部门编码", 18),
)

FIELDS: dict[str, tuple[Field, ...]] = {
    ACCEPT: (
        *_KEYS,
        _f("ITEMID", "事项实施编码", 36),
        _f("ITEMCODE", "业务办理项编码", 50, required=False),
        _f("ITEMNAME", "事项名称", 500),
        _f("ITEMVERSION", "事项版本", 10, form="digits"),
        _f("CATALOGCODE", "基本编码", 12),
        _f("PROJECTNAME", "申报名称", 500),
        _f("ORGNAME", "受理部门", 200),
        _f("APPLYERTYPE", "申请人类型", 1, codes=APPLICANT_TYPES),
        _f("APPLYERNAME", "申请人名称", 200),
        _f("APPLYERPAGETYPE", "申请人证件类型", 3, codes=CERTIFICATE_TYPES),
        _f("APPLYERPAGECODE", "申请人证件号码", 50),
        _f("CONTACTMAN", "联系人/代理人姓名", 100, required=False),
        _f("CONTACTMAN_PAGETYPE", "联系人/代理人证件类型", 3, required=False, codes=CERTIFICATE_TYPES),
        _f("CONTACTMAN_PAGECODE", "联系人/代理人证件号码", 50, required=False),
        _f("TELPHONE", "联系电话", 50),
        _f("ADDRESS", "通讯地址", 200, required=False),
        _f("PROJECTTYPE", "办件类型", 1, codes=CASE_KINDS),
        _f("APPLYDATE", "申请时间", 19, form="time"),
        _f("ACCEPTDATE", "受理时间", 19, form="time"),
        _f("ACCEPTDOCNO", "受理文书编号", 50),
        _f("HANDLEUSERNAME", "受理人员", 100),
        _f("PROMISEDATE", "承诺办结日期", 10, required=False, form="date"),
        _f("WINDOWNAME", "受理窗口", 100, required=False),
    ),
    PROCESS: (
        *_KEYS,
        _f("SN", "环节序号", 6, form="digits"),
        _f("NODENAME", "环节名称", 100),
        _f("HANDLEUSERNAME", "办理人员", 100),
        _f("HANDLEEXPLAIN", "办理意见", 1000, required=False),
        _f("STARTTIME", "环节开始时间", 19, form="time"),
        _f("ENDTIME", "环节结束时间", 19, form="time"),
    ),
    SPECIAL_PROCEDURE: (
        *_KEYS,
        _f("SN", "程序序号", 6, form="digits"),
        _f("SPECIALTYPE", "特别程序种类", 1, codes=SPECIAL_PROCEDURE_KINDS),
        _f("SPECIALNAME", "特别程序名称", 100),
        _f("SPECIALREASON", "启动理由", 1000),
        _f("STARTTIME", "开始时间", 19, form="time"),
        _f("ENDTIME", "结束时间", 19, required=False, form="time"),
        _f("SPECIALDAYS", "特别程序时长（工作日）", 4, required=False, form="digits"),
    ),
    MATERIAL: (
        *_KEYS,
        _f("SN", "材料序号", 6, form="digits"),
        _f("MATERIALCODE", "材料编码", 50),
        _f("MATERIALNAME", "材料名称", 200),
        _f("TAKETYPE", "收取方式", 1, codes=MATERIAL_WAYS),
        _f("LICENCENO", "电子证照编号", 100, required=False),
        _f("LICENCEORG", "电子证照颁发单位", 200, required=False),
        _f("DUEDATE", "后补期限", 10, required=False, form="date"),
    ),
    RESULT: (
        *_KEYS,
        _f("RESULTCODE", "办结结果", 1, codes=RESULT_CODES),
        _f("RESULTEXPLAIN", "办结原因说明", 1000, required=False),
        _f("TRANSACTTIME", "办结时间", 19, form="time"),
        _f("TRANSACTUSER", "办结人员", 100),
        _f("CERTNAME", "证照名称", 200, required=False),
        _f("CERTNO", "证照编号", 100, required=False),
        _f("ISPOST", "是否邮寄", 1, codes=YES_NO),
        _f("ISSUEDATE", "出件时间", 19, required=False, form="time"),
        _f("SATISFACTION", "评价结果", 1, required=False, codes={str(k): "" for k in range(1, 6)}),
    ),
}


@dataclass(frozen=True)
class Problem:
    table: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{TABLE_LABELS.get(self.table, self.table)}·{self.field}：{self.reason}"


def problems_of(table: str, record: dict[str, str]) -> list[Problem]:
    """Everything wrong with one record, every field checked (an empty list: it may be sent)."""
    fields = FIELDS.get(table)
    if fields is None:
        return [Problem(table, "-", f"不是办件交换表（应为 {'、'.join(TABLES)} 之一）")]
    found: list[Problem] = []
    known = {f.name for f in fields}
    for name in record:
        if name not in known:
            found.append(Problem(table, name, "不是本表的字段"))
    for f in fields:
        value = record.get(f.name)
        if value is None or value == "":
            if f.required:
                found.append(Problem(table, f.name, f"{f.label}不能为空"))
            continue
        if not isinstance(value, str):
            found.append(Problem(table, f.name, f"{f.label}须为文本"))
            continue
        if len(value) > f.length:
            found.append(Problem(table, f.name, f"{f.label}最长 {f.length} 个字符，实际 {len(value)} 个"))
        if f.codes is not None and value not in f.codes:
            allowed = "、".join(f"{k}（{v}）" if v else k for k, v in f.codes.items())
            found.append(Problem(table, f.name, f"{f.label}代码“{value}”不在代码表中（可用：{allowed}）"))
        form_problem = _form_problem(f, value)
        if form_problem:
            found.append(Problem(table, f.name, form_problem))
    found.extend(_record_rules(table, record))
    return found


def _form_problem(f: Field, value: str) -> str | None:
    if f.form == "digits" and not _DIGITS.fullmatch(value):
        return f"{f.label}须为数字"
    pattern, layout, shape = {
        "time": (_TIME, TIME_FORMAT, "yyyy-MM-dd HH:mm:ss"),
        "date": (_DATE, DATE_FORMAT, "yyyy-MM-dd"),
    }.get(f.form, (None, None, None))
    if pattern is None:
        return None
    try:
        if not pattern.fullmatch(value):
            raise ValueError
        datetime.strptime(value, layout)
    except ValueError:
        return f"{f.label}“{value}”不是有效的时间，格式应为 {shape}"
    return None


def _record_rules(table: str, record: dict[str, str]) -> list[Problem]:
    """The rules that tie one field to another."""
    found = []
    if table == RESULT:
        code = record.get("RESULTCODE", "")
        if code in RESULT_CODES_NEEDING_REASON and not record.get("RESULTEXPLAIN"):
            found.append(Problem(table, "RESULTEXPLAIN", f"办结结果为“{RESULT_CODES[code]}”时须说明原因"))
        if code == "0" and not record.get("CERTNAME"):
            found.append(Problem(table, "CERTNAME", "出证办结须填写证照名称"))
    if table == MATERIAL and record.get("TAKETYPE") == "2" and not record.get("LICENCENO"):
        found.append(Problem(table, "LICENCENO", "以电子证照收取的材料须填写电子证照编号"))
    if table == MATERIAL and record.get("TAKETYPE") == "4" and not record.get("DUEDATE"):
        found.append(Problem(table, "DUEDATE", "容缺后补的材料须填写后补期限"))
    if table == ACCEPT and record.get("CONTACTMAN") and not record.get("CONTACTMAN_PAGECODE"):
        found.append(Problem(table, "CONTACTMAN_PAGECODE", "填写了代理人的，须填写代理人证件号码"))
    start, end = record.get("STARTTIME", ""), record.get("ENDTIME", "")
    if _TIME.fullmatch(start) and _TIME.fullmatch(end) and end < start:
        found.append(Problem(table, "ENDTIME", "结束时间早于开始时间"))
    return found
