"""`luxcli.patterns`: `compile_scan` finds exactly what `re.compile` finds (the look in front only skips
positions), and a pattern is only skipped where none of its required strings occurs."""

from __future__ import annotations

import re

import pytest

from luxcli.patterns import Lowered, compile_scan, requirements

TEXT = ("Signed a deal with Lumora; PARTNERSHIP with Vetrina. Call +33 1 23 45 67 89 on 3/4/2021, "
        "or 12 March 2024 — ſtore, Ωmega, dix-sept boutiques, 45% owned by X-Group. abc ab a")


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?<![\w\-])(?:deal|partner\w*)\s+with", re.IGNORECASE),
    (r"\+?\(?\d{1,4}\)?(?:[ .\-\u00a0]\d{2,4}){3,}", 0),
    (r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{4})\b", 0),
    (r"(?:owned|controlled)(?:\s+[\w\-]+){0,3}?\s+by|(?P<pct>\d+%)", re.IGNORECASE),
    (r"(?i:store|omega)|Ω", 0),  # case-insensitive in part: "ſ" is an "s" there
    (r"(?:a|)b", 0),
    (r"a?b*", 0),  # matches the empty string everywhere: left as it is
    (r"[^a-z]x|\bdix", 0),
    (r"(?i)march", 0),  # global flags stay first
])
def test_same_matches_as_re(pattern: str, flags: int) -> None:
    fast, plain = compile_scan(pattern, flags), re.compile(pattern, flags)
    found = [(m.span(), m.groups()) for m in fast.finditer(TEXT)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(TEXT)]
    assert fast.groupindex == plain.groupindex


@pytest.mark.parametrize(("pattern", "looks"), [
    (r"(?<![\w\-])(?:deal|partner)", True),
    (r"\d+%", True),
    (r"a?b*", False),
    (r"[^a]b", False),
    (r".x", False),
])
def test_look_added_only_when_first_characters_are_known(pattern: str, looks: bool) -> None:
    assert compile_scan(pattern).pattern.startswith("(?=") is looks


CUES = [
    (r"(?:collaborat\w+|partnership|deal) between|teamed with|licen[cs]e(?:s|d\s+to)?(?![\w\-])", re.IGNORECASE),
    (r"(?<![\w\-])(?:owned|controlled)(?:\s+[\w\-]+){0,3}?\s+by", re.IGNORECASE),
    (r"(?<![\w\-])(?:détenue?s?|propriété\s+d(?:e|u|es|['’]))", re.IGNORECASE),
    (r"(?<![\w\-])(?:s(?:ale|ell)|store)(?![\w\-])", re.IGNORECASE),
]


@pytest.mark.parametrize(("pattern", "flags"), CUES)
@pytest.mark.parametrize("text", [
    "The DEAL BETWEEN them", "Licensed to X.", "a house OWNED since 2015 BY the group", "PROPRIÉTÉ DU groupe",
    "it will SELL online", "nothing to see here", "ſell", "DıVISION", "İstanbul store", "détenues par",
])
def test_requirements_are_in_every_text_the_pattern_matches(pattern: str, flags: int, text: str) -> None:
    required = requirements(pattern, flags)
    assert required  # each of these patterns has some
    if re.search(pattern, text, flags):
        assert Lowered(text).may_match(required)


@pytest.mark.parametrize(("pattern", "text", "may"), [
    (r"(?i:partner(?:ship)?\s+with)", "A quiet quarter for the house.", False),
    (r"(?i:partner(?:ship)?\s+with)", "Its PARTNERSHIP with Lumora", True),
    (r"(?i)\bborn\b", "The founder was BORN in Lyon.", True),
    (r"(?i)\bborn\b", "Reborn? No: launched.", True),  # "born" occurs, the pattern does not match: still searched
    (r"(?i)\bborn\b", "A ſhort text, nothing else.", True),  # "ſ" pairs with "s" in `re`: always searched
    (r"(?i)\bborn\b", "Founded in 1901.", False),
])
def test_lowered_copy_says_when_a_pattern_cannot_match(pattern: str, text: str, may: bool) -> None:
    assert Lowered(text).may_match(requirements(pattern)) is may


def test_no_requirements_when_any_text_may_match() -> None:
    assert requirements(r"\w+\s*") is None
    assert Lowered("anything").may_match(None)


@pytest.mark.parametrize("order", [1, -1])  # the strings one question finds present or absent, asked again
def test_one_lowered_copy_asked_many_times_answers_as_a_fresh_one(order: int) -> None:
    asked = [(("deal", "between"), ("licen",)), (("between",),), (("xyz", "deal"),), (("deal",), ("xyz",)), ()]
    questions = [*[requirements(p, f) for p, f in CUES][::order], *asked]
    for text in ["The DEAL BETWEEN them", "Licensed to X.", "nothing to see here", "a deal, not between us"]:
        shared = Lowered(text)
        for _ in range(2):
            for needs in questions:
                assert shared.may_match(needs) is Lowered(text).may_match(needs)
                assert needs is not None  # each way of matching needs all of its strings:
                assert shared.may_match(needs) is any(all(s in text.lower() for s in strings) for strings in needs)
