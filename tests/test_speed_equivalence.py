"""Speed-ups that must answer exactly as the plain code they replace (issue 6: same extraction, faster)."""

from __future__ import annotations

import re

import pytest

from luxcli import lexicon
from luxcli.extract import people_lexicon as pl
from luxcli.extract.people_names import SpanIndex
from luxcli.ingest import _LIST_MARK, _matches_any, _word_split
from luxcli.store import _fact_ids, fact_id
from luxcli.text import fold, fold_keep_length


@pytest.mark.parametrize("spans", [
    [], [(3, 8)], [(0, 10), (2, 4)], [(5, 6), (5, 9), (1, 30)], [(4, 4), (7, 12), (12, 15)], [(0, 2), (20, 40), (3, 5)],
])
def test_span_index_answers_as_the_list_of_overlapping_spans(spans: list[tuple[int, int]]) -> None:
    index = SpanIndex(spans)
    for start in range(-2, 45):
        for end in range(start - 1, start + 12):
            found = index.overlapping(start, end)
            assert index.overlaps(start, end) == bool(found), (start, end)
            assert index.inside(start, end) == any(a <= start and end <= b for a, b in found), (start, end)


@pytest.mark.parametrize("line", [
    "We use cookies to improve your experience on this website.",
    "THIS WEBSITE USES COOKIES TO GIVE YOU THE BEST EXPERIENCE",
    "Nous utilisons des cookies pour améliorer votre expérience.",
    "Questo sito utilizza i cookie per migliorare la navigazione.",
    "© 2026 Maison Example. All rights reserved.",
    "Acme Media — all rights reserved",
    "Tous droits réservés",
    "Riproduzione riservata — tutti i diritti riservati.",
    "The group said cookies and biscuits sold well in the quarter, and all rights were reserved for the founders.",
    "İl sito usa cookie",
    "Share this article",
    "By Jane Doe",
    "Read more",
])
def test_furniture_split_matches_as_one_alternation(line: str) -> None:
    sources = [p for lang in lexicon.languages() for p in lexicon.lookup(lang, "furniture.segment_patterns", ())]
    together = re.compile("|".join(f"(?:{p})" for p in sources), re.IGNORECASE)
    assert _matches_any(line) == (together.fullmatch(_LIST_MARK.sub("", line.strip(" *_"))) is not None)


@pytest.mark.parametrize("text", [
    "L'Oréal a annoncé — mardi — une hausse de 5.2 % des ventes/profits",
    "Il gruppo dell’alta moda: `quote` e l‘azienda ʼx",
    "Straße İstanbul ǅemal ﬁnance co-founder e_mail",
    "",
])
def test_word_split_is_fold_then_split(text: str) -> None:
    assert _word_split(text) == fold(text).replace("'", " ").split()


@pytest.mark.parametrize("parts", [("Anna Rossi", 12), ("ceo", None, 3.5), ("Kering", "group"), ("é\x1fx",)])
def test_fact_ids_of_one_article_are_fact_id(parts: tuple[object, ...]) -> None:
    h = "ab" * 32
    assert _fact_ids(h)("p", *parts) == fact_id("p", h, *parts)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The group's chief executive officer and co-CEO, senior vice president of sales, said the ceo-elect"),
    ("en", "interim chief financial officer; global head of retail; the executive vice-president"),
    ("fr", "Le président-directeur général et la directrice générale déléguée du groupe, président du conseil"),
    ("it", "L'amministratore delegato e il presidente del consiglio di amministrazione, nuovo direttore generale"),
])
def test_title_pattern_matches_as_the_longest_first_alternation(lang: str, text: str) -> None:
    lex = pl.people_lexicon(lang)
    mods = pl._alternation(pl._words(lang, "title_modifiers", True))
    plain = re.compile(rf"(?<![\w])(?:co-?)?(?:(?:{mods})\s+)*(?:{pl._alternation(list(lex.titles))})(?![\w])")
    folded = fold_keep_length(text)
    expected = [m.span() for m in plain.finditer(folded)]
    assert expected  # the sentence holds titles
    assert [m.span() for m in lex.title_re.finditer(folded)] == expected
