"""The multilingual number parser: table-driven cases per language, and a round trip
through each language's writing conventions (Hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from luxcli.extract.numbers import number_pattern, parse_number

EN = [
    ("1,200", 1200), ("1200", 1200), ("1 200", 1200), ("1\u00a0200", 1200), ("1\u202f200", 1200),
    ("2.5", 2.5), ("0.75", 0.75), ("1,234,567", 1234567), ("1,234.5", 1234.5), ("1.200", 1.2),
    ("+48", 48), ("-1", -1), ("−3.5", -3.5), ("2.5 million", 2.5e6), ("700 million", 7e8),
    ("3 billion", 3e9), ("4.5bn", 4.5e9), ("4.5 bn", 4.5e9), ("10k", 1e4), ("5m", 5e6), ("2 mn", 2e6),
    ("1.2 trillion", 1.2e12), ("three", 3), ("Seven", 7), ("twenty-five", 25), ("ninety nine", 99),
    ("one hundred", 100), ("one hundred and five", 105), ("two thousand", 2000), ("a million", 1e6),
    ("half a million", 5e5), ("a dozen", 12), ("two dozen", 24), ("three hundred thousand", 3e5),
    ("five hundred and twenty", 520), ("1904MC", None), ("B2C", None), ("Gen Z", None), ("08h12", None),
    ("lots", None), ("", None), ("1,2,3", None), ("12 photos", None), ("1,23,456", None),
]
FR = [
    ("1 200", 1200), ("1\u202f200", 1200), ("1\u00a0200", 1200), ("1.200", 1200), ("770.000", 770000),
    ("3 212 085", 3212085), ("2,5", 2.5), ("32,29", 32.29), ("1,200", 1.2), ("1 234,5", 1234.5),
    ("1.234.567,89", 1234567.89), ("+48", 48), ("-1", -1), ("2,5 milliards", 2.5e9), ("1,15 milliard", 1.15e9),
    ("100 millions", 1e8), ("28 000", 28000), ("2,85 Md", 2.85e9), ("3 Mds", 3e9), ("mille", 1000),
    ("deux mille", 2000), ("un million", 1e6), ("une douzaine", 12), ("deux centaines", 200), ("quatre", 4),
    ("neuf", 9), ("dix-sept", 17), ("vingt et un", 21), ("vingt-deux", 22), ("soixante-dix", 70),
    ("quatre-vingts", 80), ("quatre-vingt-dix", 90), ("deux cents", 200), ("trois cent mille", 3e5),
    ("cinq millions", 5e6), ("Trois", 3), ("2.5", 2.5), ("07 h 30", None), ("1er", None), ("Covid-19", None),
    ("beaucoup", None), ("1 2", None), ("une cinquantaine", 50), ("une vingtaine", 20),
]
IT = [
    ("1.200", 1200), ("20.000", 20000), ("11.610", 11610), ("1 200", 1200), ("1,5", 1.5), ("1,38", 1.38),
    ("1.234.567,8", 1234567.8), ("+15", 15), ("-1,5", -1.5), ("16 milioni", 1.6e7), ("1,38 miliardi", 1.38e9),
    ("un milione", 1e6), ("mezzo milione", 5e5), ("2 mld", 2e9), ("85 mln", 8.5e7), ("un miliardo", 1e9),
    ("tre", 3), ("dieci", 10), ("sette", 7), ("undici", 11), ("ventitré", 23), ("ventuno", 21), ("ventotto", 28),
    ("trentatré", 33), ("quarantadue", 42), ("cento", 100), ("trecento", 300), ("duecentocinquanta", 250),
    ("mille", 1000), ("duemila", 2000), ("centomila", 1e5), ("tremilacinquecento", 3500), ("un migliaio", 1000),
    ("una ventina", 20), ("una cinquantina", 50),
    ("una decina", 10), ("due decine", 20), ("Dieci", 10), ("novecento", 900), ("1.200,50", 1200.5),
    ("1,200", 1.2), ("B2C", None), ("molti", None), ("18h30", None),
]


@pytest.mark.parametrize(("text", "value"), EN)
def test_english_numbers(text: str, value: float | None) -> None:
    assert parse_number(text, "en") == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize(("text", "value"), FR)
def test_french_numbers(text: str, value: float | None) -> None:
    assert parse_number(text, "fr") == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize(("text", "value"), IT)
def test_italian_numbers(text: str, value: float | None) -> None:
    assert parse_number(text, "it") == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("en", "more than 700 million Chinese consumers", ["700 million"]),
    ("en", "US$159,000 and €4.5bn", ["159,000", "4.5bn"]),
    ("en", "Covid-19 and B2C", []),
    ("fr", "plus de 770.000 téléspectateurs et 2,85 milliards", ["770.000", "2,85 milliards"]),
    ("fr", "vingt et un ans, 3 212 085 visiteurs", ["vingt et un", "3 212 085"]),
    ("it", "oltre 1,5 milioni di utenti e duemila dipendenti", ["1,5 milioni", "duemila"]),
    ("it", "mezzo milione di persone, dell'1,5%", ["mezzo milione", "1,5"]),
])
def test_tokenizer_finds_whole_numbers(lang: str, text: str, found: list[str]) -> None:
    spans = [m.group(0) for m in number_pattern(lang).finditer(text)
             if not (m.start() and text[m.start() - 1].isalpha()) and not text[m.end():m.end() + 1].isalpha()]
    assert [s for s in spans if parse_number(s, lang) is not None] == found


# Writing conventions: thousands separators and the decimal mark of each language.
CONVENTIONS = {
    "en": ([",", ""], "."),
    "fr": ([" ", "\u00a0", "\u202f", ".", ""], ","),
    "it": ([".", " ", ""], ","),
}
SCALES = {"en": {"million": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3},
          "fr": {"millions": 1e6, "milliards": 1e9, "Md": 1e9, "mille": 1e3},
          "it": {"milioni": 1e6, "miliardi": 1e9, "mld": 1e9, "mln": 1e6, "mila": 1e3}}


def _group(digits: str, sep: str) -> str:
    if not sep:
        return digits
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join([digits, *groups])


@settings(max_examples=300, deadline=None)
@given(lang=st.sampled_from(sorted(CONVENTIONS)), whole=st.integers(min_value=0, max_value=10**12),
       decimals=st.one_of(st.just(""), st.from_regex(r"[0-9]{1,2}", fullmatch=True)), data=st.data())
def test_numbers_round_trip_in_each_language(lang: str, whole: int, decimals: str, data: st.DataObject) -> None:
    seps, mark = CONVENTIONS[lang]
    sep = data.draw(st.sampled_from(seps))
    if sep == "" and whole >= 1000 and lang == "fr":
        sep = " "
    text = _group(str(whole), sep) + (mark + decimals if decimals else "")
    expected = float(f"{whole}.{decimals}" if decimals else whole)
    assert parse_number(text, lang) == pytest.approx(expected)


@settings(max_examples=200, deadline=None)
@given(lang=st.sampled_from(sorted(SCALES)), whole=st.integers(min_value=1, max_value=999),
       decimal=st.integers(min_value=0, max_value=9), data=st.data())
def test_scaled_numbers_round_trip(lang: str, whole: int, decimal: int, data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(sorted(SCALES[lang])))
    mark = CONVENTIONS[lang][1]
    text = f"{whole}{mark}{decimal} {word}"
    assert parse_number(text, lang) == pytest.approx((whole + decimal / 10) * SCALES[lang][word])
