"""Wire datelines: «بيروت (وكالات) -», «عدن/صنعاء (رويترز) -», «الخرطوم - خاص».

The city and agency at the head of a report say where it was filed, not where anything happened or
who acted; the mention stage leaves names inside a dateline out of the actors and places."""

from __future__ import annotations

import re

# a line start, at most five short words (slashes, parentheses allowed), then a dash set off by spaces
_DATELINE = re.compile(r"(?m)^[ \t\u200f\u200e]*((?:[^\s.،؛:!؟?\-–—ـ]++[ \t/]*){1,5}?)[ \t]*[-–—ـ][ \t]")
HEAD_CHARS = 400  # a dateline opens the report: look only at its first lines


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the leading dateline (city, agency and dash), or None."""
    m = _DATELINE.search(text, 0, min(len(text), HEAD_CHARS))
    if m is None:
        return None
    head = m.group(1)
    words = len(head.replace("/", " ").split())
    marked = "(" in head or "/" in head  # «(وكالات)», «عدن/صنعاء»
    if words > 5 or (words > 2 and not marked) or not any("\u0600" <= ch <= "\u06ff" for ch in head):
        return None
    return m.start(1), m.end()
