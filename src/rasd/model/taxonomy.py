"""ACLED event types and sub-types, PLOVER types, precision codes."""

from __future__ import annotations

from enum import Enum, IntEnum

ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# A generic takeover trigger; the extractor picks the ACLED sub-type from who takes the ground.
TERRITORY_CHANGE = "territory_change"

SUB_TO_TYPE: dict[str, str] = {sub: typ for typ, subs in ACLED_TYPES.items() for sub in subs}


class Plover(str, Enum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


# PLOVER types that are speech acts: located only where a venue is named.
VERBAL_PLOVER = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "SANCTION"})


class Family(str, Enum):
    VIOLENT = "violent"
    POLITICAL = "political"


class GeoPrecision(IntEnum):
    """ACLED geo_precision."""

    TOWN = 1
    NEAR = 2
    REGION = 3
