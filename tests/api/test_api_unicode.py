"""A lone surrogate in any posted field is a clear 422, never a 500 from the store or the encoder."""

import json

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.api.settings import ApiSettings
from rasd.store import open_store

KEY = "k" * 32
TEXT = "قصفت طائرات مسيرة مواقع في مدينة سرت صباح اليوم، ما أدى إلى مقتل ثلاثة مسلحين."


@pytest.mark.parametrize("field", ["id", "text", "outlet", "url"])
def test_lone_surrogate_is_rejected(tmp_path, field):
    store = open_store(str(tmp_path / "t.sqlite"))
    app = create_app(store, ApiSettings(api_key=KEY))
    body = {"id": "a1", "text": TEXT, "published": "2020-05-21", "outlet": "x", "url": "https://example.org/a"}
    raw = json.dumps(body, ensure_ascii=True)
    raw = raw.replace(json.dumps(body[field], ensure_ascii=True), json.dumps(body[field], ensure_ascii=True)[:-1] + '\\ud800"', 1)
    with TestClient(app) as client:
        r = client.post("/api/articles", content=raw, headers={"X-API-Key": KEY, "Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"].startswith("RASD-E")
    store.close()
