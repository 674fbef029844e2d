"""The page's static files (rasd/web/static), read without a browser: no inline script or style
(the CSP forbids them), no script that turns data into HTML, vendored files present and licensed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasd.web import static_dir

SINKS = ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
         "setTimeout(\"", "bindPopup(`", "bindTooltip(`")


def test_the_page_has_no_inline_script_or_style():
    html = (static_dir() / "index.html").read_text(encoding="utf-8")
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html)


@pytest.mark.parametrize("script", sorted((static_dir() / "js").glob("*.js")), ids=lambda p: p.name)
def test_page_scripts_never_parse_data_as_html(script: Path):
    code = script.read_text(encoding="utf-8")
    for sink in SINKS:
        assert sink not in code, f"{script.name} uses {sink}"


def test_vendored_files_are_present_and_licensed():
    static = static_dir()
    for name in ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "vendor/leaflet/LICENSE",
                 "geo/mena.geojson", "geo/LICENSE-world-atlas"):
        assert (static / name).stat().st_size > 0, name
    licence = (static / "vendor/leaflet/LICENSE").read_text(encoding="utf-8")
    assert "BSD" in licence or "Redistribution" in licence
    assert (static / "geo/mena.geojson").stat().st_size < 200_000  # the outline stays small
