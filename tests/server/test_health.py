from fastapi.testclient import TestClient

from server.app import create_app


def test_health(server_config):
    with TestClient(create_app(server_config)) as c:
        r = c.get("/v1/health")
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "ok"
        r = c.get("/v1/nothing")
        assert r.status_code == 404 and r.json()["code"] == "not_found"
