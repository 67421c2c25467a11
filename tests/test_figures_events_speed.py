"""Speed-ups of figures, dates and events that must answer exactly as the plain code they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from luxcli import dates
from luxcli.dates import find_date_mentions, find_dates
from luxcli.extract import events, figures
from luxcli.extract.numbers import number_pattern
from luxcli.ingest import parse_article
from luxcli.model import Article, Evidence, Person
from luxcli.patterns import by_first_letter
from luxcli.text import fold_keep_length

WORDS = ["september", "sept", "sep", "may", "march", "mars", "mar", "marzo", "a", "about", "above", "around",
         "at least", "ago", "agosto", "juin", "june", "jun"]
TEXTS = ["Since September 3 about 40 were sold", "SEPT. 4, at least 10", "a march to Mars in marzo", "mar",
         "Around May, above par", "sep", "Ago and agosto: juin, June, Jun", "x", "ſeptember and Kay", ""]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("bounded", [False, True])
def test_grouped_alternation_matches_as_the_flat_one(flags: int, bounded: bool) -> None:
    alternatives = [re.escape(w).replace(r"\ ", r"\s+") for w in WORDS]
    around = (r"(?<!\w)(?:{})(?!\w)" if bounded else "(?:{})").format
    flat = re.compile(around("|".join(alternatives)), flags)
    grouped = re.compile(around(by_first_letter(alternatives)), flags)
    assert grouped.pattern != flat.pattern
    for text in TEXTS:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_alternatives_not_opening_with_a_plain_letter_stay_flat() -> None:
    assert by_first_letter(["\\d+", "ab", "ac"]) == "\\d+|ab|ac"
    assert by_first_letter(["ab", "ac", "b"]) == "a(?:b|c)|b(?:)"


@pytest.mark.parametrize("text", ["In 2019, 12019 or 2019x", "1899 and 1900; 2100 20199", "2024", "x1999 a2020",
                                  "The 3 1850 bottles", "02019 and 1819"])
def test_year_pattern_finds_what_the_look_back_first_pattern_finds(text: str) -> None:
    plain = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
    assert [m.span() for m in figures._YEAR.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text)):
        found, expected = figures._YEAR.search(text, pos), plain.search(text, pos)
        assert (found and found.span()) == (expected and expected.span()), pos
    for word in text.split():
        assert bool(figures._YEAR.fullmatch(word)) == bool(plain.fullmatch(word)), word


@pytest.mark.parametrize(("text", "lo"), [
    ("sold since March 4", 0), ("le 3 mars_ 12", 0), ("Tank MC 1904", 0), ("a mid-march 5", 0), ("dell'anno 5", 0),
    ("in\u00a0June 6", 0), ("rose to 12", 0), ("cut at Sept 5", 9), ("emberSeptember 3", 2), ("  ", 0), ("__", 0),
    ("Shop 3", 0), ("Rmb 3", 0), ("d'environ 40", 0), ("Covid-19 and 20", 0),
])
def test_last_chunk_ends_with_the_last_token(text: str, lo: int) -> None:
    hi = len(text) if not text[-1:].isdigit() else text.rindex(" ") + 1
    tokens = figures._TOKEN.findall(text, lo, hi)
    chunk = figures._last_chunk(text, lo, hi)
    if tokens:
        assert chunk.endswith(tokens[-1])
        if chunk.islower():
            assert not tokens[-1][:1].isupper()
    else:
        assert chunk == ""


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 3 mars 2021, puis en mars, 45 boutiques.", "fr"),
    ("Opened on March 3 and closed on 4 May; 12 stores by June.", "en"),
    ("Il 24 marzo ha aperto 3 negozi, a maggio altri 2.", "it"),
    ("Since 2019-04-01 or 3/4/2021, sales rose 9% in 2024.", "en"),
    ("The Vela 2 and Shop 3.0 sold 40 units; Over 1,700 in June 2024.", "en"),
])
def test_prechecks_before_a_number_keep_every_figure(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers after a month are still dropped as days, after a name as part of it; the others are still read."""
    found = [(f.start, f.end, f.value, f.unit) for f in figures.sentence_figures(text, lang)]
    monkeypatch.setattr(figures, "_may_end_with_month", lambda *_: True)
    monkeypatch.setattr(figures, "_may_end_capitalised", lambda *_: True)
    assert found == [(f.start, f.end, f.value, f.unit) for f in figures.sentence_figures(text, lang)]
    assert found


DATED = [
    ("en", "On 3 March 2020 it opened; from March 24 to March 30, 2020 it closed. In 2019, sales rose. "
           "Two years later, in May 2021, it said so. Since 1847 the house has grown; by 2030 it plans more."),
    ("fr", "Le 24 mars 2021, la maison a ouvert. En 2019, du 15 mai au 30 juin 2022, puis en mars dernier. "
           "Fondée en 1772, elle vise d'ici 2030 cinq boutiques. Deux ans plus tard, le 3/4/2021."),
    ("it", "Il 24 marzo 2021 ha aperto; nel 1963, tra il 2015 e il 2020, poi a maggio 2022. "
           "Entro il 2028 apriranno 12 boutique. L'anno successivo, il 2021-05-04."),
]


@pytest.mark.parametrize(("lang", "text"), DATED)
def test_month_patterns_run_only_where_a_month_is_found(lang: str, text: str, monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    gated = find_date_mentions(text, lang)
    everywhere = {rule: kind for rule, kind in dates._RULE_WINDOW.items() if kind != dates._YEAR_AND_MONTH}
    monkeypatch.setattr(dates, "_RULE_WINDOW", everywhere)
    assert gated == find_date_mentions(text, lang)
    assert gated  # the texts do have dates


def test_year_and_month_rules_all_need_a_month_name() -> None:
    for lang in ("en", "fr", "it"):
        rules = [(rule, p) for rule, p in dates._language(lang).patterns
                 if dates._RULE_WINDOW.get(rule) == dates._YEAR_AND_MONTH]
        assert len(rules) == 5
        assert all("(?P<month>" in p.pattern and "(?P<year>" in p.pattern for _, p in rules)


@pytest.mark.parametrize("text", [text for _, text in DATED] + ["No date here.", "Le 1er juin 2024 - 12/05/2023",
                                                                 "2019-04-01", "ſept 2020"])
def test_find_dates_skips_only_patterns_that_cannot_match(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = find_dates(text)
    monkeypatch.setattr(dates, "_pattern_needs", lambda: (None,) * len(dates._patterns()))
    assert found == find_dates(text)


@pytest.mark.parametrize("text", [
    "Plain ASCII, with 'quotes' and CAPITALS.", "Déjà l’été: ÉLAN à Paris", "ΣΟΦΙΑ σοφός ΟΔΟΣ", "İstanbul and Kraków",
    "a `tick` in ASCII", "a `tick` and an é", "ﬁn ß straße ǅ", "x" * 600 + " É`",
])
def test_a_folded_stretch_is_the_stretch_folded(text: str) -> None:
    for start in range(0, len(text), 7):
        for end in range(start, min(len(text), start + 40) + 1, 3):
            assert events._fold_slice(text, start, end) == fold_keep_length(text[start:end]), (start, end)


@pytest.mark.parametrize("text", [
    "Le  groupe\u00a0a racheté\n la maison  en 2019 ; l’été", "Plain\twords  and\u2009thin spaces", "ΣΟΦΙΑ  ΟΔΟΣ ﬁnal",
    "  leading and trailing  ", "x" * 520 + "  Maison `Lumière`",
])
def test_content_words_of_a_stretch_are_those_of_its_text_with_spaces_evened(text: str) -> None:
    for start in range(0, len(text), 5):
        for end in (start + 12, start + 37, len(text)):
            evened = " ".join(text[start:end].split())
            assert events._content_words(text, (start, end)) == frozenset(
                events._CONTENT_WORD.findall(fold_keep_length(evened))), (start, end)


RELATIVE = [
    ("en", "Two years later, that October, the house said last week it would open next spring; three months "
           "earlier, in May, and on Wednesday, the previous year, this year's collection, yesterday, 2 weeks ago."),
    ("fr", "Deux ans plus tard, en mars dernier, la semaine dernière, au printemps prochain, hier, l'année suivante, "
           "mercredi dernier, 3 mois plus tôt, cette année, avant-hier, l'an dernier."),
    ("it", "Due anni dopo, lo scorso marzo, la settimana scorsa, la primavera del prossimo anno, ieri, l'anno "
           "successivo, mercoledì scorso, 3 mesi fa, quest'anno, l'altro ieri, entro l'estate."),
]


@pytest.mark.parametrize(("lang", "text"), RELATIVE + DATED)
def test_grouped_date_patterns_find_what_flat_ones_find(lang: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    grouped = find_date_mentions(text, lang)
    dates._language.cache_clear()
    monkeypatch.setattr(dates, "by_first_letter", "|".join)
    monkeypatch.setattr(dates, "_grouped_runs", "|".join)
    try:
        assert grouped == find_date_mentions(text, lang)
        assert len(grouped) >= 3
    finally:
        dates._language.cache_clear()


def test_runs_keep_alternatives_that_open_otherwise_in_place() -> None:
    # those that open with a group stay in place, consecutive ones behind one look at their first characters
    assert dates._grouped_runs(["ab", "ac", "(?P<n>x)", "(?P<m>y|z)", "ad", "b"]) == \
        r"a(?:b|c)|(?=[\U00000078]|[\U00000079\U0000007a])(?:(?P<n>x)|(?P<m>y|z))|a(?:d)|b(?:)"
    assert dates._grouped_runs(["ab", "(?P<n>x?)", "b"]) == "a(?:b)|(?P<n>x?)|b(?:)"  # may match empty: no look


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Twenty-one stores, a million viewers, one of 3,500 B2C sales, +5% and −3; someone anyone 1.2bn, a dozen"),
    ("fr", "Dix-sept boutiques, l'un des deux cents, quatre-vingts salariés, un million d'euros, 2,5 milliards"),
    ("it", "Quattromila clienti, l'uno dei ventitré negozi, un milione, tre miliardi, dell'undici, 12mila, sessanta"),
    ("en", "Covid-19 hit 2020; Q1 rose 08h12, ONE HUNDRED people, Seventy-Five, ten-year, at 8.30 am"),
])
def test_number_pattern_look_rejects_only_positions_where_no_number_starts(lang: str, text: str) -> None:
    fast = number_pattern(lang)
    body = "(?:(?P<digits>" + fast.pattern.split("(?:(?P<digits>", 1)[1]
    assert body.endswith(")")
    plain = re.compile(body[3:-1], fast.flags)  # the alternation without the look in front
    found = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert len(found) >= 4


def _named_spans_sentence_by_sentence(article: Article, people: list[Person]) -> dict[int, list[tuple[int, str]]]:
    """The plain reading: every sentence searched for every form of every person."""
    out: dict[int, list[tuple[int, str]]] = {}
    for sentence in article.sentences:
        for person in people:
            for form in dict.fromkeys((person.name, *person.aliases)):
                at = sentence.text.find(form) if len(form) >= 3 else -1
                if at >= 0:
                    out.setdefault(sentence.index, []).append((sentence.start + at, person.name))
                    break
    return {index: sorted(spans) for index, spans in out.items()}


@pytest.mark.parametrize("text", [
    "Anna Rossi joined. Rossi, who met Rossi again, left. Ann Rossini spoke. Annaanna Ros sat.\n\nAnna met Anna.",
    "Le PDG Jean-Luc Morel a dit. Morel et Jean-Luc Morel ont signé; Jean-Luc aussi. Mo est là.",
    "No one here. Rossi. Ross. Rossi Rossi Rossi.",
])
def test_people_are_found_in_sentences_as_a_sentence_by_sentence_search(text: str) -> None:
    article = parse_article(text.encode(), path=Path("a.txt"), kind="txt")
    evidence = Evidence(0, 0, 1, "test")
    people = [Person("Anna Rossi", evidence, ("Rossi", "Anna", "Ro")), Person("Jean-Luc Morel", evidence, ("Morel",)),
              Person("Ann Rossini", evidence, ("Rossini", "Ann")), Person("Nobody Here", evidence, ("Here",))]
    found = events._named_spans(article, [], people)
    assert found == _named_spans_sentence_by_sentence(article, people)
    assert len(found) >= 2


@pytest.mark.parametrize("text", ["Founded in 1772, 17720 bottles; 2030, x1999 and 2101 or 1699 in 1700.", "1800", ""])
def test_year_anchor_finds_what_the_look_back_first_pattern_finds(text: str) -> None:
    plain = re.compile(r"(?<!\d)(?:1[7-9]|20)\d\d(?!\d)")
    anchor = dates._language("fr").anchors["year"]
    assert [m.span() for m in anchor.finditer(text)] == [m.span() for m in plain.finditer(text)]
