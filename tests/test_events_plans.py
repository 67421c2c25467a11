"""Events: a month told as a plan (by a marker before or after it, or a verb's future ending), a
month after "since", and a named week ("la prossima settimana della moda") that is no date."""

from __future__ import annotations

import pytest

from luxcli.extract.events import extract_events
from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article
from luxcli.text import split_sentences


def dates(text: str, lang: str, date: str) -> list[str]:
    art = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                  sentences=tuple(split_sentences(text)), content_hash="x", date=date)
    _, mentions = extract_orgs(art)
    return [e.date for e in extract_events(art, mentions, [])]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A plan told after the date ("In November the house plans to"), or before it by a marker or a verb in the
    # future tense ("inaugurera", "inaugurerà"): the next November, not the last.
    ("In November the house plans to open a salon in Milan.", "en", ["2026-11"]),
    ("In November, Velbrune will unveil its first fragrance.", "en", ["2026-11"]),
    ("La maison Velbrune inaugurera en novembre un salon à Milan.", "fr", ["2026-11"]),
    ("En novembre, la maison Velbrune dévoilera son premier parfum.", "fr", ["2026-11"]),
    ("La maison Velbrune inaugurerà a novembre un salone a Milano.", "it", ["2026-11"]),
    ("A novembre la maison Velbrune presenterà il suo primo profumo.", "it", ["2026-11"]),
    # Told in the past: the last November.
    ("Velbrune opened a salon in Milan in November.", "en", ["2025-11"]),
    ("La maison Velbrune a inauguré un salon à Milan en novembre.", "fr", ["2025-11"]),
    ("La maison Velbrune ha inaugurato un salone a Milano a novembre.", "it", ["2025-11"]),
    # A future told in another stretch of the sentence plans nothing for this date ...
    ("La maison Velbrune, qui sera cotée l'an prochain, a nommé sa directrice en juillet.", "fr", ["2027", "2025-07"]),
    # ... nor one told after a verb of saying ("told investors in May that it would").
    ("Velbrune told investors in May that it would hold the brand for years.", "en", ["2025-05"]),
])
def test_planned_months_are_the_next_ones(text: str, lang: str, expected: list[str]) -> None:
    assert dates(text, lang, "2026-03-10") == expected


@pytest.mark.parametrize(("text", "lang"), [
    # Two plans in a sentence, the second sooner ("already in April"): both still ahead of the article's date.
    ("The collections will be shown in September, but the capsule arrives already in April.", "en"),
    ("Le collezioni saranno presentate a settembre, ma la capsule Velbrune debutterà già ad aprile.", "it"),
    ("Les collections seront présentées en septembre, mais la capsule Velbrune arrivera dès avril.", "fr"),
])
def test_a_sooner_second_plan_stays_in_the_year(text: str, lang: str) -> None:
    assert dates(text, lang, "2026-01-20") == ["2026-09", "2026-04"]


@pytest.mark.parametrize(("text", "lang"), [
    # "since February": a state that began in the last February, even after a plan for a later year.
    ("Velbrune aims to be carbon neutral by 2029 with Loomtex, its supplier since February.", "en"),
    ("Velbrune vise la neutralité carbone d'ici 2029 avec Loomtex, son fournisseur depuis février.", "fr"),
    ("Velbrune punta alla neutralità entro il 2029 con Loomtex, fornitore sin da febbraio.", "it"),
])
def test_since_a_month_is_the_last_one(text: str, lang: str) -> None:
    assert dates(text, lang, "2025-10-09") == ["2029", "2025-02"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A fashion week is a named event's week, not "next week".
    ("Il marchio Velbrune sfilerà durante la prossima settimana della moda a Parigi.", "it", []),
    ("La maison Velbrune défilera pendant la prochaine semaine de la mode à Paris.", "fr", []),
    # "next week" alone is one.
    ("Il marchio Velbrune sfilerà la prossima settimana a Parigi.", "it", ["2026-09"]),
    ("La maison Velbrune défilera la semaine prochaine à Paris.", "fr", ["2026-09"]),
    ("Velbrune will show next week in Paris.", "en", ["2026-09"]),
])
def test_a_named_week_is_no_date(text: str, lang: str, expected: list[str]) -> None:
    assert dates(text, lang, "2026-09-22") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # In the present tense, a month up to half a year ahead is announced: the next one.
    ("The Velbrune capsule lands in stores in August.", "en", ["2026-08"]),
    ("La capsule Velbrune arrive en boutique en août.", "fr", ["2026-08"]),
    ("La capsule Velbrune arriva nei negozi ad agosto.", "it", ["2026-08"]),
    # An irregular past ("cut") or a past told right after the month ("a marzo è arrivata") is the last one.
    ("Velbrune cut prices in August.", "en", ["2025-08"]),
    ("In August, Velbrune shut its Leeds mill.", "en", ["2025-08"]),
    ("Sul fronte commerciale, a maggio è arrivata una nuova direttrice da Velbrune.", "it", ["2025-05"]),
    ("En mai, la maison Velbrune a fermé son atelier de Lyon.", "fr", ["2025-05"]),
])
def test_present_and_past_months(text: str, lang: str, expected: list[str]) -> None:
    assert dates(text, lang, "2026-03-14") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "da marzo", "dès avril": from a month on, the last one when no plan is told, the next one when it is.
    ("Ma da marzo Velbrune ha un accordo con Loomtex.", "it", ["2025-03"]),
    ("Da aprile la capsule Velbrune sarà disponibile online.", "it", ["2026-04"]),
    ("Dès avril, la capsule Velbrune sera disponible en ligne.", "fr", ["2026-04"]),
    ("Dès avril, la capsule Velbrune arrive en ligne.", "fr", ["2026-04"]),
    ("La mostra di Velbrune apre dal 3 marzo al 10 aprile.", "it", ["2026-03-03"]),
    # A named event of a month ("il Salone del Mobile di aprile", "la semaine de la mode de septembre").
    ("Velbrune presenterà la collezione al Salone del Mobile di aprile.", "it", ["2026-04"]),
    ("Velbrune présentera la collection à la semaine de la mode de septembre.", "fr", ["2026-09"]),
])
def test_from_a_month_and_a_months_event(text: str, lang: str, expected: list[str]) -> None:
    assert dates(text, lang, "2026-02-10") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A stake taken or raised in a year is a happening, though a share is told before the year.
    ("Loomtex, in which Velbrune took a 15% stake in 2021, has grown fast.", "en", ["2021"]),
    ("Le groupe a porté sa participation dans Loomtex à 100 % en 2023.", "fr", ["2023"]),
    ("Velbrune ha rilevato una quota del 40% di Loomtex nel 2022.", "it", ["2022"]),
    ("Il fatturato di Velbrune è salito a 90 milioni di euro nel 2022.", "it", []),
    # ... while a share's period is not ("sales rose 12% in 2023").
    ("Velbrune's sales rose 12% in 2023.", "en", []),
    # Italian "nello scorso ottobre", "nello scorso anno": the preposition glued to the article.
    ("Nello scorso ottobre il fondo Loomtex ha rilevato una quota del 30% di Velbrune.", "it", ["2025-10"]),
    ("Nello scorso anno la maison Velbrune ha aperto tre boutique.", "it", ["2025"]),
])
def test_stakes_and_glued_relative_dates(text: str, lang: str, expected: list[str]) -> None:
    assert dates(text, lang, "2026-03-12") == expected


@pytest.mark.parametrize(("text", "lang"), [
    # A target after an elided article ("l'objectif", "l'obiettivo") dates a plan, not a share's period.
    ("L'objectif de Velbrune est d'atteindre 100 % en 2028.", "fr"),
    ("L'obiettivo di Velbrune è arrivare al 100% nel 2028.", "it"),
    ("Velbrune's goal is to reach 100% in 2028.", "en"),
])
def test_targets_after_elided_articles(text: str, lang: str) -> None:
    assert dates(text, lang, "2026-03-12") == ["2028"]
