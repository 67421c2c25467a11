"""A title taken while staying on ("will stay on as an adviser", "restera conseiller", "resterà come consulente") is
held where the person already works, though an adviser's title names no organisation. Invented sentences in en, fr
and it."""

from __future__ import annotations

import pytest
from test_people_family_houses import pairs_of

# the person's only organisation is the article's subject, named through the succession
AT_THE_HOUSE = [
    ("en", "Chopard named Ilse Brandvik chief executive on Monday. She replaces Odo Varga, who retires after twenty "
           "years at the house. Varga, 66, will stay on as an adviser until June."),
    ("fr", "Chopard a nommé lundi Ilse Brandvik directrice générale. Elle remplace Odo Varga, qui part à la retraite "
           "après vingt ans dans la maison. Varga, 66 ans, restera conseiller jusqu'en juin."),
    ("it", "Chopard ha nominato lunedì Ilse Brandvik amministratore delegato. Sostituisce Odo Varga, che va in "
           "pensione dopo vent'anni nella maison. Varga, 66 anni, resterà come consulente fino a giugno."),
]


@pytest.mark.parametrize("lang,text", AT_THE_HOUSE)
def test_adviser_staying_on_at_the_house(lang: str, text: str) -> None:
    assert ("Odo Varga", "Chopard") in pairs_of(text, lang)


# the person works for another organisation than the article's subject: the title stays there
AT_THE_PERSONS_OWN = [
    ("en", "Chopard opened in Osaka. Chopard also hired staff. Odo Varga, chief executive of Boucheron, will hand "
           "over in June. Varga will remain as an adviser.", "Boucheron"),
    ("fr", "Chopard a ouvert à Osaka. Chopard a aussi recruté. Odo Varga, directeur général de Boucheron, passera la "
           "main en juin. Varga restera conseiller.", "Boucheron"),
    ("it", "Chopard ha aperto a Osaka. Chopard ha anche assunto. Odo Varga, amministratore delegato di Boucheron, "
           "lascerà a giugno. Varga rimarrà come consulente.", "Boucheron"),
]


@pytest.mark.parametrize("lang,text,org", AT_THE_PERSONS_OWN)
def test_adviser_staying_on_where_the_person_works(lang: str, text: str, org: str) -> None:
    pairs = pairs_of(text, lang)
    assert ("Odo Varga", org) in pairs
    assert ("Odo Varga", "Chopard") not in pairs


# "X, who joined from A in 2023, stays on as CFO": the organisation joined *from* is the one left; the title after the
# staying verb is held where X works now.
JOINED_FROM = [
    ("en", "Orvelle keeps its finance chief\n\nThe watchmaker Orvelle makes three calibres in Geneva. Tom Weber, who "
           "joined from Swatch Group in 2023, stays on as chief financial officer. Orvelle employs 640 people."),
    ("fr", "Orvelle garde son directeur financier\n\nL'horloger Orvelle fabrique trois calibres à Genève. Tom Weber, "
           "arrivé de Swatch Group en 2023, reste directeur financier. Orvelle emploie 640 personnes."),
    ("it", "Orvelle conferma il direttore finanziario\n\nLa maison Orvelle produce tre calibri a Ginevra. Tom "
           "Weber, arrivato da Swatch Group nel 2023, resta direttore finanziario. Orvelle impiega 640 persone."),
]


@pytest.mark.parametrize("lang,text", JOINED_FROM)
def test_a_title_after_joining_from_an_employer_is_held_at_the_new_one(lang: str, text: str) -> None:
    from luxcli import lexicon
    from luxcli.extract.orgs import extract_orgs
    from luxcli.extract.people import extract_people
    from luxcli.model import Article
    from luxcli.text import split_sentences

    article = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                      sentences=tuple(split_sentences(text, lexicon.words(lang, "abbreviations"))), content_hash="x")
    person = next(p for p in extract_people(article, extract_orgs(article)[1]) if p.name == "Tom Weber")
    roles = {(r.org, r.current) for r in person.roles}
    assert ("Orvelle", True) in roles and ("Swatch Group", True) not in roles, roles
