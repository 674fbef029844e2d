"""The merged record: lowest toll, contested fields, corroboration with syndicated copies, stable ids."""

from __future__ import annotations

import random

from rasd.dedup import find_syndication, merge_documents

WIRE = ("شنت طائرات حربية مجهولة غارات جوية مساء أمس السبت على قاعدة الوطية الجوية غرب ليبيا، ما أدى إلى "
        "تدمير منظومات دفاع جوي نصبت حديثا داخل القاعدة. ولم تعلن أي جهة مسؤوليتها عن الغارات حتى صباح اليوم.")
COPY = "طرابلس (وكالات) - " + WIRE.replace("أدى", "أدّى") + " وتقع القاعدة غرب العاصمة."
OWN = ("تعرضت قاعدة الوطية الجوية لغارات نفذها طيران أجنبي داعم لحفتر، وأكد مصدر عسكري أن الغارات "
       "أسفرت عن مقتل عنصرين من حراسة القاعدة واقتصرت بقية أضرارها على معدات في محيط المدرج.")


def test_syndicated_copies_are_found_and_own_write_ups_are_not():
    groups = find_syndication([("wire", WIRE), ("copy", COPY), ("own", OWN)])
    assert groups.group("wire") == groups.group("copy") == "copy"
    assert groups.group("own") == "own"
    assert groups.copies("wire") == {"wire", "copy"}


def _watiya(ev, doc):
    return [
        doc("wire", ev(), outlet="Levant Wire", text=WIRE),
        doc("copy", ev(), outlet="Desert Courier", text=COPY),
        doc("lna", ev(actor1="LNA_AIR_FORCE", actor2="GNA", fatalities=6, claimed_by="Ahmed al-Mismari",
                      assoc=("Turkey",)), outlet="Al-Karama", side="LNA"),
        doc("gna", ev(actor1="LNA", actor2="GNA", fatalities=2, date="2020-07-05"), outlet="Tripoli Horizon",
            side="GNA", text=OWN),
    ]


def test_merged_record(ev, doc, merge_context):
    [e] = merge_documents(_watiya(ev, doc), merge_context)
    assert e.fatalities == 2                                  # the lowest reported toll
    assert e.corroboration == 3                               # the copy counts with its wire story
    assert e.outlet_sides == ("GNA", "LNA")
    assert e.date.isoformat() == "2020-07-04" and e.location_id == "ly_watiya" and e.country_code == "LY"
    assert (e.actor1_side, e.actor2_id, e.actor2_side) == ("LNA", "GNA", "GNA")
    assert e.assoc_actor_ids == ("TURKEY",)                   # labels resolved to ids
    assert dict(e.contested) == {
        "fatalities": "2 (Tripoli Horizon) vs 6 (Al-Karama)",
        "actor1": "LNA (Tripoli Horizon) vs LNA_AIR_FORCE (Al-Karama)",
    }
    assert sorted(m.doc_id for m in e.mentions) == ["copy", "gna", "lna", "wire"]
    assert [m.article_id for m in e.mentions] == sorted(m.article_id for m in e.mentions)  # same day: by id


def test_one_outlet_twice_counts_once(ev, doc, merge_context):
    docs = [doc("a", ev(), outlet="Wire"), doc("b", ev(), outlet="Wire"), doc("c", ev(), outlet="Other")]
    [e] = merge_documents(docs, merge_context)
    assert e.corroboration == 2


def test_ids_are_stable_across_order_and_unrelated_articles(ev, doc, merge_context):
    docs = _watiya(ev, doc) + [doc("jufra", ev(place="ly_jufra_airbase"), outlet="X")]
    ids = {e.event_id for e in merge_documents(docs, merge_context)}
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    unrelated = [doc(f"u{i}", ev(place="sy_hajin", type_="Battles", sub="Armed clash", date=f"2021-01-{3 * i + 10}"),
                     outlet="Y") for i in range(5)]
    again = {e.event_id for e in merge_documents(shuffled + unrelated, merge_context)}
    assert ids <= again and len(again) == len(ids) + 5
    assert len(ids) == 2 and all(i.startswith("ev-") and len(i) == 19 for i in ids)
