"""Latency of filtered event lists on a store holding N merged events (default 100,000).

Generates N synthetic merged events (seeded: five countries, their places and sides, three years
of dates, 1–4 mentions each), loads them with ``replace_merged``, then runs each filter of a fixed
mix repeatedly (first page of 100, and the count) and prints p50/p95 in milliseconds.

    .venv/bin/python bench/store_query.py --db /tmp/bench.db [--events 100000] [--repeat 20]
    .venv/bin/python bench/store_query.py --db postgresql://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from _stats import quantile   # bench/_stats.py: the percentiles of every latency bench
from rasd.store import EventFilter, MentionRef, MergedEvent, Store, open_store

PLACES = [  # (country, code, admin1, place id, lat, lon, sides)
    ("Libya", "LY", "Tripoli", "ly_tripoli", 32.89, 13.18, ("LNA", "GNA")),
    ("Libya", "LY", "Nuqat al Khams", "ly_watiya", 32.47, 11.89, ("LNA", "GNA")),
    ("Yemen", "YE", "Marib", "ye_marib", 15.46, 45.32, ("HOUTHIS", "YEMEN_GOV")),
    ("Syria", "SY", "Deir ez-Zor", "sy_busayrah", 35.15, 40.43, ("SDF", "ISIS")),
    ("Sudan", "SD", "North Darfur", "sd_el_fasher", 13.63, 25.35, ("RSF", "SAF")),
    ("Iraq", "IQ", "Diyala", "iq_hamrin_mountains", 34.4, 44.6, ("IRAQ_GOV", "ISIS")),
]
TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"), ("Strategic developments", "Arrests"),
]
FILTERS = {
    "no filter": EventFilter(),
    "country": EventFilter(country="Yemen"),
    "country code + type": EventFilter(country="LY", event_type="Battles"),
    "date range": EventFilter(date_from=dt.date(2021, 3, 1), date_to=dt.date(2021, 3, 31)),
    "type + dates": EventFilter(event_type="Explosions/Remote violence", date_from=dt.date(2022, 1, 1)),
    "actor": EventFilter(actor="RSF"),
    "side": EventFilter(side="HOUTHIS"),
    "bbox": EventFilter(bbox=(11.0, 30.0, 16.0, 34.0)),
    "corroboration ≥ 3": EventFilter(min_corroboration=3),
    "admin1 + sub-type": EventFilter(admin1="Marib", sub_event_type="Air/drone strike"),
    "rare actor": EventFilter(actor="UNKNOWN_GROUP"),
    "deep page": EventFilter(country="Syria", offset=2000),
}


def synthetic_events(n: int, seed: int = 7) -> list[MergedEvent]:
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    out = []
    for i in range(n):
        country, code, admin1, place, lat, lon, sides = rng.choice(PLACES)
        etype, sub = rng.choice(TYPES)
        a1, a2 = rng.sample(sides, 2)
        k = rng.randint(1, 4)
        mentions = tuple(
            MentionRef(article_id=f"u:{rng.getrandbits(64):016x}", doc_id=f"d{i}-{j}", outlet=f"outlet{rng.randint(1, 40)}",
                       outlet_side=rng.choice((None, a1, a2)), event_index=0, evidence="قصف", evidence_start=0,
                       evidence_end=3, fatalities=rng.choice((None, 0, 2, 5)), claimed_by=None)
            for j in range(k)
        )
        out.append(MergedEvent(
            event_id=f"ev-{i:016x}", family="violent", event_type=etype, sub_event_type=sub, plover_type="ASSAULT",
            date=start + dt.timedelta(days=rng.randint(0, 1095)), time_precision=1, actor1_id=a1, actor1=a1,
            actor2_id=a2, actor2=a2, location=place, location_id=place, country=country, admin1=admin1,
            latitude=lat + rng.uniform(-0.3, 0.3), longitude=lon + rng.uniform(-0.3, 0.3), geo_precision=1,
            fatalities=rng.choice((None, 0, 1, 3, 10)), corroboration=k, outlet_sides=(), contested=(),
            mentions=mentions, actor1_side=a1, actor2_side=a2, assoc_actor_ids=(), country_code=code,
        ))
    return out


def measure(store: Store, repeat: int) -> dict[str, tuple[float, float, float, float]]:
    """name → (p50, p95 of the page query, p50, p95 of the count), in ms."""
    results = {}
    for name, flt in FILTERS.items():
        page, count = [], []
        for _ in range(repeat):
            t = time.perf_counter()
            store.query_events(flt)
            page.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            store.count_events(flt)
            count.append((time.perf_counter() - t) * 1000)
        results[name] = (statistics.median(page), quantile(page, 0.95), statistics.median(count), quantile(count, 0.95))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file or postgresql:// URL (its merged events are replaced)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    store = open_store(args.db)
    try:
        events = synthetic_events(args.events)
        t = time.perf_counter()
        store.replace_merged(events)
        print(f"loaded {len(events):,} merged events in {time.perf_counter() - t:.1f} s")
        print(f"{'filter':24} {'page p50':>9} {'page p95':>9} {'count p50':>10} {'count p95':>10}  (ms)")
        for name, (p50, p95, c50, c95) in measure(store, args.repeat).items():
            print(f"{name:24} {p50:9.1f} {p95:9.1f} {c50:10.1f} {c95:10.1f}")
    finally:
        store.close()


if __name__ == "__main__":
    main()
