"""Schools, academies and foundations named with the trade they serve ("Institut X des métiers d'art"); wine estates
named by their estate word ("Château X", "Cantine X"); wine, champagne and spirits houses known to the lexicon."""

from __future__ import annotations

import pytest

from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article
from luxcli.text import split_sentences


def orgs(text: str, lang: str) -> dict[str, str]:
    article = Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash")
    return {e.name: e.kind for e in extract_orgs(article)[0]}


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        ("en", "The Accademia Vestri dei Mestieri opened in Prato with thirty students.",
         {"Accademia Vestri dei Mestieri": "group"}, {"Mestieri", "Accademia Vestri"}),
        ("fr", "L'Institut Marvaud des métiers d'art accueille sa première promotion en septembre.",
         {"Institut Marvaud des métiers d'art": "group"}, {"Institut Marvaud"}),
        ("fr", "L'École Dauvergne du cuir forme quarante apprentis par an.",
         {"École Dauvergne du cuir": "group"}, {"École Dauvergne"}),
        ("it", "La Scuola Pieri della Seta ha firmato con la Fondazione Brevi dei Mestieri d'Arte.",
         {"Scuola Pieri della Seta": "group", "Fondazione Brevi dei Mestieri d'Arte": "group"}, set()),
        ("it", "Il marchio ha aperto l'Accademia Terzi dei Mestieri. L'Accademia dei Mestieri ospita 40 allievi.",
         {"Accademia Terzi dei Mestieri": "group"}, {"Accademia dei Mestieri", "Mestieri"}),
    ],
)
def test_a_school_is_named_with_the_trade_it_serves(
        lang: str, text: str, expected: dict[str, str], absent: set[str]) -> None:
    found = orgs(text, lang)
    assert {k: found.get(k) for k in expected} == expected
    assert not absent & set(found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Fondazione Vetri has its seat in Milan.", {"Fondazione Vetri"}),
        ("fr", "La Fondation Lamarre a ouvert ses portes.", {"Fondation Lamarre"}),
        ("it", "L'Istituto Serni della moda ha chiuso? No: l'Istituto Serni ha aperto.", {"Istituto Serni della moda"}),
    ],
)
def test_a_school_name_stops_where_its_of_words_stop(lang: str, text: str, expected: set[str]) -> None:
    assert expected <= set(orgs(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The investor bought Château Ravenac and Cantine Varello in the same month.",
         {"Château Ravenac": "brand", "Cantine Varello": "brand"}),
        ("fr", "La famille a cédé Château Bellevaux ; Bollinger et Taittinger restent indépendants.",
         {"Château Bellevaux": "brand", "Bollinger": "brand", "Taittinger": "brand"}),
        ("it", "Quinta Sobral e Marchesi Antinori esportano in Asia, come la Campari Group.",
         {"Quinta Sobral": "brand", "Marchesi Antinori": "brand", "Campari Group": "group"}),
    ],
)
def test_wine_estates_and_drinks_houses(lang: str, text: str, expected: dict[str, str]) -> None:
    found = orgs(text, lang)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        ("en", "The watchmaker is owned by the Hong Kong holding Larch Point, which bought it in 2020.",
         {"Larch Point"}, {"Hong", "Hong Kong"}),
        ("en", "Since March the label has been controlled by the Abu Dhabi investor Quillon Partners.",
         {"Quillon Partners"}, {"Abu", "Abu Dhabi"}),
        ("en", "Aldane, acquired by the New York fund Sorrento Capital, doubled its sales.",
         {"Sorrento Capital"}, {"New", "New York"}),
        ("fr", "La maison, détenue par Arnova Groupe depuis 2018, ouvre à Lyon.", {"Arnova Groupe"}, {"Arnova"}),
        ("it", "Il marchio, controllato da Vela Rossa Holding, apre a Milano.", {"Vela Rossa Holding"}, {"Vela"}),
    ],
)
def test_an_owner_is_named_whole_not_by_the_place_before_it(
        lang: str, text: str, expected: set[str], absent: set[str]) -> None:
    found = set(orgs(text, lang))
    assert expected <= found
    assert not absent & found
