"""SQLite schema 2: indexes for the filters that were slow over 100,000 merged events.

- ``merged_actors`` gets the event's ``date`` and an ``(actor_id, date DESC, event_id)`` index: an
  actor filter reads that index in page order and joins the events (:func:`rasd.store.query.select`);
  it replaces the ``(actor_id, event_id)`` index, whose lookups it also serves;
- two-field filters the page offers together (country + type, admin1 + sub-type) get composite
  ``(a, b, date DESC, event_id)`` indexes, so their page and count are one index range each
  (the count over one field and a check of the other on every row took 80 ms);
- ``articles (outlet, id)`` for the article list filtered by outlet;
- ``events (family, type, date)`` for incremental merging's look-up of reports near a new one.
"""

STATEMENTS = (
    "ALTER TABLE merged_actors ADD COLUMN date TEXT",
    "UPDATE merged_actors SET date = (SELECT m.date FROM merged_events m WHERE m.event_id = merged_actors.event_id)",
    "CREATE INDEX merged_actors_actor_date ON merged_actors (actor_id, date DESC, event_id)",
    "DROP INDEX merged_actors_actor",
    "CREATE INDEX merged_country_code_type ON merged_events (country_code, event_type, date DESC, event_id)",
    "CREATE INDEX merged_country_type ON merged_events (country, event_type, date DESC, event_id)",
    "CREATE INDEX merged_admin1_sub_type ON merged_events (admin1, sub_event_type, date DESC, event_id)",
    "CREATE INDEX articles_outlet ON articles (outlet, id)",
    # incremental merging: stored events of one type near a date (rasd.store.listing.window_sql)
    "CREATE INDEX events_type_date ON events (family, coalesce(event_type, plover_type), date)",
)
