"""`onewindow-server export`: --check says what the platform would refuse and sends nothing; a
pass to a file:// platform writes each batch whole, once; and `serve` refuses a mistyped address."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from platform_cases import HALL, accepted, publish_matter
from sqlalchemy import select
from sync_helpers import make_terminal, push, settle

from app.domain.hall_time import hall_date
from server.app import create_app
from server.cli import main as server_cli
from server.store.models_platform import PlatformRecordRow

NUMBER = "330429-20261201-W03-0001"


@pytest.fixture
def filled(server_config):
    """A server database holding one accepted case (its 电子证照 material names no licence)."""
    app = create_app(server_config)
    with TestClient(app) as client:
        ctx = app.state.ctx
        publish_matter(ctx)
        w = accepted(NUMBER)
        r = push(client, make_terminal(ctx, HALL, "W03"), *w.new_mutations(1))
        assert r.status_code == 200, r.text
        settle(ctx)
        yield ctx, ["--database", server_config.database_url, "--blob-dir", str(server_config.blob_dir)]


def records(ctx) -> list[PlatformRecordRow]:
    with ctx.sessions() as s:
        return list(s.scalars(select(PlatformRecordRow)))


def test_check_names_every_problem_and_sends_nothing(filled, capsys):
    ctx, db = filled
    assert server_cli(["export", *db, "--check"]) == 1
    out = capsys.readouterr().out
    assert f"{NUMBER}  申请材料（material-M05）  LICENCENO：以电子证照收取的材料须填写电子证照编号" in out
    assert "校验了 1 件办件的 6 条记录：5 条合格，1 条不合格" in out
    assert records(ctx) == []  # nothing queued, nothing sent
    tomorrow = (hall_date(datetime.now(UTC)) + timedelta(days=1)).isoformat()  # in the hall
    assert server_cli(["export", *db, "--check", "--since", tomorrow]) == 0  # none changed since
    assert "校验了 0 件办件的 0 条记录" in capsys.readouterr().out
    assert server_cli(["export", *db, "--check", "--since", "12/01"]) == 2
    assert "--since 应为日期" in capsys.readouterr().err


def test_a_pass_to_a_folder_writes_each_batch_whole_and_once(filled, tmp_path, capsys):
    _ctx, db = filled
    folder = tmp_path / "up"
    assert server_cli(["export", *db, "--platform", f"file://{folder}"]) == 0
    assert "送达 5 条，被退回 1 条" in capsys.readouterr().out
    [day] = list(folder.iterdir())
    [batch] = list(day.glob("*.json"))
    body = json.loads(batch.read_text(encoding="utf-8"))
    assert [r["table"] for r in body["records"]] == [
        "up_pro_accept",
        "up_pro_process",
        "up_pro_material",
        "up_pro_material",
        "up_pro_material",
    ]
    assert body["records"][0]["fields"]["PROJID"] == NUMBER
    assert not list(day.glob(".*"))  # no half-written file left behind
    assert server_cli(["export", *db, "--platform", f"file://{folder}"]) == 0  # nothing new
    assert "送达 0 条" in capsys.readouterr().out
    assert len(list(day.glob("*.json"))) == 1
    # the records of cases changed since a day go again (a platform that lost a day's files)
    assert server_cli(["export", *db, "--platform", f"file://{folder}", "--since", "2026-12-01"]) == 0
    assert "已将 5 条记录重新列入上报" in capsys.readouterr().out
    assert len(list(day.glob("*.json"))) == 2


def test_a_platform_address_that_is_no_address_is_refused_at_once(filled, capsys):
    _ctx, db = filled
    assert server_cli(["export", *db, "--platform", "ftp://platform"]) == 2
    assert "应以 sim://、file:// 或 http(s):// 开头" in capsys.readouterr().err
    assert server_cli(["export", *db]) == 2
    assert "请用 --platform 指明省平台地址" in capsys.readouterr().err
    assert server_cli(["serve", *db, "--platform", "ftp://platform"]) == 2  # before it serves
    assert "--platform：省平台地址“ftp://platform”无效" in capsys.readouterr().err
