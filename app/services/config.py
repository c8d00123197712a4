"""Who and where this workbench is: the hall, the window, the clerk signed in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WindowConfig:
    hall_code: str  # region/hall code, the first part of every case number
    hall_name: str
    hall_address: str
    hall_phone: str
    terminal: str  # this PC's id within the hall (W03): case numbers stay unique without a server
    window_name: str  # 3号综合窗口
    clerk_name: str
    progress_query: str = "可拨打咨询电话或凭办件编号在政务服务网查询办理进度"
    collection: str = "办结后请凭本通知书到统一出件窗口领取，或选择免费邮寄送达"
    review_body: str = "安和县人民政府"  # 行政复议机关 named in refusal notices
    court: str = "安和县人民法院"
