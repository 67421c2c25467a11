"""Advisers named by their verb: "who now advises family companies at the consultancy B" makes a consultant at B,
the firm the clause introduces, not at the employer of the apposition before it. Invented sentences in en, fr and
it."""

from __future__ import annotations

import pytest
from test_people_family_houses import pairs_of

ADVISES_AT = [
    ("en", "Quellmar Group opened a club in Monaco. Lia Morten, a former retail director at Chanel who now advises "
           "family companies at the consultancy Brisco Partners, called it a smart move.", "Lia Morten"),
    ("en", "Quellmar Group opened a club in Monaco. Lia Morten, once head of sales at Chanel, now advises hotel "
           "owners through her firm Brisco Partners and called it a smart move.", "Lia Morten"),
    ("fr", "Quellmar Group a ouvert un club à Monaco. Lise Aubron, ancienne directrice retail de Chanel qui conseille "
           "aujourd'hui les entreprises familiales au sein du cabinet Brisco Partners, salue l'initiative.",
     "Lise Aubron"),
    ("it", "Quellmar Group ha aperto un club a Monaco. Lisa Aubri, ex direttrice retail di Chanel che oggi consiglia "
           "le aziende di famiglia presso Brisco Partners, approva la scelta.", "Lisa Aubri"),
]


@pytest.mark.parametrize("lang,text,person", ADVISES_AT)
def test_adviser_at_the_firm_the_clause_introduces(lang: str, text: str, person: str) -> None:
    pairs = pairs_of(text, lang)
    assert (person, "Brisco Partners") in pairs
    assert (person, "Quellmar Group") not in pairs


# advising a company is no position there: the firm must be introduced as the adviser's own
ADVISES_A_CLIENT = [
    ("en", "Lia Morten advises Chanel on its stores and praised the plan."),
    ("fr", "Lise Aubron conseille Chanel sur ses boutiques et salue le projet."),
    ("it", "Lisa Aubri consiglia Chanel sui negozi e approva il progetto."),
]


@pytest.mark.parametrize("lang,text", ADVISES_A_CLIENT)
def test_advising_a_client_is_no_position_there(lang: str, text: str) -> None:
    assert not any(org == "Chanel" for _, org in pairs_of(text, lang))
