"""`onewindow-server notices list|wording`: a hall's SMS notices (phones masked) and its wording."""

from __future__ import annotations

import argparse
import sys

from server.auth.audit import audit
from server.notices.outbox import list_notices, wording_of
from server.notices.wording import DEFAULT_WORDING, NOTICE_EVENTS, PLACEHOLDERS, WordingProblem, check_wording
from server.store.models import HallRow, NoticeWordingRow

_STATUS = {"pending": "待发送", "sending": "发送中", "sent": "已发送", "failed": "发送失败"}


def cmd_list(args: argparse.Namespace, context) -> int:
    ctx = context(args)
    with ctx.sessions() as s:
        if s.get(HallRow, args.hall) is None:
            print(f"错误：没有编码为 {args.hall} 的大厅", file=sys.stderr)
            return 1
        lines = list_notices(s, args.hall, args.status, args.limit)
    if not lines:
        print("没有符合条件的短信通知。")
    for n in lines:
        when = n.sent_at or n.created_at
        print(
            f"{when:%Y-%m-%d %H:%M}  {n.case_number}  {NOTICE_EVENTS.get(n.event, n.event)}  {n.phone}  "
            f"{_STATUS.get(n.status, n.status)}（{n.attempts}次）"
            + (f"  {n.last_error}" if n.last_error else "")
        )
        if args.text:
            print(f"    {n.text}")
    return 0


def cmd_wording(args: argparse.Namespace, context) -> int:
    ctx = context(args)
    if args.text is not None and not args.event:
        print("错误：设置短信内容时须用 --event 指明是哪种通知", file=sys.stderr)
        return 2
    with ctx.transaction() as s:
        if s.get(HallRow, args.hall) is None:
            print(f"错误：没有编码为 {args.hall} 的大厅", file=sys.stderr)
            return 1
        if args.text is not None:
            try:
                text = check_wording(args.event, args.text)
            except WordingProblem as exc:
                print(f"错误：{exc}", file=sys.stderr)
                return 1
            row = s.get(NoticeWordingRow, (args.hall, args.event))
            if row is None:
                row = NoticeWordingRow(hall_code=args.hall, event=args.event)
                s.add(row)
            by = args.by.strip() or "cli"
            row.text, row.updated_at, row.updated_by = text, ctx.now(), by
            audit(s, ctx.now(), "notice_wording", username=by, detail=f"{args.hall} {args.event}")
        for event, label in NOTICE_EVENTS.items():
            text = wording_of(s, args.hall, event)
            own = "" if text == DEFAULT_WORDING[event] else "（本大厅）"
            print(f"{label}{own}：{text}")
    print("可用占位符：" + "、".join("{" + p + "}" for p in PLACEHOLDERS))
    return 0


def add_notice_commands(sub, with_db, context) -> None:
    notices = sub.add_parser("notices", help="申请人短信通知 / SMS notices to applicants")
    notices_sub = notices.add_subparsers(dest="action", required=True)
    listing = with_db(
        notices_sub.add_parser(
            "list", help="本大厅已发送与未发出的短信（手机号脱敏）/ a hall's notices, masked"
        )
    )
    listing.add_argument("--hall", required=True, help="大厅编码 / hall code")
    listing.add_argument(
        "--status", choices=sorted(_STATUS), default="", help="只看某一状态 / only this status"
    )
    listing.add_argument("--limit", type=int, default=200, help="最多列出条数 / at most this many (≤1000)")
    listing.add_argument("--text", action="store_true", help="同时列出短信内容 / show each message's text")
    listing.set_defaults(run=lambda args: cmd_list(args, context))
    wording = with_db(
        notices_sub.add_parser("wording", help="查看或设置本大厅的短信内容 / show or set a hall's wording")
    )
    wording.add_argument("--hall", required=True, help="大厅编码 / hall code")
    wording.add_argument("--event", choices=sorted(NOTICE_EVENTS), help="哪种通知 / which notice")
    wording.add_argument("--text", help="新的短信内容，可含占位符 / the new wording, with placeholders")
    wording.add_argument("--by", default="", help="设置人 / who sets it")
    wording.set_defaults(run=lambda args: cmd_wording(args, context))
