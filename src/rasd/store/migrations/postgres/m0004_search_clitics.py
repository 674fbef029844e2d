"""PostgreSQL schema 4: ``search_text`` re-built with clitic stems (:func:`rasd.store.search.index_document`).

The same step as SQLite's schema 3: articles stored before it were indexed word for word; their
text is read back from ``article_json`` and ``search_text`` (and with it the generated
``search_tsv``) written again, a page at a time.
"""

STATEMENTS = ()
BATCH = 500


def apply(conn) -> None:
    import json

    from rasd.store.search import index_document

    last = 0
    while True:
        page = conn.execute("SELECT id, article_json FROM articles WHERE id > %s ORDER BY id LIMIT %s",
                            (last, BATCH)).fetchall()
        if not page:
            return
        updates = []
        for row in page:
            article = row["article_json"] if isinstance(row, dict) else row[1]
            if isinstance(article, (str, bytes)):
                article = json.loads(article)
            updates.append((index_document(article.get("text") or ""), row["id"] if isinstance(row, dict) else row[0]))
        with conn.cursor() as cur:
            cur.executemany("UPDATE articles SET search_text = %s WHERE id = %s", updates)
        last = updates[-1][1]
