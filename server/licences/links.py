"""The licence library, chosen by URL like the devices and the province platform:

    sim://demo                 the demo's library in this process (server/licences/sim.py): the
                               sample cards' people, two companies, every resident's 居民身份证
    sim://NAME                 an empty library of that name, for tests to fill
    https://host/path?token=…  the province's library over HTTP (server/licences/remote.py; the
                               exchange there is our assumption: no provincial spec was at hand)

The server is told with `serve --licences URL` or $ONEWINDOW_LICENCE_URL (ServerConfig.licence_url);
without one no lookup is made and the window takes the paper.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from server.licences.library import LicenceLibrary
from server.licences.remote import RemoteLibrary
from server.licences.sim import SimLibrary

SUPPORTED = "sim://演示库名（如 sim://demo）、https://… 或 http://…"


def open_library(url: str) -> LicenceLibrary:
    """The library the address names; ValueError (in Chinese) for an address that names none.
    Opening connects to nothing: a library away is found at the first lookup."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "sim":
        return SimLibrary.named((parts.netloc + parts.path).strip("/"))
    if scheme in ("http", "https"):
        if not parts.hostname:
            raise ValueError(
                f"电子证照库地址“{url_for_logs(url)}”无效：缺少主机名，如 https://dzzz.example.gov.cn/api"
            )
        return RemoteLibrary(url.strip())
    raise ValueError(f"电子证照库地址“{url_for_logs(url)}”无效：支持 {SUPPORTED}")


def url_for_logs(url: str) -> str:
    """The address without its query (a token often rides there)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.scheme else url.split("?")[0]
