"""The organisation lexicon: case-, accent-insensitive matching, possessives and elisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.extract.orgs import extract_orgs, find_mentions, lookup
from luxcli.ingest import parse_article


def names(text: str, lang_hint: str = "txt") -> list[tuple[str, str]]:
    article = parse_article(text.encode(), path=Path(f"a.{lang_hint}"), kind="text")
    return [(m.entry.name, m.surface) for m in find_mentions(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cartier's new boutique opened, and Cartier’s sales rose.", [("Cartier", "Cartier"), ("Cartier", "Cartier")]),
        ("Le succès d'Hermès et d’Alibaba en Chine.", [("Hermès", "Hermès"), ("Alibaba Group", "Alibaba")]),
        ("Le succès d'HERMES en Chine.", [("Hermès", "HERMES")]),
        ("La crescita dell'Alibaba Group e di Tmall.", [("Alibaba Group", "Alibaba Group"), ("Tmall", "Tmall")]),
        ("Compagnie Financière Richemont owns it.", [("Richemont", "Compagnie Financière Richemont")]),
        ("It joined Tmall's Luxury Pavilion last year.", [("Tmall Luxury Pavilion", "Tmall's Luxury Pavilion")]),
        ("It joined the Luxury Pavilion last year.", [("Tmall Luxury Pavilion", "Luxury Pavilion")]),
        (
            "Jaeger LeCoultre and Jaeger-LeCoultre are one house.",
            [("Jaeger-LeCoultre", "Jaeger LeCoultre"), ("Jaeger-LeCoultre", "Jaeger-LeCoultre")],
        ),
        ("The zenith of its power came early; Zenith watches followed.", [("Zenith", "Zenith")]),
        ("They coach staff well.", []),
        (
            "LVMH Moët Hennessy Louis Vuitton reported; Louis Vuitton grew.",
            [("LVMH", "LVMH Moët Hennessy Louis Vuitton"), ("Louis Vuitton", "Louis Vuitton")],
        ),
    ],
)
def test_lexicon_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_mention_spans_point_into_the_text() -> None:
    text = "Prada e Miu Miu sbarcano su Tmall, dice il gruppo Prada."
    article = parse_article(text.encode(), path=Path("a.txt"), kind="text")
    for m in find_mentions(article):
        assert article.text[m.start : m.end] == m.surface


def test_lookup_by_alias_is_case_and_accent_insensitive() -> None:
    entry = lookup("compagnie financiere RICHEMONT")
    assert entry is not None and entry.name == "Richemont" and entry.kind == "group"
    assert lookup("No Such House") is None


@pytest.mark.parametrize(("name", "canonical", "kind", "parent"), [
    ("Isetan", "Isetan Mitsukoshi Holdings", "group", None),
    ("Groupe Al Tayer", "Al Tayer Group", "group", None),
    ("Ounass", "Ounass", "platform", "Al Tayer Group"),
    ("24S", "24 Sèvres", "platform", "LVMH"),
    ("TikTok Shop", "TikTok Shop", "platform", "ByteDance"),
    ("e.l.f.", "e.l.f. Cosmetics", "brand", None),
    ("Tanishq", "Tanishq", "brand", "Titan Company"),
    ("Zepeto", "Zepeto", "platform", None),
    ("Federazione dell'industria orologiera svizzera", "Federation of the Swiss Watch Industry", "group", None),
    ("Fédération de l'industrie horlogère suisse", "Federation of the Swiss Watch Industry", "group", None),
])
def test_lexicon_entries_of_groups_and_platforms(name: str, canonical: str, kind: str, parent: str | None) -> None:
    entry = lookup(name)
    assert entry is not None and (entry.name, entry.kind, entry.parent) == (canonical, kind, parent)


def test_the_article_form_of_a_renamed_platform_is_kept() -> None:
    text = "Elle vend sur 24S, la plateforme du groupe."
    article = parse_article(text.encode(), path=Path("a.txt"), kind="text")
    assert [e.name for e in extract_orgs(article)[0]] == ["24S"]


@pytest.mark.parametrize(("name", "canonical", "kind", "parent"), [
    ("Selfridges", "Selfridges", "brand", None),  # a department store is a consumer banner, as the trade writes it
    ("Neiman Marcus", "Neiman Marcus", "brand", None),
    ("KaDeWe", "KaDeWe", "brand", None),
    ("Molteni & C", "Molteni&C", "brand", None),
    ("B&B Italia", "B&B Italia", "brand", "Design Holding"),
    ("1stdibs", "1stDibs", "platform", None),
    ("Zalando Lounge", "Zalando Lounge", "platform", "Zalando"),
    ("Lazard Frères", "Lazard", "group", None),
])
def test_lexicon_entries_of_banks_and_houses(name: str, canonical: str, kind: str, parent: str | None) -> None:
    entry = lookup(name)
    assert entry is not None and (entry.name, entry.kind, entry.parent) == (canonical, kind, parent)


@pytest.mark.parametrize(("text", "expected"), [
    ("The tunnel under the Mont-Blanc reopened in the spring.", []),  # the mountain, not the pen maker
    ("Montblanc opened a boutique.", [("Montblanc", "Montblanc")]),
    ("La maison Cartier-Quimel ouvre à Lyon.", []),  # a known name as half of another house's double name
    ("Gli accordi Cartier-owned non cambiano.", [("Cartier", "Cartier")]),
    ("Il negozio Zalando Lounge e il sito Zalando.", [("Zalando Lounge", "Zalando Lounge"), ("Zalando", "Zalando")]),
])
def test_lexicon_mentions_prefer_the_longer_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected
