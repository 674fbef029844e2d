"""ACLED geo_precision from the words before a place name (and the name's own first word)."""

import pytest

from rasd.geo.qualifiers import precision_for


@pytest.mark.parametrize(
    "previous, place_type, head, expected",
    [
        ([], "town", None, 1),
        (["في", "مدينه"], "town", None, 1),
        (["قرب"], "town", None, 2),
        (["خارج", "عاصمه"], "city", None, 2),
        (["في", "باديه"], "town", None, 2),
        (["على", "مديريه"], "district", None, 2),
        (["في", "قضاء"], "town", None, 2),
        (["في", "محافظه"], "town", None, 3),
        ([], "province", None, 3),
        ([], "country", None, 3),
        ([], "town", ("قضاء",), 2),  # «قضاء القائم» written as one name
        ([], "province", ("ريف",), 3),  # «ريف حماة»: the province
        ([], "region", ("سلسله",), 2),  # «سلسلة جبال حمرين»: an area inside a province
        ([], "region", ("اقليم",), 3),
        ([], "city", ("مدينه",), 1),
    ],
)
def test_precision_for(previous, place_type, head, expected):
    assert precision_for(previous, place_type, head)[0] == expected


def test_readings_of_one_token_stay_together():
    # «قرب بلدة»: «بلدة» is also read «ب» + «لدة»; that reading is not a word before «بلدة»
    assert precision_for([("قرب",), ("بلده", "لده")], "town")[0] == 2
    assert precision_for([("في",), ("بلده", "لده")], "town")[0] == 1
