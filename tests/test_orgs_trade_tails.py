"""A company named with a trade word at its end: "X Duty Free", "X Hotels & Residences", "X Store".

The trade word is part of the name, the name before it is its short form (one organisation), and the trade says the
kind: a duty-free operator or a hotel company is a company, a chain of stores a house's.
"""

from __future__ import annotations

import pytest

from luxcli.extract import extract_all
from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article
from luxcli.text import split_sentences


def article(text: str, lang: str) -> Article:
    return Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash")


def orgs(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_orgs(article(text, lang))[0]}


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind", "short"),
    [
        ("en", "Velmara Duty Free opened two stores in Macau. Velmara reported sales up 12%.", "Velmara Duty Free",
         "group", "Velmara"),
        ("fr", "L'opérateur Velmara Duty Free ouvre à Nice. Selon Velmara, le trafic a doublé.", "Velmara Duty Free",
         "group", "Velmara"),
        ("it", "Velmara Duty Free ha aperto a Fiumicino. Velmara punta ora sull'Asia.", "Velmara Duty Free", "group",
         "Velmara"),
        ("it", "Il traffico a Fiumicino è raddoppiato. L'operatore Velmara Duty Free ha aperto due negozi.",
         "Velmara Duty Free", "group", "Velmara"),
        ("en", "For years Corvello Hotels & Residences sold only nights. Now Corvello sells candles.",
         "Corvello Hotels & Residences", "group", "Corvello"),
        ("fr", "Corvello Hotels & Resorts inaugure un spa à Rome ; Corvello vise dix adresses.",
         "Corvello Hotels & Resorts", "group", "Corvello"),
        ("it", "Corvello Hotels & Residences apre a Venezia e Corvello assume 80 persone.",
         "Corvello Hotels & Residences", "group", "Corvello"),
        # a chain of stores, its name used without the trade word too
        ("it", "Brunate Store apre il decimo negozio a Bari. La famiglia Brunate possiede il 100%.", "Brunate Store",
         "brand", "Brunate"),
        ("en", "Brunate Store opened its tenth shop, said Ada Brunate.", "Brunate Store", "brand", "Brunate"),
        ("fr", "L'enseigne Brunate Store ouvre à Lille, annonce Ada Brunate.", "Brunate Store", "brand", "Brunate"),
    ],
)
def test_a_trade_word_ends_the_name(lang: str, text: str, name: str, kind: str, short: str) -> None:
    found = orgs(text, lang)
    assert found.get(name) == kind, found
    assert short not in found


@pytest.mark.parametrize(
    ("lang", "text", "not_name"),
    [
        # a common noun written with capitals, never used as a name on its own, is no chain
        ("en", "The company will roll out its Flagship Store concept in Asia.", "Flagship Store"),
        ("fr", "La marque déploie son concept Flagship Store en Asie.", "Flagship Store"),
        ("it", "Il marchio porta in Asia il suo concept Flagship Store.", "Flagship Store"),
        # a known brand's store is the brand's, not another organisation
        ("en", "The Gucci Store on Bond Street reopened. Gucci said traffic rose.", "Gucci Store"),
    ],
)
def test_a_store_is_no_chain_without_a_name(lang: str, text: str, not_name: str) -> None:
    assert not_name not in orgs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a house's trade word after the name ("X Atelier", "X Sartoria"): a house, its name never used alone
        ("en", "Small makers such as the young Quermont Atelier share a stand in Geneva.", "Quermont Atelier"),
        ("fr", "Des maisons comme la jeune Quermont Atelier partagent un stand à Genève.", "Quermont Atelier"),
        ("it", "Piccole maison come la giovane Quermont Atelier condividono uno stand a Ginevra.", "Quermont Atelier"),
    ],
)
def test_a_house_word_ends_the_name(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # after a craftsman's noun the name is still the house, not a person called "Quermont Sartoria"
        ("en", "The group competes with the Neapolitan tailor Quermont Sartoria, which sold a stake.",
         "Quermont Sartoria"),
        ("it", "Il gruppo compete con il sarto napoletano Quermont Sartoria, che ha ceduto una quota.",
         "Quermont Sartoria"),
        ("fr", "Le groupe concurrence le tailleur napolitain Quermont Sartoria, qui a cédé une part.",
         "Quermont Sartoria"),
    ],
)
def test_a_house_word_after_a_craftsmans_noun_is_no_person(lang: str, text: str, name: str) -> None:
    facts = extract_all(article(text, lang))
    assert {e.name: e.kind for e in facts.entities}.get(name) == "brand", facts
