"""Scans skipped or narrowed where they cannot match (issue 6): the same matches as the plain scans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from luxcli.extract import org_discovery as od
from luxcli.extract.orgs import extract_orgs
from luxcli.extract.people_cues import _LABEL, _label_matches
from luxcli.extract.people_state import PeopleState
from luxcli.ingest import parse_article
from luxcli.patterns import by_identity

# Texts of my own: with and without the cues the people extractor scans for (a successor, a namesake label, a
# unit led), with and without speaker labels.
TEXTS = [
    ("en", "Marta Vell succeeds Ivo Brandt as chief executive of Orlane Group.\nThe label that bears her name, "
           "Sablier, grew fast. Lea Moss heads the leather goods division of Orlane Group."),
    ("en", "Rain fell on the harbour all week.\nThe ferries ran late and the market closed early on Friday."),
    ("fr", "Claire Dumas succède à Paul Verne à la tête du groupe Ombrette.\nSa marque éponyme, Ombrette, grandit. "
           "Jeanne Roux dirige la division maroquinerie du groupe Ombrette."),
    ("fr", "Il a plu sur le port toute la semaine.\nLes bateaux partaient en retard et le marché fermait tôt."),
    ("it", "Giulia Ferri succede a Marco Lenti alla guida del gruppo Tessiture Varo.\nIl marchio che porta il suo "
           "nome cresce. Anna Gatti dirige la divisione pelletteria del gruppo Tessiture Varo."),
    ("it", "Ha piovuto sul porto tutta la settimana.\nI traghetti partivano in ritardo e il mercato chiudeva presto."),
]


def _state(lang: str, text: str) -> PeopleState:
    article = parse_article(text.encode(), path=Path(f"{lang}.txt"), kind="text")
    assert article.language == lang
    return PeopleState(article, extract_orgs(article)[1])


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_a_cue_scan_skipped_where_its_words_are_absent_finds_what_the_scan_finds(lang: str, text: str) -> None:
    state = _state(lang, text)
    for pattern in (state.lex.succeeds_re, state.lex.eponymous_re, state.lex.unit_lead_re):
        assert [m.span() for m in state._finditer(pattern)] == [m.span() for m in pattern.finditer(state.folded)]


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, text in TEXTS if "Rain" in text or "plu" in text
                                            or "piovuto" in text])
def test_a_text_without_a_successor_cue_is_not_scanned_for_one(lang: str, text: str) -> None:
    state = _state(lang, text)
    assert not state._may_match(state.lex.succeeds_re)


@pytest.mark.parametrize(("lang", "text", "cue"), [
    ("en", TEXTS[0][1], "succeeds"),
    ("fr", TEXTS[2][1], "succede a"),  # read on the folded text
    ("it", TEXTS[4][1], "succede a"),
])
def test_a_successor_cue_is_still_found(lang: str, text: str, cue: str) -> None:
    state = _state(lang, text)
    assert [m.group(0).strip() for m in state._finditer(state.lex.succeeds_re)] == [cue]


@pytest.mark.parametrize("text", [
    "Anna Rossi: We opened in May.\nQ: And next year?\nAnna Rossi: Milan, then Paris.",
    "Claire Dumas : Nous ouvrons en mai.\nQ : Et ensuite ?\nClaire Dumas : Milan.",
    "Giulia Ferri: Apriamo a maggio.\n  D: E poi?\nGiulia Ferri:\tMilano.",
    "No label here.\nA time, 10:30, and a ratio 3:1 are no labels: nor is a colon at the end:",
    ":\n: x\nx:y\nA very long line that goes on and on well past forty characters: then a colon",
    "",
])
def test_speaker_labels_are_read_from_the_lines_holding_a_colon(text: str) -> None:
    assert [m.span() for m in _label_matches(text)] == [m.span() for m in _LABEL.finditer(text)]


@pytest.mark.parametrize(("text", "found"), [
    ("Its own site, velaris.com, sells the bags.", True),
    ("Le site marque.fr vend les sacs.", True),
    ("Il sito negozio.co.uk vende le borse.", True),
    ("The .com era is over.", False),
    ("A compass.compass is no address.", False),
    ("No address at all.", False),
])
def test_a_web_address_is_told_by_its_dot_and_ending(text: str, found: bool) -> None:
    assert bool(od._TLD.search(text)) is found


def test_a_cache_by_identity_computes_once_per_object() -> None:
    calls: list[re.Pattern[str]] = []

    @by_identity
    def length(pattern: re.Pattern[str]) -> int:
        calls.append(pattern)
        return len(pattern.pattern)

    short, longer = re.compile("abc"), re.compile("abcd")
    assert [length(short), length(short), length(longer), length(short)] == [3, 3, 4, 3]
    assert calls == [short, longer]
