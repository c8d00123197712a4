"""The audit log's events as an auditor reads them (the console's 审计日志)."""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP

EVENT_LABELS = {
    "sign_in": QT_TRANSLATE_NOOP("messages", "登录"),
    "sign_out": QT_TRANSLATE_NOOP("messages", "退出登录"),
    "password_changed": QT_TRANSLATE_NOOP("messages", "修改密码"),
    "terminal_enrolled": QT_TRANSLATE_NOOP("messages", "终端登记"),
    "terminal_revoked": QT_TRANSLATE_NOOP("messages", "终端停用"),
    "user_created": QT_TRANSLATE_NOOP("messages", "新建账号"),
    "user_changed": QT_TRANSLATE_NOOP("messages", "修改账号"),
    "cases_searched": QT_TRANSLATE_NOOP("messages", "查找办件"),
    "case_opened": QT_TRANSLATE_NOOP("messages", "从服务器调阅办件"),
    "scan_viewed": QT_TRANSLATE_NOOP("messages", "调阅扫描件"),
    "window_case_opened": QT_TRANSLATE_NOOP("messages", "窗口打开办件"),
    "window_document_reprinted": QT_TRANSLATE_NOOP("messages", "窗口重印文书"),
    "window_scans_purged": QT_TRANSLATE_NOOP("messages", "窗口按期清除扫描件"),
    "hand_out_id_typed": QT_TRANSLATE_NOOP("messages", "出件时手工录入证件"),
    "audit_searched": QT_TRANSLATE_NOOP("messages", "查询审计日志"),
    "scans_archive_purged": QT_TRANSLATE_NOOP("messages", "扫描件过保管期限销毁"),
    "backoffice_step": QT_TRANSLATE_NOOP("messages", "后台办理"),
    "hall_setup": QT_TRANSLATE_NOOP("messages", "大厅设置"),
    "window_assignment": QT_TRANSLATE_NOOP("messages", "窗口调度"),
    "platform_record_read": QT_TRANSLATE_NOOP("messages", "查看上报省平台的记录"),
    "platform_record_corrected": QT_TRANSLATE_NOOP("messages", "更正被省平台退回的记录"),
    "platform_record_resent": QT_TRANSLATE_NOOP("messages", "重新上报记录"),
    "unresolved_report_read": QT_TRANSLATE_NOOP("messages", "查看办不成事反映"),
    "unresolved_report_assigned": QT_TRANSLATE_NOOP("messages", "分派办不成事反映"),
    "unresolved_report_answered": QT_TRANSLATE_NOOP("messages", "记录办不成事反映的解决情况与答复"),
    "unresolved_report_closed": QT_TRANSLATE_NOOP("messages", "办结办不成事反映"),
    "unresolved_report_sent_back": QT_TRANSLATE_NOOP("messages", "退回办不成事反映"),
    "licence_looked_up": QT_TRANSLATE_NOOP("messages", "调取电子证照"),
    "appointment_plans_set": QT_TRANSLATE_NOOP("messages", "设置预约号源与规则"),
    "appointment_reminders_exported": QT_TRANSLATE_NOOP("messages", "导出预约提醒短信名单"),
}
OUTCOME_LABELS = {
    "ok": QT_TRANSLATE_NOOP("messages", "成功"),
    "refused": QT_TRANSLATE_NOOP("messages", "被拒绝"),
    "failed": QT_TRANSLATE_NOOP("messages", "失败"),
}
