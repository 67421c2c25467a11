"""A family member's title where the family has several organisations (the group, a label, a holding) and the
context points at a company that is not the family's: the title belongs to the family's organisation the
person's sentence names, else the one the article names most. Invented sentences in en, fr and it."""

from __future__ import annotations

import pytest

from luxcli import lexicon
from luxcli.extract.orgs import extract_orgs
from luxcli.extract.people import extract_people
from luxcli.model import Article
from luxcli.text import split_sentences


def pairs_of(text: str, lang: str) -> set[tuple[str, str | None]]:
    """(person, organisation) of every role, with the organisations the whole pipeline finds."""
    article = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                      sentences=tuple(split_sentences(text, lexicon.words(lang, "abbreviations"))), content_hash="x")
    _, mentions = extract_orgs(article)
    return {(p.name, r.org) for p in extract_people(article, mentions) for r in p.roles}


# the group's paragraph names a maker it controls; the family's group, its label and its holding all bear the name
SEVERAL_HOUSES = [
    ("en", "Varsano Group splits its watches in two\n\nVarsano Group, the Turin watch company, splits its business in "
           "two, it said on Monday.\n\nThe high-end division brings together the label Varsano Milano and the Swiss "
           "maker Keldor SA, controlled by the group since 2019. Both will report to the group's chief executive, "
           "Ottone Varsano. His father, Ugolino Varsano, remains chairman.\n\nThe family holds 60% through Varsano & "
           "Figli Sapa.", "Varsano Group", "Keldor"),
    ("fr", "Le groupe Varsano scinde ses montres en deux\n\nLe groupe Varsano, spécialiste turinois de l'horlogerie, "
           "scinde ses activités en deux, a-t-il annoncé lundi.\n\nLa division haut de gamme réunit la marque Varsano "
           "Milano et la manufacture Keldor SA, contrôlée par le groupe depuis 2019. Les deux dirigeants rendront "
           "compte au directeur général du groupe, Ottone Varsano. Son père, Ugolino Varsano, reste président.\n\nLa "
           "famille détient 60 % du capital via Varsano & Figli Sapa.", "Groupe Varsano", "Keldor"),
    ("it", "Il gruppo Varsano divide gli orologi in due\n\nIl gruppo Varsano, polo torinese dell'orologeria, divide "
           "le attività in due, ha comunicato lunedì.\n\nLa divisione di alta gamma riunisce il marchio Varsano Milano "
           "e la manifattura Keldor SA, controllata dal gruppo dal 2019. Entrambi riferiranno all'amministratore "
           "delegato del gruppo, Ottone Varsano. Il padre, Ugolino Varsano, resta presidente.\n\nLa famiglia controlla "
           "il 60% tramite Varsano & Figli Sapa.", "Gruppo Varsano", "Keldor"),
]


@pytest.mark.parametrize("lang,text,house,other", SEVERAL_HOUSES)
def test_family_title_at_the_familys_main_organisation(lang: str, text: str, house: str, other: str) -> None:
    pairs = pairs_of(text, lang)
    for person in ("Ottone Varsano", "Ugolino Varsano"):
        assert (person, house) in pairs
        assert (person, other) not in pairs


# the context already names one of the family's organisations: it stays, even when another is named more often
CONTEXT_IS_FAMILYS = [
    ("en", "Ferlan Store opens in Bari\n\nFerlan Store, the sneaker shop, opens a third Ferlan Store in Bari. The "
           "shops belong to the Ferlan Group, a family company.\n\nThe group's chief executive, Edda Ferlan, "
           "expects more.", "Ferlan Group"),
    ("fr", "Ferlan Store ouvre à Bari\n\nFerlan Store, la boutique de baskets, ouvre un troisième Ferlan Store à "
           "Bari. Les boutiques appartiennent au groupe Ferlan, une société familiale.\n\nLa directrice générale "
           "du groupe, Edda Ferlan, en attend davantage.", "Groupe Ferlan"),
    ("it", "Ferlan Store apre a Bari\n\nFerlan Store, il negozio di sneaker, apre un terzo Ferlan Store a Bari. I "
           "negozi appartengono al gruppo Ferlan, società di famiglia.\n\nL'amministratore delegato del gruppo, "
           "Edda Ferlan, si aspetta di più.", "Gruppo Ferlan"),
]


@pytest.mark.parametrize("lang,text,house", CONTEXT_IS_FAMILYS)
def test_family_organisation_chosen_by_the_context_stays(lang: str, text: str, house: str) -> None:
    pairs = pairs_of(text, lang)
    assert ("Edda Ferlan", house) in pairs
    assert ("Edda Ferlan", "Ferlan Store") not in pairs
