"""A place word standing for the organisation just named ("who was head of retail there", "qui y était directrice",
"vi era responsabile"): the title is at that organisation, not at the article's subject. Invented sentences in en,
fr and it."""

from __future__ import annotations

import pytest
from test_people_title_workplaces import people_roles

THERE = [
    ("en", "Quellmar Group named two directors. Former Chanel executive Lia Morten, who was head of retail there "
           "until 2019, joins as an independent director.", ("Lia Morten", "head")),
    ("en", "Quellmar Group hired Lia Morten from Chanel, where she had been for years. She was chief buyer there "
           "until May.", ("Lia Morten", "other")),
    ("fr", "Quellmar Group nomme deux administrateurs. Ancienne cadre de Chanel, Lise Aubron, qui y était directrice "
           "du retail jusqu'en 2019, rejoint le conseil.", ("Lise Aubron", "director")),
    ("fr", "Quellmar Group a recruté Lise Aubron. Elle a passé dix ans chez Chanel. Elle y était directrice des "
           "achats.", ("Lise Aubron", "director")),
    ("it", "Quellmar Group nomina due consiglieri. Lisa Aubri, ex dirigente di Chanel, vi era responsabile retail fino "
           "al 2019 e ora entra nel consiglio.", ("Lisa Aubri", "head")),
]


@pytest.mark.parametrize("lang,text,held", THERE)
def test_place_word_stands_for_the_organisation_just_named(lang: str, text: str, held: tuple[str, str]) -> None:
    roles = people_roles(text, lang)
    assert (*held, "Chanel") in roles
    assert (*held, None) not in roles
