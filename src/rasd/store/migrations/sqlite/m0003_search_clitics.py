"""SQLite schema 3: the full-text index re-built with clitic stems (:func:`rasd.store.search.index_document`).

Articles stored before this step were indexed word for word, so «الوطية» did not find
«بالوطية»; their text is read back from ``article_json`` and indexed again, a page at a time.
"""

STATEMENTS = ()
BATCH = 500


def apply(conn) -> None:
    import json

    from rasd.store.search import index_document

    last = 0
    while True:
        page = conn.execute("SELECT id, article_json FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                            (last, BATCH)).fetchall()
        if not page:
            return
        for row in page:
            text = json.loads(row[1]).get("text") or ""
            conn.execute("DELETE FROM article_fts WHERE rowid = ?", (row[0],))
            conn.execute("INSERT INTO article_fts (rowid, body) VALUES (?, ?)", (row[0], index_document(text)))
        last = page[-1][0]
