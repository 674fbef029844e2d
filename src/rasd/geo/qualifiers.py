"""Words before a place name that set ACLED geo_precision.

«قرب بني وليد», «جنوب طرابلس», «محور عين زارة», «منطقة الداوون» → 2 (near / part of an area);
«مدينة ترهونة», «قاعدة الوطية» → 1 (the named place itself). Forms are normalised (ة→ه, أ→ا).
"""

from __future__ import annotations

NEAR = frozenset(
    """قرب بالقرب مقربه محيط ضواحي تخوم اطراف مشارف اطار جنوب شمال شرق غرب جنوبي شمالي شرقي غربي
    منطقه مناطق محور محاور جبهه ريف اطراف حدود اكناف قرابه اتجاه طريق اقليم""".split()
)
SITE = frozenset(
    """مدينه بلده قريه قاعده مطار ميناء حي مخيم العاصمه عاصمه مركز معبر سجن مستشفى""".split()
)
PROVINCE = frozenset("""محافظه ولايه اقليم بلديه قضاء""".split())


def precision_for(previous_words: list[str], place_type: str) -> tuple[int, str | None]:
    """geo_precision for a place given the (normalised, clitic-free) words just before it."""
    if place_type in ("country", "sea"):
        return 3, None
    if len(previous_words) >= 2 and previous_words[-1] in SITE and previous_words[-2] in NEAR:
        return 2, previous_words[-2]  # «قرب مدينة ترهونة», «جنوب مدينة سرت»
    for word in reversed(previous_words[-3:]):
        if word in NEAR:
            return 2, word
        if word in SITE:
            return 1, word
        if word in PROVINCE:
            return 3, word
    if place_type in ("province", "region"):
        return 3, None
    return 1, None
