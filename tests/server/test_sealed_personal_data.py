"""Citizens' records sealed at rest on the server (issue 14, item 2), on SQLite and PostgreSQL:
no table holds an ID number, a name or a phone in clear after a case was pushed, yet any window
of the hall finds the case by them and opens it whole; keys rotate while the server serves, and
records stored before sealing are sealed by the rewrap without losing anything."""

from __future__ import annotations

import shutil
import uuid

import pytest
from appointment_hall import booking, open_for_booking
from fastapi.testclient import TestClient
from queue_hall import LI, WANG, open_hall
from sqlalchemy import JSON, delete, insert, select, type_coerce, update
from stored_text import everything_stored, holds
from sync_helpers import case_mutation, make_terminal, push, signed_in
from test_two_parties_sync import WIFE, _marriage_snapshot

from server.app import create_app
from server.auth.sign_in import window_key
from server.cli import main
from server.config import ServerConfig
from server.sealing.keyring import DataKeyError
from server.sealing.rewrap import census, rewrap, rewrap_at_start
from server.sealing.setup import open_data_keys
from server.store.models import AppliedMutationRow, CaseLookupRow, DataKeyringRow, ServerCaseRow

HUSBAND_ID = "341021199003074518"
CLEAR = ("王小明", HUSBAND_ID, WIFE.cert_number, "13900139000", "穆安娜", "MUELLER")
SEARCH = "/v1/cases/search"


@pytest.fixture
def server(server_config):
    app = create_app(server_config)
    with TestClient(app) as client:
        yield client, app.state.ctx


def _push_marriage(client, ctx, terminal, seq: int = 1) -> str:
    case_id = str(uuid.uuid4())
    mutation = case_mutation(seq, case_id)
    mutation["payload"]["snapshot"] = _marriage_snapshot(case_id, mutation["payload"]["case_number"])
    answer = push(client, terminal, mutation)
    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "applied", answer.text
    return case_id


def _found(client, headers, **params) -> list[str]:
    r = client.get(SEARCH, params=params, headers=headers)
    assert r.status_code == 200, r.text
    return [h["id"] for h in r.json()["hits"]]


def test_no_table_holds_a_name_id_or_phone_yet_the_hall_finds_and_opens_the_case(server):
    client, ctx = server
    terminal = make_terminal(ctx)
    case_id = _push_marriage(client, ctx, terminal)
    stored = everything_stored(ctx)
    assert case_id in stored and holds(stored, "内地居民结婚登记")  # business data stays queryable
    assert [word for word in CLEAR if holds(stored, word)] == []
    clerk = signed_in(ctx, terminal)
    for params in (
        {"cert_number": HUSBAND_ID},
        {"cert_number": WIFE.cert_number.lower()},
        {"name": "小明"},
        {"name": "王小明"},
        {"name": "mueller"},
        {"name": "anna maria"},
        {"phone": "139 0013 9000"},
        {"phone": "0139000"},
    ):
        assert _found(client, clerk, **params) == [case_id], params
    assert _found(client, clerk, phone="1390013900") == []  # its last 7 digits match, not all typed
    with ctx.sessions() as s:  # an applied change lives in its case's rows, not a second copy
        kept = s.scalars(select(AppliedMutationRow)).one().payload
    assert kept == {}
    opened = client.get(f"/v1/cases/{case_id}", headers=clerk).json()["snapshot"]
    assert opened["applicant"]["cert_number"] == HUSBAND_ID
    assert opened["second_party"]["english_name"] == WIFE.english_name


def test_another_hall_finds_nothing_by_the_same_person(server):
    client, ctx = server
    ours = make_terminal(ctx)
    _push_marriage(client, ctx, ours)
    theirs = make_terminal(ctx, "330100", "W09")
    assert _found(client, signed_in(ctx, theirs), cert_number=HUSBAND_ID) == []
    with ctx.engine.connect() as c:  # nor do its hashes match ours: the hall is hashed in
        halls = {h for (h,) in c.execute(select(CaseLookupRow.hall_code).distinct())}
    assert halls == {"330429"}


def test_keys_rotate_while_the_hall_keeps_finding_its_cases(server):
    client, ctx = server
    terminal = make_terminal(ctx)
    clerk = signed_in(ctx, terminal)
    before = _push_marriage(client, ctx, terminal, seq=1)
    old_key = ctx.keyring.current_id
    new_key = ctx.keyring.rotate()
    after = _push_marriage(client, ctx, terminal, seq=2)
    # half way: one case under each key, both found by either hash, both open
    assert sorted(_found(client, clerk, cert_number=HUSBAND_ID)) == sorted([before, after])
    assert census(ctx.sessions).total(old_key) > 0
    with pytest.raises(DataKeyError, match="仍有"):
        _retire_checked(ctx, old_key)
    assert rewrap(ctx.sessions) > 0
    assert rewrap(ctx.sessions) == 0  # one pass is enough
    counted = census(ctx.sessions)
    assert counted.total(old_key) == 0 and counted.total("clear") == 0 and counted.total(new_key) > 0
    _retire_checked(ctx, old_key)
    assert ctx.keyring.key_ids == [new_key]
    assert sorted(_found(client, clerk, name="王小明")) == sorted([before, after])
    opened = client.get(f"/v1/cases/{before}", headers=clerk).json()
    assert opened["snapshot"]["applicant"]["name"] == "王小明"


def _retire_checked(ctx, key_id: str) -> None:
    still = census(ctx.sessions).total(key_id)
    if still:
        raise DataKeyError(f"仍有{still}项数据用密钥{key_id}加密，请先运行 keys rewrap")
    ctx.keyring.retire(key_id)


def test_a_case_stored_in_clear_before_sealing_is_sealed_by_the_rewrap_and_found(server):
    client, ctx = server
    terminal = make_terminal(ctx)
    case_id = str(uuid.uuid4())
    snapshot = _marriage_snapshot(case_id, "330429W01-20261204-0001")
    with ctx.transaction() as s:  # as a server of the version before wrote it
        s.execute(
            insert(ServerCaseRow.__table__).values(
                id=case_id,
                number="330429W01-20261204-0001",
                hall_code="330429",
                terminal_id=terminal.id,
                status="accepted",
                version=1,
                snapshot=type_coerce(snapshot, JSON),
                created_at=ctx.now(),
                updated_at=ctx.now(),
            )
        )
    clerk = signed_in(ctx, terminal)
    opened = client.get(f"/v1/cases/{case_id}", headers=clerk).json()
    assert opened["snapshot"]["applicant"]["name"] == "王小明"
    assert census(ctx.sessions).total("clear") == 1
    assert rewrap(ctx.sessions) == 1
    assert not holds(everything_stored(ctx), "王小明")
    assert _found(client, clerk, cert_number=HUSBAND_ID) == [case_id]
    assert client.get(f"/v1/cases/{case_id}", headers=clerk).json()["snapshot"] == snapshot


def test_a_missing_or_damaged_key_file_stops_the_server_with_what_to_do(server, tmp_path):
    client, ctx = server
    _push_marriage(client, ctx, make_terminal(ctx))
    path = ctx.config.data_key_path
    kept = tmp_path / "kept.json"
    shutil.copy(path, kept)
    path.unlink()
    with pytest.raises(DataKeyError, match=r"不存在.*--data-key-file"):
        open_data_keys(ctx.engine, path)
    assert not path.exists()  # no new key made beside the sealed records
    path.write_text("{not json")
    with pytest.raises(DataKeyError, match="已损坏"):
        open_data_keys(ctx.engine, path)
    shutil.copy(kept, path)
    assert open_data_keys(ctx.engine, path).current_id == ctx.keyring.current_id


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def test_tickets_and_appointments_keep_no_id_or_name_in_clear_and_still_match_the_card(hall):
    hall.configure(queue={"one_waiting_per_id": True})
    open_for_booking(hall)
    body = booking(
        "WX-1234", "2026-11-23", name=WANG["name"], id_number=WANG["id_number"], phone="13900139000"
    )
    assert hall.client.post("/v1/queue/appointments", json=body, headers=hall.headers).status_code == 200
    taken = hall.take(applicant=LI)
    stored = everything_stored(hall.ctx)
    assert [v for v in (*WANG.values(), *LI.values()) if len(v) > 1 and holds(stored, v)] == []
    assert not holds(stored, "13900139000")  # the booking's phone, sealed like its name
    # the same card again: refused as already waiting, by the keyed hash, after a rotation too
    hall.ctx.keyring.rotate()
    again = hall.refused(hall.take_raw(applicant=LI), 409, "already_waiting")
    assert taken["ticket"]["number"] in again
    by_card = hall.take("social", source="appointment", applicant=WANG)
    assert by_card["ticket"]["priority"] == "appointment"


def test_the_keys_commands_rotate_rewrap_and_retire_while_records_stay_readable(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    keys = tmp_path / "keys.json"  # its own: the shared default is not to be rotated under others
    app = create_app(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs", data_key_file=keys))
    ctx = app.state.ctx
    with TestClient(app) as client:
        terminal = make_terminal(ctx)
        case_id = _push_marriage(client, ctx, terminal)
        first = ctx.keyring.current_id
        assert main(["keys", "status", "--database", url, "--data-key-file", str(keys)]) == 0
        out = capsys.readouterr().out
        assert f"密钥 {first}（当前 / current）" in out and "未加密 / in clear: 0项数据" in out
        assert main(["keys", "rotate", "--database", url, "--data-key-file", str(keys)]) == 0
        assert "keys rewrap" in capsys.readouterr().out
        assert main(["keys", "retire", first, "--database", url, "--data-key-file", str(keys)]) == 1
        assert "请先运行 keys rewrap" in capsys.readouterr().err
        assert main(["keys", "rewrap", "--database", url, "--data-key-file", str(keys)]) == 0
        assert "重新加密" in capsys.readouterr().out
        assert main(["keys", "retire", first, "--database", url, "--data-key-file", str(keys)]) == 0
        assert "已停用" in capsys.readouterr().out
        assert main(["keys", "status", "--database", url, "--data-key-file", str(keys)]) == 0
        assert first not in capsys.readouterr().out
        clerk = signed_in(ctx, terminal)
        assert _found(client, clerk, name="穆安娜") == [case_id]  # this process reads the new key file


def test_the_window_key_that_opens_a_pc_is_sealed_too(server):
    _client, ctx = server
    terminal = make_terminal(ctx)
    with ctx.transaction() as s:
        key = window_key(s, terminal.id)
    assert len(key) == 44 and not holds(everything_stored(ctx), key)
    with ctx.transaction() as s:
        assert window_key(s, terminal.id) == key


def test_a_server_of_the_version_before_is_sealed_once_at_its_next_start(server):
    client, ctx = server
    terminal = make_terminal(ctx)
    assert rewrap_at_start(ctx) is None  # a new database: nothing to walk
    case_id = _push_marriage(client, ctx, terminal)
    with ctx.transaction() as s:  # as the version before left it: its records in clear, no keys
        s.execute(delete(DataKeyringRow))
        s.execute(
            update(ServerCaseRow.__table__)
            .where(ServerCaseRow.id == case_id)
            .values(snapshot=type_coerce(_marriage_snapshot(case_id, "330429W01-20261204-0001"), JSON))
        )
    open_data_keys(ctx.engine, ctx.config.data_key_path)
    assert census(ctx.sessions).total("clear") == 1
    rewrap_at_start(ctx).join()
    assert census(ctx.sessions).total("clear") == 0 and not holds(everything_stored(ctx), HUSBAND_ID)
    assert rewrap_at_start(ctx) is None  # done once
    with ctx.transaction() as s:  # a version sealing one more column: its start walks them again
        s.get(DataKeyringRow, 1).rewrapped_key_id = f"{ctx.keyring.current_id}/fewer-columns"
    rewrap_at_start(ctx).join()
    assert rewrap_at_start(ctx) is None
