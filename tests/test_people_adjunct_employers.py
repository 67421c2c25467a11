"""People: an earlier employer in an adjunct of the whole clause ("X took over as chief executive of A in April,
after six years at B", "après six ans chez B", "dopo sei anni da B") belongs to the clause's subject, however long
the predicate between them. Invented sentences in en, fr and it."""

from __future__ import annotations

import pytest
from test_people_clauses import facts, people_with

ORGS = {"Halbrook": "brand", "Vescari": "brand", "Maison Marveil": "brand", "Pellicane": "brand",
        "Orlano Gioielli": "brand"}

ADJUNCTS = [
    ("en", "Tessa Quillard took over as chief executive of Vescari in April, after six years at Halbrook.",
     ("Tessa Quillard", "other", "Halbrook", False)),
    ("en", "Owen Nordholt became president of Vescari last spring, after a decade with Halbrook, where he "
           "was head of retail for Japan.",
     ("Owen Nordholt", "head", "Halbrook", False)),
    ("fr", "Inès Garzoni a été nommée directrice générale de Maison Marveil en mars, après huit ans chez Halbrook.",
     ("Inès Garzoni", "other", "Halbrook", False)),
    ("it", "Carlo Rothwell è il nuovo amministratore delegato di Pellicane, dopo sei anni da Halbrook.",
     ("Carlo Rothwell", "other", "Halbrook", False)),
]


@pytest.mark.parametrize(("lang", "text", "past"), ADJUNCTS)
def test_the_adjunct_employer_is_the_clause_subjects(lang: str, text: str, past: tuple) -> None:
    assert past in facts(people_with(text, lang, ORGS))


# The subject is the name opening the clause: a possessor or a name after another word is not it.
NOT_ADJUNCTS = [
    ("en", "Tessa Quillard's team moved to a new studio in April, after six years at Halbrook.",
     ("Tessa Quillard", "other", "Halbrook", False)),
    ("it", "Il socio di Carlo Rothwell ha aperto un atelier a Firenze, dopo sei anni da Halbrook.",
     ("Carlo Rothwell", "other", "Halbrook", False)),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_ADJUNCTS)
def test_only_the_clause_subject_takes_the_adjunct(lang: str, text: str, absent: tuple) -> None:
    assert absent not in facts(people_with(text, lang, ORGS))
