"""Organisations: the name an organisation goes by (a lower-case group word joins a lone family name in
French, not in Italian or English; a capitalised trade noun heads the name, "Hôtel des Ventes" too; later short
mentions are the full name), the kinds of trade nouns (tanneries, labs, showrooms, opticians are companies; pastry
houses are brands), well-known auction houses and suppliers, and a publication named by its site, not
by the legal name in its copyright line. Names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.extract import extract_all
from luxcli.extract.orgs import extract_orgs
from luxcli.ingest import read_article
from luxcli.model import Article
from luxcli.text import split_sentences


def article(text: str, lang: str) -> Article:
    return Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash")


def kinds(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_orgs(article(text, lang))[0]}


# The annotated press across the gold sets: "le groupe X", "il gruppo X" and "the group X" name "X" when no member of
# the family X is named (tests/test_orgs_family_groups.py). A capitalised "Gruppo X" keeps its word in every language.
@pytest.mark.parametrize(
    ("lang", "text", "name", "not_name"),
    [
        ("fr", "La griffe Mirelle appartient au groupe Varonne depuis 2015.", "Varonne", "Groupe Varonne"),
        ("fr", "Fondé en 1950, le groupe Caudrelle contrôle trois maisons.", "Caudrelle", "Groupe Caudrelle"),
        ("fr", "Le bénéfice du groupe Sarlevin a doublé l'an dernier.", "Sarlevin", "Groupe Sarlevin"),
        ("it", "Il marchio Mirelle è controllato dal gruppo Varonne dal 2015.", "Varonne", "Gruppo Varonne"),
        ("it", "Il gruppo Caudrelle, fondato nel 1950, controlla tre marchi.", "Caudrelle", "Gruppo Caudrelle"),
        ("it", "L'utile del gruppo Sarlevin è raddoppiato nel 2025.", "Sarlevin", "Gruppo Sarlevin"),
        ("en", "The label Mirelle belongs to the group Varonne, which also owns two hotels.", "Varonne",
         "Group Varonne"),
        ("it", "Il Gruppo Ternavo ha chiuso l'anno in crescita.", "Gruppo Ternavo", "Ternavo"),
        ("en", "Gruppo Ternavo closed the year with higher sales.", "Gruppo Ternavo", "Ternavo"),
    ],
)
def test_a_lower_case_group_word_and_the_name(lang: str, text: str, name: str, not_name: str) -> None:
    found = kinds(text, lang)
    assert found.get(name) == "group", found
    assert not_name not in found


# A role's organisation is the same name: "direttore generale del gruppo X" works at "X" in Italian.
@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("it", "Il gruppo Varonne cresce. «Puntiamo sull'Asia», dice Paolo Serra, direttore generale del gruppo "
               "Varonne.", "Varonne"),
        ("fr", "Le groupe Varonne grandit. « Nous visons l'Asie », explique Paul Serre, directeur général du groupe "
               "Varonne.", "Varonne"),
        ("en", "Varonne Group grew. \"We are aiming at Asia,\" said Paul Serle, chief executive of Varonne Group.",
         "Varonne Group"),
    ],
)
def test_a_role_names_the_organisation_as_the_orgs_do(lang: str, text: str, org: str) -> None:
    facts = extract_all(article(text, lang))
    orgs = {r.org for p in facts.people for r in p.roles}
    assert org in orgs, orgs


# A capitalised trade noun before a name heads the name; the kind follows the trade: tanneries, labs, showrooms,
# opticians and auction rooms named "Hôtel des Ventes" are companies, pastry houses are brands.
@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("it", "La pelle arriva dalla Conceria Valbruna di Santa Croce.", "Conceria Valbruna", "group"),
        ("fr", "Les peaux viennent de la Conceria Albarelli, en Toscane.", "Conceria Albarelli", "group"),
        ("en", "Hides come from Conceria Lodrini, near Pisa, under a five-year contract.", "Conceria Lodrini", "group"),
        ("fr", "Le flacon est formulé par Labo Ormine à Grasse.", "Labo Ormine", "group"),
        ("en", "The serum was developed with Labo Pervenche in Lyon.", "Labo Pervenche", "group"),
        ("it", "La formula è di Labo Ninfea, a Lione.", "Labo Ninfea", "group"),
        ("it", "Lo Showroom Quattro Venti di Milano distribuisce il marchio in Europa.", "Showroom Quattro Venti",
         "group"),
        ("en", "In Milan, Showroom Dieci Porte handles sales for the label.", "Showroom Dieci Porte", "group"),
        ("fr", "À Milan, le Showroom Ventaglio gère les ventes de la marque.", "Showroom Ventaglio", "group"),
        ("fr", "La vente a été organisée par l'Hôtel des Ventes Dorvanne, à Genève.", "Hôtel des Ventes Dorvanne",
         "group"),
        ("en", "Hôtel des Ventes Lavoisier sold 200 lots in Geneva.", "Hôtel des Ventes Lavoisier", "group"),
        ("it", "L'Hôtel des Ventes Morvel di Ginevra ha battuto 150 lotti.", "Hôtel des Ventes Morvel", "group"),
        ("en", "The frames are sold by Ottica Lanzi in Rome.", "Ottica Lanzi", "group"),
        ("it", "La Manifattura Serlone produce le suole per tre maison.", "Manifattura Serlone", "group"),
        ("it", "La Pasticceria Bonvesin apre un secondo locale a Milano.", "Pasticceria Bonvesin", "brand"),
        ("fr", "La Pâtisserie Aubriot ouvre une boutique à Tokyo.", "Pâtisserie Aubriot", "brand"),
    ],
)
def test_a_capitalised_trade_noun_heads_the_name(lang: str, text: str, name: str, kind: str) -> None:
    found = kinds(text, lang)
    assert found.get(name) == kind, found
    assert name.split()[-1] not in found


# A later mention by the bare name is the organisation named in full.
@pytest.mark.parametrize(
    ("lang", "text", "full", "short"),
    [
        ("fr", "La vente a été organisée par l'Hôtel des Ventes Dorvanne. Dorvanne a vendu 300 lots.",
         "Hôtel des Ventes Dorvanne", "Dorvanne"),
        ("it", "La pelle arriva dalla Conceria Valbruna. Oggi Valbruna impiega 80 persone.", "Conceria Valbruna",
         "Valbruna"),
        ("en", "Formulas come from Labo Ormine. Ormine employs 40 chemists.", "Labo Ormine", "Ormine"),
    ],
)
def test_a_short_mention_is_the_full_name(lang: str, text: str, full: str, short: str) -> None:
    entities, mentions = extract_orgs(article(text, lang))
    assert short not in {e.name for e in entities}
    assert {m.entry.name for m in mentions if m.surface == short} == {full}


# A short name after a house noun is the company named in full by its trade words, not a label of its own; after a
# brand noun it stays the company's label.
@pytest.mark.parametrize(
    ("lang", "text", "full", "label"),
    [
        ("fr", "Les peaux viennent de la Conceria Albarelli. La maison Albarelli, fondée en 1890, emploie 60 "
               "personnes.", "Conceria Albarelli", None),
        ("en", "Bids went to Hôtel des Ventes Lavoisier. The Geneva house Lavoisier, a subsidiary of a Swiss group, is "
               "hiring.", "Hôtel des Ventes Lavoisier", None),
        ("it", "I lotti sono andati alla Hôtel des Ventes Morvel. La casa ginevrina Morvel, controllata da un gruppo "
               "svizzero, assume.", "Hôtel des Ventes Morvel", None),
        ("en", "Hides come from Conceria Lodrini. The label Lodrini sells belts.", "Conceria Lodrini", "Lodrini"),
        ("it", "La pelle arriva dal Calzaturificio Rovena. Il marchio Rovena cresce.", "Calzaturificio Rovena",
         "Rovena"),
    ],
)
def test_a_house_noun_names_the_company(lang: str, text: str, full: str, label: str | None) -> None:
    found = kinds(text, lang)
    assert found.get(full) == "group", found
    assert set(found) == {full} | ({label} if label else set()), found


# The trade's suppliers are companies; their consumer labels are brands. Auction houses are listed like the ones
# already known (brands: the gold sets are split on them).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Antiquorum and Tajan held watch sales in Geneva.", {"Antiquorum": "brand", "Tajan": "brand"}),
        ("fr", "Drouot et Antiquorum dominent les ventes de montres.", {"Drouot": "brand", "Antiquorum": "brand"}),
        ("it", "Heritage Auctions e Antiquorum hanno battuto i record a Ginevra.",
         {"Heritage Auctions": "brand", "Antiquorum": "brand"}),
        ("en", "The jars are made by Intercos and the glass by Verallia.", {"Intercos": "group", "Verallia": "group"}),
        ("fr", "Intercos et Cosmogen fabriquent les formules et les pots.", {"Intercos": "group", "Cosmogen": "group"}),
        ("it", "I flaconi sono di Verallia, le spirali di Nivarox-FAR.", {"Verallia": "group", "Nivarox-FAR": "group"}),
        ("en", "Kering Beauté bought Creed; Dior Beauté answered.",
         {"Kering Beauté": "group", "Creed": "brand", "Dior Beauté": "brand"}),
        ("fr", "La marque vend sur Naver Shopping Live et Kakao Shopping Live.",
         {"Naver Shopping Live": "platform", "Kakao Shopping Live": "platform"}),
        ("it", "Il marchio vende su Coupang Live e Collector Square.",
         {"Coupang Live": "platform", "Collector Square": "platform"}),
    ],
)
def test_suppliers_are_companies_and_auction_houses_are_known(lang: str, text: str, expected: dict[str, str]) -> None:
    found = kinds(text, lang)
    assert {n: found.get(n) for n in expected} == expected


# A publication is named as its site calls itself, not by the legal name of its copyright line.
@pytest.mark.parametrize(
    ("site", "holder", "expected"),
    [
        ("The Velvet Ledger", "The Velvet Ledger Media Ltd", "The Velvet Ledger"),
        ("Il Filo d'Oro", "Il Filo d'Oro Editore Srl", "Il Filo d'Oro"),
        ("Lettre du Cuir", "Lettre du Cuir", "Lettre du Cuir"),
        ("Moda Brief", "Arnavo Publishing SA", "Arnavo Publishing SA"),  # another company's name stays
    ],
)
def test_the_publication_is_the_site_name(tmp_path: Path, site: str, holder: str, expected: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><meta property="og:site_name" content="{site}"><title>A house grows | {site}</title></head>'
        "<body><article><h1>A house grows</h1><p class=\"byline\">By Jane Roe, Retail Editor</p>"
        "<p>The house Orvandre opened a store in Milan on 3 March 2026, its third in Italy.</p></article>"
        f"<footer><p>&copy; 2026 {holder}. All rights reserved.</p></footer></body></html>",
        encoding="utf-8")
    assert read_article(page).publication == expected
