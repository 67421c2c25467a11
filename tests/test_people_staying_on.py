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
