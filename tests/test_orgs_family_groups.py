"""A group named with a lower-case group word and a family name: "le groupe X", "il gruppo X".

Across the annotated press the group word is part of the name when a member of the family is named in the article
(the word tells the company from the family: "Gruppo X" beside "Anna X"); with no one of that name, the group is "X".
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
    ("lang", "text", "name", "not_name"),
    [
        # a member of the family is named: the group word is part of the company's name
        ("fr", "Le groupe Montravel, que dirige Claire Montravel depuis 2019, rachète un atelier de Lyon.",
         "Groupe Montravel", "Montravel"),
        ("fr", "Fondée en 1962 par Louis Montravel, la maroquinerie Aurange appartient au groupe Montravel.",
         "Groupe Montravel", "Montravel"),
        ("it", "Il gruppo Tessandri, guidato da Ines Tessandri, ha rilevato un lanificio biellese.",
         "Gruppo Tessandri", "Tessandri"),
        ("it", "Secondo Paolo Tessandri, il gruppo Tessandri crescerà ancora nel 2027.",
         "Gruppo Tessandri", "Tessandri"),
        # no one of that name: the group is called by its name alone
        ("fr", "La maroquinerie Aurange appartient au groupe Montravel depuis 2011.", "Montravel", "Groupe Montravel"),
        ("it", "Il calzaturificio è controllato dal gruppo Tessandri dal 2015.", "Tessandri", "Gruppo Tessandri"),
        ("fr", "Le chiffre d'affaires du groupe Montravel a reculé de 4 % au premier semestre.", "Montravel",
         "Groupe Montravel"),
        # English writes no group word before the name ("Tessandri Group"): the name alone, a family member or not
        ("en", "The label is owned by the group Tessandri, which Ines Tessandri chairs.", "Tessandri",
         "Group Tessandri"),
    ],
)
def test_the_group_word_names_a_family_company(lang: str, text: str, name: str, not_name: str) -> None:
    found = orgs(text, lang)
    assert found.get(name) == "group", found
    assert not_name not in found


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # the family's group and the chain named after the family are two organisations, neither of them "X"
        ("it", "Il gruppo Tessandri controlla la catena Tessandri Store. Ines Tessandri presiede il gruppo.",
         {"Gruppo Tessandri": "group", "Tessandri Store": "brand"}),
        ("fr", "Le groupe Montravel possède aussi l'enseigne Montravel Store, dirigée par Claire Montravel.",
         {"Groupe Montravel": "group", "Montravel Store": "brand"}),
        ("en", "Montravel Store is a chain of 30 shops. Claire Montravel runs Montravel Holding, which owns it.",
         {"Montravel Store": "brand", "Montravel Holding": "group"}),
    ],
)
def test_two_organisations_sharing_a_family_name_stay_apart(lang: str, text: str, names: dict[str, str]) -> None:
    found = orgs(text, lang)
    assert {n: found.get(n) for n in names} == names, found
    assert "Montravel" not in found and "Tessandri" not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no one of the family named: the group is "X", still another organisation than the chain "X Store"
        ("fr", "Le groupe Montravel a nommé Paul Martin. Montravel Store ouvre à Lyon."),
        ("it", "Il gruppo Montravel ha nominato Paolo Marti. Montravel Store apre a Bari."),
    ],
)
def test_the_group_and_the_chain_named_after_it_stay_apart(lang: str, text: str) -> None:
    assert {k: v for k, v in orgs(text, lang).items() if "Montravel" in k} == {"Montravel": "group",
                                                                              "Montravel Store": "brand"}


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        ("it", "Ines Tessandri, presidente del gruppo Tessandri, ha presentato il piano.", "Ines Tessandri",
         "Gruppo Tessandri"),
        ("fr", "Claire Montravel, présidente du groupe Montravel, a présenté le plan.", "Claire Montravel",
         "Groupe Montravel"),
    ],
)
def test_a_role_names_the_family_company_as_the_orgs_do(lang: str, text: str, person: str, org: str) -> None:
    facts = extract_all(article(text, lang))
    roles = {r.org for p in facts.people if p.name == person for r in p.roles}
    assert org in roles, facts.people
