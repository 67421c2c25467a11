"""Round 10 speed-ups (relations gates, people's "came from" cue, figures' look after a number, furniture word
counts): each must answer exactly as the plain code it replaces."""

from __future__ import annotations

import re

import pytest

from luxcli import lexicon
from luxcli.extract import people_lexicon as pl
from luxcli.extract.figures import _TOKEN, _months, _not_a_quantity
from luxcli.extract.relations.cues import _cues
from luxcli.extract.relations.found import _required
from luxcli.extract.units import unit_data
from luxcli.patterns import requirements
from luxcli.text import fold_keep_length

LANGS = ("en", "fr", "it")


@pytest.mark.parametrize("lang", LANGS)
def test_relation_gates_ask_for_the_same_strings_in_another_order(lang: str) -> None:
    cues = _cues(lang)
    patterns = [v for v in vars(cues).values() if isinstance(v, re.Pattern)]
    assert patterns
    for pattern in patterns:
        plain = requirements(pattern.pattern, pattern.flags)
        ordered = _required(pattern)
        assert (plain is None) == (ordered is None)
        if plain is not None:
            assert sorted(ordered) == sorted(plain) and len(ordered) == len(plain)
            sizes = [sum(map(len, strings)) for strings in ordered]
            assert sizes == sorted(sizes)  # the shortest strings are looked for first


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "She joined in March from Orvane, where she had worked for nine years, and previously worked at Ledel."),
    ("en", "Having arrived from the rival house Castelmar last year, he now runs the atelier."),
    ("fr", "Elle arrive de chez Ferlaine, où elle a travaillé pendant dix ans, après un passage chez Brivane."),
    ("fr", "Venu de la maison Quvel en 2021, il dirige désormais les ventes."),
    ("it", "Arrivata da Velluto dopo otto anni, in precedenza ha lavorato per Tornesi."),
    ("it", "Proviene dalla maison Castrel, dove è stato direttore commerciale."),
])
def test_came_from_cue_finds_what_the_plain_alternation_finds(lang: str, text: str) -> None:
    fast = pl.people_lexicon(lang).came_from_re
    plain = re.compile("|".join(f"(?:{p})" for p in pl._words(lang, "came_from")) or r"(?!x)x")
    folded = fold_keep_length(text)
    for start in range(len(folded)):
        for end in (start + 20, start + 70, len(folded)):
            a, b = fast.search(folded, start, end), plain.search(folded, start, end)
            assert (a and a.span()) == (b and b.span()), (start, end)


def _month_after_plain(text: str, end: int, lang: str) -> bool:
    """The code the look after a number replaced: every token of 40 characters, then the first three."""
    data = unit_data(lang)
    next_words = _TOKEN.findall(text, end, min(len(text), end + 40))
    nxt = [w for w in next_words[:3] if w.casefold() not in data.connectors]
    return bool(nxt) and nxt[0].casefold().rstrip(".") in _months(lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The boutique opens on 5 of May, two weeks after the 12 stores of the chain, and 3 in June."),
    ("en", "Sales rose at 2 of the group's 9 divisions on 30 Sept. and 8 Oct. after 4 of its 7 rivals."),
    ("fr", "La boutique ouvrira le 24 mars, puis 3 des 12 magasins le 5 de juin et 40 en décembre."),
    ("fr", "Au total, 250 artisans et 18 ateliers du groupe ouvriront le 2 avril."),
    ("it", "Il negozio apre il 24 marzo, con 3 dei 12 punti vendita e 40 dipendenti dal 5 di giugno."),
    ("it", "Dal 2 al 9 ottobre, 15 mila visitatori."),
])
def test_the_month_after_a_number_is_read_as_before(lang: str, text: str) -> None:
    months = 0
    for m in re.finditer(r"\d+", text):
        start, end = m.span()
        # numbers that nothing but the month after them can rule out: spaced, with no month before them
        before = _TOKEN.findall(text, max(0, start - 40), start)
        if text[end:end + 1].isalpha() or (before and before[-1].casefold().rstrip(".") in _months(lang)):
            continue
        expected = _month_after_plain(text, end, lang)
        months += expected
        assert _not_a_quantity(text, start, end, m.group(), lang, False) == expected, m.group()
    assert months  # each sentence has a day before its month


@pytest.mark.parametrize("line", [
    "", "   ", "one", "a b c", " ".join(["w"] * 20), " ".join(["w"] * 21) + "  ", " ".join(["w"] * 30),
    " ".join(["w"] * 31), "  lead  " + " ".join(["w"] * 29) + " \t", "Contact presse : +33 1 40 00 00 00",
])
@pytest.mark.parametrize("limit", [20, 30])
def test_counting_words_up_to_a_limit_answers_as_counting_them_all(line: str, limit: int) -> None:
    assert (len(line.split(None, limit)) > limit) == (len(line.split()) > limit)


def test_every_language_has_came_from_cues() -> None:
    # the equivalence above would hold trivially for a language without any
    assert all(lexicon.lookup(lang, "people.cues.came_from", []) for lang in LANGS)
