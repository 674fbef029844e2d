#!/usr/bin/env bash
# Vendor the web UI's third-party files into src/rasd/web/static/ so `rasd serve` works offline:
#   vendor/leaflet/  Leaflet's dist files (BSD-2-Clause) and its LICENSE
#   geo/mena.geojson the region's country outlines from world-atlas (Natural Earth, public domain)
# Needs npm (a temp folder, nothing installed globally) and python3. Re-run after a version bump;
# the output is committed, so users and tests never need npm.
set -euo pipefail
LEAFLET_VERSION=1.9.4
WORLD_ATLAS_VERSION=2.0.2

root=$(cd "$(dirname "$0")/.." && pwd)
static="$root/src/rasd/web/static"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm init -y >/dev/null 2>&1 &&
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
    "leaflet@$LEAFLET_VERSION" "world-atlas@$WORLD_ATLAS_VERSION" >/dev/null)

leaflet="$tmp/node_modules/leaflet"
dest="$static/vendor/leaflet"
rm -rf "$dest"
mkdir -p "$dest/images"
cp "$leaflet/dist/leaflet.js" "$leaflet/dist/leaflet.css" "$dest/"
cp "$leaflet/dist/images/"*.png "$dest/images/"
cp "$leaflet/LICENSE" "$dest/LICENSE"
# the source map is not shipped: drop the comment that would make devtools ask for it
sed -i '/^\/\/# sourceMappingURL=/d' "$dest/leaflet.js"

atlas="$tmp/node_modules/world-atlas"
mkdir -p "$static/geo"
"${PYTHON:-python3}" "$root/scripts/build_outline.py" "$atlas/countries-50m.json" "$static/geo/mena.geojson"
cp "$atlas/LICENSE" "$static/geo/LICENSE-world-atlas"

echo "vendored leaflet $LEAFLET_VERSION and world-atlas $WORLD_ATLAS_VERSION into $static"
