"""People: the title held at an employer left, written right after it ("joined from A, where she was director
of ...", "arrivée de chez A, où elle était ...", "arriva da A, dove era ..."). The title is a past role at A, and
not a role at the organisation the sentence is about. Invented sentences in en, fr and it."""

from __future__ import annotations

import pytest
from test_people_clauses import facts, people_with

ORGS = {"Halbrook": "brand", "Vescari": "brand", "Maison Marveil": "brand", "Pellicane": "brand",
        "Orvale Group": "group", "Tessard": "brand"}

PAST_TITLES = [
    ("en", "Vescari's chief executive, Tessa Quillard, who joined from Halbrook in 2022, where she was director of "
           "retail for Japan, said the brand would open four stores.",
     ("Tessa Quillard", "director", "Halbrook", False), ("Tessa Quillard", "director", "Vescari", True)),
    ("en", "The label will be led by Owen Nordholt, who joins from Halbrook, where he was until last May managing "
           "director for Southern Europe.",
     ("Owen Nordholt", "managing_director", "Halbrook", False), None),
    ("en", "Vescari hired Owen Nordholt, who spent nine years at Halbrook and was until 2023 its general manager "
           "for the Benelux.",
     ("Owen Nordholt", "general_manager", "Halbrook", False), None),
    ("en", "Vescari's new president, Owen Nordholt, who joined from Halbrook after seven years as its general "
           "manager, starts in March.",
     ("Owen Nordholt", "general_manager", "Halbrook", False), ("Owen Nordholt", "general_manager", "Vescari", True)),
    ("fr", "Le directeur général de Vescari, Paul Lumbard, arrivé de chez Halbrook, où il était directeur commercial "
           "pour l'Asie, veut doubler les ventes.",
     ("Paul Lumbard", "director", "Halbrook", False), ("Paul Lumbard", "director", "Vescari", True)),
    ("fr", "Maison Marveil a recruté Inès Garzoni, venue de chez Halbrook, où elle a été vice-présidente chargée du "
           "merchandising jusqu'en 2021.",
     ("Inès Garzoni", "vice_president", "Halbrook", False), ("Inès Garzoni", "vice_president", "Maison Marveil", True)),
    ("it", "Il nuovo amministratore delegato di Pellicane, Carlo Rothwell, arriva da Halbrook, dove fino allo scorso "
           "marzo era direttore generale per l'Europa.",
     ("Carlo Rothwell", "general_manager", "Halbrook", False),
     ("Carlo Rothwell", "general_manager", "Pellicane", True)),
    ("it", "Pellicane ha scelto Carlo Rothwell. Arriva da Halbrook, dove è stato vice presidente per il retail dal "
           "2017 al 2023.",
     ("Carlo Rothwell", "vice_president", "Halbrook", False), ("Carlo Rothwell", "vice_president", "Pellicane", True)),
]


# A title naming its own organisation is held there, not at the employer left ("from a group, where she ran one of
# its brands").
PAST_TITLES += [
    ("en", "Tessa Quillard joined Vescari in 2023 from Orvale Group, where she was managing director of Tessard for "
           "the Gulf until last year.",
     ("Tessa Quillard", "managing_director", "Tessard", False),
     ("Tessa Quillard", "managing_director", "Orvale Group", False)),
    ("fr", "Paul Lumbard, arrivé de chez Orvale Group, où il était directeur commercial de Tessard pour l'Asie, "
           "rejoint Vescari.",
     ("Paul Lumbard", "director", "Tessard", False), ("Paul Lumbard", "director", "Orvale Group", False)),
    ("it", "Carlo Rothwell arriva da Orvale Group, dove era direttore generale di Tessard per l'Europa.",
     ("Carlo Rothwell", "general_manager", "Tessard", False),
     ("Carlo Rothwell", "general_manager", "Orvale Group", False)),
]


@pytest.mark.parametrize(("lang", "text", "held", "not_here"), PAST_TITLES)
def test_the_title_held_at_the_employer_left(lang: str, text: str, held: tuple, not_here: tuple | None) -> None:
    found = facts(people_with(text, lang, ORGS))
    assert held in found
    if not_here:
        assert not_here not in found


# Without a "where she was" between them, a title after an employer left keeps its own reading.
NOT_PAST_TITLES = [
    ("en", "Tessa Quillard, who joined from Halbrook last year, is now director of retail at Vescari.",
     ("Tessa Quillard", "director", "Halbrook", False)),
    ("it", "Carlo Rothwell, arrivato da Halbrook, è direttore generale di Pellicane.",
     ("Carlo Rothwell", "general_manager", "Halbrook", False)),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_PAST_TITLES)
def test_a_later_title_is_not_taken_for_the_past_one(lang: str, text: str, absent: tuple) -> None:
    assert absent not in facts(people_with(text, lang, ORGS))
