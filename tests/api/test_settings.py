"""API settings (rasd.api.settings): the key kept out of repr and checked for length, the TOML config
file (key, key file, read access, limits, tiles), the environment over the file, and clear errors
that name the setting but never show the key."""

from __future__ import annotations

import dataclasses

import pytest

from api_helpers import assert_error  # tests/api/api_helpers.py

from rasd.api import ApiSettings, load_settings
from rasd.errors import RasdError

KEY = "settings-test-key-1234567"


def test_the_key_never_shows_in_repr_and_must_be_long():
    assert KEY not in repr(ApiSettings(api_key=KEY))
    with pytest.raises(RasdError, match="RASD-E505"):
        ApiSettings(api_key="short")
    with pytest.raises(RasdError, match="RASD-E505"):
        ApiSettings(require_key_for_reads=True)  # reads behind a key that does not exist


def test_config_file_and_environment(tmp_path):
    (tmp_path / "key").write_text(KEY + "\n", encoding="utf-8")
    config = tmp_path / "rasd.toml"
    config.write_text('[api]\nkey_file = "key"\nrequire_key_for_reads = true\nwrites_per_minute = 5\n'
                      'max_body_bytes = 4096\ntiles_url = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"\n',
                      encoding="utf-8")
    settings = load_settings(config, env={})
    assert settings.api_key == KEY and settings.require_key_for_reads
    assert settings.writes_per_minute == 5 and settings.max_body_bytes == 4096
    assert settings.tile_origin == "https://*.tiles.example.org"
    from_env = load_settings(config, env={"RASD_API_KEY": "from-the-environment-0001"})
    assert from_env.api_key == "from-the-environment-0001"  # the environment wins over the file
    assert load_settings(None, env={}).api_key is None
    assert load_settings(None, env={"RASD_API_KEY": KEY}).api_key == KEY


@pytest.mark.parametrize("name", ["api_key", "key"])
def test_the_key_can_be_written_in_the_file(tmp_path, name):
    config = tmp_path / "rasd.toml"
    config.write_text(f'[api]\n{name} = "{KEY}"\n', encoding="utf-8")
    assert load_settings(config, env={}).api_key == KEY


@pytest.mark.parametrize("table, problem", [
    ("kee = 'typo'", "unknown [api] setting: kee"),
    ("writes_per_minute = 'many'", "writes_per_minute"),
    ("writes_per_minute = 0", "writes_per_minute"),
    ("max_body_bytes = -1", "max_body_bytes"),
    ("require_key_for_reads = 'yes'", "require_key_for_reads"),
    (f"api_key = '{KEY}'\nkey_file = 'k'", "one of key, api_key and key_file"),
    ("key_file = 'missing-key-file'", "cannot read key_file"),
    ("api_key = 'short'", "too short"),
    ("tiles_url = 'javascript:alert(1)'", "tile URL"),
    ("api = 1", "unknown [api] setting: api"),
])
def test_bad_config_files_are_refused_naming_the_setting(tmp_path, table, problem):
    config = tmp_path / "rasd.toml"
    config.write_text(f"[api]\n{table}\n", encoding="utf-8")
    with pytest.raises(RasdError, match="RASD-E505") as caught:
        load_settings(config, env={})
    assert problem in str(caught.value)
    assert KEY not in str(caught.value)


def test_a_key_of_the_wrong_type_is_not_shown(tmp_path):
    config = tmp_path / "rasd.toml"
    config.write_text("[api]\napi_key = 98765432109876543210\n", encoding="utf-8")
    with pytest.raises(RasdError) as caught:
        load_settings(config, env={})
    assert "api_key" in str(caught.value) and "98765432109876543210" not in str(caught.value)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "https://tiles.example.org/tile.png",
                                 "https://evil.example'; script-src *;/{z}/{x}/{y}"])
def test_bad_tile_urls_are_refused(url):
    with pytest.raises(RasdError):
        ApiSettings(tiles_url=url)


def test_a_key_from_the_config_file_guards_the_app(tmp_path, make_client):
    config = tmp_path / "rasd.toml"
    config.write_text(f'[api]\napi_key = "{KEY}"\nwrites_per_minute = 100\n', encoding="utf-8")
    c = make_client(copy=False, **dataclasses.asdict(load_settings(config, env={})))
    assert c.post("/api/articles", json={"id": "x"}).status_code == 401
    assert c.post("/api/articles", json={"id": "x"}, headers={"X-API-Key": "x" * 20}).status_code == 403
    passed = c.post("/api/articles", json={"id": "x"}, headers={"X-API-Key": KEY})
    assert assert_error(passed, 422)["code"] == "RASD-E422"  # past the key check, to the body check
