"""SQL for article listings and the lookups of incremental merging, shared by both backends.

As in :mod:`rasd.store.query`, the statements are fixed text chosen by which arguments are set;
values travel as bound parameters in the dialect's placeholder.
"""

from __future__ import annotations

from rasd.store.base import EventWindow, StoredArticle
from rasd.store.query import MAX_LIMIT, Dialect
from rasd.store.rows import as_date

LIST_COLUMNS = ("id", "article_id", "doc_id", "url", "outlet", "outlet_side", "published", "country",
                "n_events", "n_quotes", "lexicon_version")


def cursor_id(cursor: str | None) -> int:
    """The row id a listing cursor stands for (0: from the start); ValueError if not one of ours."""
    if cursor is None or cursor == "":
        return 0
    if not (cursor.isascii() and cursor.isdigit()) or len(cursor) > 18:
        raise ValueError(f"not an article-list cursor: {cursor[:40]!r}")
    return int(cursor)


def list_sql(d: Dialect, outlet: str | None) -> tuple[str, str]:
    """(page SQL, count SQL); parameters: ``[outlet,] after_id, limit, offset`` and ``[outlet]``."""
    p = d.param
    stance = ("json_extract(document_json, '$.stance.label')" if d.name == "sqlite"
              else "document_json -> 'stance' ->> 'label'")
    where = f"WHERE outlet = {p}" if outlet is not None else ""
    page = (f"SELECT {', '.join(LIST_COLUMNS)}, {stance} AS stance FROM articles "
            f"{where + ' AND' if where else 'WHERE'} id > {p} ORDER BY id LIMIT {p} OFFSET {p}")
    return page, f"SELECT count(*) AS n FROM articles {where}"


def clamp(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def stored_article(row) -> StoredArticle:
    return StoredArticle(
        article_id=row["article_id"], doc_id=row["doc_id"], url=row["url"], outlet=row["outlet"],
        outlet_side=row["outlet_side"], published=as_date(row["published"]), country=row["country"],
        events=row["n_events"], quotes=row["n_quotes"], stance=row["stance"],
        lexicon_version=row["lexicon_version"],
    )


TYPE_KEY = "coalesce(e.event_type, e.plover_type)"  # the expression of the events_type_date index


def window_sql(d: Dialect, w: EventWindow) -> tuple[str, list[object]]:
    """Article ids with events of ``w``'s family and type dated in ``w.dated`` or (any date, or
    undated when ``w.dated`` is set) in articles published in ``w.published``."""
    p = d.param
    params: list[object] = [w.family]
    if w.type_key is None:
        kind = f"{TYPE_KEY} IS NULL"
    else:
        kind = f"{TYPE_KEY} = {p}"
        params.append(w.type_key)
    parts = []
    if w.dated is not None:
        parts.append(f"e.date BETWEEN {p} AND {p}")
        params += [d.date(w.dated[0]), d.date(w.dated[1])]
    if w.published is not None:
        undated = "e.date IS NULL AND " if w.dated is not None else ""
        parts.append(f"({undated}e.article_id IN (SELECT a.article_id FROM articles a "
                     f"WHERE a.published BETWEEN {p} AND {p}))")
        params += [d.date(w.published[0]), d.date(w.published[1])]
    if not parts:
        return "", []
    sql = (f"SELECT DISTINCT e.article_id FROM events e WHERE e.family = {p} AND {kind} "
           f"AND ({' OR '.join(parts)}) ORDER BY e.article_id")
    return sql, params


# an event row with no merged mention at the same index and offsets, or a merged mention whose
# event row is gone or changed: the article was stored (or replaced) after the last merge
UNMERGED_SQL = (
    "SELECT e.article_id FROM events e WHERE NOT EXISTS (SELECT 1 FROM merged_mentions mm "
    "WHERE mm.article_id = e.article_id AND mm.event_index = e.event_index "
    "AND mm.evidence_start = e.evidence_start AND mm.evidence_end = e.evidence_end) "
    "UNION "
    "SELECT mm.article_id FROM merged_mentions mm WHERE NOT EXISTS (SELECT 1 FROM events e "
    "WHERE e.article_id = mm.article_id AND e.event_index = mm.event_index "
    "AND e.evidence_start = mm.evidence_start AND e.evidence_end = mm.evidence_end) "
    "ORDER BY 1"
)


# per outlet (NULL: none, an empty name counted with them), the merged events it is a source of:
# an outlet with two mentions of one event counts it once
MERGED_PER_OUTLET_SQL = (
    "SELECT nullif(outlet, '') AS outlet, count(DISTINCT event_id) AS n FROM merged_mentions "
    "GROUP BY nullif(outlet, '')"
)
