"""Words before a place name that set ACLED geo_precision.

«قرب بني وليد», «جنوب طرابلس», «محور عين زارة», «منطقة الداوون», «مديرية حيس», «قضاء القائم»,
«بادية تدمر», «خارج العاصمة» → 2 (near / part of an area); «مدينة ترهونة», «قاعدة الوطية»,
«حي الحمدانية» → 1 (the named place itself); «محافظة مأرب», «ولاية الجزيرة» → 3 (only the province).
Forms are normalised (ة→ه, أ→ا) and the article is dropped («الجنوبية» → «جنوبيه»).

A qualifier may also open the matched name itself («ريف السلمية», «قضاء القائم», «سلسلة جبال حمرين»):
:func:`precision_for` takes that first word as ``head``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

NEAR = frozenset(
    """قرب بالقرب مقربه محيط ضواحي ضاحيه تخوم اطراف مشارف اطار جنوب شمال شرق غرب جنوبي شمالي شرقي
    غربي جنوبيه شماليه شرقيه غربيه منطقه منطقتي مناطق محور محاور جبهه جبهات ريف حدود اكناف قرابه
    اتجاه طريق اقليم خارج باديه باديتي بساتين مزارع مديريه مديريتي مديريات ناحيه قضاء اقضيه حزام
    قاطع جبال سلسله""".split()
)
SITE = frozenset(
    """مدينه مدينتي مدن بلده بلدتي بلدات قريه قريتي قري قاعده مطار ميناء حي احياء مخيم العاصمه
    عاصمه مركز معبر منفذ سجن مستشفى""".split()
)
# Only the singular: «استهدفت محافظات صنعاء والحديدة وتعز» splits into one event per province, and
# three precision-3 events sharing one toll are folded back into one by coalesce (see its regional rule).
PROVINCE = frozenset("""محافظه ولايه محافظات محافظتي ولايات ولايتي""".split())
# A region named by its landform («جبل الزاوية», «سلسلة جبال حمرين», «وادي حضرموت») is an area
# inside a province (2), not the province (3).
LANDFORM = frozenset("""جبل جبال سلسله وادي سهل باديه هضبه حوض""".split())

Readings = Iterable[str] | str


def _readings(word: Readings) -> frozenset[str]:
    return frozenset((word,) if isinstance(word, str) else word)


def precision_for(
    previous_words: Sequence[Readings], place_type: str, head: Readings | None = None
) -> tuple[int, str | None]:
    """geo_precision for a place given the (normalised, clitic-free) words just before it.

    Each item of ``previous_words`` is one word, or the tuple of a token's readings («بلده», «لده»)
    so that one token's second reading never stands for the word before it. ``head``: the readings
    of the first word of a several-word name, which may itself be a qualifier («قضاء القائم»).
    """
    if place_type in ("country", "sea"):
        return 3, None
    if head is not None:
        first = _readings(head)
        if place_type in ("province", "region"):
            hit = first & LANDFORM
            if place_type == "region" and hit:
                return 2, min(hit)
        else:
            hit = first & NEAR
            if hit:
                return 2, min(hit)
    words = [_readings(w) for w in previous_words][-3:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word & NEAR:
            return 2, min(word & NEAR)
        if word & SITE:
            if k > 0 and words[k - 1] & NEAR:
                return 2, min(words[k - 1] & NEAR)  # «قرب مدينة ترهونة», «جنوب مدينة سرت»
            return 1, min(word & SITE)
        if word & PROVINCE:
            return 3, min(word & PROVINCE)
    if place_type in ("province", "region"):
        return 3, None
    return 1, None
