"""Build the web UI's country outline: world-atlas TopoJSON → a small GeoJSON of the MENA region.

    python3 scripts/build_outline.py node_modules/world-atlas/countries-50m.json src/rasd/web/static/geo/mena.geojson

world-atlas is Natural Earth's 1:50m admin-0 boundaries (public domain) as TopoJSON (package ISC).
Only the countries below are kept, coordinates are rounded to 0.01° (about 1 km, plenty for an
outline under event markers) and repeated points dropped, so the shipped file stays small.
Standard library only: run it with any Python 3.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# ISO 3166-1 numeric (world-atlas ids) → alpha-2: North Africa, the Horn, the Sahel belt around
# Libya and Sudan, the Levant, the Gulf, Iraq, Iran and Turkey.
REGION = {
    "504": "MA", "012": "DZ", "788": "TN", "434": "LY", "818": "EG", "729": "SD", "728": "SS",
    "148": "TD", "562": "NE", "466": "ML", "478": "MR", "732": "EH", "376": "IL", "275": "PS",
    "422": "LB", "400": "JO", "760": "SY", "368": "IQ", "364": "IR", "792": "TR", "682": "SA",
    "887": "YE", "512": "OM", "784": "AE", "634": "QA", "048": "BH", "414": "KW", "196": "CY",
    "232": "ER", "262": "DJ", "231": "ET", "706": "SO",
}
DECIMALS = 2


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (delta-decoded and de-quantised)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, DECIMALS), round(y * sy + ty, DECIMALS)))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """A closed ring from arc indices (``~i`` is arc ``i`` reversed); shared end points once."""
    out: list[tuple[float, float]] = []
    for i in indices:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        for p in points[1:] if out else points:
            if not out or out[-1] != p:
                out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return [list(p) for p in out]


def polygon(rings: list[list[int]], arcs) -> list[list[list[float]]] | None:
    built = [ring(r, arcs) for r in rings]
    built = [r for r in built if len(r) >= 4]  # rings that rounding collapsed are dropped
    return built or None


def build(topology: dict) -> dict:
    arcs = decode_arcs(topology)
    features = []
    for g in topology["objects"]["countries"]["geometries"]:
        iso2 = REGION.get(str(g.get("id")))
        if iso2 is None:
            continue
        if g["type"] == "Polygon":
            polys = [polygon(g["arcs"], arcs)]
        elif g["type"] == "MultiPolygon":
            polys = [polygon(p, arcs) for p in g["arcs"]]
        else:
            continue
        polys = [p for p in polys if p]
        if not polys:
            continue
        features.append({
            "type": "Feature",
            "id": iso2,
            "properties": {"iso_a2": iso2, "iso_n3": str(g["id"]), "name": g["properties"]["name"]},
            "geometry": {"type": "MultiPolygon", "coordinates": polys},
        })
    features.sort(key=lambda f: f["id"])
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    topology = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    collection = build(topology)
    out = Path(argv[2])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(collection['features'])} countries → {out} ({out.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
