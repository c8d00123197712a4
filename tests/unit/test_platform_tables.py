"""The exchange tables' check: each field's presence, length, code and form, and the rules that
tie fields together — every refusal names the table and the field, in words a manager reads."""

from __future__ import annotations

from app.domain.platform_tables import ACCEPT, FIELDS, MATERIAL, PROCESS, RESULT, problems_of


def result(**changes) -> dict:
    record = {
        "ROWGUID": "6b0e3b5e-6a55-5d9e-9f55-0c3f1f7a0e11",
        "PROJID": "330429-20261201-W03-0001",
        "ORGCODE": "113304290025001116",
        "RESULTCODE": "0",
        "TRANSACTTIME": "2026-12-07 10:00:00",
        "TRANSACTUSER": "科长乙",
        "CERTNAME": "食品经营许可证",
        "ISPOST": "0",
    }
    record.update(changes)
    return {k: v for k, v in record.items() if v is not None}


def reasons(table: str, record: dict) -> list[str]:
    return [str(p) for p in problems_of(table, record)]


def test_a_good_record_has_no_problem():
    assert problems_of(RESULT, result()) == []


def test_a_missing_required_field_is_named():
    assert reasons(RESULT, result(TRANSACTUSER=None)) == ["办结信息·TRANSACTUSER：办结人员不能为空"]
    assert reasons(RESULT, result(TRANSACTUSER="")) == ["办结信息·TRANSACTUSER：办结人员不能为空"]


def test_a_field_longer_than_its_column_is_refused_with_both_lengths():
    assert reasons(RESULT, result(TRANSACTUSER="甲" * 101)) == [
        "办结信息·TRANSACTUSER：办结人员最长 100 个字符，实际 101 个"
    ]


def test_a_code_outside_its_list_names_the_allowed_ones():
    [why] = reasons(RESULT, result(RESULTCODE="7"))
    assert why.startswith(
        "办结信息·RESULTCODE：办结结果代码“7”不在代码表中（可用：0（出证办结）、1（不予许可/退回）"
    )


def test_times_and_dates_must_be_real_and_in_the_exchange_format():
    assert reasons(RESULT, result(TRANSACTTIME="2026-12-07T10:00:00")) == [
        "办结信息·TRANSACTTIME：办结时间“2026-12-07T10:00:00”不是有效的时间，格式应为 yyyy-MM-dd HH:mm:ss"
    ]
    assert reasons(RESULT, result(TRANSACTTIME="2026-02-30 10:00:00")) == [
        "办结信息·TRANSACTTIME：办结时间“2026-02-30 10:00:00”不是有效的时间，格式应为 yyyy-MM-dd HH:mm:ss"
    ]


def test_a_result_that_needs_a_reason_has_one():
    named = {"1": "不予许可/退回", "2": "作废", "3": "删除", "4": "转报", "5": "补正超时驳回"}
    for code, label in named.items():
        assert reasons(RESULT, result(RESULTCODE=code, CERTNAME=None)) == [
            f"办结信息·RESULTEXPLAIN：办结结果为“{label}”时须说明原因"
        ]
    # 不予受理: its reason is the refusal notice's, carried when the window gave one
    assert reasons(RESULT, result(RESULTCODE="6", CERTNAME=None)) == []
    assert reasons(RESULT, result(CERTNAME=None)) == ["办结信息·CERTNAME：出证办结须填写证照名称"]


def test_an_unknown_field_or_table_is_refused():
    assert reasons(RESULT, result(PHOTO="x")) == ["办结信息·PHOTO：不是本表的字段"]
    assert reasons("up_pro_other", {}) == [
        "up_pro_other·-：不是办件交换表（应为 up_pro_accept、up_pro_process、up_pro_special_procedure、"
        "up_pro_material、up_pro_result 之一）"
    ]


def test_a_material_taken_as_an_e_licence_names_it_and_a_deferred_one_its_date():
    base = {
        "ROWGUID": "g",
        "PROJID": "p",
        "ORGCODE": "o",
        "SN": "1",
        "MATERIALCODE": "M05",
        "MATERIALNAME": "身份证",
    }
    assert reasons(MATERIAL, {**base, "TAKETYPE": "2"}) == [
        "申请材料·LICENCENO：以电子证照收取的材料须填写电子证照编号"
    ]
    assert reasons(MATERIAL, {**base, "TAKETYPE": "4"}) == ["申请材料·DUEDATE：容缺后补的材料须填写后补期限"]
    assert reasons(MATERIAL, {**base, "TAKETYPE": "2", "LICENCENO": "330429202600012345"}) == []


def test_a_step_cannot_end_before_it_starts():
    node = {
        "ROWGUID": "g",
        "PROJID": "p",
        "ORGCODE": "o",
        "SN": "1",
        "NODENAME": "审查",
        "HANDLEUSERNAME": "科员甲",
        "STARTTIME": "2026-12-02 10:00:00",
        "ENDTIME": "2026-12-01 10:00:00",
    }
    assert reasons(PROCESS, node) == ["办理过程·ENDTIME：结束时间早于开始时间"]


def test_every_table_names_its_record_and_its_case():
    for table, fields in FIELDS.items():
        names = [f.name for f in fields]
        assert names[:3] == ["ROWGUID", "PROJID", "ORGCODE"], table
        assert len(names) == len(set(names)), table
    assert {f.name: f.length for f in FIELDS[ACCEPT]}["PROJID"] == 50  # DOMAIN.md: up to 50
