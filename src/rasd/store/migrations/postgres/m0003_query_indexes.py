"""PostgreSQL schema 3: indexes for the filters that were slow over 100,000 merged events.

The same steps as SQLite's schema 2 (``sqlite/m0002_query_indexes.py``): the event's ``date`` on
``merged_actors`` with an ``(actor_id, date DESC NULLS LAST, event_id)`` index, composite
``(country[_code], event_type, date)`` and ``(admin1, sub_event_type, date)`` indexes, and
``articles (outlet, id)``, ``events (family, type, date)``. Boxes keep the PostGIS GiST index (schema 2) or the lon/lat B-tree;
what made them slow was the generic plan of a prepared statement, which the store no longer uses
(``prepare_threshold=None`` in :mod:`rasd.store.postgres`).
"""

STATEMENTS = (
    "ALTER TABLE merged_actors ADD COLUMN date DATE",
    "UPDATE merged_actors ma SET date = m.date FROM merged_events m WHERE m.event_id = ma.event_id",
    "CREATE INDEX merged_actors_actor_date ON merged_actors (actor_id, date DESC NULLS LAST, event_id)",
    "DROP INDEX merged_actors_actor",
    "CREATE INDEX merged_country_code_type ON merged_events (country_code, event_type, date DESC NULLS LAST, event_id)",
    "CREATE INDEX merged_country_type ON merged_events (country, event_type, date DESC NULLS LAST, event_id)",
    "CREATE INDEX merged_admin1_sub_type ON merged_events (admin1, sub_event_type, date DESC NULLS LAST, event_id)",
    "CREATE INDEX articles_outlet ON articles (outlet, id)",
    # incremental merging: stored events of one type near a date (rasd.store.listing.window_sql)
    "CREATE INDEX events_type_date ON events (family, coalesce(event_type, plover_type), date)",
)
