"""Cues rebuilt per article from the lexicon items its words allow (issue 6): the same matches as the whole cue."""

from __future__ import annotations

import re

import pytest

from luxcli.extract import org_discovery as od
from luxcli.extract.cue_choice import Choice, _head_words, _word_paths, choice, text_words
from luxcli.extract.relations.cues import _cues

# Texts of my own holding cue words of sales, ownership, rivalry, partnership, creation and kind nouns, and
# texts holding none.
TEXTS = [
    ("en", "Velaris, which belongs to the Kessler group, sells on Zalora and opened a flagship on Tmall. It competes "
           "with Brisa and Cava; the group's platform, operated by Nordvik, is a subsidiary of Arno Holding. The label "
           "worked closely with Tarn, founded in 1921, and launched on WeChat. Rivals such as Lumo lost ground to it."),
    ("en", "Nothing here but weather: rain in spring, sun in summer and wind by the sea."),
    ("fr", "La maison Ombrelune, détenue depuis 2018 par le groupe Ferval, est vendue sur Zalando et fait face à "
           "Brisa. Elle a travaillé avec Tarn, filiale du groupe Kessler, et s'est associée à Lumo en 2020."),
    ("fr", "Il pleut au printemps ; le soleil revient en été sur la mer."),
    ("it", "Il marchio Lanterna Blu, controllato dalla holding Saverna, è venduto su Zalando e si confronta con Brisa. "
           "Ha lavorato con Arno, fondata nel 1950, e ha siglato un accordo con Cava."),
    ("it", "Piove in primavera e il sole torna d'estate sul mare."),
]


def _choices(lang: str) -> list[tuple[str, Choice]]:
    return [*_cues(lang).choices.items(),
            *((name, cue) for name, cue in vars(od._lang(lang)).items() if isinstance(cue, Choice))]


def _matches(pattern: re.Pattern[str] | None, text: str) -> list[tuple[tuple[int, int], str | None, tuple]]:
    return [(m.span(), m.lastgroup, m.regs) for m in pattern.finditer(text)] if pattern is not None else []


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_a_cue_built_from_the_items_a_text_allows_finds_what_the_whole_cue_finds(lang: str, text: str) -> None:
    words = text_words(text)
    for name, cue in _choices(lang):
        assert _matches(cue.pattern_for(words), text) == _matches(cue.full, text), name
        # and tried only where the items' first words start
        assert [(m.span(), m.lastgroup, m.regs) for m in cue.finditer(text)] == _matches(cue.full, text), name


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_kind_nouns_start_where_the_scan_of_every_offset_finds_them(lang: str, text: str) -> None:
    language = od._lang(lang)
    assert od._NounStarts(text, language).starts() == [i for i in range(len(text)) if language.noun.match(text, i)]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Competition is fierce: the competition, says the group, is Brisa.", "competition"),
    ("fr", "La concurrence est rude ; la concurrence, selon le groupe, c'est Brisa.", "concurrence"),
    ("it", "La concorrenza è forte; la concorrenza, dice il gruppo, è Brisa.", "concorrenza"),
])
def test_a_cue_is_tried_only_where_its_first_words_start(lang: str, text: str, word: str) -> None:
    pattern, places = _cues(lang).choices["competition"].places(text)
    assert pattern is not None and places is not None
    starts = [m.start() for m in re.finditer(rf"(?i)(?<![\w\-]){word}|(?<![\w\-])(?:the|la)(?![\w\-])", text)]
    assert set(places) <= set(starts)  # the first words of "competition" and "the competition", nothing else
    found = list(_cues(lang).choices["competition"].finditer(text))
    assert found and all(m.start() in places for m in found) and word in found[0].group(0).casefold()


@pytest.mark.parametrize(("lang", "cue", "text", "found"), [
    ("en", "sells", "The house sells on Zalora.", "sells"),
    ("fr", "sells", "La maison vend désormais sur Zalando.", "vend"),
    ("it", "sells", "Il marchio vende su Zalando.", "vende"),
])
def test_a_text_with_few_cue_words_gets_a_smaller_cue(lang: str, cue: str, text: str, found: str) -> None:
    choice_ = _cues(lang).choices[cue]
    pattern = choice_.pattern_for(text_words(text))
    assert pattern is not None and pattern is not choice_.full and len(pattern.pattern) < len(choice_.full.pattern)
    assert [m.group(0) for m in pattern.finditer(text)] == [found]


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, text in TEXTS if "weather" in text or
                                            "pleut" in text or "Piove" in text])
def test_a_text_without_the_cue_words_is_not_searched(lang: str, text: str) -> None:
    cues = _cues(lang).choices
    assert all(cues[name].pattern_for(text_words(text)) is None for name in ("sells", "structure", "mutual"))
    # a partnership cue no word tells ("coentreprise" may run on: "coentreprises") is kept, and only those
    partner = cues["partner"].pattern_for(text_words(text))
    assert partner is None or len(partner.pattern) < len(cues["partner"].full.pattern) / 2


def test_a_text_whose_letters_lower_case_unevenly_keeps_the_whole_cue() -> None:
    text = "İstanbul: the house sells on Zalora."  # "İ" lowers to two characters
    assert text_words(text) is None
    cue = _cues("en").choices["sells"]
    assert cue.pattern_for(text_words(text)) is cue.full


@pytest.mark.parametrize(("pattern", "ends", "paths"), [
    (r"(?:sells|has\s+sold)\s+to", True, [{"sells", "to"}, {"has", "sold", "to"}]),
    (r"belong(?:s|ed)?(?:\s+[\w\-]+){0,3}?\s+to", True, [{"belong"}, {"belonged"}, {"belongs"}]),
    (r"licen[cs]e(?![\w\-])", False, [{"licence"}, {"license"}]),
    (r"(?:stake|%)\s+held\s+by", True, [{"by", "held"}]),  # "stake held by" needs those two as well
    ("l’app", True, [{"app", "l"}]),
    ("la maison", True, [{"la", "maison"}]),
    ("partner", True, [{"partner"}]),
])
def test_the_words_a_match_holds(pattern: str, ends: bool, paths: list[set[str]]) -> None:
    assert sorted(map(sorted, _word_paths(pattern, ends))) == sorted(map(sorted, paths))


@pytest.mark.parametrize(("pattern", "ends"), [
    ("partner", False),  # "partners" matches too: the word is not known whole
    (r"collaborat\w+ with", True),  # the first word's end is not spelt out, and "with" follows an unknown word
    (r"\d+%", True),  # no word at all
])
def test_a_match_holding_no_known_word_is_always_kept(pattern: str, ends: bool) -> None:
    assert _word_paths(pattern, ends) is None
    cue = choice(lambda items: re.compile(rf"(?<![\w\-])(?:{'|'.join(items)})"), ([pattern, r"zzz\s"], False, ends))
    kept = cue.pattern_for(frozenset({"other"}))
    assert kept is not None and pattern in kept.pattern and "zzz" not in kept.pattern


@pytest.mark.parametrize(("pattern", "ends", "heads"), [
    (r"(?:sells|has\s+sold)\s+to", True, {"sells", "has"}),
    (r"(?:a\s+)?subsidiary\s+of", True, {"a", "subsidiary"}),
    (r"licen[cs]e", True, {"licence", "license"}),
    ("détenue par", True, {"detenue"}),  # folded, as the text's words
    (r"s['’]associe", True, {"s"}),
])
def test_the_words_a_match_opens_with(pattern: str, ends: bool, heads: set[str]) -> None:
    assert _head_words(pattern, ends) == heads


@pytest.mark.parametrize(("pattern", "ends"), [
    (r",\s*formerly", True),  # it opens with a comma
    (r"collaborat\w+ with", True),  # its first word is not spelt out whole
    ("partner", False),  # "partners" too
])
def test_a_match_opening_otherwise_has_no_first_words(pattern: str, ends: bool) -> None:
    assert _head_words(pattern, ends) is None


def test_items_with_groups_of_their_own_keep_the_whole_cue() -> None:
    cue = choice(lambda items: re.compile(rf"(?<![\w\-])(?:{'|'.join(items) or '(?!)'})(?![\w\-])"),
                 ([r"(bo)ld", "plain"], False, True))
    assert cue.pattern_for(frozenset({"plain"})) is cue.full  # without "(bo)ld" the groups would be numbered anew
    assert cue.pattern_for(frozenset({"nothing"})) is None
