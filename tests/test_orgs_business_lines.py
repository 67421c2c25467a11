"""A house's business run under its own name with a trade word ("X Beauty", "X Hotels & Resorts") is an organisation
of its own, of the house's kind."""

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
        ("en", "Hermès Beauty and Moncler Kids both grew faster than the core houses last year.",
         {"Hermès Beauty": "brand", "Moncler Kids": "brand"}, {"Hermès", "Moncler"}),
        ("en", "The developer signed with Bulgari Resorts for a tower in Abu Dhabi.",
         {"Bulgari Resorts": "brand"}, {"Bulgari"}),
        ("fr", "Chanel Beauté ouvre un comptoir à Lyon, tandis que Missoni Home s'installe rue du Bac.",
         {"Chanel Beauté": "brand", "Missoni Home": "brand"}, {"Chanel", "Missoni"}),
        ("fr", "La licence a été reprise par le groupe Kering Beauté au printemps.",
         {"Kering Beauté": "group"}, {"Kering"}),
        ("it", "Loro Piana Home apre a Como e Bottega Veneta Casa arriva a Dubai.",
         {"Loro Piana Home": "brand", "Bottega Veneta Casa": "brand"}, {"Loro Piana", "Bottega Veneta"}),
        ("it", "A Roma ha aperto Fendi Caffè, accanto alla boutique di Fendi.",
         {"Fendi Caffè": "brand", "Fendi": "brand"}, set()),
    ],
)
def test_a_house_name_with_a_business_word_is_that_business(
        lang: str, text: str, expected: dict[str, str], absent: set[str]) -> None:
    found = orgs(text, lang)
    assert {k: found.get(k) for k in expected} == expected
    assert not absent & set(found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Hermès Homeware sales rose by a tenth in the quarter.", "Hermès"),
        ("fr", "Chanel. Beauté et soins progressent.", "Chanel"),
        ("it", "Per Prada casa e famiglia contano più del prodotto.", "Prada"),
    ],
)
def test_a_business_word_not_written_right_after_the_name_stays_out(lang: str, text: str, name: str) -> None:
    assert name in orgs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        ("en", "Residences will be run by Mandarin Oriental Hotels & Resorts, a unit of Tessaline Enterprises.",
         {"Mandarin Oriental Hotels & Resorts": "brand", "Tessaline Enterprises": "group"}, {"Mandarin Oriental"}),
        ("fr", "La conciergerie revient à Four Seasons Hotels & Resorts, filiale de Tessaline Enterprises.",
         {"Tessaline Enterprises": "group"}, {"Tessaline"}),
        ("it", "Il progetto è di Tessaline Enterprises e di Bulgari Hotels & Resorts.",
         {"Tessaline Enterprises": "group", "Bulgari Hotels & Resorts": "brand"}, {"Bulgari"}),
    ],
)
def test_a_chain_and_a_company_keep_their_trade_words(
        lang: str, text: str, expected: dict[str, str], absent: set[str]) -> None:
    found = orgs(text, lang)
    assert {k: found.get(k) for k in expected} == expected
    assert not absent & set(found)


@pytest.mark.parametrize(
    ("lang", "text", "publication", "name"),
    [
        ("en", "By Ann Roe\nThe Weekly Loom\nSales rose.\n© The Weekly Loom 2026", "The Weekly Loom 2026",
         "The Weekly Loom"),
        ("fr", "Par Luc Roy\nGazette des Ateliers\nLes ventes montent.\n© Gazette des Ateliers 2025",
         "Gazette des Ateliers 2025", "Gazette des Ateliers"),
        ("it", "Di Anna Riva\nCronaca dei Tessuti\nLe vendite crescono.\n© Cronaca dei Tessuti 2024",
         "Cronaca dei Tessuti 2024", "Cronaca dei Tessuti"),
    ],
)
def test_a_publication_is_named_without_the_year_after_it(lang: str, text: str, publication: str, name: str) -> None:
    article = Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash",
                      publication=publication, byline=text.split("\n")[0])
    names = {e.name for e in extract_orgs(article)[0]}
    assert name in names
    assert publication not in names


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        ("en", "Most of the small workshops now belong to Richemont Manufactures, which has been buying suppliers "
               "for a decade.", {"Richemont Manufactures"}, {"Richemont"}),
        ("fr", "Selon l'édition de Vogue Japan parue ce mois-ci, les ventes de montres progressent nettement dans "
               "le pays.", {"Vogue Japan"}, {"Vogue"}),
        ("it", "Secondo Vogue Italia, la pubblicità nel lusso è cresciuta del sei per cento nel primo semestre "
               "dell'anno.", {"Vogue Italia"}, {"Vogue"}),
        # a title or a person's name after the company is no unit of it
        ("en", "The figures were confirmed by Kering Chief Executive Anna Rossi during a call with analysts on "
               "Tuesday morning.", {"Kering"}, {"Kering Chief Executive Anna Rossi"}),
        ("it", "Il presidente di Richemont Giovanni Verdi ha detto che il gruppo non venderà le sue maison nonostante "
               "il rallentamento.", {"Richemont"}, {"Richemont Giovanni Verdi"}),
        ("fr", "Kering Rachète Une Part De Valentino\nLe groupe a confirmé l'opération lundi.", {"Kering"},
         {"Kering Rachète Une"}),
    ],
)
def test_a_company_name_run_on_by_capitalised_words_names_its_unit(
        lang: str, text: str, expected: set[str], absent: set[str]) -> None:
    found = set(orgs(text, lang))
    assert expected <= found
    assert not absent & found
