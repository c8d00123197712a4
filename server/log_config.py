"""The server's logging: uvicorn's, with no query string in the access log and no ID or phone
number in any line.

The access log is the first place personal data leaks to: 查找办件 asks by name or ID number in
the query string (GET /v1/cases/search?cert_number=…), and a proxy or log shipper keeps what the
server prints. So the access log prints the path alone, and every line of the server's own and
uvicorn's loggers passes through redact_for_log (app/domain/masking.py) on its way out.
"""

from __future__ import annotations

import copy
import logging

import uvicorn.config
import uvicorn.logging

from app.domain.masking import redact_for_log

_ACCESS_ARGS = 5  # uvicorn's access record: client address, method, path with query, version, status


class AccessWithoutQuery(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == _ACCESS_ARGS:
            client, method, path, version, status = args
            record.args = (client, method, str(path).split("?", 1)[0], version, status)
        return True


class RedactingDefaultFormatter(uvicorn.logging.DefaultFormatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact_for_log(super().format(record))


class RedactingAccessFormatter(uvicorn.logging.AccessFormatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact_for_log(super().format(record))


def log_config(level: str = "info") -> dict:
    """uvicorn's logging configuration with the above, and the server's own loggers (the root)
    printed the same way."""
    config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["formatters"]["default"]["()"] = f"{__name__}.RedactingDefaultFormatter"
    config["formatters"]["access"]["()"] = f"{__name__}.RedactingAccessFormatter"
    config["filters"] = {"no_query": {"()": f"{__name__}.AccessWithoutQuery"}}
    config["handlers"]["access"]["filters"] = ["no_query"]
    config["root"] = {"handlers": ["default"], "level": level.upper()}
    return config
