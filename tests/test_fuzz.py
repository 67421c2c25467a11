"""Fuzzing ingest and extraction with random and mutated articles.

A quick run is part of the suite; a long one is
    LUXCLI_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from luxcli.errors import IngestError
from luxcli.extract import extract_all
from luxcli.ingest import SUFFIXES, parse_article
from luxcli.model import Facts

DATA = Path(__file__).parent / "data"
ARTICLES = sorted(p for folder in ("seeds", "dev", "extra", "fresh") for p in (DATA / folder).iterdir())
EXAMPLES = int(os.environ.get("LUXCLI_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@st.composite
def mutated_articles(draw: st.DrawFn) -> tuple[bytes, Path]:
    path = draw(st.sampled_from(ARTICLES))
    raw = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(raw)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate", "flip"]))
        if action == "insert":
            raw[at:at] = draw(st.binary(max_size=40) | st.text(max_size=40).map(str.encode))
        elif action == "delete":
            del raw[at : at + draw(st.integers(1, 400))]
        elif action == "duplicate":
            raw[at:at] = raw[max(0, at - 300) : at]
        elif raw and at < len(raw):
            raw[at] ^= draw(st.integers(1, 255))
    return bytes(raw), path


def check_evidence(article_text: str, sentences: int, facts: Facts) -> None:
    records = [*facts.entities, *facts.people, *facts.figures, *facts.events, *facts.relations]
    records += [role for person in facts.people for role in person.roles]
    for record in records:
        ev = record.evidence  # type: ignore[attr-defined]
        assert 0 <= ev.start <= ev.end <= len(article_text), record
        assert 0 <= ev.sentence < max(sentences, 1), record
    for index in facts.topics:
        assert 0 <= index < sentences


def ingest_and_extract(raw: bytes, path: Path) -> None:
    try:
        article = parse_article(raw, path=path, kind=SUFFIXES[path.suffix.lower()])
    except IngestError:
        return
    check_evidence(article.text, len(article.sentences), extract_all(article))


@FUZZ
@given(mutated_articles())
def test_mutated_articles_never_break_ingest_or_extraction(case: tuple[bytes, Path]) -> None:
    ingest_and_extract(*case)


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                "Cartier",
                "CEO",
                "of",
                "Mr.",
                "said",
                "2,5",
                "milliards",
                "€",
                "%",
                "1.200",
                "in",
                "2019",
                "PDG",
                "de",
                "amministratore",
                "delegato",
                "di",
                "Tmall",
                ",",
                ".",
                "\n",
                "«",
                "»",
                "Q:",
                "JW:",
                "-",
                "(",
                ")",
                "per cento",
                "January",
                "janvier",
                "gennaio",
                "the",
                "Italian",
                "house",
                "la",
                "maison",
                "il",
                "marchio",
                "owned",
                "by",
            ]
        ),
        max_size=80,
    ),
    st.sampled_from(["a.txt", "a.md", "a.html"]),
)
def test_random_word_soup_never_breaks_extraction(words: list[str], name: str) -> None:
    ingest_and_extract(" ".join(words).encode(), Path(name))


@FUZZ
@given(st.sampled_from(["By ", "Par ", "di ", "Written by ", "© ", "Copyright © 2024 ", ""]), st.text(max_size=80),
       st.sampled_from(["", " | 3 min read", " · 12 marzo 2025", " — Tous droits réservés", ". All rights reserved."]))
def test_bylines_and_copyright_lines_never_break_ingest(opener: str, middle: str, tail: str) -> None:
    from luxcli.ingest import drop_furniture

    line = f"{opener}{middle}{tail}"
    body = "The house opened a store in Lyon on Monday and plans two more next year."
    kept, furniture = drop_furniture([line, body])
    assert kept[-1] == body
    if furniture.byline is not None:
        assert furniture.byline in kept
    ingest_and_extract(f"{line}\n\n{body}\n{body}\n".encode(), Path("fuzz.txt"))
