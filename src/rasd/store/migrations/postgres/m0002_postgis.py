"""PostgreSQL schema 2: a PostGIS point for merged events, when the server has the extension.

Without PostGIS (or without the right to create it) the step records itself and changes nothing:
bounding-box filters then use the plain ``latitude``/``longitude`` columns and their B-tree index.
Installing PostGIS later does not add the column retroactively; a later step would.
"""

STATEMENTS = ()


def apply(conn) -> None:
    import psycopg

    available = conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").fetchone()
    if not available:
        return
    try:
        with conn.transaction():  # a savepoint: a refused CREATE EXTENSION must not abort the migration
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except psycopg.Error:  # insufficient privilege or a broken install: stay on lat/lon
        return
    conn.execute(
        "ALTER TABLE merged_events ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS ("
        " CASE WHEN longitude IS NOT NULL AND latitude IS NOT NULL"
        " THEN ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END) STORED"
    )
    conn.execute("CREATE INDEX merged_geom ON merged_events USING GIST (geom)")
