"""Assertions shared by the API tests."""

from __future__ import annotations

import re

API_KEY = "test-key-0123456789abcdef"
ERROR_CODE_RE = re.compile(r"^RASD-E\d{3}$")


def assert_error(response, status: int) -> dict:
    """``response`` is ``status`` with the JSON error body ``{"error": {"code", "message"}}``."""
    assert response.status_code == status, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert ERROR_CODE_RE.match(error["code"]), error
    assert isinstance(error["message"], str) and error["message"]
    return error
