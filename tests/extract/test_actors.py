"""Actor resolution: a context-dependent alias resolves by the outlet's side and the article."""

import pytest

TEXT = "أعلن الجيش الليبي أنه صد هجوما على مواقعه جنوب طرابلس."


@pytest.mark.parametrize("outlet_side, expected", [("LNA", "LNA"), ("GNA", "GNA")])
def test_context_alias_follows_outlet_side(stages, outlet_side, expected):
    doc = stages(TEXT, "actors", outlet_side=outlet_side)
    ids = [m.actor_id for m in doc.actor_mentions if "الجيش الليبي" in m.text]
    assert ids and ids[0] == expected, doc.actor_mentions


def test_context_alias_from_article_stance(stages):
    text = (
        "تصدت قوات حكومة الوفاق الشرعية لهجوم شنته ميليشيات حفتر. وقصفت مرتزقة فاغنر الداعمين للمتمرد حفتر أحياء سكنية. "
        + TEXT
    )
    doc = stages(text, "actors")
    ids = [m.actor_id for m in doc.actor_mentions if "الجيش الليبي" in m.text]
    assert ids and ids[-1] == "GNA", doc.actor_mentions


def test_roles_actor1_actor2(run):
    out = run("شنت قوات الدعم السريع هجوما على مواقع الجيش السوداني في مدينة الأبيض.")
    ev = [e for e in out.events if e.family == "violent"][0]
    assert ev.actor1_id == "RSF" and ev.actor2_id == "SAF", ev
