"""The reliability tests find their helpers beside them (pg_admin and pg_url: tests/conftest.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
