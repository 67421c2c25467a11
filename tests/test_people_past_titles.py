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


# "spent nine years at A, latterly as design director": the last title of a stint told after it; the subject may be
# a pronoun after an opening description naming a school ("A graduate of X, she spent ...").
LATTERLY = [
    ("en", "Vescari named Ines Morrow creative director. Morrow, 41, trained in London. A graduate of the Royal "
           "College of Art, she spent nine years at Halbrook, latterly as design director for leather goods.",
     ("Ines Morrow", "Halbrook", False)),
    ("fr", "Vescari a nommé Inès Morrow directrice artistique. Morrow, 41 ans, a été formée à Londres. Elle a passé "
           "neuf ans chez Halbrook, en dernier lieu comme directrice du design maroquinerie.",
     ("Inès Morrow", "Halbrook", False)),
    ("it", "Vescari ha nominato Ines Morrow direttrice creativa. Morrow, 41 anni, si è formata a Londra. Ha "
           "trascorso nove anni da Halbrook, da ultimo come direttrice del design della pelletteria.",
     ("Ines Morrow", "Halbrook", False)),
]


@pytest.mark.parametrize(("lang", "text", "held"), LATTERLY)
def test_the_last_title_of_a_stint(lang: str, text: str, held: tuple) -> None:
    schools = {**ORGS, "Royal College of Art": "group"}
    found = {(name, org, current) for name, role, org, current in facts(people_with(text, lang, schools))
             if role != "other"}
    assert held in found, found


# A name with an age between commas is a person, even with no title anywhere.
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The house said that Ines Morrow will take over its studio. Morrow, 41, is not the flashiest of them.",
     "Ines Morrow"),
    ("fr", "La maison a annoncé qu'Inès Morrow reprendra son studio. Morrow, 41 ans, n'est pas la plus connue.",
     "Inès Morrow"),
    ("it", "La maison ha annunciato che Ines Morrow guiderà lo studio. Morrow, 41 anni, non è la più nota.",
     "Ines Morrow"),
])
def test_a_name_with_an_age_is_a_person(lang: str, text: str, name: str) -> None:
    assert name in {p.name for p in people_with(text, lang, ORGS)}


# An auction house's specialist is a title like any other ("a former watch specialist at A").
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vescari's chief executive Marc Lam said sales rose. Lam, a former watch specialist at Halbrook in Hong "
           "Kong, founded the company in 2019."),
    ("fr", "Le directeur général de Vescari, Marc Lam, a annoncé une hausse. Lam, ancien spécialiste horlogerie chez "
           "Halbrook à Hong Kong, a fondé l'entreprise en 2019."),
    ("it", "L'amministratore delegato di Vescari, Marc Lam, ha annunciato una crescita. Lam, già specialista di "
           "orologi presso Halbrook a Hong Kong, ha fondato l'azienda nel 2019."),
])
def test_a_former_specialist_at_an_auction_house(lang: str, text: str) -> None:
    assert ("Marc Lam", "other", "Halbrook", False) in facts(people_with(text, lang, ORGS))


# An opening phrase telling where the subject came from, with a relative clause on that employer, then the name:
# the past title is the name's, not that of the person the sentence before named.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selon Marie Colas, présidente de Vescari, le choix est bon. Arrivé en 2018 en provenance de Halbrook, où "
           "il était directeur du design homme, Jean-Rémy Castel laisse une maison transformée."),
    ("en", "According to Marie Colas, president of Vescari, the choice is sound. Arrived in 2018 from Halbrook, where "
           "he was design director for menswear, Jean-Rémy Castel leaves a transformed house."),
    ("it", "Secondo Marie Colas, presidente di Vescari, la scelta è giusta. Arrivato nel 2018 da Halbrook, dove era "
           "direttore del design uomo, Jean-Rémy Castel lascia una maison trasformata."),
])
def test_an_opening_arrival_with_a_relative_clause_is_the_names(lang: str, text: str) -> None:
    found = facts(people_with(text, lang, ORGS))
    assert any(p == "Jean-Rémy Castel" and org == "Halbrook" and not current for p, _, org, current in found), found
    assert not any(p == "Marie Colas" and org == "Halbrook" for p, _, org, _ in found), found


# "directeur général pour la Chine et ancien de A": an earlier employer joined to the title by "et".
def test_and_formerly_of_an_employer_is_a_past_affiliation() -> None:
    text = ("C'est Olivier Brach, directeur général de Vescari pour la Chine et ancien de Halbrook à Shanghai, qui "
            "pilotera les ouvertures.")
    found = facts(people_with(text, "fr", ORGS))
    assert ("Olivier Brach", "general_manager", "Vescari", True) in found, found
    assert any(p == "Olivier Brach" and org == "Halbrook" and not current for p, _, org, current in found), found
