"""`onewindow-server`: run the central server and do its one-off chores.

    onewindow-server serve --database postgresql://user@db/onewindow --port 8443 \\
        --blob-dir /srv/onewindow/blobs --ssl-certfile cert.pem --ssl-keyfile key.pem --workers 4
    onewindow-server init-admin --database URL --username admin --password '…'
    onewindow-server issue-code --database URL --hall 330429 --terminal-code W03 --kind window
    onewindow-server seed-demo --database URL [--catalog matters.json]
    onewindow-server openapi --output docs/openapi.json
    onewindow-server access-table --output docs/access.md
    onewindow-server retention purge --database URL [--dry-run]
    onewindow-server calendar import 2027.json --database URL [--by NAME]
    onewindow-server notices list --database URL --hall 330429 [--status failed]
    onewindow-server notices wording --database URL --hall 330429 [--event accepted --text '…']
    onewindow-server export --database URL --check [--since 2026-12-01] [--hall 330429]
    onewindow-server export --database URL --platform file:///srv/onewindow/up [--since 2026-12-01]
    onewindow-server appointments reminders --database URL --day 2026-11-24 --output FILE [--hall 330429]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from app.sync.protocol import ChangeKind, Role, TerminalKind
from server.config import DATA_KEY_FILE_ENV, LICENCE_URL_ENV, PLATFORM_URL_ENV, ServerConfig
from server.refusals import BadRequest, Conflict, Refused

ENV_DATABASE, ENV_BLOBS = "ONEWINDOW_DATABASE_URL", "ONEWINDOW_BLOB_DIR"
# serve's settings for the worker processes, which build their app from the environment
ENV_BODY_TIMEOUT, ENV_NO_DOCS = "ONEWINDOW_BODY_TIMEOUT", "ONEWINDOW_NO_DOCS"
ENV_SMS = "ONEWINDOW_SMS_URL"
ENV_PLATFORM = PLATFORM_URL_ENV
ENV_LICENCES = LICENCE_URL_ENV
# the audit chain's key (server/auth/audit_chain.py): every command on one database must use the same
ENV_AUDIT_KEY = "ONEWINDOW_AUDIT_KEY_FILE"
ENV_DATA_KEYS = DATA_KEY_FILE_ENV
# the catalog shipped with the workbench (a data file; the server does not import app.resources)
DEFAULT_CATALOG = Path(__file__).resolve().parent.parent / "resources" / "catalog" / "matters.json"


def database_url(url: str) -> str:
    """Accept a plain libpq URL too; SQLAlchemy needs to be told to use psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _config(args: argparse.Namespace) -> ServerConfig:
    url = database_url(args.database)
    blobs = (
        getattr(args, "blob_dir", None)
        or os.environ.get(ENV_BLOBS)
        or (
            Path(url.removeprefix("sqlite:///")).parent / "blobs"
            if url.startswith("sqlite:///")
            else Path("blobs")
        )
    )
    key = getattr(args, "audit_key_file", None) or os.environ.get(ENV_AUDIT_KEY)
    data_keys = getattr(args, "data_key_file", None) or os.environ.get(ENV_DATA_KEYS)
    return ServerConfig(
        database_url=url,
        blob_dir=Path(blobs),
        audit_key_file=Path(key) if key else None,
        data_key_file=Path(data_keys) if data_keys else None,
    )


def _context(args: argparse.Namespace):
    """A server context for a chore (migrated database, no HTTP)."""
    from server.app import create_app

    return create_app(_config(args)).state.ctx


def app_from_environment():
    """The uvicorn factory of `serve` (each worker process builds its own app from the env)."""
    from server.app import create_app

    config = ServerConfig(database_url=os.environ[ENV_DATABASE], blob_dir=Path(os.environ[ENV_BLOBS]))
    if os.environ.get(ENV_BODY_TIMEOUT):
        config = replace(config, request_body_timeout=float(os.environ[ENV_BODY_TIMEOUT]))
    if os.environ.get(ENV_NO_DOCS):
        config = replace(config, docs=False)
    if os.environ.get(ENV_SMS):
        config = replace(config, sms_url=os.environ[ENV_SMS])
    if os.environ.get(ENV_PLATFORM):
        config = replace(config, platform_url=os.environ[ENV_PLATFORM])
    if os.environ.get(ENV_LICENCES):
        config = replace(config, licence_url=os.environ[ENV_LICENCES])
    if os.environ.get(ENV_AUDIT_KEY):
        config = replace(config, audit_key_file=Path(os.environ[ENV_AUDIT_KEY]))
    if os.environ.get(ENV_DATA_KEYS):
        config = replace(config, data_key_file=Path(os.environ[ENV_DATA_KEYS]))
    from server.collector import settle_for_serving

    app = create_app(config, migrate=False)  # `serve` migrated once before the workers start
    settle_for_serving()
    return app


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.auth.audit import open_audit_key
    from server.http_protocol import BoundedHttpToolsProtocol
    from server.licences.links import open_library
    from server.log_config import log_config
    from server.notices.senders import open_sender
    from server.platform.links import open_platform
    from server.sealing.rewrap import rewrap_at_start
    from server.sealing.setup import open_data_keys
    from server.store.db import make_engine
    from server.store.migrate import upgrade_to_head

    try:
        open_sender(args.sms)  # a mistyped gateway is said now, not at the first applicant's SMS
    except ValueError as exc:
        print(f"--sms：{exc}", file=sys.stderr)
        return 2
    if args.platform:
        try:
            open_platform(args.platform)  # likewise the platform, not at the first case
        except ValueError as exc:
            print(f"--platform：{exc}", file=sys.stderr)
            return 2
    if args.licences:
        try:
            open_library(args.licences)  # and the licence library, not at the first lookup
        except ValueError as exc:
            print(f"--licences：{exc}", file=sys.stderr)
            return 2
    config = _config(args)
    config.blob_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.database_url)
    upgrade_to_head(engine)
    open_audit_key(engine, config.audit_key_path)  # made once here, before the workers read it
    open_data_keys(engine, config.data_key_path)  # likewise
    engine.dispose()
    os.environ[ENV_DATABASE], os.environ[ENV_BLOBS] = config.database_url, str(config.blob_dir.resolve())
    os.environ[ENV_BODY_TIMEOUT] = str(args.body_timeout)
    if args.no_docs:
        os.environ[ENV_NO_DOCS] = "1"
    else:
        os.environ.pop(ENV_NO_DOCS, None)
    os.environ[ENV_SMS] = args.sms
    if args.platform:
        os.environ[ENV_PLATFORM] = args.platform
    else:
        os.environ.pop(ENV_PLATFORM, None)
    if args.licences:
        os.environ[ENV_LICENCES] = args.licences
    else:
        os.environ.pop(ENV_LICENCES, None)
    os.environ[ENV_AUDIT_KEY] = str(config.audit_key_path.resolve())
    os.environ[ENV_DATA_KEYS] = str(config.data_key_path.resolve())
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        print("--ssl-certfile 与 --ssl-keyfile 须同时给出 / give both TLS files", file=sys.stderr)
        return 2
    rewrap_at_start(_context(args))  # what an older version stored in clear, sealed meanwhile
    uvicorn.run(
        "server.cli:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        log_level=args.log_level,
        log_config=log_config(args.log_level),  # no query strings, no ID or phone numbers
        # WebSocket pings drop connections to terminals that vanished without closing
        ws_ping_interval=20.0,
        ws_ping_timeout=20.0,
        # a terminal sends nothing on the event stream but pings: a small frame limit suffices
        ws_max_size=64 * 1024,
        # httptools (C) with a bound on the head (server/http_protocol.py); bodies are bounded
        # per route by server/body_limits.py
        http=BoundedHttpToolsProtocol,
        timeout_keep_alive=5,  # an idle keep-alive connection is closed after 5 s
        # beyond this many open connections (event streams included) a worker answers 503
        limit_concurrency=args.max_connections,
    )
    return 0


def cmd_init_admin(args: argparse.Namespace) -> int:
    from server.auth.audit import audit
    from server.auth.passwords import hash_password, password_problem
    from server.store.models import UserRow
    from server.sync.change_log import record_change

    if problem := password_problem(args.password, args.username):
        raise BadRequest(problem)
    ctx = _context(args)
    now = ctx.now()
    with ctx.transaction() as s:
        if s.get(UserRow, args.username) is not None:
            raise Conflict(f"账号{args.username}已存在")
        s.add(
            UserRow(
                username=args.username,
                display_name=args.display_name,
                role=Role.ADMIN.value,
                hall_code=None,
                window_name="",
                password_hash=hash_password(args.password),
                active=True,
                updated_at=now,
            )
        )
        s.flush()
        record_change(s, "*", ChangeKind.USERS, args.username, {})
        audit(s, now, "user_created", username="cli", detail=f"{args.username}：系统管理员（命令行）")
    print(f"已创建系统管理员 {args.username} / admin created")
    return 0


def cmd_issue_code(args: argparse.Namespace) -> int:
    from server.auth.audit import audit
    from server.auth.enrolment import issue_code

    ctx = _context(args)
    now = ctx.now()
    with ctx.transaction() as s:
        code, expires = issue_code(
            s, args.hall, args.terminal_code, "cli", now, ctx.config.enrolment_code_ttl, kind=args.kind
        )
        detail = f"大厅{args.hall} 终端{args.terminal_code}（{args.kind}）"
        audit(s, now, "code_issued", username="cli", detail=detail)
    print(code)
    print(f"有效期至 / valid until {expires:%Y-%m-%d %H:%M} UTC", file=sys.stderr)
    return 0


def load_catalog_file(path: Path) -> dict:
    """The catalog JSON as published, with a separate matter_types_file embedded."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict) and "matter_types" not in data and "matter_types_file" in data:
        types = json.loads((Path(path).parent / str(data["matter_types_file"])).read_text(encoding="utf-8"))
        data = {**data, "matter_types": types.get("matter_types") if isinstance(types, dict) else types}
        del data["matter_types_file"]
    return data


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from server.seed import seed_demo

    code = seed_demo(_context(args), load_catalog_file(args.catalog))
    print(code)
    print("演示大厅330429已就绪；上面是终端W03的一次性登记码 / demo hall ready", file=sys.stderr)
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    """A year's holiday schedule from a file (app/domain/calendar_years.py), checked whole first."""
    from app.domain.calendar_years import parse_year_text
    from app.domain.working_days import CalendarOverridesError
    from server.calendar_years import enter_year

    try:
        schedule = parse_year_text(Path(args.file).read_text(encoding="utf-8"), f"文件{Path(args.file).name}")
    except UnicodeDecodeError:
        print(f"错误：未导入：文件{args.file}不是UTF-8编码的文本。", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误：未导入：无法读取文件{args.file}（{exc.strerror or exc}）。", file=sys.stderr)
        return 1
    except CalendarOverridesError as exc:
        print(f"错误：未导入：{exc.message}", file=sys.stderr)
        return 1
    ctx = _context(args)
    with ctx.transaction() as s:
        changed = enter_year(s, schedule, args.by.strip() or "cli", ctx.now())
    what = f"{schedule.year}年节假日安排" + (f"（{schedule.source}）" if schedule.source else "")
    if changed:
        print(f"已导入{what}；各大厅终端下次同步时取得并重新计算暂按周末计算的承诺办结日期。")
    else:
        print(f"{what}与已导入的相同，未作改动。")
    return 0


def openapi_spec() -> dict:
    from server.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(ServerConfig(database_url="sqlite://", blob_dir=Path(tmp)), migrate=False)
        return app.openapi()


def render_openapi() -> str:
    return json.dumps(openapi_spec(), ensure_ascii=False, indent=2) + "\n"


def cmd_openapi(args: argparse.Namespace) -> int:
    text = render_openapi()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_retention_purge(args: argparse.Namespace) -> int:
    from server.retention import purge_archive

    report = purge_archive(_context(args), dry_run=args.dry_run)
    if args.dry_run:
        print(f"已过保管期限：{report.cases}件办件、{report.pages}页扫描件（未作改动）")
    else:
        print(
            f"已销毁：{report.cases}件办件的{report.pages}页扫描件，删除文件{report.files}个；每件均已记入审计日志"
        )
    return 0


def cmd_access_table(args: argparse.Namespace) -> int:
    from server.api.access_table import render

    text = render()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="onewindow-server", description="一窗通办中心服务 / OneWindow central server"
    )
    sub = p.add_subparsers(dest="command", required=True)

    def with_db(cmd: argparse.ArgumentParser) -> argparse.ArgumentParser:
        cmd.add_argument(
            "--database",
            required=True,
            help="数据库地址 / database URL (postgresql://user@host/db or sqlite:///file)",
        )
        cmd.add_argument(
            "--blob-dir",
            type=Path,
            help="扫描件存放目录，多进程共享，默认审计链密钥也在此；各命令须用同一个 / the attachment "
            f"store, shared by all processes, the audit key's default place; the same for every command "
            f"(or ${ENV_BLOBS})",
        )
        cmd.add_argument(
            "--audit-key-file",
            type=Path,
            help="审计链密钥文件（默认在扫描件目录中；各命令须用同一个）/ the audit chain's key file "
            f"(default: in the blob directory; every command must use the same; or ${ENV_AUDIT_KEY})",
        )
        cmd.add_argument(
            "--data-key-file",
            type=Path,
            help="个人信息加密密钥文件（默认在运行账户的配置目录 ~/.config/onewindow-server/；须另行备份，"
            "不与数据库和扫描件放在一起）/ the data keys sealing personal data (default: the running "
            f"account's ~/.config/onewindow-server/; back it up apart from the data; or ${ENV_DATA_KEYS})",
        )
        return cmd

    serve = with_db(
        sub.add_parser("serve", help="运行服务（启动时迁移数据库）/ run the server (migrates first)")
    )
    serve.add_argument("--host", default="127.0.0.1", help="监听地址 / listen address")
    serve.add_argument("--port", type=int, default=8000, help="端口 / port")
    serve.add_argument("--ssl-certfile", help="TLS证书（PEM）/ TLS certificate")
    serve.add_argument("--ssl-keyfile", help="TLS私钥（PEM）/ TLS private key")
    serve.add_argument("--workers", type=int, default=1, help="工作进程数 / worker processes")
    serve.add_argument("--log-level", default="info", help="日志级别 / log level")
    serve.add_argument(
        "--body-timeout",
        type=float,
        default=ServerConfig.request_body_timeout,
        help="请求内容须在此秒数内传完，否则应答408 / seconds a request body may take to arrive",
    )
    serve.add_argument(
        "--max-connections",
        type=int,
        default=4096,
        help="每个工作进程的最大连接数（含事件流）/ open connections per worker, event streams included",
    )
    serve.add_argument(
        "--no-docs",
        action="store_true",
        help="关闭 /docs、/redoc 与 /openapi.json / turn off the interactive docs and the spec",
    )
    serve.add_argument(
        "--sms",
        default=ServerConfig.sms_url,
        metavar="URL",
        help="申请人短信通知的发送方式：sim://（只记录，可加 ?file=路径）或大厅短信网关 http(s)://… "
        "/ SMS notices: sim:// records them (?file=PATH too), http(s):// posts to the hall's gateway",
    )
    serve.add_argument(
        "--platform",
        default="",
        metavar="URL",
        help="办件数据上报的省平台：sim://、file:///目录 或 https://…（不给则不上报）"
        "/ the province platform the 办件 records go to (none: no export)",
    )
    serve.add_argument(
        "--licences",
        default=os.environ.get(ENV_LICENCES, ""),
        metavar="URL",
        help="窗口调取电子证照所用的电子证照库：sim://demo（模拟库）或 https://…（不给则不接入，窗口收取纸质材料）"
        f"/ the licence library the windows' 电子证照 lookups ask (none: not connected; or ${ENV_LICENCES})",
    )
    serve.set_defaults(run=cmd_serve)

    admin = with_db(sub.add_parser("init-admin", help="创建系统管理员 / create an admin account"))
    admin.add_argument("--username", required=True, help="用户名 / user name")
    admin.add_argument("--password", required=True, help="密码（至少8位）/ password (8+ characters)")
    admin.add_argument("--display-name", default="系统管理员", help="姓名 / display name")
    admin.set_defaults(run=cmd_init_admin)

    code = with_db(sub.add_parser("issue-code", help="签发终端一次性登记码 / issue an enrolment code"))
    code.add_argument("--hall", required=True, help="大厅编码 / hall code (330429)")
    code.add_argument("--terminal-code", required=True, help="终端编号 / terminal code (W03)")
    code.add_argument(
        "--kind",
        choices=[k.value for k in TerminalKind],
        default="window",
        help="终端类型：窗口、取号机、显示屏、后台、网上大厅 / the kind, fixed at enrolment (default window)",
    )
    code.set_defaults(run=cmd_issue_code)

    seed = with_db(sub.add_parser("seed-demo", help="建立演示大厅 / create the demo hall"))
    seed.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, help="事项清单 / catalog JSON")
    seed.set_defaults(run=cmd_seed_demo)

    cal = sub.add_parser(
        "calendar", help="节假日安排 / the holiday schedule (format: resources/calendar/README.md)"
    )
    cal_sub = cal.add_subparsers(dest="action", required=True)
    cal_import = with_db(
        cal_sub.add_parser("import", help="从文件导入一年的节假日安排 / enter one year from a file")
    )
    cal_import.add_argument("file", type=Path, metavar="FILE", help="一年的安排（JSON）/ one year (JSON)")
    cal_import.add_argument("--by", default="", help="录入人 / who enters it (audit log)")
    cal_import.set_defaults(run=cmd_calendar_import)

    from server.notices.cli import add_notice_commands
    from server.platform.cli import add_export_command
    from server.queue.appointment_cli import add_appointment_commands

    add_notice_commands(sub, with_db, _context)
    add_export_command(sub, with_db, _context)
    add_appointment_commands(sub, with_db, _context)

    audit_cmd = sub.add_parser("audit", help="审计日志 / the audit log")
    audit_sub = audit_cmd.add_subparsers(dest="audit_command", required=True)
    verify = with_db(
        audit_sub.add_parser(
            "verify",
            help="逐条校验审计链，指出第一条被删改的记录 / verify the chain, naming the first broken entry",
        )
    )
    verify.add_argument(
        "--expect",
        metavar="CHECKPOINT",
        help="先前保存的检查点（链标识:序号:校验码）/ a checkpoint kept earlier, to be found in the chain",
    )
    verify.set_defaults(run=cmd_audit_verify)

    retention = sub.add_parser("retention", help="扫描件保管期限 / the scans' archive period")
    retention_sub = retention.add_subparsers(dest="retention_command", required=True)
    purge = with_db(
        retention_sub.add_parser(
            "purge",
            help="销毁已过各大厅档案保管期限的扫描件（每日运行）/ destroy the scans past each hall's archive "
            "period (run daily)",
        )
    )
    purge.add_argument("--dry-run", action="store_true", help="只统计，不销毁 / count, change nothing")
    purge.set_defaults(run=cmd_retention_purge)

    spec = sub.add_parser("openapi", help="输出OpenAPI规范 / write the OpenAPI spec")
    spec.add_argument("--output", help="输出文件（缺省为标准输出）/ output file (default stdout)")
    spec.set_defaults(run=cmd_openapi)

    table = sub.add_parser(
        "access-table", help="输出接口×终端类型×角色表 / write the route × terminal kind × role table"
    )
    table.add_argument("--output", help="输出文件（缺省为标准输出）/ output file (default stdout)")
    table.set_defaults(run=cmd_access_table)
    from server.sealing.commands import add_key_commands

    add_key_commands(sub, with_db, _context)
    return p


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from server.auth.audit_verify import verify_chain

    ctx = _context(args)
    try:
        with ctx.sessions() as session:
            report = verify_chain(session, ctx.audit_key, args.expect)
    except ValueError as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2
    if report.intact:
        n = report.entries
        print(f"审计链完整：共{n}条，逐条校验通过 / the audit chain is intact ({n} entries)")
        print(f"检查点（请另处保存，日后用 --expect 核对）/ checkpoint: {report.checkpoint}")
        return 0
    print(f"审计链已被破坏 / the audit chain is broken: {report.broken.describe()}", file=sys.stderr)
    print(
        f"在此之前的{report.entries}条校验通过 / {report.entries} entries before it verified", file=sys.stderr
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    from server.auth.audit_chain import AuditKeyError
    from server.sealing.keyring import DataKeyError

    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except Refused as exc:
        print(f"错误 / error: {exc.detail}", file=sys.stderr)
        return 1
    except (AuditKeyError, DataKeyError) as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
