"""Event stage rules: purpose clauses, ongoing states, verbal nouns, light verbs, attacker adjectives,
accusations carried by statements. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "وصلت تعزيزات عسكرية إلى المنطقة لمواجهة أي تقدم محتمل للمسلحين.",
        "أرسلت القيادة رتلا من الآليات لاستهداف مواقع المتمردين في الجبل.",
        "حشدت القوات عناصرها في محاولة للتمهيد لهجوم على المطار.",
    ],
)
def test_purpose_is_not_an_attack(run, text):
    out = run(text)
    assert not [e for e in out.events if e.family == "violent" and e.event_type != "Strategic developments"], out.events
    assert "purpose" in [s.reason for s in out.skipped]


def test_exposure_to_an_attack_is_an_attack(run):
    out = run("تعرضت بلدة معرة النعمان لقصف مدفعي عنيف صباح اليوم.")
    assert [e.sub_event_type for e in out.events] == ["Shelling/artillery/missile attack"]


def test_state_ongoing_since_a_past_date_is_background(run):
    out = run("وتشهد مدينة الحديدة مواجهات متقطعة منذ الخامس من حزيران/يونيو.", published="2019-12-20")
    assert not [e for e in out.events if e.family == "violent"]
    assert "background" in [s.reason for s in out.skipped]


def test_since_yesterday_is_still_news(run):
    out = run("وتدور اشتباكات عنيفة في محيط مدينة مأرب منذ أمس الأحد.", published="2021-02-15")
    assert [e.event_type for e in out.events if e.family == "violent"] == ["Battles"]


@pytest.mark.parametrize(
    "text",
    [
        "علقت اللجنة أعمالها عقب محادثات لم تسفر عن نتيجة.",
        "وتحدث البيان عن أن رفض الحكومة للمبادرة عطل الحل.",
        "ويطالب الوسطاء بالتوصل إلى اتفاق شامل بين الطرفين.",
    ],
)
def test_verbal_noun_after_a_preposition_is_not_a_political_act(run, text):
    out = run(text, published="2020-03-10")
    assert not [e for e in out.events if e.family == "political" and e.plover_type in ("CONSULT", "REJECT", "AGREE")], out.events


@pytest.mark.parametrize(
    "text, plover",
    [
        ("وجدد قائد قوات الدعم السريع محمد حمدان دقلو التزام قواته بالهدنة الإنسانية.", "AGREE"),
        ("وأعربت الحكومة اليمنية عن رفضها للشروط التي وضعتها جماعة الحوثي.", "REJECT"),
        ("وقال الوزير عقب اجتماع طارئ عقده مع قادة الأجهزة الأمنية إن الوضع تحت السيطرة.", "CONSULT"),
    ],
)
def test_light_verb_makes_the_noun_an_act(run, text, plover):
    out = run(text, published="2023-06-10")
    assert plover in [e.plover_type for e in out.events if e.family == "political"], (out.events, out.skipped)


def test_article_like_verb_is_a_verb_but_definite_noun_is_not():
    from rasd.extract.verbal_nouns import ARTICLE_VERB as _ARTICLE_VERB

    assert _ARTICLE_VERB.match("التقي") and _ARTICLE_VERB.match("التزموا") and _ARTICLE_VERB.match("القت")
    assert not _ARTICLE_VERB.match("المفاوضات") and not _ARTICLE_VERB.match("التزام") and not _ARTICLE_VERB.match("الافراج")


def test_attacker_adjective_names_actor1(run):
    out = run("قصفت طائرة مسيرة تركية موقعا لقوات سوريا الديمقراطية قرب بلدة عين عيسى.", published="2022-11-20")
    strikes = [e for e in out.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Turkey"


def test_region_and_town_with_same_toll_are_one_event(run):
    text = ("شنت طائرة مسيرة غارة جنوب اليمن أسفرت عن مقتل 4 جنود. "
            "وأوضح مصدر عسكري أن الطائرة المسيرة استهدفت نقطة تفتيش في مدينة شقرة وقتلت 4 جنود.")
    out = run(text, published="2022-08-10")
    strikes = [e for e in out.events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1, strikes


def test_statement_accusing_the_other_camp_is_accuse(run):
    text = "وقال المتحدث باسم الجيش السوداني إن قوات الدعم السريع ارتكبت جرائم بحق المدنيين في الجنينة."
    out = run(text, published="2023-06-20")
    acc = [e for e in out.events if e.plover_type == "ACCUSE"]
    assert acc and acc[0].actor1 == "SAF" and acc[0].actor2 == "RSF", (out.events, out.quotes)


def test_statement_without_accusation_term_is_not_accuse(run):
    text = "وقال المتحدث باسم الجيش السوداني إن قوات الدعم السريع انسحبت من الجسر."
    out = run(text, published="2023-06-20")
    assert not [e for e in out.events if e.plover_type == "ACCUSE"]


def test_dateline_city_is_not_actor_or_place(run):
    out = run("بيروت (وكالات) - قتل 12 مدنيا في غارات جوية على مدينة معرة النعمان في ريف إدلب.", published="2019-07-22")
    strikes = [e for e in out.events if e.family == "violent"]
    assert strikes and strikes[0].actor1 != "Lebanon" and strikes[0].location != "Beirut"
    assert not [m for m in out.mentions if m.start < 15 and m.type in ("LOCATION", "ORGANIZATION")]


def test_intercepted_drone_is_disrupted_weapons_use(run):
    out = run("واعترضت الدفاعات الجوية صباح اليوم طائرة مسيرة مفخخة أطلقها الحوثيون باتجاه مدينة جازان.", published="2021-03-01")
    assert [e.sub_event_type for e in out.events if e.family == "violent"] == ["Disrupted weapons use"]


def test_objection_is_not_interception(run):
    out = run("واعترضت روسيا على مشروع القرار الذي قدمته فرنسا بشأن القصف على إدلب.", published="2019-09-20")
    assert not [e for e in out.events if e.family == "violent"], out.events


def test_condemnation_without_hamza_is_accuse(run):
    out = run("ودانت جامعة الدول العربية الهجوم الذي استهدف سوقا شعبيا في مدينة الفاشر.", published="2024-06-01")
    assert "ACCUSE" in [e.plover_type for e in out.events]
    assert not [e for e in out.events if e.family == "violent"], out.events


# --- rules of 2026-12-07 (second session) ---------------------------------------------------------

def _violent(out):
    return [e for e in out.events if e.family == "violent"]


def _political(out, plover=None):
    return [e for e in out.events if e.family == "political" and (plover is None or e.plover_type == plover)]


def test_purpose_marker_keeps_the_aim_out(run):
    out = run("ويبذل الحلفاء جهودا كبيرة من أجل ألا يفقدوا السيطرة على الميناء في الأسابيع المقبلة.", published="2020-04-30")
    assert not _violent(out), out.events
    assert "purpose" in [s.reason for s in out.skipped]


@pytest.mark.parametrize(
    "text, plover",
    [
        ("وأعلن الجيش استئناف مشاركته في لجنة وقف إطلاق النار برعاية أممية.", "RETREAT"),
        ("وغادر الوفدان مدينة جدة عقب جولتي محادثات لم تثمر عن اتفاق.", "CONSULT"),
        ("وتحدث المحلل عن دور طهران في دعم الفصائل المسلحة.", "SUPPORT"),
    ],
)
def test_topic_or_name_is_not_an_act(run, text, plover):
    out = run(text, published="2020-06-04")
    assert not _political(out, plover), out.events


def test_meeting_in_a_phone_call_took_place(run):
    out = run("وبحث الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين، في اتصال هاتفي، الأوضاع في إدلب.",
              published="2020-02-28")
    assert _political(out, "CONSULT"), out.events


def test_main_clause_of_a_condition_is_not_an_event(run):
    out = run("وأكد القائد أنه لا هدنة ولا وقف للقتال ما لم تنسحب الميليشيات من المدينة.", published="2019-11-25")
    assert not _political(out, "RETREAT") and not _violent(out), out.events


def test_relative_what_not_is_no_condition(run):
    out = run("وقتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرنبل، وهو ما لم تؤكده السلطات.", published="2019-05-10")
    assert [e.sub_event_type for e in _violent(out)] == ["Shelling/artillery/missile attack"], out.events


def test_enemy_plan_reported_by_a_speaker_is_not_his_threat(run):
    out = run("وأضاف المتحدث باسم الجيش الوطني الليبي أن مجموعات تابعة لقوات الوفاق تستعد لقصف أحياء مدينة سرت بالمدفعية.",
              published="2020-04-30")
    assert not [e for e in _political(out, "THREATEN") if e.actor1 == "LNA"], out.events


def test_states_joining_a_call_are_no_change_to_armed_group(run):
    out = run("وانضمت لندن وروما إلى الدول الداعية إلى التهدئة في السودان.", published="2020-05-21")
    assert not [e for e in _violent(out) if e.sub_event_type == "Change to group/activity"], out.events


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الرئيسان أنهما اتفقا في مكالمتهما على ضرورة التوصل إلى هدنة في السودان.",
        "وشدد وزير الخارجية المصري سامح شكري على ضرورة انسحاب القوات الأجنبية من ليبيا.",
    ],
)
def test_agreeing_or_insisting_on_a_need_is_a_request(run, text):
    out = run(text, published="2023-05-20")
    assert _political(out, "REQUEST") and not _political(out, "AGREE"), out.events


def test_violation_told_by_the_narrator_accuses_nobody(run):
    out = run("وأرسلت أبوظبي شحنة أسلحة إلى بنغازي في خرق صريح للقرار الأممي.", published="2019-11-15")
    assert not _political(out, "ACCUSE"), out.events
    assert _political(out, "AID"), out.events


def test_violation_in_a_statement_accuses_the_doer(run):
    out = run("وقال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن أنقرة تنتهك يوميا المياه الإقليمية لليبيا.",
              published="2020-04-30")
    acc = _political(out, "ACCUSE")
    assert acc and all(e.actor1 == "LNA" for e in acc) and "Turkey" in {e.actor2 for e in acc}, out.events


def test_a_weapon_that_is_only_watched_is_no_attack(run):
    out = run("وتمكنت الدفاعات الجوية في مأرب من رصد طائرة مسيرة أطلقها الحوثيون، ثم أسقطتها فوق صرواح.",
              published="2020-04-30")
    assert [e.sub_event_type for e in _violent(out)] == ["Disrupted weapons use"], out.events
    assert "observed" in [s.reason for s in out.skipped]


def test_operation_that_will_start_is_future(run):
    out = run("وأكد قائد المحور أن الهجوم سيبدأ خلال ساعات وأن قواته جاهزة.", published="2020-05-21")
    assert not _violent(out), out.events


@pytest.mark.parametrize(
    "text, plover",
    [
        ("وقالت قيادة الجيش الوطني الليبي إنها قامت بإعادة تمركز قواتها في محيط مدينة سرت.", "RETREAT"),
        ("فيما تراجعت قوات الجيش الوطني إلى خارج مدينة ترهونة.", "RETREAT"),
        ("وتراجعت الحكومة السودانية عن قرارها بإغلاق المعبر.", "CONCEDE"),
    ],
)
def test_pulling_back_troops_is_a_retreat(run, text, plover):
    out = run(text, published="2020-06-04")
    assert plover in [e.plover_type for e in _political(out)], out.events


def test_concern_about_a_party_accuses_it_but_concern_alone_does_not(run):
    out = run("وأعرب وزير الخارجية الفرنسي جان إيف لودريان عن قلقه من التدخل التركي في ليبيا.", published="2020-06-10")
    acc = _political(out, "ACCUSE")
    assert acc and acc[0].actor1 == "France" and acc[0].actor2 == "Turkey", out.events
    out = run("وأعرب المبعوث الأممي عن قلقه البالغ من التصعيد الأخير.", published="2020-06-10")
    assert not _political(out, "ACCUSE"), out.events


def test_obligation_laid_on_a_party_is_a_request(run):
    out = run("وقال وزير الخارجية الفرنسي جان إيف لودريان في بيان إن على تركيا أن تسحب قواتها من ليبيا فورا.",
              published="2020-06-10")
    req = _political(out, "REQUEST")
    assert req and req[0].actor1 == "France" and req[0].actor2 == "Turkey", out.events


def test_headline_event_folds_into_the_body(run):
    text = ("الدفاعات الجوية تسقط مسيرة تركية فوق قاعدة معيتيقة\n\n"
            "أسقطت الدفاعات الجوية التابعة للجيش الوطني الليبي، مساء أمس، طائرة مسيرة تركية فوق قاعدة معيتيقة في طرابلس.")
    out = run(text, published="2020-01-27")
    stopped = [e for e in _violent(out) if e.sub_event_type == "Disrupted weapons use"]
    assert len(stopped) == 1 and stopped[0].actor1 == "LNA", out.events


def test_country_level_lead_gives_way_to_the_towns(run):
    text = ("شنت طائرات تركية، ليل السبت، غارات على مواقع في سوريا. "
            "وقال المرصد السوري لحقوق الإنسان إن غارة استهدفت محطة كهرباء قرب مدينة القامشلي، "
            "فيما طالت غارة أخرى مقرا عسكريا عند أطراف بلدة عامودا.")
    out = run(text, published="2024-01-14")
    strikes = [e for e in _violent(out) if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location != "Syria" for e in strikes), strikes
    assert all(e.actor1 != "Syrian Observatory for Human Rights" for e in strikes), strikes  # a monitor tells, it does not strike


def test_attack_carried_out_by_is_the_doer(run):
    out = run("أدانت الحكومة العراقية، اليوم الثلاثاء، القصف الذي نفذته طائرة مسيرة تركية على سيارة في قضاء سنجار.",
              published="2024-06-18")
    acc = _political(out, "ACCUSE")
    assert acc and acc[0].actor1 == "Iraqi government" and acc[0].actor2 == "Turkey", out.events
    assert [e.actor1 for e in _violent(out)] == ["Turkey"], out.events


def test_scheduled_meeting_is_future(run):
    out = run("ومن المقرر أن تعقد اللجنة الأمنية المشتركة اجتماعها المقبل في عدن الأسبوع القادم.", published="2022-03-01")
    assert not _political(out, "CONSULT"), out.events
    assert "future" in [s.reason for s in out.skipped]


def test_noted_earlier_events_are_background(run):
    out = run("يذكر أن قوات الدعم السريع اجتاحت في أواخر العام الماضي مدينتي نيالا والجنينة.", published="2024-05-12")
    assert not _violent(out), out.events
    out = run("يذكر أن قوات الدعم السريع قصفت أمس الأحد سوقا شعبيا في مدينة الفاشر.", published="2024-05-13")
    assert _violent(out), out.events  # «يذكر أن» about yesterday is still news


def test_since_after_the_trigger_is_background(run):
    out = run("وتكررت الهجمات على القواعد الأمريكية في العراق منذ اندلاع الحرب في غزة في تشرين الأول الماضي.",
              published="2024-02-08")
    assert not _violent(out), out.events


def test_looking_for_is_not_talks(run):
    out = run("وقال المتحدث إن واشنطن تبحث عن ذرائع لتوسيع وجودها العسكري في البلاد.", published="2024-02-08")
    assert not _political(out, "CONSULT"), out.events


def test_no_truce_said_by_a_party_rejects_it(run):
    out = run("وقال قائد الجيش السوداني عبد الفتاح البرهان إنه لن تكون هناك هدنة مع قوات الدعم السريع.", published="2023-12-19")
    rej = _political(out, "REJECT")
    assert rej and rej[0].actor1 == "SAF" and rej[0].actor2 == "RSF", out.events
    assert not _political(out, "RETREAT"), out.events


def test_unnamed_public_in_a_relative_clause_is_no_party(run):
    out = run("وتبددت آمال الفصائل المسلحة أمام الشعب الذي أعلن رفضه للتدخل الأجنبي في بلاده.", published="2020-04-30")
    assert not _political(out, "REJECT"), out.events


def test_protesters_are_actor1_of_a_protest(run):
    out = run("وخرج آلاف المتظاهرين في مدينة القامشلي تنديدا بالقصف التركي على المنطقة.", published="2023-10-06")
    protests = [e for e in _violent(out) if e.event_type == "Protests"]
    assert protests and protests[0].actor1 == "Protesters" and protests[0].actor2 is None, out.events


def test_protesters_setting_fire_make_a_riot(run):
    out = run("وفي البصرة، أضرم محتجون غاضبون النار في مبنى مجلس المحافظة.", published="2018-09-07")
    assert [e.sub_event_type for e in _violent(out)] == ["Violent demonstration"], out.events


def test_fire_on_protesters_puts_the_shooters_first(run):
    out = run("وأطلقت قوات الأمن العراقية الرصاص الحي على المتظاهرين في الناصرية ما أسفر عن مقتل 25 منهم.",
              published="2019-11-28")
    force = [e for e in _violent(out) if e.sub_event_type == "Excessive force against protesters"]
    assert force and force[0].actor2 == "Protesters" and force[0].actor1 not in (None, "Protesters"), out.events


def test_bare_occupation_army_is_the_occupier_already_named(run):
    text = ("صعدت دولة الاحتلال التركي هجماتها على مناطق الإدارة الذاتية. "
            "وقصفت مدفعية جيش الاحتلال ومرتزقته قرى في ريف تل تمر.")
    out = run(text, published="2023-10-06")
    shelling = [e for e in _violent(out) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].actor1 == "Turkey", out.events


def test_control_since_a_year_long_gone_is_background(run):
    out = run("وكانت الفصائل المسلحة قد سيطرت على مدينة سراقب منذ عام 2012.", published="2020-02-28")
    assert not _violent(out), out.events


def test_insisting_on_an_act_is_a_request(run):
    out = run("من جهتها تمسكت روسيا بسحب القوات الأجنبية من سوريا.", published="2020-06-06")
    assert _political(out, "REQUEST"), out.events
    out = run("وتمسكت الحكومة بموقفها من الاتفاق.", published="2020-06-06")
    assert not _political(out, "REQUEST"), out.events


def test_arrived_reinforcements_are_mobilised_where_they_arrive(run):
    out = run("وأرجع محللون تقدم القوات إلى التعزيزات التي وصلت إلى محيط مأرب قادمة من محافظة الجوف.",
              published="2021-02-16")
    mob = _political(out, "MOBILIZE")
    assert mob and mob[0].location == "Marib", out.events


def test_an_event_months_before_publication_is_background(run):
    out = run("ويأتي الهجوم الجديد على درنة بعد سيطرة القوات على مدينة بنغازي العام الماضي.", published="2018-06-12")
    assert not [e for e in _violent(out) if e.location == "Benghazi"], out.events


def test_blocking_roads_with_stones_and_burning_tyres_is_a_riot(run):
    out = run("وأغلق محتجون شوارع رئيسية في مدينة عطبرة بالحجارة والإطارات المشتعلة.", published="2019-06-04")
    assert [e.sub_event_type for e in _violent(out)] == ["Violent demonstration"], out.events
