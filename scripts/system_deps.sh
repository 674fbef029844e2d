#!/usr/bin/env bash
# Debian packages rasd's full test-suite needs: PostgreSQL 15 (+PostGIS), headless Chromium, Arabic fonts.
# Idempotent; skips what is already installed. Needs root (CI runs as root) or passwordless sudo.
set -euo pipefail
need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql postgresql-15-postgis-3)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "system deps ok: postgres=$(ls /usr/lib/postgresql 2>/dev/null | tr '\n' ' ') chromium=$([ -x /usr/bin/chromium ] && echo yes || echo no)"
