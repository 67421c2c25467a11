"""Round 12 speed-ups (SPEED-A): a year read at once by the figures extractor, the words after an elided "d'"
found from their apostrophe, the month and relative date windows from one scan. Each must answer exactly as the
plain code it replaces."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from luxcli import dates
from luxcli.extract import events, figures, people_names
from luxcli.extract.people_lexicon import people_lexicon
from luxcli.extract.people_names import _AFTER_ELIDED_D, _after_elided_d
from luxcli.extract.units import unit_data
from luxcli.ingest import parse_article
from luxcli.text import fold_keep_length

LANGS = ("en", "fr", "it")

YEAR_SENTENCES = [
    ("en", "Founded in 1994, the house sold 2019 watches in 2019 and hired 2000 employees by 2021."),
    ("en", "Revenue reached $2024 million in 2024, up 2019% from 2019; the 2025-strong workforce grew."),
    ("en", "The 2024 and 2025 editions drew 1999 visitors, against 1850 in 1850 and €2030 in 2030."),
    ("fr", "Fondée en 1847, la maison compte 2000 salariés en 2023 et 1900 boutiques depuis 1900."),
    ("fr", "Le chiffre d'affaires 2024 atteint 2050 millions d'euros, contre 1990 en 1990."),
    ("it", "Nel 2019 l'azienda contava 2100 dipendenti e nel 2022 aveva 1950 negozi, fondata nel 1950."),
    ("it", "Il fatturato 2024 sale a 2015 milioni di euro dai 1999 del 1999."),
]


@pytest.mark.parametrize(("lang", "text"), YEAR_SENTENCES)
def test_a_year_read_at_once_gives_the_figures_of_the_full_reading(lang: str, text: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    fast = figures.sentence_figures(text, lang)
    monkeypatch.setattr(figures, "_may_count_year", lambda *args: True)  # every year read to the end
    assert figures.sentence_figures(text, lang) == fast


@pytest.mark.parametrize(("lang", "text", "kept", "dropped"), [
    ("en", "In 2019 the group hired 2000 employees.", 2000.0, 2019.0),
    ("fr", "En 2019, le groupe comptait 2000 salariés.", 2000.0, 2019.0),
    ("it", "Nel 2019 il gruppo contava 2000 dipendenti.", 2000.0, 2019.0),
])
def test_a_calendar_year_is_dropped_and_a_count_of_the_same_shape_kept(lang: str, text: str, kept: float,
                                                                       dropped: float) -> None:
    values = [f.value for f in figures.sentence_figures(text, lang)]
    assert kept in values and dropped not in values


ELIDED_TEXTS = [
    "la nomination d'Hélène Vatel et d’Éloi Bramvil, annoncée lorsqu'Anna Rossi est arrivée",
    "il dit qu'Orvane et qu’Ledel vont s'allier; puisqu'Ici d'ici, and'Xy, l'Oréal, dell'Arte",
    "d'O'Brien-Smith d'Ad'Xy qu'A qu'b jusqu'Au 4d'Ab _qu'Ab ququ'Ab d''Ab d'",
    "The duchess said: 'd'Arco' and qu'Est-ce; Ms d'Este met M. d’Ornano in Milan.",
    "",
]


@pytest.mark.parametrize("text", ELIDED_TEXTS)
def test_words_after_an_elided_d_are_those_the_pattern_finds(text: str) -> None:
    plain = [(m.start(1), m.end(1), m.group(1)) for m in _AFTER_ELIDED_D.finditer(text)]
    assert _after_elided_d(text) == plain


def test_words_after_an_elided_d_match_the_pattern_on_every_short_text() -> None:
    pieces = ["d", "qu", "u", "'", "’", "A", "É", "b", " ", "-", "_", "1"]
    for n in range(1, 6):
        for combo in itertools.product(pieces, repeat=n):
            text = "".join(combo)
            plain = [(m.start(1), m.end(1), m.group(1)) for m in _AFTER_ELIDED_D.finditer(text)]
            assert _after_elided_d(text) == plain, text


DATE_TEXTS = {
    "en": "In March 2019, two years later, on 3 May and last spring, the Sept. 2020 show; may we say next month? "
          "Yesterday, on Monday, in the summer of 2021, mid-march and March-May, three weeks ago in Dec.",
    "fr": "En mars 2019, avant-hier, puis le 3 mai et l'été dernier; avant-hier soir en septembre, mardi, il y a "
          "deux ans, le mois prochain, en déc. 2020 et juin-juillet.",
    "it": "Nel marzo 2019, l'altro ieri, il 3 maggio e l'estate scorsa; due anni fa a settembre, martedì, il mese "
          "prossimo, a dic. 2020 e giugno-luglio, l'altro ieri a maggio.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_month_and_relative_windows_from_one_scan_are_those_of_two(lang: str) -> None:
    spec = dates._language(lang)
    assert spec.months_from_relative
    folded = fold_keep_length(DATE_TEXTS[lang])
    relative = [m.span() for m in spec.anchors["relative"].finditer(folded)]
    month = [m.span() for m in spec.anchors["month"].finditer(folded)]
    from_relative = [m.span() for m in spec.anchors["relative"].finditer(folded) if m.group() in spec.months]
    assert month and len(relative) > len(month)
    assert from_relative == month


@pytest.mark.parametrize(("months", "others", "one_scan"), [
    ({"march": 3, "may": 5}, ["years", "avant-hier", "l'altro ieri"], True),
    ({"march": 3, "may": 5}, ["mid-march"], False),  # another word holds a month name: it would hide it
    ({"march": 3, "may": 5}, ["may day"], False),
    ({"sept.": 9, "march": 3}, ["years"], False),  # a month name of more than one word
])
def test_one_scan_serves_both_anchors_only_when_no_other_word_holds_a_month(months: dict[str, int],
                                                                           others: list[str],
                                                                           one_scan: bool) -> None:
    assert dates._months_among(months, others) is one_scan


@pytest.mark.parametrize("lang", LANGS)
def test_date_mentions_are_unchanged_by_the_shared_scan(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = DATE_TEXTS[lang]
    shared = dates.find_date_mentions(text, lang)
    spec = dates._language(lang)
    monkeypatch.setattr(dates, "_language", lambda _lang: replace(spec, months_from_relative=False))
    assert dates.find_date_mentions(text, lang) == shared
    assert len(shared) >= 5



PLAN_TEXTS = {  # told on a Tuesday: the planned February is next year's, the planned Friday the coming one
    "en": "On 3 March 2026, Aurin said its sales grew by a tenth. Aurin will open a store in February. Aurin will "
          "launch a new line on Friday. In 2024 it opened 12 stores; two years later it will open 40, by 2030.",
    "fr": "Le 3 mars 2026, Quvel a annoncé une hausse de ses ventes. Quvel ouvrira une boutique en février. Quvel "
          "lancera une nouvelle ligne vendredi. En 2024, elle a ouvert 12 boutiques, et en ouvrira 40 d'ici 2030.",
    "it": "Il 3 marzo 2026, Velluto ha annunciato una crescita delle vendite. Velluto aprirà un negozio a febbraio. "
          "Velluto lancerà una nuova linea venerdì. Nel 2024 ha aperto 12 negozi, e ne aprirà 40 entro il 2030.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_plans_asked_of_months_and_weekdays_only_give_the_same_events(lang: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    article = parse_article(PLAN_TEXTS[lang].encode(), path=Path("a.txt"), kind="txt")
    assert article.language == lang
    fast = events.extract_events(article, [], [])
    assert {"2027-02", "2026-03-06"} <= {e.date for e in fast}  # the plan was asked of the month and the weekday
    every_kind = frozenset(vars(dates)[name] for name in ("ABSOLUTE", "PARTIAL", "SHIFT", "THAT_MONTH", "NEXT_MONTH",
                                                           "ARTICLE_SHIFT", "LAST_MONTH", "LAST_WEEKDAY",
                                                           "RECENT_WEEKDAY", "NEXT_SEASON", "HORIZON"))
    monkeypatch.setattr(events, "_PLANNED_KINDS", every_kind)
    assert events.extract_events(article, [], []) == fast


def _split_plain(run: list[tuple[int, int, str]], lex: object) -> list[list[tuple[int, int, str]]]:
    """`_split_at_particle` without its look for a particle first."""
    for i, (_, _, w) in enumerate(run):
        if i > 0 and people_names._kind(w, lex) == "particle":  # type: ignore[arg-type]
            after = [t for t in run[i + 1:] if people_names._kind(t[2], lex) == "capital"]  # type: ignore[arg-type]
            if len(after) >= 2:
                return [run[:i], *_split_plain(run[i + 1:], lex)]
    return [run]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sofia De La Cruz Moreno met Ludwig van der Berg and Anna Rossi in Rome with Jean de Vernay Marc Aubert."),
    ("fr", "Fondée à Lyon par Diane de Vernay Jean Dupuis, la maison de Paul du Pont Marie Claire reste familiale."),
    ("it", "Fondata a Parma da Bruno Ferlisi, con Luca di Montezemolo e Maria della Rovere Anna Bianchi al vertice."),
])
def test_runs_without_a_particle_are_not_split(lang: str, text: str) -> None:
    lex = people_lexicon(lang)
    words = people_names.tokens(text, lex)
    runs = [words[i:j] for i in range(len(words)) for j in range(i + 1, min(len(words), i + 6) + 1)]
    assert any(len(_split_plain(run, lex)) > 1 for run in runs)  # some runs are split
    for run in runs:
        assert people_names._split_at_particle(run, lex) == _split_plain(run, lex)


@pytest.mark.parametrize("lang", LANGS)
def test_singular_nouns_are_those_the_plain_rule_finds(lang: str) -> None:
    data = unit_data(lang)

    def plain(key: str) -> bool:
        unit = data.nouns.get(key)
        return any(other != key and data.nouns[other] == unit
                   and (other.startswith(key) or (len(other) == len(key) and other[:-1] == key[:-1]
                                                  and key[-1] in "oa" and other[-1] in "ie")
                        or (key.endswith("y") and other == key[:-1] + "ies"))
                   for other in data.nouns)

    answers = [data.singular(key) for key in data.nouns]
    assert answers == [data.singular(key) for key in data.nouns] == [plain(key) for key in data.nouns]
    assert any(answers) and not all(answers)
