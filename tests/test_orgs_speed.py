"""Faster scans of the organisation cues (issue 6): each must find exactly what the plain `finditer` finds."""

from __future__ import annotations

import re
import types

import pytest

from luxcli.extract import org_discovery as od
from luxcli.patterns import Lowered

# Texts of my own, with the cues each scan is for (kind nouns, nouns inside longer nouns, appositions,
# possessives, copulas, parents, venues, owners), and texts without them.
TEXTS = [
    ("en", "The Florentine house Velluto Nero and the luxury house Ombrelune, the French brand, opened. Labels such as "
           "Arno, Brisa and Cava grew. The group owns two brands: Lumo and Tarn. Dalora's flagship opened; Vesta is "
           "now a leading label. It is a subsidiary of Kessler Holding, sold on Zalora and the owner of Brisa."),
    ("en", "Brands, houses and groups all grew; the house, the brand. Luxury houses Ondel and Brevio, rival labels."),
    ("en", "No organisation is named here at all, only plain words about the weather in spring."),
    ("fr", "La maison Ombrelune, la griffe parisienne, et le groupe familial Ferval. Les maisons Ondelle et Brevio, "
           "filiale du groupe Kessler, vendue sur Zalando. Vauclair est aujourd'hui une maison reconnue."),
    ("fr", "Le joaillier Corrin et la marque de soin Lisandre ; la plateforme milanaise Brisa, propriétaire de Tarn."),
    ("it", "Il marchio Lanterna Blu, la casa fiorentina, e il gruppo Saverna. Le aziende come Arno e Brisa, "
           "controllata dalla holding Kessler, venduta su Zalando. Ostria è oggi un marchio affermato."),
    ("it", "Nessuna azienda in questo testo, solo parole sul tempo di primavera e sul mare."),
]


def _plain(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
@pytest.mark.parametrize("cue", ["preposed", "listed", "listed_bare"])
def test_cues_opening_with_a_kind_noun_tried_where_nouns_start(lang: str, text: str, cue: str) -> None:
    language = od._lang(lang)
    pattern = getattr(language, cue)
    found = [(m.span(), m.groups()) for m in od._scan(pattern, text, Lowered(text), od._NounStarts(text, language))]
    assert found == _plain(pattern, text)


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_noun_starts_are_every_place_a_noun_matches(lang: str, text: str) -> None:
    language = od._lang(lang)
    expected = [i for i in range(len(text)) if language.noun.match(text, i)]
    assert od._NounStarts(text, language).starts() == expected


@pytest.mark.parametrize(("lang", "text", "inner"), [
    ("en", "It bought the luxury house Ombrelune.", "house"),
    ("fr", "Elle vend sur la boutique en ligne Ombrelune.", "ligne"),
    ("it", "Ha rilevato la casa di moda Ombrelune.", "moda"),
])
def test_a_noun_inside_a_longer_noun_is_a_start_too(lang: str, text: str, inner: str) -> None:
    language = od._lang(lang)
    starts = od._NounStarts(text, language).starts()
    outer = [m.span() for m in language.noun.finditer(text)]
    assert len(outer) == 1 and outer[0][0] < text.index(inner) < outer[0][1]  # the one scan skips the inner noun
    if language.noun.match(text, text.index(inner)):
        assert text.index(inner) in starts
    assert starts == [i for i in range(len(text)) if language.noun.match(text, i)]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
@pytest.mark.parametrize("cue", ["appositive", "described", "possession"])
def test_cues_opening_with_a_name_skipped_only_where_nothing_follows_a_name(lang: str, text: str, cue: str) -> None:
    language = od._lang(lang)
    pattern = getattr(language, cue)
    assert od._tail(pattern, language.name) is not None  # the cue opens with the name: the gate is used
    found = [(m.span(), m.groups()) for m in od._scan(pattern, text, Lowered(text), name=language.name)]
    assert found == _plain(pattern, text)


@pytest.mark.parametrize(("lang", "text"), TEXTS)
@pytest.mark.parametrize("cue", ["prefixed_of", "came_from"])
def test_cues_behind_a_look_find_the_same(lang: str, text: str, cue: str) -> None:
    pattern = getattr(od._lang(lang), cue)
    assert _plain(od._looking(pattern), text) == _plain(pattern, text)
    assert od._looking(pattern).pattern != pattern.pattern  # the look is there


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("en", TEXTS[0][1], 1), ("fr", TEXTS[3][1], 1), ("it", TEXTS[5][1], 1),
])
def test_the_scans_still_find_the_cues(lang: str, text: str, count: int) -> None:
    language = od._lang(lang)
    nouns = od._NounStarts(text, language)
    assert len(list(od._scan(language.preposed, text, Lowered(text), nouns))) >= count
    assert len(list(od._chosen(language.parent, text))) >= count


def test_a_cue_not_opening_with_a_name_has_no_tail() -> None:
    language = od._lang("en")
    assert od._tail(language.parent.full, language.name) is None
    assert od._tail(language.preposed, language.name) is None
    assert od._tail(re.compile(f"({language.name.pattern})+, x"), language.name) is None  # no tail on its own
    assert od._tail(re.compile(f"({language.name.pattern}) \\1"), language.name) is None  # the name again
    assert od._tail(re.compile(f"({language.name.pattern}), x"), language.name).pattern == ", x"


@pytest.mark.parametrize("lang", ["en", "fr", "it"])
@pytest.mark.parametrize("cue", ["preposed", "listed", "listed_bare"])
def test_the_noun_cues_take_the_fast_path(lang: str, cue: str) -> None:
    language = od._lang(lang)
    text = " ".join(t for _, t in TEXTS)
    pattern = getattr(language, cue)
    scan = od._scan(pattern, text, Lowered(text), od._NounStarts(text, language))
    # tried at the noun starts (or not at all, without the cue's words), never by a `finditer` of the whole text
    assert isinstance(scan, types.GeneratorType) or scan == ()
    assert type(scan) is not type(pattern.finditer(""))
