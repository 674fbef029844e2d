"""Places and ACLED geo_precision: 1 town, 2 near/part of a region, 3 province/country."""

import pytest


@pytest.mark.parametrize(
    "text, location_id, precision",
    [
        ("شنت طائرة مسيرة غارة على مدينة ترهونة.", "ly_tarhuna", 1),
        ("شنت طائرة مسيرة غارة قرب مدينة ترهونة.", "ly_tarhuna", 2),
        ("اندلعت اشتباكات عنيفة في محافظة مأرب.", "ye_marib", 3),
    ],
)
def test_geo_precision(run, text, location_id, precision):
    ev = run(text).events[0]
    assert ev.location_id and ev.location_id.startswith(location_id), ev
    assert ev.geo_precision == precision
    assert ev.latitude is not None and ev.longitude is not None


def test_two_towns_two_events(run):
    out = run("شنت طائرات مسيرة غارات على مدينتي سرت ومصراتة.")
    assert {e.location_id for e in out.events} >= {"ly_sirte", "ly_misrata"}
