"""A name in apposition with a kind noun whose phrase ends on "of" and a capitalised place or owner:
"X, la maison di gioielleria di Valenza". The capital after "di"/"de" is the noun's complement, not a name the noun
introduces ("il marchio milanese di arredo Ostria"), so the name before the comma is the organisation. And a plural
trade word heading a name ("Orafi X", "Argentieri X") is part of it, like the singular ones ("Gioielleria X").
"""

from __future__ import annotations

import pytest

from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article
from luxcli.text import split_sentences


def article(text: str, lang: str) -> Article:
    return Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash")


def orgs(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_orgs(article(text, lang))[0]}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "Luca Serra è da un anno amministratore delegato di Morvaine, la maison di gioielleria di Valenza "
               "fondata nel 1950.", "Morvaine"),
        ("fr", "Paul Serre est depuis un an directeur général de Morvaine, la maison de maroquinerie de Lyon fondée "
               "en 1950.", "Morvaine"),
        ("en", "Paul Serle is chief executive of Morvaine, the leather house of Lyon founded in 1950.", "Morvaine"),
        ("it", "Il contratto è stato firmato con Morvaine, il marchio di borse di Firenze.", "Morvaine"),
    ],
)
def test_a_place_after_of_ends_the_apposed_noun(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # the noun introduces the name after it: no apposition to the word before the comma
        ("it", "Alla vigilia della Fiera, il marchio milanese di arredo Ostria presenta un divano.", "Ostria"),
        ("fr", "À la veille du Salon, la maison lyonnaise de maroquinerie Ostria présente un sac.", "Ostria"),
    ],
)
def test_a_noun_that_introduces_the_name_after_it(lang: str, text: str, name: str) -> None:
    found = orgs(text, lang)
    assert found.get(name) == "brand", found
    assert not ({"Fiera", "Salon"} & set(found))


@pytest.mark.parametrize(
    ("lang", "text", "name", "short"),
    [
        ("it", "Orafi Bellanti ha aperto a Milano. Bellanti assume venti artigiani.", "Orafi Bellanti", "Bellanti"),
        ("en", "Argentieri Bellanti opened in Milan. Bellanti is hiring twenty craftsmen.", "Argentieri Bellanti",
         "Bellanti"),
        ("fr", "Pellettieri Bellanti ouvre à Milan. Bellanti recrute vingt artisans.", "Pellettieri Bellanti",
         "Bellanti"),
    ],
)
def test_a_plural_trade_word_heads_the_name(lang: str, text: str, name: str, short: str) -> None:
    found = orgs(text, lang)
    assert found.get(name) == "brand", found
    assert short not in found
