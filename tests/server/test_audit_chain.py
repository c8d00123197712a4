"""The audit log is a hash chain: deleting, editing, reordering, truncating or slipping in an entry
is found by `audit verify`, which names the first entry that no longer fits (等保 level 3)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import delete, select, text, update

from server.app import create_app
from server.auth.audit import audit
from server.auth.audit_chain import AuditKeyError
from server.auth.audit_verify import verify_chain
from server.cli import main as server_cli
from server.store.db import make_engine
from server.store.migrate import alembic_config
from server.store.models import AuditChainRow, AuditRow

T0 = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def write(ctx, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        with ctx.transaction() as s:
            audit(s, T0 + timedelta(minutes=i), "sign_in", username=f"clerk{i}", detail=f"窗口{i}")


def verify(ctx, expect: str | None = None):
    with ctx.sessions() as s:
        return verify_chain(s, ctx.audit_key, expect)


def tamper(ctx, statement) -> None:
    """What someone with database access and without the key file can do."""
    with ctx.transaction() as s:
        s.execute(statement)


@pytest.fixture
def ctx(server_config):
    ctx = create_app(server_config).state.ctx
    write(ctx, 6)
    return ctx


def test_an_untouched_chain_verifies_entry_by_entry(ctx):
    report = verify(ctx)
    assert report.intact and report.entries == 6 and report.head_seq == 6
    with ctx.sessions() as s:
        assert s.scalars(select(AuditRow.seq).order_by(AuditRow.id)).all() == [1, 2, 3, 4, 5, 6]


def test_an_edited_entry_is_named(ctx):
    tamper(ctx, update(AuditRow).where(AuditRow.seq == 3).values(detail="窗口99"))
    report = verify(ctx)
    assert report.broken.seq == 3 and "改动" in report.broken.reason
    assert report.entries == 2  # the two before it still verify


def test_a_deleted_entry_is_named_by_the_one_after_the_gap(ctx):
    tamper(ctx, delete(AuditRow).where(AuditRow.seq == 4))
    report = verify(ctx)
    assert report.broken.seq == 5 and "第4条被删除" in report.broken.reason


def test_reordered_entries_are_found(ctx):
    # swapping two entries' places (their seq numbers) keeps every row, and breaks the chain
    tamper(ctx, update(AuditRow).where(AuditRow.seq == 2).values(seq=-2))
    tamper(ctx, update(AuditRow).where(AuditRow.seq == 5).values(seq=2))
    tamper(ctx, update(AuditRow).where(AuditRow.seq == -2).values(seq=5))
    report = verify(ctx)
    assert report.broken.seq == 2 and "改动" in report.broken.reason


def test_a_cut_off_tail_is_found(ctx):
    tamper(ctx, delete(AuditRow).where(AuditRow.seq >= 5))
    report = verify(ctx)
    assert "截断" in report.broken.reason and report.entries == 4


def test_a_cut_off_tail_with_the_head_moved_back_is_found(ctx):
    with ctx.sessions() as s:
        fourth = s.scalar(select(AuditRow.mac).where(AuditRow.seq == 4))
    tamper(ctx, delete(AuditRow).where(AuditRow.seq >= 5))
    tamper(ctx, update(AuditChainRow).values(seq=4, mac=fourth))  # no key: the seal stays the old one
    assert "链头被改动" in verify(ctx).broken.reason


def test_an_entry_slipped_in_past_the_server_is_found(ctx):
    tamper(
        ctx,
        text(
            "INSERT INTO audit_log (at, username, terminal_id, event, outcome, detail, mac) "
            "VALUES (:at, 'x', '', 'sign_in', 'ok', '', '')"
        ).bindparams(at=T0),
    )
    assert "不在审计链上" in verify(ctx).broken.reason


def test_a_kept_checkpoint_finds_a_chain_rebuilt_from_scratch(server_config, tmp_path):
    ctx = create_app(server_config).state.ctx
    write(ctx, 3)
    kept = verify(ctx).checkpoint
    write(ctx, 2, start=3)
    assert verify(ctx, kept).intact  # a later chain still holds the checkpoint
    # everything wiped, the head put back to a new, empty chain: only the checkpoint can tell
    tamper(ctx, delete(AuditRow))
    tamper(ctx, update(AuditChainRow).values(chain_id="", seq=0, mac="", seal=""))
    write(ctx, 1)
    assert verify(ctx).intact
    assert "检查点" in verify(ctx, kept).broken.reason


def test_entries_from_before_the_chain_join_it_in_order_at_the_first_start(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0020_statistics_case_keys")
    with engine.begin() as conn:
        for i in range(3):
            conn.execute(
                text(
                    "INSERT INTO audit_log (at, username, terminal_id, event, outcome, detail) "
                    "VALUES (:at, :u, '', 'sign_in', 'ok', '旧记录')"
                ),
                {"at": T0 + timedelta(minutes=i), "u": f"old{i}"},
            )
    engine.dispose()
    from server.config import ServerConfig

    ctx = create_app(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs")).state.ctx
    write(ctx, 1, start=10)
    report = verify(ctx)
    assert report.intact and report.entries == 4
    with ctx.sessions() as s:
        rows = s.scalars(select(AuditRow).order_by(AuditRow.seq)).all()
    assert [r.username for r in rows] == ["old0", "old1", "old2", "clerk10"]


def test_two_servers_writing_at_once_make_one_chain(server_config):
    first = create_app(server_config).state.ctx
    second = create_app(server_config).state.ctx  # another process's engine and sessions
    errors: list[BaseException] = []

    def writer(ctx, name: str) -> None:
        try:
            for i in range(25):
                with ctx.transaction() as s:
                    audit(s, T0 + timedelta(seconds=i), "sign_in", username=name)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(c, n)) for c, n in ((first, "a"), (second, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    report = verify(first)
    assert report.intact and report.entries == 50


def test_the_command_says_intact_or_names_the_entry(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert (
        server_cli(["init-admin", "--database", url, "--username", "root", "--password", "s3cret-pass"]) == 0
    )
    assert server_cli(["audit", "verify", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "审计链完整：共1条" in out and "检查点" in out
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'x' WHERE seq = 1"))
    assert server_cli(["audit", "verify", "--database", url]) == 1
    assert "第1条" in capsys.readouterr().err


def test_a_missing_key_for_a_started_chain_is_refused_with_what_to_do(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert (
        server_cli(["init-admin", "--database", url, "--username", "root", "--password", "s3cret-pass"]) == 0
    )
    (tmp_path / "blobs" / "audit-chain.key").rename(tmp_path / "kept.key")
    assert server_cli(["audit", "verify", "--database", url]) == 2
    assert "--audit-key-file" in capsys.readouterr().err
    assert not (tmp_path / "blobs" / "audit-chain.key").exists()  # no new key was made
    assert (
        server_cli(["audit", "verify", "--database", url, "--audit-key-file", str(tmp_path / "kept.key")])
        == 0
    )


def test_a_key_file_that_is_not_a_key_is_refused(server_config):
    server_config.audit_key_path.parent.mkdir(parents=True, exist_ok=True)
    server_config.audit_key_path.write_text("not a key\n")
    with pytest.raises(AuditKeyError, match="不是有效的密钥"):
        create_app(server_config)
