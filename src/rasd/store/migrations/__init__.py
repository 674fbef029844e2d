"""Versioned schema migrations, one numbered module per step and dialect.

``sqlite/m0001_initial.py`` and ``postgres/m0001_initial.py`` hold the same schema in each dialect;
a step has ``STATEMENTS`` (SQL run in order) and may define ``apply(conn)`` for work that depends on
the server (PostGIS when the extension is installed). The ``schema_version`` table records each
applied step; a backend applies the pending ones in one transaction each, under a lock, so two
processes opening a fresh database do not both migrate it.

Steps are Python modules rather than ``.sql`` files so that they ship with the package without
package-data rules, and so that a step can branch on what the server offers.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION_DDL = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)
_STEP = re.compile(r"^m(\d{4})_(\w+)$")


@dataclass(frozen=True)
class Migration:
    """One schema step: its number, name, SQL statements and optional Python step."""

    version: int
    name: str
    statements: tuple[str, ...]
    apply: Callable[[Any], None] | None = None


def migrations(dialect: str) -> list[Migration]:
    """Every step for ``dialect`` ("sqlite" | "postgres"), in version order; numbers must be 1..n."""
    package = importlib.import_module(f"{__name__}.{dialect}")
    steps: list[Migration] = []
    for info in pkgutil.iter_modules(package.__path__):
        m = _STEP.match(info.name)
        if not m:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        steps.append(Migration(int(m.group(1)), m.group(2), tuple(getattr(module, "STATEMENTS", ())),
                               getattr(module, "apply", None)))
    steps.sort(key=lambda s: s.version)
    expected = list(range(1, len(steps) + 1))
    if [s.version for s in steps] != expected:
        raise RuntimeError(f"{dialect} migrations are not numbered 1..{len(steps)}: {[s.version for s in steps]}")
    return steps


def latest_version(dialect: str) -> int:
    return len(migrations(dialect))
