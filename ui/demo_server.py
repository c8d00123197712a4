"""The one place a program starts the embedded demo server (``server.embedded``).

The demo hall (``onewindow demo``, ``kiosk --demo``, ``display --demo``) runs the central server
inside the program, on SQLite in the demo's data folder. No other module of ``ui`` may import
``server``: the import-linter contract "The screens never reach into the server" in
pyproject.toml names this module as its only exception, so a screen talks to a server through
the sync client like in a real hall, and a program that is not a demo never loads the server.

The server listens on the same port every run when it can (kept in ``demo-server.json`` in the
data folder): a terminal enrolled with it remembers the address it enrolled with.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from server.embedded import EmbeddedServer, start_embedded_server

log = logging.getLogger(__name__)

PORT_FILE = "demo-server.json"

__all__ = ["PORT_FILE", "EmbeddedServer", "catalog_document", "start_demo_history", "start_demo_server"]


def catalog_document(path: Path | None = None) -> dict:
    """The catalog JSON the server takes (its matter types embedded, as load_catalog reads it)."""
    from app.services.catalog.loading import default_catalog_path

    path = Path(path) if path is not None else default_catalog_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    if "matter_types" not in data and "matter_types_file" in data:
        types = json.loads((path.parent / data["matter_types_file"]).read_text(encoding="utf-8"))
        data = {k: v for k, v in data.items() if k != "matter_types_file"}
        data["matter_types"] = types.get("matter_types") if isinstance(types, dict) else types
    return data


def saved_port(data_dir: Path) -> int:
    try:
        return int(json.loads((Path(data_dir) / PORT_FILE).read_text(encoding="utf-8"))["port"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def start_demo_server(
    data_dir: Path, catalog_path: Path | None = None, *, keep_port: bool = True
) -> EmbeddedServer:
    """Start the demo hall's server on ``data_dir``'s database (a worker thread: it migrates and
    seeds). With ``keep_port`` it listens where it listened last time, or on a free port when that
    one is taken, and remembers where; without, on any free port."""
    data_dir = Path(data_dir)
    catalog = catalog_document(catalog_path)
    port = saved_port(data_dir) if keep_port else 0
    try:
        server = start_embedded_server(data_dir, catalog, port)
    except OSError:
        if not port:
            raise
        # the port is taken (another program, another demo): a free one; a terminal enrolled with
        # the old address is told so by the program that enrolled it
        log.warning("demo server port %s is taken; using a free one", port)
        server = start_embedded_server(data_dir, catalog, 0)
    if keep_port:
        bound = int(server.url.rsplit(":", 1)[1].split("/")[0])
        data_dir.mkdir(parents=True, exist_ok=True)
        (data_dir / PORT_FILE).write_text(json.dumps({"port": bound}), encoding="utf-8")
    return server


def start_demo_history(server: EmbeddedServer):
    """Replay the demo hall's past eight weeks in the background (server.demo_history), once per
    data folder, stopping with the server: its thread (``stop()``), or None when the history is
    there already. The caller says on screen that it runs."""
    from server.demo_history.background import start_demo_history as start

    # the embedded server's own context: the history goes into its database by its write paths
    return start(server._ctx, lambda: server.running)
