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


# ---- the theatre decides what a generic name means -------------------------------------------

def _resolved(extractor, text: str, country: str | None):
    """Actor mentions after the resolution stage, for an article about ``country`` (None: inferred)."""
    import datetime as dt

    from rasd.model.io import ArticleIn

    doc = extractor.doc_from(ArticleIn(id="t", text=text, published=dt.date(2021, 3, 1), country=country))
    for stage in extractor.pipeline.stages:
        stage(doc)
        if stage.name == "actors":
            break
    return doc.actor_mentions


@pytest.mark.parametrize(
    "alias, country, actor",
    [
        # Syria
        ("النظام", "SY", "SYRIA_GOV"),
        ("الجيش العربي السوري", "SY", "SYRIA_GOV"),
        ("الجيش", "SY", "SYRIA_GOV"),
        ("الحكومة", "SY", "SYRIA_GOV"),
        ("قسد", "SY", "SDF"),
        ("الجيش الوطني السوري", "SY", "SNA"),
        ("الجيش الوطني", "SY", "SNA"),
        ("هيئة تحرير الشام", "SY", "HTS"),
        ("التحالف", "SY", "GLOBAL_COALITION"),
        ("التحالف الدولي", "SY", "GLOBAL_COALITION"),
        ("طيران التحالف", "SY", "GLOBAL_COALITION"),
        # Yemen
        ("الحوثي", "YE", "HOUTHIS"),
        ("أنصار الله", "YE", "HOUTHIS"),
        ("الجيش الوطني", "YE", "YEMEN_ARMY"),
        ("الانتقالي الجنوبي", "YE", "STC"),
        ("التحالف", "YE", "SAUDI_COALITION"),
        ("قوات التحالف", "YE", "SAUDI_COALITION"),
        ("طيران التحالف", "YE", "SAUDI_COALITION"),
        ("الحكومة", "YE", "YEMEN_GOV"),
        ("البعثة", "YE", "UN_YEMEN"),
        # Iraq
        ("الحشد الشعبي", "IQ", "PMF"),
        ("البيشمركة", "IQ", "PESHMERGA"),
        ("داعش", "IQ", "ISIS"),
        ("القوات الأمنية", "IQ", "IRAQ_ARMY"),
        ("الجيش", "IQ", "IRAQ_ARMY"),
        ("التحالف", "IQ", "GLOBAL_COALITION"),
        ("الحكومة", "IQ", "IRAQ_GOV"),
        ("البعثة", "IQ", "UNAMI"),
        # Sudan
        ("الجيش", "SD", "SAF"),
        ("القوات المسلحة", "SD", "SAF"),
        ("القيادة العامة", "SD", "SAF"),
        ("الدعم السريع", "SD", "RSF"),
        ("الحركات المسلحة", "SD", "SUDAN_JOINT_FORCE"),
        ("الحكومة", "SD", "SUDAN_GOV"),
        ("البعثة", "SD", "UN_SUDAN"),
        # Libya, both camps
        ("الجيش الوطني الليبي", "LY", "LNA"),
        ("قوات حفتر", "LY", "LNA"),
        ("القيادة العامة", "LY", "LNA"),
        ("القوات المسلحة", "LY", "LNA"),
        ("حكومة الوفاق", "LY", "GNA"),
        ("قوات بركان الغضب", "LY", "GNA"),
        ("المجلس الرئاسي", "LY", "GNA"),
        ("الحكومة", "LY", "GNA"),
        ("البعثة", "LY", "UNSMIL"),
    ],
)
def test_alias_in_theatre(extractor, alias, country, actor):
    found = [(m.text, m.actor_id) for m in _resolved(extractor, f"وقال مصدر إن {alias} أعلن موقفه من التطورات.", country)]
    assert (alias, actor) in found, found


@pytest.mark.parametrize(
    "alias, country",
    [
        ("النظام", "YE"),  # «النظام» alone is the Syrian government only in Syria
        ("القيادة العامة", "SY"),  # neither the Libyan nor the Sudanese General Command
        ("التحالف", "LY"),
        ("الحكومة", None),  # no theatre, no government
    ],
)
def test_alias_outside_its_theatre_names_nobody(extractor, alias, country):
    mentions = _resolved(extractor, f"وقال مصدر إن {alias} أعلن موقفه من التطورات.", country)
    assert not [m for m in mentions if m.text == alias], mentions


@pytest.mark.parametrize(
    "text, surface, actor",
    [
        ("وأعلنت القيادة العامة لقوات سوريا الديمقراطية حظر التجول في مدينة الحسكة.",
         "القيادة العامة لقوات سوريا الديمقراطية", "SDF"),
        ("وقالت القيادة العامة لقوات الدعم السريع إنها صدت هجوما قرب مدينة الفاشر.",
         "القيادة العامة لقوات الدعم السريع", "RSF"),
        ("وقصفت دولة الاحتلال التركي قرى في ريف الحسكة الشمالي.", "دولة الاحتلال التركي", "TURKEY"),
        ("وقالت مصادر محلية إن جيش الاحتلال الأمريكي سير دورية قرب الرقة.", "جيش الاحتلال الأمريكي", "USA"),
        ("وقصفت دولة الاحتلال مواقع في ريف دمشق.", "دولة الاحتلال", "ISRAEL"),
    ],
)
def test_generic_name_takes_its_neighbour(extractor, text, surface, actor):
    found = [(m.text, m.actor_id) for m in _resolved(extractor, text, None)]
    assert (surface, actor) in found, found


def test_subject_then_object_with_lam_stay_apart(extractor):
    """«تصدت القوات الحكومية لقوات الدعم السريع»: the لـ object is not a genitive of the subject."""
    found = [(m.text, m.actor_id) for m in _resolved(extractor, "تصدت القوات الحكومية لقوات الدعم السريع في الفاشر.", "SD")]
    assert ("القوات الحكومية", "SAF") in found and ("لقوات الدعم السريع", "RSF") in found, found


@pytest.mark.parametrize(
    "text, published, side",
    [
        # a ministry with no nationality speaks for the article's government
        ("وقالت وزارة الصحة إن 12 مدنيا قتلوا في قصف على مدينة أم درمان.", "2023-06-01", "SAF"),
        ("وأعلنت وزارة الخارجية أنها استدعت القائم بالأعمال التركي في بغداد.", "2024-06-18", "Iraqi government"),
        # a military source in a partisan outlet speaks for the camp it favours ...
        ("وتصدى أبطال الجيش واللجان الشعبية لزحف مرتزقة العدوان السعودي في مأرب، وقال مصدر عسكري إن العشرات سقطوا.",
         "2021-02-16", "Houthis"),
        # ... and stays unattributed in neutral reporting
        ("وقال مصدر عسكري إن اشتباكات اندلعت قرب مدينة مأرب بين القوات الحكومية والحوثيين.", "2021-02-16", "other"),
    ],
)
def test_unnamed_official_speaks_for(run, text, published, side):
    out = run(text, published=published)
    assert out.quotes and out.quotes[-1].side == side, (out.quotes, out.stance)
