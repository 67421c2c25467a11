"""Company words that end a company's name ("X Trading", "X Finance", "X Distribution", "X Brands"), and a bare list
after a kind noun whose words in between are lower-case (places listed after an adjective are no houses)."""

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
        ("fr", "Nous ouvrons à Séoul avec notre partenaire local, Dorvik Trading.", "Dorvik Trading"),
        ("en", "The deal was advised by Lazard and by Pellory Finance for the sellers.", "Pellory Finance"),
        ("it", "La start-up è controllata da Marvello Distribution dal 2022.", "Marvello Distribution"),
        ("en", "In India the label is sold through Tessaly Brands, its franchise partner.", "Tessaly Brands"),
        ("it", "In Corea il marchio è distribuito da Dorvik Trading.", "Dorvik Trading"),
        ("fr", "L'opération a été conseillée par Pellory Finance côté vendeurs.", "Pellory Finance"),
    ],
)
def test_a_company_word_ends_the_name(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "group"


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("it", "Il marchio conta oltre 90 punti vendita multimarca tra Europa, Stati Uniti e Giappone.",
         {"Stati Uniti", "Giappone"}),
        ("fr", "La marque compte 90 boutiques multimarques en Europe, Asie et Amérique.", {"Asie", "Amérique"}),
        ("en", "The brand has 90 multi-brand stores in Europe, Japan and Korea.", {"Japan", "Korea"}),
    ],
)
def test_places_after_a_kind_adjective_are_no_houses(lang: str, text: str, places: set[str]) -> None:
    assert not places & set(orgs(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # a bare list after a plural kind noun and lower-case words still names houses
        ("en", "The group owns two brands of its own, Quelmont and Arvisse.", {"Quelmont", "Arvisse"}),
        ("fr", "Le groupe possède deux marques en propre : Quelmont et Arvisse.", {"Quelmont", "Arvisse"}),
        ("it", "Il gruppo possiede due marchi di proprietà, Quelmont e Arvisse.", {"Quelmont", "Arvisse"}),
    ],
)
def test_a_bare_list_after_a_kind_noun(lang: str, text: str, names: set[str]) -> None:
    assert names <= set(orgs(text, lang))
