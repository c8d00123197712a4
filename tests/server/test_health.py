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
