"""Store fixtures: the demo corpus extracted once, and a store holding a few known merged events."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rasd.ingest.demo import demo_articles
from rasd.model.io import ArticleIn, DocumentOut
from rasd.store import MentionRef, MergedEvent
from rasd.store.keys import article_key


@pytest.fixture(scope="session")
def demo_docs(rasd_extractor):
    """The demo corpus and its extracted documents (extracted once)."""
    return [(a, rasd_extractor.extract(a)) for a in demo_articles()]


ARTICLES = {
    "watiya": ArticleIn(id="watiya", url="https://example.org/a/watiya", published="2020-07-05", outlet="Wire",
                        text="شنَّت طائراتٌ حربيّة غاراتٍ على قاعدة الوطية الجوية، وأسقطت الدفاعات الجوية طائرةً مُسيَّرة."),
    "marib": ArticleIn(id="marib", url="https://example.org/a/marib", published="2021-03-08", outlet="Sheba",
                       text="أطلق الحوثيون صاروخاً باليستياً على مدينة مأرب، وقال مسؤول إن الإصابات كثيرة."),
}


def _mention(article: str, outlet: str = "Wire", fatalities: int | None = None) -> MentionRef:
    return MentionRef(article_id=article_key(ARTICLES[article]).article_id if article in ARTICLES else article,
                      doc_id=article, outlet=outlet, outlet_side=None, event_index=0, evidence="…",
                      evidence_start=0, evidence_end=10, fatalities=fatalities, claimed_by=None)


BASE = MergedEvent(
    event_id="ev-base", family="violent", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
    plover_type="ASSAULT", date=dt.date(2020, 7, 4), time_precision=1, actor1_id="LNA_AIR_FORCE", actor1="LNA",
    actor2_id="GNA", actor2="GNA", location="al-Watiya air base", location_id="ly_watiya", country="Libya",
    admin1="Nuqat al Khams", latitude=32.4734, longitude=11.8925, geo_precision=1, fatalities=2, corroboration=3,
    outlet_sides=("GNA", "LNA"), contested=(("fatalities", "2 (Tripoli Horizon) vs 6 (Al-Karama)"),),
    mentions=(_mention("watiya", "Wire", 2), _mention("other-1", "Al-Karama", 6)),
    actor1_side="LNA", actor2_side="GNA", assoc_actor_ids=("TURKEY",), country_code="LY",
)
EVENTS = [
    BASE,
    dataclasses.replace(
        BASE, event_id="ev-marib", sub_event_type="Shelling/artillery/missile attack", date=dt.date(2021, 3, 7),
        actor1_id="HOUTHIS", actor1="Houthis", actor2_id="YEMEN_GOV", actor2="Yemeni government",
        location="Marib", location_id="ye_marib", country="Yemen", admin1="Marib", latitude=15.463,
        longitude=45.325, fatalities=3, corroboration=4, outlet_sides=("HOUTHIS", "YEMEN_GOV"), contested=(),
        mentions=(_mention("marib", "Sheba", 3),), actor1_side="HOUTHIS", actor2_side="YEMEN_GOV",
        assoc_actor_ids=(), country_code="YE"),
    dataclasses.replace(
        BASE, event_id="ev-busayrah", event_type="Battles", sub_event_type="Armed clash", date=dt.date(2022, 8, 14),
        actor1_id="SDF", actor1="SDF", actor2_id="ISIS", actor2="ISIS", location="al-Busayrah",
        location_id="sy_busayrah", country="Syria", admin1="Deir ez-Zor", latitude=35.155, longitude=40.43,
        fatalities=4, corroboration=1, outlet_sides=(), contested=(), mentions=(_mention("other-2"),),
        actor1_side="SDF", actor2_side="ISIS", assoc_actor_ids=("USA",), country_code="SY"),
    dataclasses.replace(
        BASE, event_id="ev-fiji", event_type="Battles", sub_event_type="Armed clash", date=dt.date(2022, 8, 20),
        actor1_id="X", actor1="X", actor2_id=None, actor2=None, location="Somewhere", location_id="fj_x",
        country="Fiji", admin1="Western", latitude=-17.7, longitude=179.5, fatalities=None, corroboration=2,
        outlet_sides=(), contested=(), mentions=(_mention("other-3"),), actor1_side="X", actor2_side=None,
        assoc_actor_ids=(), country_code="FJ"),
    dataclasses.replace(
        BASE, event_id="ev-undated", family="political", event_type=None, sub_event_type=None, plover_type="REQUEST",
        date=None, time_precision=None, actor1_id="UN", actor1="United Nations", actor2_id=None, actor2=None,
        location=None, location_id=None, country=None, admin1=None, latitude=None, longitude=None,
        geo_precision=None, fatalities=None, corroboration=1, outlet_sides=(), contested=(),
        mentions=(_mention("other-4"),), actor1_side="UN", actor2_side=None, assoc_actor_ids=(), country_code=None),
]


@pytest.fixture
def sample_articles() -> dict[str, ArticleIn]:
    """The two articles of the `filled` store, by name (``.venv/bin/pytest`` cannot import this
    module as ``tests.store.conftest``: only ``python -m pytest`` puts the checkout on sys.path)."""
    return dict(ARTICLES)


@pytest.fixture
def sample_events() -> list[MergedEvent]:
    return list(EVENTS)


@pytest.fixture
def filled(store):
    """A store with two searchable articles and the five EVENTS above."""
    for a in ARTICLES.values():
        store.put_document(a, DocumentOut(doc_id=a.id, published=a.published), "v1")
    store.replace_merged(EVENTS)
    return store
