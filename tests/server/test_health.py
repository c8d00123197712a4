from fastapi.testclient import TestClient

from server.app import create_app


def test_health(server_config):
    with TestClient(create_app(server_config)) as c:
        r = c.get("/v1/health")
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "ok"
        r = c.get("/v1/nothing")
        assert r.status_code == 404 and r.json()["code"] == "not_found"


def test_a_client_that_disconnects_mid_upload_is_not_a_server_error(server_config, caplog):
    """A terminal switched off mid-chunk: a quiet 400, never a logged crash (the soak kills many)."""
    import logging

    from starlette.requests import ClientDisconnect

    app = create_app(server_config)

    @app.get("/v1/_test_disconnect")
    def boom():
        raise ClientDisconnect()

    with TestClient(app) as c, caplog.at_level(logging.ERROR, logger="server.errors"):
        r = c.get("/v1/_test_disconnect")
    assert r.status_code == 400 and r.json()["code"] == "client_disconnected"
    assert not [rec for rec in caplog.records if rec.levelno >= logging.ERROR]


def test_a_database_at_its_limit_or_away_is_503_with_a_reason_not_a_crash(server_config, caplog):
    """Every pooled connection busy (a hall at its peak) or the database gone (restarting,
    failing over): 503 with a Chinese reason and Retry-After, which terminals retry; not the
    500 "internal error" a bug gets."""
    import logging

    from sqlalchemy.exc import OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    app = create_app(server_config)

    @app.get("/v1/_test_pool_timeout")
    def busy():
        raise PoolTimeout("QueuePool limit of size 30 overflow 0 reached, connection timed out")

    @app.get("/v1/_test_database_gone")
    def gone():
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

    with TestClient(app) as c, caplog.at_level(logging.WARNING, logger="server.errors"):
        r = c.get("/v1/_test_pool_timeout")
        assert r.status_code == 503 and r.headers["retry-after"] == "2"
        assert r.json() == {"code": "server_busy", "detail": "服务器繁忙，请稍后重试"}
        r = c.get("/v1/_test_database_gone")
        assert r.status_code == 503 and r.headers["retry-after"] == "5"
        assert r.json()["code"] == "database_unavailable" and "数据库" in r.json()["detail"]
    assert not [rec for rec in caplog.records if "unhandled" in rec.getMessage()]
