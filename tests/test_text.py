from __future__ import annotations

import pytest

from luxcli.text import fold, fold_keep_length, split_sentences

ABBREVIATIONS = ["Mr.", "Dr.", "U.S.", "St.", "M.", "Dott.", "Sig."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith arrived. He sat down.", ["Mr. Smith arrived.", "He sat down."]),
        ("Sales rose 2.5 per cent. Profits fell.", ["Sales rose 2.5 per cent.", "Profits fell."]),
        ("The U.S. label grew. Then it slowed.", ["The U.S. label grew.", "Then it slowed."]),
        ("John D. Idol spoke. Others listened.", ["John D. Idol spoke.", "Others listened."]),
        ("M. Dupont est arrivé. Il a parlé.", ["M. Dupont est arrivé.", "Il a parlé."]),
        ("Il Dott. Rossi ha parlato. Poi è uscito.", ["Il Dott. Rossi ha parlato.", "Poi è uscito."]),
        ("« Bonjour. » Elle sourit.", ["« Bonjour. »", "Elle sourit."]),
        (
            "Headline without stop\nBody sentence one. Body two!",
            ["Headline without stop", "Body sentence one.", "Body two!"],
        ),
        ("Prices reached 1.200,50 euro. Fine.", ["Prices reached 1.200,50 euro.", "Fine."]),
        ("Is it? Yes. “Quoted.” Next", ["Is it?", "Yes.", "“Quoted.”", "Next"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, ABBREVIATIONS)] == expected


def test_sentence_spans_point_into_the_text() -> None:
    text = "First one.  Second one.\n\nThird."
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hermès", "HERMES"),
        ("Jean-Christophe", "jean christophe"),
        ("D’Arpizio", "d'arpizio"),
        ("Net-a-Porter", "net a porter"),
    ],
)
def test_fold_makes_spellings_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keep_length_keeps_offsets() -> None:
    text = "Hermès, Chloé et L’Oréal — déjà ﬁni"
    folded = fold_keep_length(text)
    assert len(folded) == len(text)
    assert folded.startswith("hermes, chloe et l'oreal")


@pytest.mark.parametrize("text", [
    "\n\n  Mr. Smith arrived.   He sat down.  \n\n\nDr. Who? No.\n",
    "Il Dott. Rossi ha parlato.\n \n Poi è uscito. Fine",
    "", "\n", "   ", "One. Two. Three.",
])
def test_sentences_are_the_same_whatever_holds_the_abbreviations(text: str) -> None:
    """Abbreviations are prepared once per list (cached): a list, a tuple or a generator of them split alike,
    and every span still points at its sentence."""
    ways = [split_sentences(text, ABBREVIATIONS), split_sentences(text, tuple(ABBREVIATIONS)),
            split_sentences(text, (a for a in ABBREVIATIONS))]
    assert ways[0] == ways[1] == ways[2]
    assert [s.index for s in ways[0]] == list(range(len(ways[0])))
    assert all(text[s.start:s.end] == s.text == s.text.strip() != "" for s in ways[0])
    assert [s.text for s in split_sentences(text, [])] != [s.text for s in ways[0]] or "Mr." not in text
