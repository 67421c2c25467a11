"""Figures: what is counted when the lexicon lacks the noun, counts of times, halves, elided ranges,
subsets of a set told before, repeats of one figure, and the translated nouns of French and Italian."""

from __future__ import annotations

import pytest

from luxcli.extract.figures import extract_figures, sentence_figures
from luxcli.extract.numbers import parse_number
from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article
from luxcli.text import split_sentences


def found(lang: str, text: str) -> list[tuple[float, str | None]]:
    return [(round(f.value, 2), f.unit) for f in sentence_figures(text, lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A collective number ("une quarantaine", "una trentina") then a connector: the noun after it is counted.
    ("fr", "Le chantier naval emploie une quarantaine de menuisiers.", [(40, "menuisiers")]),
    ("fr", "La start-up a recruté une vingtaine de développeuses à Nantes.", [(20, "developers")]),
    ("it", "La manifattura impiega una trentina di tecnici specializzati.", [(30, "technicians")]),
    ("it", "Il consorzio riunisce una quindicina di restauratori.", [(15, "restauratori")]),
    # English puts the head last: the plural the lexicon lacks ends the noun group, past adjectives and nouns.
    ("en", "The port will add 300 new mooring berths next year.", [(300, "berths")]),
    ("en", "The studio keeps some 2,000 leather offcuts for repairs.", [(2000, "offcuts")]),
    ("en", "The fund backed 40 regional craft cooperatives.", [(40, "cooperatives")]),
    ("en", "The archive now holds 5,000 movement blueprints.", [(5000, "blueprints")]),
    # ... but the first plural is the head when a verb in -ing follows ("workers making bags").
    ("en", "The brand employs 200 workers making bags.", [(200, "workers")]),
])
def test_counted_noun_the_lexicon_lacks(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A count of times after a verb of viewing or downloading counts views or downloads.
    ("en", "The campaign film was streamed 3 million times in a week.", [(3e6, "views")]),
    ("fr", "La vidéo a été visionnée 800 000 fois en deux jours.", [(8e5, "views"), (2, "days")]),
    ("it", "L'app è stata scaricata oltre 90.000 volte nel primo mese.", [(9e4, "downloads")]),
    # Without such a verb, times stay times.
    ("en", "The share price rose 12 times over the decade.", [(12, "times")]),
    ("fr", "Le titre a été multiplié par 4 fois en dix ans.", [(4, "times"), (10, "years")]),
    ("it", "Le vendite sono cresciute di 5 volte in tre anni.", [(5, "times"), (3, "years")]),
])
def test_counts_of_times_take_the_verbs_noun(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "value"), [
    # A half: after the noun in French and Italian, inside the number in English.
    ("fr", "Le chantier a duré deux ans et demi.", 2.5),
    ("fr", "La restauration a demandé 3 mois et demi.", 3.5),
    ("it", "Il restauro è durato due anni e mezzo.", 2.5),
    ("it", "Il cantiere ha impiegato 3 ore e mezza.", 3.5),
    ("en", "The restoration took two and a half years.", 2.5),
    ("en", "The fitting lasted one and a half hours.", 1.5),
])
def test_halves(lang: str, text: str, value: float) -> None:
    assert [f.value for f in sentence_figures(text, lang)] == [value]


@pytest.mark.parametrize(("text", "value", "value_max"), [
    # An elided article glued to either end of an Italian range.
    ("Il margine salirà tra l'8 e il 9%.", 8, 9),
    ("La crescita sarà tra il 5 e l'11% all'anno.", 5, 11),
    ("Gli investimenti saranno tra l'1 e l'1,5% dei ricavi.", 1, 1.5),
])
def test_ranges_with_elided_articles(text: str, value: float, value_max: float) -> None:
    assert [(f.value, f.value_max, f.unit) for f in sentence_figures(text, "it")] == [(value, value_max, "%")]


@pytest.mark.parametrize(("lang", "text"), [
    # A number in words before "of those" and a noun picks out part of a set told before: no new count.
    ("en", "Three of those boutiques will close in June."),
    ("fr", "Trois de ces boutiques fermeront en juin."),
    ("it", "Tre di queste boutique chiuderanno a giugno."),
])
def test_part_of_a_set_told_before_is_no_count(lang: str, text: str) -> None:
    assert found(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # French and Italian nouns of trade reporting are translated to the English noun.
    ("fr", "L'atelier compte 1 200 ouvrières et 35 coques en construction.", [(1200, "workers"), (35, "hulls")]),
    ("fr", "La coopérative réunit trois cents éleveurs.", [(300, "breeders")]),
    ("fr", "Le salon a accueilli 350 exposants.", [(350, "exhibitors")]),
    ("it", "Il gruppo conta 80 operai e 150 allevatori.", [(80, "workers"), (150, "breeders")]),
    ("it", "La vetreria ha prodotto 600 lampade e 40 vasi.", [(600, "lamps"), (40, "vases")]),
    ("it", "Alla fiera hanno partecipato 350 espositori.", [(350, "exhibitors")]),
    ("en", "The mill runs 12 looms and employs 40 technicians.", [(12, "looms"), (40, "technicians")]),
    # An adjective before a number after the connector is no noun: "prime" is not what "tre" counts.
    ("it", "Tre delle prime cinque maison francesi producono qui.", [(5, "brands")]),
    ("fr", "Deux des premières dix maisons du classement sont italiennes.", [(10, "brands")]),
])
def test_translated_nouns(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A year right after a word of money is the account's year, not a count ("il fatturato 2025 sale a").
    ("en", "Sales 2024 came to €12m at the group.", [(1.2e7, "EUR")]),
    ("fr", "Le chiffre d'affaires 2025 atteint 31 millions d'euros.", [(3.1e7, "EUR")]),
    ("it", "Il fatturato 2025 arriva a 20 milioni di euro.", [(2e7, "EUR")]),
    # An amount in millions compared ("against", "contre", "contro") counts what the millions before it count,
    # not the period between them.
    ("en", "The mill shipped 2.1 million metres over eight months, against 1.7 million a year earlier.",
     [(2.1e6, "metres"), (8, "months"), (1.7e6, "metres")]),
    ("fr", "La marque a vendu 3,2 millions de flacons en neuf mois, contre 2,8 millions un an plus tôt.",
     [(3.2e6, "bottles"), (9, "months"), (2.8e6, "bottles")]),
    ("it", "Il gruppo ha venduto 1,5 milioni di paia in sei mesi, contro 1,2 milioni un anno prima.",
     [(1.5e6, "pairs"), (6, "months"), (1.2e6, "pairs")]),
    # A noun in the singular after "and" is no second unit.
    ("en", "The workshop employs 300 artisans and delivery to clients is free.", [(300, "artisans")]),
    ("fr", "La manufacture compte 300 artisans et livraison offerte.", [(300, "artisans")]),
    ("it", "Il gruppo impiega 900 addetti e consegna in tutta Europa.", [(900, "employees")]),
    # Fractions in words are shares, never what is counted.
    ("en", "Two thirds of sales are made online.", []),
    ("fr", "Les deux tiers des ventes se font en ligne.", []),
    ("it", "Due terzi delle vendite avvengono online.", []),
    # A unit of measure is the head of the group it opens ("75 ml bottles").
    ("en", "The house sells 75 ml bottles.", [(75, "ml")]),
    ("fr", "La maison vend des flacons de 50 ml.", [(50, "ml")]),
    ("it", "Il profumo è venduto in flaconi da 100 ml.", [(100, "ml")]),
    # A place after an articulated preposition is not what a part counts ("di cui 120 nello stabilimento").
    ("it", "L'azienda conta 300 dipendenti, di cui 120 nello stabilimento di Carpi.",
     [(300, "employees"), (120, "employees")]),
    ("fr", "La maison compte 300 salariés, dont 120 dans l'atelier de Lyon.", [(300, "employees"), (120, "employees")]),
    ("en", "The firm has 300 staff, 120 of them in the Leeds mill.", [(300, "employees"), (120, "employees")]),
    # A year after a definite article names editions or seasons, it counts nothing.
    ("en", "The survey compares the 2025 editions of the fair.", []),
    ("fr", "Les 2024 collections ont été un succès.", []),
    ("en", "The 2023 and 2024 seasons were about caution.", []),
    ("it", "Le edizioni 2023 e 2024 sono state prudenti.", []),
    ("en", "The group employs 2000 people.", [(2000, "employees")]),
    # Retail doors and watches under their trade names.
    ("fr", "La maison compte plus de 1 400 portes dans le monde.", [(1400, "doors")]),
    ("it", "L'azienda produce circa 2.000 segnatempo all'anno.", [(2000, "watches")]),
    # "the number of" + modifiers + the noun.
    ("en", "She wants to lift the number of private fitting appointments from 900 to 1,500.",
     [(900, "appointments"), (1500, "appointments")]),
    ("fr", "La maison a porté à 40 le nombre de ses ateliers.", [(40, "workshops")]),
    ("it", "Il gruppo ha portato a 52 il numero dei suoi negozi.", [(52, "stores")]),
])
def test_years_comparisons_fractions_and_measures(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert found(lang, text) == [(round(v, 2), u) for v, u in expected]


def test_and_a_half_is_one_number() -> None:
    assert parse_number("three and a half", "en") == 3.5
    assert parse_number("two and a half million", "en") == 2.5e6
    assert parse_number("one hundred and five", "en") == 105


def _article(text: str, lang: str) -> Article:
    return Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                   sentences=tuple(split_sentences(text)), content_hash="x")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A headline and a standfirst told again in the body: one fact, kept where the body states it.
    ("en", "Castelnoir sells a clock for CHF 2.4 million\n\nThe Castelnoir clock sold for CHF 2.4 million on Monday. "
           "It had been estimated at CHF 900,000. The buyer paid CHF 2.4 million, a record.",
     [(2.4e6, "CHF", 1), (9e5, "CHF", 2)]),
    ("fr", "Par Jeanne Martin\n\nVelbrune : les ventes en ligne pèsent 31 % du total\n\n"
           "Les ventes en ligne pèsent désormais 31 % du total, contre 22 % en 2021.",
     [(31, "%", 2), (22, "%", 2)]),
    # A short line without a full stop is a heading: its numbers in words count nothing.
    ("fr", "Deux marchés, trois canaux\n\nLa maison vend dans 12 pays.", [(12, "countries", 1)]),
    ("it", "Tessitura Baldi chiude con 61,2 milioni di euro\n\nIl gruppo ha chiuso l'anno con ricavi di "
           "61,2 milioni di euro. Il margine è del 12%, mentre l'export vale oltre il 12%.",
     [(6.12e7, "EUR", 1), (12, "%", 2), (12, "%", 2)]),
])
def test_a_figure_told_again_is_one_fact(lang: str, text: str, expected: list[tuple[float, str, int]]) -> None:
    art = _article(text, lang)
    _, mentions = extract_orgs(art)
    got = [(round(f.value, 2), f.unit, f.evidence.sentence) for f in extract_figures(art, mentions)]
    assert got == [(round(v, 2), u, s) for v, u, s in expected]
