from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.evaluate import evaluate_corpus
from luxcli.extract.events import extract_events
from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article, Person
from luxcli.text import split_sentences

DATA = Path(__file__).parent / "data"


def article(text: str, lang: str, date: str | None = None) -> Article:
    return Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                   sentences=tuple(split_sentences(text)), content_hash="x", date=date)


def events(text: str, lang: str, date: str | None = None, people: list[Person] | None = None) -> list[tuple]:
    art = article(text, lang, date)
    _, mentions = extract_orgs(art)
    return [(e.date, e.subject) for e in extract_events(art, mentions, people or [])]


@pytest.mark.parametrize(("text", "lang", "date", "expected"), [
    ("Cartier opened its first store in Shanghai in 1992.", "en", None, [("1992", "Cartier")]),
    ("Prada launched its Tmall flagship on 5 May 2020, and Gucci followed in June 2020.", "en", None,
     [("2020-05-05", "Prada"), ("2020-06", "Gucci")]),
    ("Hermès a ouvert une boutique à Pékin le 3 mars 2014.", "fr", None, [("2014-03-03", "Hermès")]),
    ("Bulgari ha aperto su Tmall nel 2021. L'anno successivo ha lanciato un'app.", "it", None,
     [("2021", "Bulgari"), ("2022", None)]),
    ("Dior a organisé une vente en direct en novembre dernier.", "fr", "2021-02-01", [("2020-11", "Dior")]),
])
def test_events_carry_date_and_subject(text: str, lang: str, date: str | None, expected: list[tuple]) -> None:
    assert events(text, lang, date) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # The period of a figure is not a happening.
    ("Revenue rose 12% to €3.1 billion in 2019.", "en"),
    ("Le chiffre d'affaires a atteint 2,4 milliards d'euros en 2018.", "fr"),
    ("Il fatturato è salito a 900 milioni di euro nel 2017.", "it"),
    # Page noise, ages, generations, model names.
    ("5 min read. The designer, 45, courts Gen Z with the 1904MC.", "en"),
    # Relative dates without anything to count from.
    ("Sales fell last year, two years later than expected.", "en"),
])
def test_no_events_from_figures_noise_or_unanchored_relative_dates(text: str, lang: str) -> None:
    assert events(text, lang) == []


def test_a_relative_date_and_the_date_it_restates_make_one_event() -> None:
    text = "Il 2 marzo 2020 Fendi ha aperto su Tmall e dieci giorni più tardi, il 12 marzo, ha lanciato un'app."
    assert [d for d, _ in events(text, "it")] == ["2020-03-02", "2020-03-12"]


def test_the_same_happening_told_twice_is_one_event() -> None:
    text = ("Chanel entered China in 1999 with a Beijing store. Chanel's first Beijing store opened in 1999, "
            "the house recalls. Chanel renewed the lease in 2004.")
    assert [d for d, _ in events(text, "en")] == ["1999", "2004"]


def test_two_happenings_in_one_year_stay_separate() -> None:
    text = "In 2015 Fendi merged its workshops. Fendi also opened a boutique in Tokyo in 2015."
    assert events(text, "en") == [("2015", "Fendi"), ("2015", "Fendi")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Burberry, the British rival of Gucci, opened on Tmall in 2016.", "en", [("2016", "Burberry")]),
    ("Burberry, rivale de Gucci, a ouvert sur Tmall en 2016, quand Gucci hésitait.", "fr", [("2016", "Burberry")]),
    ("Burberry ha aperto su Tmall nel 2016, mentre Gucci, che ha aperto nel 2018, esitava.", "it",
     [("2016", "Burberry"), ("2018", "Gucci")]),
])
def test_the_subject_is_who_the_clause_is_about(text: str, lang: str, expected: list[tuple]) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Burberry is based in London. In 2016 it opened a store on Tmall.", "en"),
    ("Burberry est basée à Londres. Elle a ouvert une boutique sur Tmall en 2016.", "fr"),
    ("Burberry ha sede a Londra. Nel 2016 il marchio ha aperto un negozio su Tmall.", "it"),
])
def test_a_pronoun_subject_is_the_name_that_opened_the_text(text: str, lang: str) -> None:
    assert events(text, lang) == [("2016", "Burberry")]


def test_month_dates_repeated_for_different_subjects_stay_separate() -> None:
    text = "Loewe opened a pop-up in May 2018. Celine also opened in May 2018."
    assert events(text, "en") == [("2018-05", "Loewe"), ("2018-05", "Celine")]


def test_people_can_be_subjects() -> None:
    from luxcli.model import Evidence

    person = Person(name="Anna Rossi", evidence=Evidence(0, 0, 10, "test"), aliases=("Rossi",))
    text = "In 2016 Anna Rossi became chief executive."
    assert events(text, "en", people=[person]) == [("2016", "Anna Rossi")]


def test_event_what_is_the_clause_and_evidence_the_date_span() -> None:
    text = "Prada opened an official flagship on Tmall on 14 March 2020."
    art = article(text, "en")
    _, mentions = extract_orgs(art)
    [event] = extract_events(art, mentions, [])
    assert event.what == text
    assert text[event.evidence.start : event.evidence.end] == "14 March 2020"
    assert event.evidence.rule.startswith("date.")


@pytest.mark.parametrize("corpus", ["dev", "seeds"])
def test_events_meet_the_quality_threshold_on_the_gold_sets(corpus: str) -> None:
    scores = evaluate_corpus(DATA / "gold" / f"{corpus}.json", DATA / corpus)["scores"]
    assert scores["events"]["f1"] >= 0.80
    assert scores["events"]["precision"] >= 0.80
