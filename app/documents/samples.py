"""Made-up but realistic documents, for the `onewindow documents --sample` command and for tests.

Every person here is fictional; the ID and phone numbers are masked the way the services mask them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from app.documents.deficiency import render_deficiency_notice
from app.documents.issuance import render_issuance_record
from app.documents.models import CaseDocumentData, HallInfo, IssuanceData, MaterialLine, PartyInfo
from app.documents.receipt import render_receipt
from app.documents.refusal import render_refusal_notice

SAMPLE_HALL = HallInfo(
    name="安和县政务服务中心",
    address="安和县民主路88号政务服务中心一楼",
    phone="0573-84012345",
    progress_query="拨打12345政务服务便民热线，或登录“浙里办”APP / 浙江政务服务网查询",
    collection="可到本中心一楼统一出件窗口（8号窗口）领取，或申请免费邮寄送达",
)

SAMPLE_APPLICANT = PartyInfo(
    name="张三丰",
    id_type="居民身份证",
    id_number_masked="330429********1234",
    phone_masked="138****3210",
    address="安和县城关镇胜利西路88号3幢2单元501室",
)

SAMPLE_AGENT = PartyInfo(
    name="李四",
    id_type="居民身份证",
    id_number_masked="330523********002X",
    phone_masked="159****8866",
)

_MATERIALS = (
    MaterialLine("个体工商户登记（备案）申请书", 1, "已收取"),
    MaterialLine("经营者身份证明", 1, "已收取", "原件核验，留存复印件"),
    MaterialLine("经营场所使用证明（房屋租赁合同）", 1, "已收取"),
    MaterialLine("不动产权证书", 1, "电子证照", "电子证照库调取"),
)


def sample_case_data(
    case_number: str = "330429-20261122-W03-0007",
    materials: tuple[MaterialLine, ...] = _MATERIALS,
    bundle: bool = False,
    with_agent: bool = True,
) -> CaseDocumentData:
    """A 个体工商户设立登记 case (or the 开办餐饮店 bundle) accepted at window 3."""
    matters: tuple[str, ...] = ("个体工商户设立登记",)
    bundle_name = ""
    if bundle:
        bundle_name = "开办餐饮店“一件事”"
        matters = ("个体工商户设立登记", "食品经营许可", "公众聚集场所投入使用、营业前消防安全检查")
    return CaseDocumentData(
        hall=SAMPLE_HALL,
        case_number=case_number,
        document_number="安政服受〔2026〕第0007号",
        matter_names=matters,
        bundle_name=bundle_name,
        department="安和县市场监督管理局",
        applicant=SAMPLE_APPLICANT,
        agent=SAMPLE_AGENT if with_agent else None,
        clerk="王晓燕",
        window="3号综合窗口",
        issued_at=datetime(2026, 11, 22, 9, 41),
        materials=materials,
        case_kind="承诺件",
        promised_date=date(2026, 11, 27),
        promised_limit="3个工作日",
        supplement_deadline=date(2026, 11, 27),
        refusal_reason="",
        legal_basis="",
        review_body="安和县人民政府",
        court="安和县人民法院",
    )


def sample_bundle_case() -> CaseDocumentData:
    """A bundle accepted with deferred (容缺) materials, a commitment and an e-licence."""
    materials = (
        *_MATERIALS,
        MaterialLine("食品经营许可申请书", 1, "已收取"),
        MaterialLine("食品安全管理制度文本", 1, "告知承诺", "申请人书面承诺"),
        MaterialLine("与食品经营相适应的主要设备设施布局、操作流程等文件", 1, "容缺后补", "2026年12月4日前"),
        MaterialLine("消防安全检查申报表", 1, "已收取"),
        MaterialLine("场所消防设施平面图", 1, "容缺后补", "2026年12月4日前"),
    )
    return replace(
        sample_case_data(case_number="330429-20261122-W03-0008", materials=materials, bundle=True),
        document_number="安政服受〔2026〕第0008号",
        promised_limit="5个工作日",
        promised_date=date(2026, 11, 29),
    )


def sample_deficient_case() -> CaseDocumentData:
    materials = (
        MaterialLine("个体工商户登记（备案）申请书", 1, "已收取"),
        MaterialLine("经营者身份证明", 1, "已收取"),
        MaterialLine(
            "经营场所使用证明",
            1,
            "缺少",
            "请提交房屋租赁合同或无偿使用证明原件；用于核实经营场所的合法使用权。",
        ),
        MaterialLine(
            "委托代理人授权委托书",
            1,
            "不符合要求",
            "委托书缺少经营者本人签字及委托日期，请补签后提交原件；代办须有本人的明确授权。",
        ),
    )
    return replace(sample_case_data(materials=materials), document_number="安政服告〔2026〕第0031号")


def sample_refused_case() -> CaseDocumentData:
    return replace(
        sample_case_data(with_agent=False),
        document_number="安政服不受〔2026〕第0003号",
        refusal_reason="申请事项依法不属于本机关职权范围：申请在杭州市西湖区设立的个体工商户，"
        "应向经营场所所在地的西湖区市场监督管理部门申请登记。",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项；《促进个体工商户发展条例》第八条",
    )


def sample_issuance_data(method: str = "代领") -> IssuanceData:
    collector = SAMPLE_AGENT if method == "代领" else None
    return IssuanceData(
        case=sample_case_data(),
        result_name="营业执照（正本、副本）",
        result_number="92330523MA2K7Q8X3N",
        decided_on=date(2026, 11, 25),
        method=method,
        collector=collector,
        post_tracking="SF1402345678901" if method == "邮寄" else "",
        post_address=SAMPLE_APPLICANT.address if method == "邮寄" else "",
        issued_at=datetime(2026, 11, 26, 14, 5),
        record_number="安政服出〔2026〕第0112号",
        identity="" if method == "邮寄" else "读卡核验（居民身份证阅读器）",
        authorisation="已扫描1页，随办件存档（扫描件编号 3f2a9c1e）" if method == "代领" else "",
    )


def write_samples(out_dir: Path) -> list[Path]:
    """Write one of each document into out_dir (created if needed) and return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    documents = {
        "receipt.pdf": lambda: render_receipt(sample_case_data()),
        "receipt_bundle.pdf": lambda: render_receipt(sample_bundle_case()),
        "deficiency_notice.pdf": lambda: render_deficiency_notice(sample_deficient_case()),
        "refusal_notice.pdf": lambda: render_refusal_notice(sample_refused_case()),
        "issuance_record.pdf": lambda: render_issuance_record(sample_issuance_data()),
    }
    paths = []
    for name, render in documents.items():
        path = out_dir / name
        path.write_bytes(render())
        paths.append(path)
    return paths
