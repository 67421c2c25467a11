"""A name followed by a subsidiary's apposition: "X, a subsidiary of Y", "X, filiale de Y", "X, controllata da Y".

The owner after the cue was found before; the name before the comma is an organisation too (a house, where nothing
says otherwise), also after a clause's opening words and a comma ("On the leather side, X, a subsidiary of ...").
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
        ("en", "On the leather side, Ostrelle, a subsidiary of Kering since 2011, sold more bags.", "Ostrelle"),
        ("en", "Quintane-Dutour, owned by the Montacier family since 1962, employs 300 people.", "Quintane-Dutour"),
        ("fr", "Côté champagne, Quintane-Dutour, filiale de Kering depuis 2011, a vendu trois millions de bouteilles.",
         "Quintane-Dutour"),
        ("fr", "Ostrelle, filiale du groupe Montacier, ouvre une boutique à Lyon.", "Ostrelle"),
        ("it", "Ostrelle, controllata dal gruppo Montacier dal 2011, ha venduto più borse.", "Ostrelle"),
        ("it", "Sul fronte della pelle, Quintane-Dutour, di proprietà di Kering, cresce del 6%.", "Quintane-Dutour"),
    ],
)
def test_the_name_before_a_subsidiary_apposition_is_an_organisation(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


@pytest.mark.parametrize(
    ("lang", "text", "name", "not_name"),
    [
        # the short form of a company named in full is a mention of it, not a second house
        ("en", "The frames come from Occhialeria Tessandri SpA. Tessandri, controlled by the family since 1962, "
               "employs 400 people.", "Occhialeria Tessandri", "Tessandri"),
        ("fr", "Les montures viennent d'Occhialeria Tessandri. Tessandri, détenue par la famille depuis 1962, "
               "emploie 400 personnes.", "Occhialeria Tessandri", "Tessandri"),
        ("it", "Le montature arrivano da Occhialeria Tessandri. Tessandri, controllata dalla famiglia dal 1962, "
               "impiega 400 persone.", "Occhialeria Tessandri", "Tessandri"),
    ],
)
def test_a_short_form_before_the_apposition_is_the_company_named_in_full(
        lang: str, text: str, name: str, not_name: str) -> None:
    found = orgs(text, lang)
    assert name in found, found
    assert not_name not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a plain apposition with no subsidiary cue names no organisation by itself
        ("en", "Ostrelle, as usual, was late."),
        ("fr", "Ostrelle, comme toujours, était en retard."),
        ("it", "Ostrelle, come sempre, era in ritardo."),
    ],
)
def test_no_cue_no_organisation(lang: str, text: str) -> None:
    assert "Ostrelle" not in orgs(text, lang)
