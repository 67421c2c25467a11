"""Which names are people: coordinated names, names sharing a surname, the replaced, a described founder, bylines
among other furniture; and capitalised pairs that are a firm or a place, never a person."""

from __future__ import annotations

import pytest

from luxcli import lexicon
from luxcli.extract.orgs import find_mentions
from luxcli.extract.people import extract_people
from luxcli.extract.people_lexicon import people_lexicon
from luxcli.extract.people_names import org_shaped
from luxcli.ingest import byline_author, copyright_holder, drop_furniture
from luxcli.model import Article
from luxcli.text import split_sentences


def names_of(text: str, lang: str) -> set[str]:
    article = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                      sentences=tuple(split_sentences(text, lexicon.words(lang, "abbreviations"))),
                      content_hash="x")
    return {p.name for p in extract_people(article, find_mentions(article))}


# (language, text, people that must be found)
FOUND = [
    # given names sharing one surname, a plural kin noun before or after them
    ("en", "The atelier was set up in 2019 by the sisters Mirela and Dana Korvik, who still cut every pattern.",
     {"Mirela Korvik", "Dana Korvik"}),
    ("en", "Osric and Bede Hallam, twin brothers from Leeds, now sell their boots in Tokyo.",
     {"Osric Hallam", "Bede Hallam"}),
    ("fr", "La marque, lancée par les frères Gaspard et Aymon Trivaux, ouvre une boutique à Lille.",
     {"Gaspard Trivaux", "Aymon Trivaux"}),
    ("fr", "Ysolde et Maël Quenard, frère et sœur, dirigent l'atelier depuis 2020.",
     {"Ysolde Quenard", "Maël Quenard"}),
    ("it", "Il laboratorio è stato aperto nel 1987 dai fratelli Ciriaco e Rinaldo Bertazzi a Fermo.",
     {"Ciriaco Bertazzi", "Rinaldo Bertazzi"}),
    ("it", "Ornella e Tecla Varrone, sorelle, guidano la sartoria dal 2015.", {"Ornella Varrone", "Tecla Varrone"}),
    # a son, daughter, brother or sister named by a given name alone carries the surname named before
    ("en", "The house is run by Mara Quillon and her daughter Ines, who joined in 2019.",
     {"Mara Quillon", "Ines Quillon"}),
    ("fr", "Lancée à Lyon en 2018 par Ambre Tessaud et son frère Joris, la plateforme compte 40 000 membres.",
     {"Ambre Tessaud", "Joris Tessaud"}),
    ("it", "La cantina è guidata da Renata Folchi e dal figlio Tito, enologo.", {"Renata Folchi", "Tito Folchi"}),
    # a name joined to a person's name is a person's
    ("en", "Ilse Vandam, chief executive of Gucci, opened the store. On Monday Ilse Vandam and Petra Olwen toured the "
     "Florence workshop.", {"Ilse Vandam", "Petra Olwen"}),
    ("fr", "Selon Aurèle Ponsard, directeur général d'Hermès, la maison recrute. Aurèle Ponsard et Clémence Vidrac "
     "ont visité l'atelier de Pantin.", {"Aurèle Ponsard", "Clémence Vidrac"}),
    ("it", "Ludovica Sarpi, amministratrice delegata di Prada, ha incontrato i fornitori. Ludovica Sarpi e Ottone "
     "Clerici hanno visitato lo stabilimento.", {"Ludovica Sarpi", "Ottone Clerici"}),
    # the person a newcomer replaces
    ("en", "Formerly of Dior, she will replace Hugo Barant, who retires in June.", {"Hugo Barant"}),
    ("fr", "Ancienne directrice commerciale de Chanel, elle remplacera Odile Fresnay, qui part à la retraite.",
     {"Odile Fresnay"}),
    ("it", "Già direttrice commerciale di Fendi, sostituirà Guido Marzotti, che lascia l'azienda.", {"Guido Marzotti"}),
    # a founder described by several words after the agent word
    ("en", "Moynat was founded in 2023 by collector and former banker Ivo Strandberg.", {"Ivo Strandberg"}),
    ("it", "Moynat è stata fondata nel 2023 dal collezionista ed ex banchiere Ivo Strandberg.", {"Ivo Strandberg"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_people_found(lang: str, text: str, expected: set[str]) -> None:
    assert expected <= names_of(text, lang)


# (language, text, names that are no person)
NOT_PEOPLE = [
    ("en", "Kelvar Mills said demand for undyed yarn was strong.", {"Kelvar Mills"}),
    ("en", "Demand is strong, said Aurin Yachts, which builds motor yachts in Genoa.", {"Aurin Yachts"}),
    ("fr", "« La demande reste forte », a déclaré Norvane Luxe, le distributeur de Dubaï.", {"Norvane Luxe"}),
    ("it", "Secondo Orvieta Yachts, la domanda del Golfo è in crescita.", {"Orvieta Yachts"}),
    # no kin noun: a word before "and" keeps its own name
    ("en", "Marevo and Lucia Penn opened a store in Leeds, Lucia Penn said.", {"Marevo Penn"}),
    # a husband or wife may carry another surname: no name is made up for them
    ("en", "Mara Quillon and her husband Evander run the workshop.", {"Evander Quillon"}),
]


@pytest.mark.parametrize(("lang", "text", "not_people"), NOT_PEOPLE)
def test_not_people(lang: str, text: str, not_people: set[str]) -> None:
    assert not (not_people & names_of(text, lang))


@pytest.mark.parametrize(("lang", "words", "shaped"), [
    ("en", ["Kelso", "Mills"], True),
    ("en", ["Anna", "Rossi"], False),
    ("en", ["Anna", "West"], False),  # a compass point is a surname too
    ("en", ["New", "Delhi"], True),
    ("fr", ["Moyen", "Orient"], True),
    ("fr", ["Sri", "Lanka"], True),
    ("it", ["Nuova", "Delhi"], True),
    ("it", ["Medio", "Oriente"], True),
    ("it", ["Fioralba", "Sartoria"], True),
    ("it", ["Corrado", "Nord"], False),
])
def test_org_or_place_shaped(lang: str, words: list[str], shaped: bool) -> None:
    assert org_shaped(words, people_lexicon(lang)) is shaped


@pytest.mark.parametrize(("line", "author"), [
    ("Publié le 4 mai 2026 par Jeanne Morlaix", "par Jeanne Morlaix"),
    ("12 June 2026 | By Tobin Wrexley | 5 min read", "By Tobin Wrexley"),
    ("Intervista di Serena Pallotti | 3 marzo 2026 | 4 min di lettura", "Intervista di Serena Pallotti"),
    ("7 aprile 2026 — di Serena Pallotti", "di Serena Pallotti"),
    ("Mis à jour le 3 mars 2026 | 4 min de lecture", None),
    ("12 June 2026 | by appointment only", None),
])
def test_byline_among_furniture(line: str, author: str | None) -> None:
    found = byline_author(line)
    assert (found.text if found else None) == author


@pytest.mark.parametrize(("line", "holder"), [
    ("© Riproduzione riservata", None),
    ("© Tous droits réservés", None),
    ("© 2026 Foglio del Lusso", "Foglio del Lusso"),
])
def test_copyright_holder_is_no_rights_notice(line: str, holder: str | None) -> None:
    m = copyright_holder(line)
    assert (m.group("name") if m else None) == holder


@pytest.mark.parametrize(("lines", "publication"), [
    (["Foto: Anna Neri per Orlaine", "", "La maison ha aperto un negozio a Roma.", "",
      "Ricevi la newsletter di Gazzetta Velluto"], "Gazzetta Velluto"),
    (["Photo: Anna Neri for Orlaine", "", "The house opened a store in Rome.", "",
      "Sign up for Velvet Ledger's daily briefing"], "Velvet Ledger"),
    (["Photo : Anna Neri pour Orlaine", "", "La maison a ouvert une boutique à Rome.", "",
      "Inscrivez-vous à la newsletter de Velours Hebdo"], "Velours Hebdo"),
    (["Foto: Anna Neri per Orlaine", "", "La maison ha aperto un negozio a Roma."], "Orlaine"),  # no better hint
])
def test_newsletter_names_the_publication_before_a_photo_credit(lines: list[str], publication: str) -> None:
    assert drop_furniture(lines)[1].publication == publication
