"""Organisations no lexicon lists, found from the text's own cues, and per-article kinds.

A name is taken as an organisation only when the text says what it is:
- a kind noun before it ("the Florentine house Velluto Nero", "la maison Ombrelune", "il marchio Lanterna Blu"),
- a kind noun in apposition after it ("Brightwater, the Chinese joint venture", "X, la plateforme londonienne"),
- a list after a plural kind noun ("labels such as A, B and C"),
- a coordination where most items are known organisations ("Chanel, Velluto Nero and Prada"),
- a competition cue before a list ("competes with A and B", "in concorrenza con A"): rivals of a house
  are houses (orgs.py gives them the kind of the organisation they compete with);
- a company suffix ("X Group", "X SpA", "Gruppo X"), "X-owned", "X's flagship", or a web domain ("x.cn");
- a plural kind noun before a list ("les maisons A et B"), a kind noun and a name between commas ("its own
  bidding app, X, which"), a kind noun, "de"/"di" and what the house makes ("les marques de soin A");
- the article's own subject with no cue: a name used with a possessive and three times, always on its own
  ("Velaris's customers", possessed_subjects);
- a capitalised kind word written as part of the name ("Maison Ombrelune", "Casa Lanterna"): the whole is the
  name and the rest its short form. A lower-case "la maison Ombrelune" leaves the cue outside the name, except
  for the group words that name a family group ("le groupe Ferval" is "Groupe Ferval" beside "Anne Ferval").
The same cues, on a name the lexicon knows as a group or a platform, decide which of the two it is
in this article (a marketplace is "la plateforme milanaise" in one article, "rival X" of a company
in another).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.extract.cue_choice import Choice, choice, matches_at, text_words
from luxcli.patterns import Lowered, by_identity, compile_scan, requirements
from luxcli.text import fold_keep_length, trie_pattern

_UPPER = "A-ZÀ-ÖØ-Þ"
# One capitalised word of a name: "Net-a-Porter", "H&M", "Shushu/Tong", "JD.com" (no final full stop).
_TOKEN = rf"[{_UPPER}][\w&'’\-/]*(?:\.\w+)*"
# A word character, a dot and a domain ending. (The word character is looked back at from the dot: a pattern
# opening with a plain character lets `re` skip straight to the dots, twenty times faster than trying "\w" at
# every character; the same texts match.)
_TLD = re.compile(r"\.(?<=\w\.)(?:com|cn|net|fr|it|hk|co\.uk)\b")
# A year that ends a house's name, before a punctuation mark or a list's joining word ("Varenzi 1921, the label";
# "il marchio Morlac 1888 e ..."); not a date ("1921-22", "1921,5") nor a year a noun follows ("Ombrelune 2025 sales").
_YEAR_TAIL = r"(?:[ \t]+(?:1[89]|20)\d\d(?![\w\-/]|[.,:]\d)(?=[ \t]*(?:[,.;:)»”\"!?]|$)|[ \t]+(?:{joiners})[ \t]))?"
_DOMAIN = re.compile(r"(?<![\w@/.])([A-Za-z][A-Za-z0-9\-]*\.(?:com\.cn|co\.uk|com|cn|net|fr|it|hk))(?![\w.]|\.\w)")


@dataclass(frozen=True)
class Found:
    """A span the text's cues mark as an organisation of a kind."""

    start: int
    end: int
    name: str
    kind: str
    rule: str
    lead: str = ""  # a capitalised group word the name is known by: "le groupe Ferval" -> "Groupe Ferval"


@dataclass(frozen=True)
class _Lang:
    nouns: dict[str, str]  # kind noun -> kind
    preposed: re.Pattern[str]
    appositive: re.Pattern[str]
    listed: re.Pattern[str]
    listed_bare: re.Pattern[str]
    listed_colon: re.Pattern[str]  # "trois maisons : A, B et ...": a colon after a plural kind noun opens its list
    noun: re.Pattern[str]
    nouns_in: Choice  # the noun's pattern rebuilt per article from the kind nouns its words allow (`cue_choice`)
    coordination: re.Pattern[str]
    name: re.Pattern[str]
    item_sep: re.Pattern[str]
    company_context: re.Pattern[str]
    company_results: Choice  # "X reported revenue": only a company has results or a listing
    company_employers: Choice  # "X employs 480 people": only a company employs
    possession: re.Pattern[str]
    owner_list: Choice
    parent: Choice
    venue: Choice
    prefixed_of: re.Pattern[str]
    of_words: frozenset[str]  # "de", "di": between a kind word and a name
    came_from: re.Pattern[str]
    came_from_in: Choice  # the same, rebuilt per article from the cues its (folded) words allow (`cue_choice`)
    described: re.Pattern[str]
    stopwords: frozenset[str]  # the language's function words (lexicon `stopwords`)
    based: re.Pattern[str]
    based_suffixes: tuple[str, ...]  # "-based": "London-based X" names X, never "London-based X" itself
    owned: re.Pattern[str]
    rivals: Choice  # "competes with A and B": names of the trade's houses
    not_names: frozenset[str]
    determiners: frozenset[str]
    particles: frozenset[str]  # "Dal", "Le": a name's first word after a kind noun, when a capitalised word follows
    person_words: frozenset[str]
    family_words: frozenset[str]  # "la famille X", "X, figlio del fondatore": a person, not an owning company
    legal: frozenset[str]
    group_suffixes: frozenset[str]
    body_suffixes: frozenset[str]  # "X Mohair Alliance", "X Tailors Association": a trade body, named in full only
    brand_suffixes: frozenset[str]  # words that end a house's name: "Maurelle Frères", "Penwick & Sons"
    subsidiary: re.Pattern[str]  # ", a subsidiary of", ", filiale de": the name before the comma is a house
    tails: dict[str, str]  # trade words that end a company's name, and its kind: "Corlan Duty Free", "Ferval Store"
    # (kind "chain": a brand whose name is used without the word too)
    tail: re.Pattern[str]  # one of them ending a name
    company_word: re.Pattern[str]  # a group suffix or legal form anywhere in a name
    function_words: frozenset[str]
    of_tail: re.Pattern[str]  # " de Saint-Clair": a name's "of" part, after a name that starts with an article
    elided_tail: re.Pattern[str]  # "d'Or" after a name: "Sablier d'Or"
    agent_words: frozenset[str]  # "by", "par": the name after one is the agent of a passive, a person
    place_prepositions: frozenset[str]  # "in", "en": the name after one is more often a place
    place_openers: frozenset[str]  # "À", "At" opening a sentence before a name: a place
    passive: re.Pattern[str]  # a passive participle ("founded", "fondata"): the agent after it is a person
    prefixes: dict[str, str]  # capitalised kind word that starts a name -> kind: "Maison", "Gruppo"
    phrase_prefixes: tuple[str, ...]  # kind words of several words that start a name: "Hôtel des Ventes"
    group_word_in_name: bool  # "la filature Ivelle" is "Filature Ivelle" (French); group words: _family_named
    possessed: re.Pattern[str] | None  # "Velaris's customers": a name with a possessive mark and a lower-case word
    plurals: frozenset[str]  # plural kind nouns: "the houses A and B" names both
    of_before: re.Pattern[str]  # "the president of the group, Jane Doe,": the name after is the title holder's
    institutions: frozenset[str]  # "Accademia", "Institut": kind words of schools and foundations
    institution_tail: re.Pattern[str]  # " dei Mestieri", " des métiers d'art": the trade they teach or serve


def _alternation(words: Iterable[str]) -> str:
    return trie_pattern(words, " ")


_FULL_NAME = re.compile(rf"[{_UPPER}][^\W\d_]+[ \t]+[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?(?![\w])")


def _came_from_cues(lang: str) -> str:
    """The people lexicon's "came from" cues, which end where the former employer's name starts."""
    return "|".join(f"(?:{p})" for p in _came_from_patterns(lang)) or "(?!)"


def _came_from_patterns(lang: str) -> list[str]:
    return [p[:-1] if p.endswith("$") else p for p in lexicon.lookup(lang, "people.cues.came_from", ())]


def _parent_cues(words: Iterable[str], patterns: Iterable[str]) -> str:
    """The relations lexicon's "child of" cues, words and patterns: the name after them is an owner."""
    return "|".join([_alternation(words), *(f"(?:{p})" for p in patterns)]) if words or patterns else "(?!)"


@functools.cache
def _lang(lang: str) -> _Lang:
    data = lexicon.lookup(lang, "orgs", {})
    nouns = {n: kind for kind in ("brand", "group", "platform") for n in data.get(f"{kind}_nouns", ())}
    nouns.update({n[:1].upper() + n[1:]: kind for n, kind in list(nouns.items())})
    noun = rf"(?<![\w\-])({_alternation(list(nouns))})(?![\w\-'’])"
    connectors = _alternation(data.get("name_connectors", ()))
    # a founding year closes a house's name ("Varenzi 1921, the Florentine label"; "il marchio Morlac 1888 e ...")
    joiners = _alternation(data.get("list_joiners", ()))
    name = rf"{_TOKEN}(?:[ \t]+(?:(?:{connectors})[ \t]+)?{_TOKEN}){{0,4}}{_YEAR_TAIL.format(joiners=joiners)}"
    sep = rf"(?:\s*,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)"
    items = rf"{name}(?:{sep}{name})*"
    company_words = [*data.get("group_suffixes", ()), *data.get("legal_suffixes", ()),
                     *data.get("brand_suffixes", ()), *data.get("body_suffixes", ()),
                     *data.get("brand_tails", ()), *data.get("group_tails", ()), *data.get("chain_tails", ())]
    kind_words = [*data.get("brand_prefixes", ()), *data.get("group_prefixes", ())]
    of_words = data.get("name_of_words", ())
    tails = [*data.get("brand_tails", ()), *data.get("group_tails", ()), *data.get("chain_tails", ())]
    return _Lang(
        nouns=nouns,
        # the lower-case words between a kind noun and the name are no kind noun themselves ("maison mère des
        # marques X": the brands' noun is the cue)
        # ("la marque d'horlogerie X": an elided "de" glued to the word; not "qu'aux")
        preposed=re.compile(rf"{noun}((?:[ \t]+(?!{_alternation(list(nouns))}(?![\w\-]))"
                            rf"(?:[dD]['’])?[a-zà-öø-ÿ][\w\-]*)"
                            rf"{{0,{int(data.get('words_after_noun', 0))}}})"
                            rf"[ \t]+({name})"),
        appositive=re.compile(rf"({name}),[ \t]+(?i:{_alternation(data.get('determiners', ()))})(?:(?<=['’])|[ \t]+)"
                              rf"(?:[\w'’\-]+[ \t]+){{0,3}}?{noun}"),
        listed=re.compile(rf"{noun}(?:[ \t]+[\w'’\-]+){{0,2}}[ \t]*,?[ \t]+"
                          rf"(?:{_alternation(data.get('list_cues', ()))})[ \t]+({items})"),
        # "two brands of its own, A and B.": a kind noun, then a closing list of names (two at least)
        # (the words between are lower-case: "punti vendita multimarca tra Europa, Stati Uniti e Giappone" lists places)
        listed_bare=re.compile(rf"{noun}(?:[ \t]+(?![{_UPPER}])[\w'’\-]+){{0,3}}[ \t]*[,:][ \t]+"
                               rf"({name}(?:\s*,\s*{name})*,?\s+(?:{joiners})\s+{name})(?=[ \t]*(?:[.;)]|$))",
                               re.MULTILINE),
        listed_colon=re.compile(rf"(?<![\w\-])(?i:{_alternation(data.get('plural_nouns', ()))})[ \t]*:[ \t]+({items})"),
        noun=re.compile(noun),
        nouns_in=choice(lambda words: compile_scan(rf"(?<![\w\-])({_alternation(words)})(?![\w\-'’])"),
                        (list(nouns), True, True)),
        coordination=re.compile(rf"{name}(?:\s*,\s*{name}){{1,}},?\s+(?:{joiners})\s+{name}"),
        name=re.compile(name),
        item_sep=re.compile(sep),
        company_context=re.compile(rf"\b(?i:{_alternation(data.get('company_context', ()))})[ \t]+({name})"),
        company_results=choice(lambda words: compile_scan(rf"({name})[ \t]+(?i:{_alternation(words)})(?![\w\-])"),
                               (data.get("company_results", ()), True, True), anchored=False),
        company_employers=choice(lambda words: compile_scan(rf"({name})[ \t]+(?i:{_alternation(words)})(?![\w\-])"),
                                 (data.get("company_employers", ()), True, True), anchored=False),
        # "a subsidiary of X", "filiale de X", "controllata dalla holding di famiglia X": X owns something
        # (cues rebuilt per article from the lexicon items its words allow, `cue_choice`: each opens a word)
        parent=choice(lambda words, patterns: compile_scan(rf"(?<![\w\-])(?i:{_parent_cues(words, patterns)})[ \t]+"
                          rf"(?:(?i:{_alternation(data.get('determiners', ()))})(?:(?<=['’])|[ \t]+))?"
                          rf"(?:[a-zà-öø-ÿ][\w\-]*[ \t]+){{0,3}}?({name})(?![\w\-])"
                          # the whole capitalised run, not its first word: "owned by the Hong Kong holding X"
                          rf"(?![ \t]+[{_UPPER}])"
                          # "controlled by the Paris investment firm X": a place before the kind words is no name
                          rf"(?![ \t]+(?:[a-zà-öø-ÿ][\w\-]*[ \t]+){{1,3}}{_TOKEN})"),
                      (lexicon.lookup(lang, "relations.child_of", ()), True, True),
                      (lexicon.lookup(lang, "relations.child_patterns", ()), False, True)),
        # "sold on X", "référencée sur X", "venduta su X": a place to sell online
        venue=choice(lambda words: compile_scan(rf"(?<![\w\-])(?i:{_alternation(words)})"
                         rf"(?:[ \t]+[a-zà-öø-ÿ][\w\-]*){{0,2}}?[ \t]+(?:{_alternation(data.get('online_preps', ()))})"
                         rf"[ \t]+({name})(?![\w\-])"), (data.get("online_sale_words", ()), True, True)),
        based_suffixes=tuple(data.get("based_suffixes", ())),
        based=re.compile(rf"(?<![\w\-])[A-ZÀ-Þ][\w'’.]*(?:[ \t\-][A-ZÀ-Þ][\w'’.]*)?"
                         rf"(?:{'|'.join(re.escape(w) for w in data.get('based_suffixes', ())) or '(?!)'})"
                         rf"[ \t]+({name})(?![\w\-])"),
        # "Cristallerie de Vauclair", "Manifattura di Sesto": a kind word, "de/di" and a name
        of_words=frozenset(of_words),
        # a kind phrase of several words is a name's head without "de" too: "Hôtel des Ventes Vaudelune"
        prefixed_of=re.compile(rf"(?<![\w\-])({_alternation(kind_words)})[ \t]+(?:{_alternation(of_words)})"
                               rf"[ \t]*({_TOKEN}(?:[ \t]+{_TOKEN})?)(?![\w\-])"
                               rf"|(?<![\w\-])({_alternation([w for w in kind_words if ' ' in w]) or '(?!)'})[ \t]+"
                               rf"({_TOKEN}(?:[ \t]+{_TOKEN})?)(?![\w\-])"),
        # "who joined from X", "arrivée de chez X": a former employer (the people lexicon's "came from" cues)
        came_from=re.compile(_came_from_cues(lang)),  # read on folded text, as the people extractor reads it
        came_from_in=choice(lambda patterns: compile_scan("|".join(f"(?:{p})" for p in patterns) or "(?!)"),
                            (_came_from_patterns(lang), False, False), anchored=False),
        stopwords=frozenset(w.casefold() for w in lexicon.words(lang, "stopwords")),
        described=re.compile(rf"({name})[ \t]+(?:{_alternation(data.get('copulas', ()))})[ \t]+"
                             rf"(?i:{_alternation(data.get('determiners', ()))})(?:(?<=['’])|[ \t]+)"
                             rf"(?:[\w'’\-]+[ \t]+){{0,3}}?{noun}"),
        owner_list=choice(lambda words: compile_scan(rf"(?<![\w\-])(?:{_alternation(words)})[ \t]+({items})"),
                          (data.get("owner_cues", ()), True, True)),
        possession=re.compile(rf"({name})['’]s[ \t]+(?i:{_alternation(data.get('brand_possessions', ()))})\b"),
        owned=re.compile(rf"({name})-owned\b"),
        rivals=choice(lambda words: compile_scan(rf"(?<![\w\-])(?i:{_alternation(words)})[ \t]+({items})"),
                      (data.get("rival_cues", ()), True, True)),
        not_names=frozenset(data.get("not_names", ())),
        particles=frozenset(data.get("name_particles", ())),
        determiners=frozenset(w.casefold() for w in data.get("determiners", ())),
        person_words=frozenset(w.casefold() for w in data.get("person_words", ())),
        family_words=frozenset(w.casefold() for w in data.get("family_words", ())),
        legal=frozenset(w.rstrip(".") for w in data.get("legal_suffixes", ())),
        group_suffixes=frozenset(data.get("group_suffixes", ())),
        body_suffixes=frozenset(data.get("body_suffixes", ())),
        brand_suffixes=frozenset(data.get("brand_suffixes", ())),
        subsidiary=re.compile(rf",[ \t]+(?:{_alternation(data.get('subsidiary_appositions', ()))})(?:[ \t]|(?<=['’]))"),
        tails={w: kind for kind in ("brand", "group", "chain") for w in data.get(f"{kind}_tails", ())},
        tail=re.compile(rf"[ \t]({_alternation(tails)})$"),
        function_words=frozenset(w.casefold() for w in (*lexicon.words(lang, "stopwords"),
                                                        *data.get("not_after_noun", ()))),
        of_tail=re.compile(rf"(?:[ \t]+(?:{_alternation(of_words)})[ \t]*|[ \t]+d['’])({_TOKEN})(?![\w\-])"),
        elided_tail=re.compile(rf"[ \t]+d['’]({_TOKEN})"),
        company_word=re.compile(rf"\b(?:{trie_pattern(company_words)})(?!\w)"),
        agent_words=frozenset(w.casefold() for w in data.get("agent_words", ())),
        place_prepositions=frozenset(w.casefold() for w in data.get("place_prepositions", ())),
        place_openers=frozenset(w.casefold() for w in data.get("place_openers", ())),
        passive=re.compile(rf"(?i:\b(?:{_alternation(data.get('passive_participles', ()))})\b)(?!.*[,;.])"),
        prefixes={w: kind for kind in ("brand", "group") for w in data.get(f"{kind}_prefixes", ())},
        phrase_prefixes=tuple(w for w in kind_words if " " in w),
        group_word_in_name=bool(data.get("group_word_in_name", False)),
        of_before=re.compile(rf"(?<![\w\-])(?i:{_alternation(data.get('apposition_blockers', ()))})"
                             rf"(?:(?<=['’])|[ \t]+)$"),
        plurals=frozenset(w.casefold() for w in data.get("plural_nouns", ())),
        institutions=frozenset(data.get("institution_prefixes", ())),
        institution_tail=re.compile(rf"(?:(?:[ \t]+(?:{_alternation(of_words)})[ \t]+|[ \t]+d['’])[^\W\d_][\w\-]*)"
                                    rf"{{1,3}}(?![\w\-'’])"),
        possessed=re.compile(rf"(?:{'|'.join(map(re.escape, data['possessive_marks']))})(?=[ \t]+[a-zß-öø-ÿ])")
        if data.get("possessive_marks") else None,
    )


@functools.cache
def _kin_words(language: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.lookup(language, "orgs.kin_words", ()))


@functools.cache
def _street_words(language: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.lookup(language, "orgs.street_words", ()))


def _family_named(text: str, name: str, lang: _Lang) -> bool:
    """A person of the article bears the name ("Anna Ferval"): the company is the family's, and the press names it with
    its group word ("il gruppo Ferval" is "Gruppo Ferval") to tell it from the family; a group no one is named after
    is called by its name alone ("le groupe Ferval" is "Ferval")."""
    for m in re.finditer(rf"(?<![\w\-])([{_UPPER}][a-zß-öø-ÿ]+)[ \t]+{re.escape(name)}(?![\w\-])", text):
        first = m.group(1)
        if first not in lang.not_names and first not in lang.prefixes and first.casefold() not in lang.function_words \
                and first.casefold() not in lang.nouns and first.casefold() not in lang.determiners:
            return True
    return False


def _trim(text: str, start: int, end: int, lang: _Lang, *, particles: bool = False) -> tuple[int, int, bool]:
    """Drop leading words that never start a name, and a trailing possessive; say if any was dropped.
    With `particles`, a first word like "Dal" stays when a name's capitalised word follows ("Dal Verzo")."""
    surface = text[start:end]
    if surface.endswith(("'s", "’s")):
        end -= 2
        surface = surface[:-2]
    owner = _POSSESSOR_FIRST.match(surface)
    if owner and lang.company_word.search(surface, owner.end()):
        # "Kuwait's Alshaya Group": a company's name of its own after the place's (or owner's); not "Dick's Sporting
        # Goods", a possessive in the name
        start += owner.end()
        surface = surface[owner.end():]
    dropped = False
    while True:
        m = re.match(r"[^\s]+[ \t]*", surface)
        if not m:
            break
        word = m.group(0).strip().rstrip("'’")
        rest = surface[m.end():].split()
        if particles and not dropped and word in lang.particles and rest and rest[0][:1].isupper() \
                and rest[0] not in lang.not_names:
            break
        if word not in lang.not_names and word.split("'")[0].split("’")[0] not in lang.not_names:
            break
        dropped = True
        start += m.end()
        surface = surface[m.end():]
    return start, end, dropped


# A first word with a possessive mark and two capitalised words at least after it ("Tod's Group" is one name).
_POSSESSOR_FIRST = re.compile(rf"[^\s]+['’]s[ \t]+(?=[{_UPPER}][^\s]*[ \t]+[{_UPPER}])")


def _found(text: str, start: int, end: int, kind: str, rule: str, lang: _Lang, *, strict: bool = False,
           particles: bool = False) -> Found | None:
    start, end, dropped = _trim(text, start, end, lang, particles=particles)
    if end <= start or (strict and dropped):
        return None
    surface = text[start:end]
    if not surface[:1].isupper() or surface in lang.not_names:
        return None
    return Found(start, end, surface, kind, rule)


_LOWER_THEN_CAPITAL = re.compile(rf"((?:[ \t]+[a-zà-öø-ÿ][\w'’\-]*){{1,3}})[ \t]+[{_UPPER}]")


def _introduces_name(text: str, end: int, lang: _Lang) -> bool:
    """A kind noun, a few adjectives or a "de"/"di" phrase, then a capitalised word: the noun is a cue for the
    name after it ("la maison familiale Ombrelune"), not in apposition to the name before. A function word between
    ("a brand owned by Kering", "the group that X runs") ends the noun's phrase first."""
    m = _LOWER_THEN_CAPITAL.match(text, end)
    if not m or m.group(1).split()[-1].casefold() in lang.of_words:
        return False  # "X, la maison di gioielleria di Valenza": a capital after "di" is a place or an owner
    return not any(w.casefold() in (lang.function_words - lang.of_words) | lang.place_prepositions
                   for w in m.group(1).split())


def _names_a_person(text: str, m: re.Match[str], lang: _Lang) -> bool:
    """ "propriété de la famille X", "controllata dalla famiglia del presidente X", "nelle mani di X, figlio del
    fondatore", "controlled by the X family": the owner named is a person or a family, not a company."""
    between = re.findall(r"[\w'’\-]+", text[m.start(): m.start(1)])
    if any(w.casefold() in lang.family_words for w in between):
        return True
    after = re.match(r"[ \t]*,?[ \t]+([\w\-]+)", text[m.end(1): m.end(1) + 40])  # "the Tavel family"
    return bool(after) and after.group(1).casefold() in lang.family_words


def _noun_ok(text: str, m: re.Match[str], group: int) -> bool:
    """A kind noun is written in lower case, or capitalised only where a sentence starts: "Brands such as"."""
    if not m.group(group)[:1].isupper() or m.group(group).isupper():  # "the NGO X": an acronym is always capitals
        return True
    before = text[max(0, m.start(group) - 3) : m.start(group)]
    return m.start(group) == 0 or bool(re.search(r"(?:^|[.!?:\n\"“«]\s*|\n)$", before))


_ELIDED_WORD = re.compile(r"^\w['’][a-zà-ÿ]")


def _opens_phrase(text: str, start: int, lang: _Lang) -> bool:
    """A name in apposition starts a sentence or follows a function word ("avec Farfetch, la plateforme"),
    not a comma ("son directeur, Paul Lenoir, la griffe ...") or a noun ("place Vendôme, la maison ...")."""
    before = text[max(0, start - 30) : start].rstrip()
    if not before or before[-1] in "—–-:«\"“(\n.!?»”" or "\n" in text[start - 1 : start]:
        return True  # a sentence's or a line's first word
    word = re.search(r"([\w'’]+)$", before)
    if not word:
        return False
    w = word.group(1).casefold()
    if w.endswith(("'", "’")):  # an elided article or preposition: "d'" is "de", "l'" is "le", "dall'" is "dal(la)"
        w = next((c for c in (*(w[:-1] + v for v in "eao"), w[:-2]) if c in lang.function_words), w)
    opener = not before[: word.start()].strip() or before[: word.start()].rstrip()[-1] in ".!?\n"
    if opener and w in lang.place_openers:
        return False  # "À Lyon, la maison ...": a place opening the sentence
    at = max(0, start - 30) + word.start()  # where the word before starts in the text
    if w in lang.agent_words and _after_passive(text, at, lang):
        return False  # "fondata da X, la maison ...": X is the founder; "arriva da X, il marchio" is a house
    if lang.item_sep.fullmatch(f" {word.group(1)} "):
        # "fondée par A et B, la jeune pousse": the second founder of a pair is a person too
        first = _AGENT_THEN_NAME.search(text, max(0, at - 60), at)
        if first and first.group(1).casefold() in lang.agent_words and _after_passive(text, first.start(1), lang):
            return False
    return w in lang.function_words - lang.place_prepositions


# A word and a name of up to four words before a list's joining word: "par Lise Dartois et".
_AGENT_THEN_NAME = re.compile(rf"(?<![\w'’])([\w'’]+)[ \t]+{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}[ \t]+$")


def _after_passive(text: str, at: int, lang: _Lang) -> bool:
    """A passive participle in the words before `at` (a sentence's opening participle too: "Fondata negli anni
    Settanta da X"), none of the clause's punctuation between."""
    return bool(lang.passive.search(text, max(0, at - 80), at))


# What may separate two items of a list: a comma, or one or two joining words ("and", "as well as").
_SEPARATORS_BEFORE = (re.compile(r",[ \t]*$"), re.compile(r"[ \t]+[\w'’]+[ \t]+$"),
                      re.compile(r"[ \t]+[\w'’]+[ \t]+[\w'’]+[ \t]+$"))


def _ends_list_item(text: str, start: int, lang: _Lang) -> bool:
    """A list's separator right before: "A and B, the two houses" (B ends a list), not "Still, the groups"."""
    for pattern in _SEPARATORS_BEFORE:
        sep = pattern.search(text, max(0, start - 24), start)
        if sep and lang.item_sep.fullmatch(sep.group(0)):
            return True
    return False


def _platform_after_agent(text: str, m: re.Match[str], lang: _Lang) -> bool:
    """ "led by X, the resale platform": the agent of a passive is a person only where a person could be the
    apposition; no person is a platform."""
    if lang.nouns[m.group(2)] != "platform":
        return False
    word = re.search(r"([\w'’]+)[ \t]*$", text[max(0, m.start(1) - 30) : m.start(1)])
    return bool(word) and word.group(1).casefold() in lang.agent_words


_DESCRIBED = re.compile(r"([\w'’]+)[ \t]+([a-zà-öø-ÿ][\w\-]*)[ \t]+$")


def _after_described_noun(text: str, start: int, lang: _Lang) -> bool:
    """ "le plumassier X, une entreprise de neuf salariés": a determiner and a trade noun before the name, and a kind
    noun after it; without the determiner ("place Vendôme, la maison") the noun before is part of a place name."""
    m = _DESCRIBED.search(text, max(0, start - 40), start)
    if not m or m.group(1).casefold() not in lang.determiners or m.group(2).casefold() in lang.function_words:
        return False
    # "fondée par le parfumeur X, la maison": after the agent of a passive, the trade noun is the founder's
    words = re.findall(r"[\w'’]+", text[max(0, m.start() - 30) : m.start()].casefold())[-2:]
    return not any(w in lang.agent_words for w in (*words, m.group(1).casefold()))  # "dalla sarta X": "dalla" too


def _with_elided_tail(text: str, found: Found, lang: _Lang, known: Callable[[str], bool]) -> Found:
    """ "Sablier d'Or": an elided "d'" and a capitalised word that is not a known organisation
    ("la vitrine Velaris d'Alibaba" is Alibaba's Velaris)."""
    if found.rule == "orgs.domain":
        return found
    m = lang.elided_tail.match(text, found.end)
    if not m or known(m.group(1)):
        return found
    return Found(found.start, m.end(), text[found.start : m.end()], found.kind, found.rule)


# A number that ends a name the cue found, closed by punctuation: "consultant chez Brightline 9.", "il marchio
# Zanetti 1961," (not "Quillon 15 years ago", nor "Prada 2,5 milliards").
_NUMBER_TAIL = re.compile(r"[ \t]+\d{1,4}(?=[ \t]*[,.;:)»”\"](?!\d)|[ \t]*$)", re.MULTILINE)


def _with_number_tail(text: str, found: Found) -> Found:
    if found.rule == "orgs.domain" or not text[found.end + 1 : found.end + 2].isdigit():
        return found
    m = _NUMBER_TAIL.match(text, found.end)
    return Found(found.start, m.end(), text[found.start : m.end()], found.kind, found.rule, found.lead) if m else found


def _new_employers(text: str, lang: _Lang, employers: list[Found | None], named: set[str],
                   known: Callable[[str], bool]) -> list[Found]:
    """ "Baldassarri impiega 480 dipendenti": an employer no other cue found, so the verb says nothing of its kind
    where another does. Not the short form of a longer name ("Glenkirran" for "Glenkirran Mills"), unless a person
    bears it: the family's house beside the family's holding ("Baldassarri Partecipazioni")."""
    out = []
    for f in employers:
        if f is None or f.name in named or known(f.name):
            continue
        family = _family_named(text, f.name, lang)
        if not family and (any(set(f.name.split()) & set(n.split()) for n in named if " " in n)  # "Conceria X"
                           or re.search(rf"(?<![\w\-]){re.escape(f.name)}[ \t]+[{_UPPER}]", text)):
            continue
        # a family's house is its maison, a brand; another employer a company
        out.append(Found(f.start, f.end, f.name, "brand", f.rule, f.lead) if family else f)
    return out


def _of_chain(words: list[str], lang: _Lang) -> bool:
    """An adjective at most, then complements of one word each: "parisienne de revente de luxe", "di rivendita di
    lusso" (a long description between a kind noun and its name, "la plateforme parisienne de revente de luxe X")."""
    rest = words[1:] if words[0].casefold() not in lang.of_words else words
    return len(rest) % 2 == 0 and all(w.casefold() in lang.of_words for w in rest[::2])


def discover(text: str, language: str, known: Callable[[str], bool] = lambda name: False) -> list[Found]:
    """Every span that a cue marks as an organisation, with its kind and the cue's rule name."""
    lang = _lang(language)
    out: list[Found] = []
    lowered = Lowered(text)  # a scan whose required words are absent is skipped: same matches, less time
    nouns = _NounStarts(text, lang)  # where the cues that open with a kind noun can match: found once for all
    for m in _scan(lang.preposed, text, lowered, nouns):
        noun = m.group(1)
        if noun in lang.prefixes and not m.group(2):
            continue  # "Maison Ombrelune": the kind word is part of the name (_prefixed_names)
        between = m.group(2).split()
        if not _noun_ok(text, m, 1) or (between and between[-1].casefold() in lang.function_words) \
                or any(w.casefold() in lang.function_words - lang.of_words for w in between) \
                or (len(between) > 1 and between[0].casefold() not in lang.of_words
                    and between[1].casefold() not in lang.of_words):  # "le groupe a nommé X"; not "maison lyonnaise de"
            # "la piattaforma di Alibaba" names Alibaba's platform, not a platform called Alibaba ("les marques de
            # soin Lisandre", "il marchio di sneaker Zenko": a noun after "de"/"di" says what the brands make)
            continue
        if len(between) > 3 and not _of_chain(between, lang):
            continue  # "le réseau social de recommandations prisé des jeunes X": no complement of the noun
        if between and between[-1].casefold() in _street_words(language):
            continue  # "lo studio di via Tortona", "l'espace du boulevard Haussmann": a street, a place
        if any(w.casefold() in lang.person_words or w.casefold() in _kin_words(language) for w in between):
            continue  # "la società della sorella X", "l'azienda del fondatore X": the company is theirs, X a person
        found = _found(text, m.start(3), m.end(3), lang.nouns[noun], "orgs.cue_before", lang, strict=True,
                       particles=True)
        if found and found.name.split()[0] in lang.particles:  # "la marque Les Sources de Vallon": the whole name
            tail = lang.of_tail.match(text, found.end)
            found = Found(found.start, tail.end(), text[found.start:tail.end()], found.kind, found.rule) if tail \
                else found
        lead = noun[:1].upper() + noun[1:]
        # "le groupe Ferval", "il gruppo Ferval" are "Groupe Ferval", "Gruppo Ferval" when a Ferval of the family is
        # named too (the group word tells the company from the family); a trade word joins the name where the
        # language's press writes it so (the lexicon's `group_word_in_name`: "la filature Ivelle" is "Filature
        # Ivelle"); "il fondo Arno Capital", "le fonds lyonnais X" keep their name
        # ("le groupe familial Ferval" describes Ferval: an adjective between keeps the word out of the name), and
        # so does a name of several words ("le groupe Marceau Vignobles", "le groupe Roche-Vidal"): only a lone
        # family name needs the group word to tell the company from the family
        group_word = lead in lang.group_suffixes  # "Groupe", "Gruppo": with a family's name only
        if found and (lang.group_word_in_name or group_word) and not m.group(2) \
                and lang.prefixes.get(lead) == "group" and not found.name.startswith(lead + " ") \
                and not lang.company_word.search(found.name) and not re.search(r"[\s\-]", found.name) \
                and (not group_word or _family_named(text, found.name, lang)):
            found = Found(found.start, found.end, found.name, found.kind, found.rule, lead)
        out.append(found)
        if found and noun.casefold() in lang.plurals:  # "les maisons Ondelle et Brevio": every name listed
            out += _listed_on(text, found.end, found.kind, lang)
    for m in _scan(lang.appositive, text, lowered, name=lang.name):
        if m.group(2)[:1].isupper():
            continue
        if not _opens_phrase(text, m.start(1), lang) and not _platform_after_agent(text, m, lang) \
                and not _after_described_noun(text, m.start(1), lang):
            continue
        if _ELIDED_WORD.match(m.group(1)):
            continue  # "D'abord, la maison ...": an elided adverb opening the sentence, not a name
        between = re.findall(r"[\w'’\-]+", text[m.end(1):m.start(2)])[1:]  # the words after the determiner
        if any(w.casefold() in lang.function_words for w in between):
            continue  # "in Hong Kong, a gap the brand says": another phrase starts before the noun
        after = text[m.end(2): m.end(2) + 30]
        if re.match(r"['’]s\b", after):
            continue  # "X, the group's chief financial officer": X is a person
        next_word = re.match(r"[ \t]+([\w\-]+)", after)
        if next_word and next_word.group(1).casefold() in lang.person_words:
            continue
        if next_word and next_word.group(1)[:1].isupper():
            continue  # "au bord de la Loire, la maison Ombrelune": the noun introduces the name after it
        if _introduces_name(text, m.end(2), lang):
            continue  # "alla vigilia della Fiera, il marchio milanese di arredo Ostria": the same, past adjectives
        if m.group(2).casefold() in lang.plurals and not _ends_list_item(text, m.start(1), lang):
            continue  # "Still, the big groups are ...": a plural noun is in apposition to a list, not to one word
        out.append(_found(text, m.start(1), m.end(1), lang.nouns[m.group(2)], "orgs.cue_after", lang, strict=True))
    for m in _scan(lang.described, text, lowered, name=lang.name):
        if m.group(1).split()[0].casefold() in lang.stopwords:
            continue  # "Non è un mercato ...": a sentence's first word, not a name
        if not m.group(2)[:1].isupper() and _opens_phrase(text, m.start(1), lang) \
                and not any(w.casefold() in lang.function_words for w in re.findall(r"[\w'’\-]+",
                                                                              text[m.end(1):m.start(2)])[2:]):
            out.append(_found(text, m.start(1), m.end(1), lang.nouns[m.group(2)], "orgs.cue_copula", lang,
                              strict=True))
    for m in _scan(lang.listed, text, lowered, nouns):
        if not _noun_ok(text, m, 1):
            continue
        kind = lang.nouns[m.group(1)]
        out += [_found(text, s, e, kind, "orgs.cue_list", lang) for s, e in _items(m.group(2), m.start(2), lang)]
    for m in _scan(lang.listed_colon, text, lowered):
        noun = re.match(r"[^\s:]+(?:[ \t]+[^\s:]+)*", m.group(0)).group(0).casefold()
        kind = next((k for n, k in lang.nouns.items() if n.casefold() == noun), None)
        if kind and _noun_ok(text, m, 0):
            out += [_found(text, s, e, kind, "orgs.cue_list", lang, strict=True)
                    for s, e in _items(m.group(1), m.start(1), lang)]
    for m in _scan(lang.listed_bare, text, lowered, nouns):
        if not _noun_ok(text, m, 1):
            continue
        # the kind is the last kind noun before the list: "the group owns two brands: A and B"
        nouns = [n.group(1) for n in lang.noun.finditer(text, m.start(1), m.start(2))]
        kind = lang.nouns[nouns[-1] if nouns else m.group(1)]
        out += [_found(text, s, e, kind, "orgs.cue_list", lang) for s, e in _items(m.group(2), m.start(2), lang)]
    for m in _chosen(lang.parent, text):
        if _names_a_person(text, m, lang):
            continue
        out.append(_found(text, m.start(1), m.end(1), "group", "orgs.cue_parent", lang, strict=True))
    based = lang.based.finditer(text) if any(w in text for w in lang.based_suffixes) else ()  # rare: skip the scan
    for m in based:  # "London-based Row Works": a company, its kind unsaid
        kind = _prefix_kind(m.group(1), lang) or "group"
        out.append(_found(text, m.start(1), m.end(1), kind, "orgs.cue_based", lang, strict=True))
    for m in _chosen(lang.venue, text):
        out.append(_found(text, m.start(1), m.end(1), "platform", "orgs.cue_venue", lang, strict=True))
    folded = fold_keep_length(text)
    came_from = lang.came_from_in.pattern_for(text_words(text))  # (none where the text has none of its words)
    for person in _FULL_NAME.finditer(text) if came_from is not None else ():
        # a person's career, not where visitors came from: a name first
        m = came_from.search(folded, person.end(), min(len(text), person.end() + 80))
        named = lang.name.match(text, m.end()) if m else None
        if named:
            out.append(_found(text, named.start(), named.end(), "brand", "orgs.cue_came_from", lang, strict=True))
    for m in _chosen(lang.owner_list, text):
        out += [_found(text, s, e, "brand", "orgs.cue_owner", lang) for s, e in _items(m.group(1), m.start(1), lang)]
    for m in _scan(lang.possession, text, lowered, name=lang.name):
        out.append(_found(text, m.start(1), m.end(1), "brand", "orgs.cue_flagship", lang))
    for m in _chosen(lang.rivals, text):
        for s, e in _items(m.group(1), m.start(1), lang):
            country = re.match(r"[^\s]+['’]s[ \t]+(?=\S)", text[s:e])  # "Italy's Cariaggi"
            out.append(_found(text, s + (country.end() if country else 0), e, "brand", "orgs.cue_rival", lang,
                              strict=True))
    for m in _scan(lang.owned, text, lowered):
        out.append(_found(text, m.start(1), m.end(1), "group", "orgs.cue_owned", lang))
    for m in _chosen(lang.company_results, text):
        # the name starts its phrase, so the match holds all of it ("Nel 2025 Arno Perle ha registrato ricavi")
        if _opens_phrase(text, m.start(1), lang) or _noun_ok(text, m, 1):
            out.append(_found(text, m.start(1), m.end(1), "brand", "orgs.cue_results", lang, strict=True))
    employers = [_found(text, m.start(1), m.end(1), "group", "orgs.cue_employer", lang, strict=True)
                 for m in _chosen(lang.company_employers, text)
                 if text[max(0, m.start(1) - 3):m.start(1)].rstrip()[-1:] in ("", ".", "!", "?", ":", ",", "\n")]
    out += _apposed_names(text, lang)
    out += _subsidiaries(text, lang, lowered)
    for m in _scan(lang.company_context, text, lowered):
        out.append(_found(text, m.start(1), m.end(1), "group", "orgs.cue_company", lang))
    out += _company_names(text, lang)
    out += _prefixed_names(text, lang)
    if _TLD.search(text):  # most articles name no web address: skip the slower search
        # "its brand.com site": a kind noun before the domain is the trade's word for a house's own site, no name
        out += [Found(m.start(1), m.end(1), m.group(1), "platform", "orgs.domain") for m in _DOMAIN.finditer(text)
                if m.group(1).split(".")[0].casefold() not in lang.nouns]
    out += _namesakes(text, language, lang, known, lowered)
    out += _new_employers(text, lang, employers, {f.name for f in out if f is not None}, known)
    suffixes = [w.casefold() for w in lang.based_suffixes]
    out = [f for f in out if f is not None and not any(w in f.name.casefold() for w in suffixes)]
    tailed = [_with_number_tail(text, _with_elided_tail(text, f, lang, known)) for f in out]
    return [Found(f.start, f.end, f"{f.lead} {f.name}", f.kind, f.rule) if f.lead else f for f in tailed]


@functools.cache
def _namesake_cue(language: str) -> re.Pattern[str] | None:
    cues = lexicon.lookup(language, "orgs.namesake_cues", ())
    return compile_scan(rf"(?<![\w\-])(?:{_alternation(cues)})(?![\w\-])", re.IGNORECASE) if cues else None


# A run of capitalised words (markdown emphasis around it allowed): the last one before a namesake cue.
_CAPITAL_RUN = re.compile(rf"(?<![\w'’\-])[{_UPPER}][\w'’\-]*(?:[ \t]+[{_UPPER}][\w'’\-]*)+(?![\w'’\-])")
_NAMED_AFTER = re.compile(rf"(?:[ \t]+([a-zà-öø-ÿ][\w\-]*))?[ \t]*[,:]?[ \t]*[«\"“]?[{_UPPER}]")
_SENTENCE_START = re.compile(r"(?:[.!?]\s|\n)(?!.*(?:[.!?]\s|\n))", re.DOTALL)


def _namesakes(text: str, language: str, lang: _Lang, known: Callable[[str], bool], lowered: Lowered) -> list[Found]:
    """ "Designer Jane Doe showed her eponymous label", "fondée par la créatrice X, la marque qui porte son nom", "X,
    the label founded by the designer of the same name": the full name last written before the cue in its sentence
    is a brand's name too (a person's: people.py finds the person). Not where the name or its surname is a house the
    lexicon knows ("Ottavia Prada's namesake label" is Prada's), nor when a name follows the cue (", Velmora")."""
    cue_pattern = _namesake_cue(language)
    if cue_pattern is None:
        return []
    out = []
    for cue in _scan(cue_pattern, text, lowered):  # skipped where no cue's words are
        after = _NAMED_AFTER.match(text, cue.end(), cue.end() + 60)
        if after and (not after.group(1) or after.group(1) in lang.nouns):
            continue  # "the eponymous brand Velmora", "sa marque éponyme, Velmora": the house's own name follows
        start = max(0, cue.start() - 250)
        opening = _SENTENCE_START.search(text, start, cue.start())
        runs = list(_CAPITAL_RUN.finditer(text, opening.end() if opening else start, cue.start()))
        if not runs:
            continue
        words = list(re.finditer(r"[^\s]+", runs[-1].group(0)))
        first = next((i for i, w in enumerate(words) if w.group(0) not in lang.not_names
                      and w.group(0).casefold() not in lang.nouns), None)
        if first is None or not 2 <= len(words) - first <= 3:
            continue
        name_start, name_end = runs[-1].start() + words[first].start(), runs[-1].end()
        name = text[name_start:name_end]
        if known(name) or known(words[-1].group(0)) or name.endswith(("'s", "’s")):
            continue
        out.append(Found(name_start, name_end, name, "brand", "orgs.cue_namesake"))
    return out


def possessed_subjects(text: str, language: str, taken: Callable[[str], bool]) -> list[Found]:
    """The article's own subject, named with no cue: a name written with a possessive ("Velaris's customers")
    and at least three times in all, always as a whole name (never after a first name or another capitalised
    word, never before one: "Owen Ridgely's", "Fashion Week's") and never after a preposition of place
    ("in Hampton"). People and places take possessives too; these guards leave mostly the houses the
    article keeps coming back to."""
    lang = _lang(language)
    if lang.possessed is None:
        return []
    out = []
    names = (_POSSESSOR.search(text, max(0, m.start() - 40), m.start()) for m in lang.possessed.finditer(text))
    for name in dict.fromkeys(n.group(1) for n in names if n):
        if text.count(name) < 3 or name in lang.not_names or name.casefold() in lang.stopwords or taken(name):
            continue
        spans = _whole_word_spans(text, name)
        if len(spans) >= 3 and all(_stands_alone(text, s, e, lang) for s, e in spans):
            out.append(Found(spans[0][0], spans[0][1], name, "brand", "orgs.possessed"))
    return out


# The name before a possessive mark (searched in the few characters before it, not over the whole text).
_POSSESSOR = re.compile(rf"(?<![\w&.'’\-])([{_UPPER}][a-zß-öø-ÿ][\w\-]*(?:[ \t]+&[ \t]+[{_UPPER}][\w\-]+)?)$")


def _whole_word_spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where the name stands as whole words (by str.find: a regex compiled per name costs more than the search)."""
    out = []
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        glued = (i and (text[i - 1].isalnum() or text[i - 1] in "_&-")) or (j < len(text) and (
            text[j].isalnum() or text[j] in "_-"))
        if not glued and not _AMPERSAND_AFTER.match(text, j):
            out.append((i, j))
        i = text.find(name, i + 1)
    return out


_AMPERSAND_AFTER = re.compile(r"[ \t]+&")
_WORD_BEFORE = re.compile(r"([\w'’\-]+)([ \t]*)$")
_WORD_AFTER = re.compile(r"[ \t]+([\w\-]+)")


def _stands_alone(text: str, start: int, end: int, lang: _Lang) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.match(text, end, end + 30)
    if after and after.group(1)[:1].isupper():
        return False
    if not before:
        return True
    word = before.group(1)
    if word.casefold() in lang.place_prepositions:
        return False
    if not word[:1].isupper() or word.casefold() in lang.stopwords:
        return True
    # a capitalised word before: only a sentence's opener that never starts a name ("How Velaris won ...")
    return word in lang.not_names and _starts_sentence_at(text, before.start())


_SENTENCE_END = re.compile(r"(?:[.!?:\n\"“«—–]\s*|\n)$")


def _starts_sentence_at(text: str, offset: int) -> bool:
    return offset == 0 or bool(_SENTENCE_END.search(text, max(0, offset - 3), offset))


# A comma and a capitalised word: where a name in apposition may start (a literal first: a fast scan).
_COMMA_CAPITAL = re.compile(rf",[ \t]+(?=[{_UPPER}])")
_WORDS_BEFORE = re.compile(r"(?:[\w\-]+[ \t]+){0,2}[\w\-]+$")


def _apposed_names(text: str, lang: _Lang) -> list[Found]:
    """ "its own bidding app, R&V Live, which ...": a lower-case kind noun, a comma, and a name closed by another
    comma; not after "of the" ("the president of the group, Jane Doe,": a title holder)."""
    out = []
    for m in _COMMA_CAPITAL.finditer(text):
        words = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if words is None:
            continue
        parts = words.group(0).split()
        noun = next((" ".join(parts[k:]) for k in range(len(parts)) if " ".join(parts[k:]) in lang.nouns), None)
        if noun is None or not noun[:1].islower():
            continue
        noun_start = m.start() - len(noun)
        named = lang.name.match(text, m.end())
        if named is None or text[named.end() : named.end() + 1] != "," \
                or lang.of_before.search(text, max(0, noun_start - 12), noun_start):
            continue
        out.append(_found(text, named.start(), named.end(), lang.nouns[noun], "orgs.cue_apposed", lang, strict=True))
    return [f for f in out if f is not None]


# A name right before a comma (searched in the few characters before it).
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w&'’\-])({_TOKEN}(?:[ \t]+(?:&[ \t]+)?{_TOKEN}){{0,3}})$")


def _subsidiaries(text: str, lang: _Lang, lowered: Lowered) -> list[Found]:
    """ "Brellon, a subsidiary of X", "Brellon, filiale de X", "Brellon, controllata da X": the name a subsidiary's
    apposition follows is a house, where it opens its phrase or a clause after a comma ("Côté cuir, Brellon, ...")."""
    out = []
    for m in _scan(lang.subsidiary, text, lowered):
        named = _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 60), m.start())
        if named is None or _ELIDED_AT.match(named.group(1)):
            continue
        if _opens_phrase(text, named.start(), lang) or text[max(0, named.start() - 2) : named.start()] == ", ":
            out.append(_found(text, named.start(), named.end(), "brand", "orgs.cue_subsidiary", lang, strict=True))
    return [f for f in out if f is not None]


def _listed_on(text: str, end: int, kind: str, lang: _Lang) -> list[Found]:
    """The names listed right after a first one: ", B and C"."""
    out = []
    while (sep := lang.item_sep.match(text, end)) and (named := lang.name.match(text, sep.end())):
        found = _found(text, named.start(), named.end(), kind, "orgs.cue_list", lang, strict=True)
        if found is None:
            break
        out.append(found)
        end = found.end
    return out


def _scan(pattern: re.Pattern[str], text: str, lowered: Lowered, nouns: _NounStarts | None = None,
          name: re.Pattern[str] | None = None, look: bool = False) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, faster: skipped where the text lacks what every match holds; tried only where a
    kind noun starts (`nouns`, for a cue that opens with one); skipped where what follows the `name` a cue opens
    with is nowhere; with `look`, behind a look at the characters a match can start with."""
    if not lowered.may_match(_needs(pattern)):
        return ()
    if name is not None and (tail := _tail(pattern, name)) is not None and tail.search(text) is None:
        return ()  # what must follow the name is nowhere in the text
    noun = nouns.lang.noun if nouns is not None else None
    if noun is not None and noun.pattern.startswith(_NOUN_START) and pattern.pattern.startswith(noun.pattern) \
            and _same_flags(pattern, noun):
        return matches_at(pattern, text, nouns.starts())  # type: ignore[union-attr]
    return (_looking(pattern) if look else pattern).finditer(text)


def _chosen(cue: Choice, text: str) -> Iterable[re.Match[str]]:
    """The cue's matches, searched with the lexicon items the text's words allow (`cue_choice`)."""
    return cue.finditer(text)


@by_identity  # (a pattern's hash reads all its code: see `by_identity`)
def _looking(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a look at the characters its matches can start with (`compile_scan`): a cue opening with
    many words (case-insensitive ones) is tried at every position otherwise; the look refuses most at once. Same
    matches."""
    return compile_scan(pattern.pattern, pattern.flags)


@by_identity  # (a pattern's hash reads all its code: see `by_identity`)
def _tail(pattern: re.Pattern[str], name: re.Pattern[str]) -> re.Pattern[str] | None:
    """What a cue that opens with a name needs after it (", the house", "'s flagship"), on its own: every match of
    the cue holds a match of it, and searching for it first spares the cue's scan, which tries the name at every
    capital, in the texts where it is nowhere. None when the cue does not open with the name."""
    head = f"({name.pattern})"
    rest = pattern.pattern[len(head):]
    if not pattern.pattern.startswith(head) or not rest or "(?P=" in rest or re.search(r"\\[1-9]", rest):
        return None  # (a reference to the name's group would mean another thing on its own)
    try:
        return re.compile(rest, pattern.flags)
    except re.error:  # the name's group was quantified or the like: no tail on its own
        return None


def _same_flags(pattern: re.Pattern[str], noun: re.Pattern[str]) -> bool:
    """The noun reads the same in the pattern as on its own: same flags, but MULTILINE where it has no "^" nor "$"."""
    if "^" in noun.pattern or "$" in noun.pattern:
        return pattern.flags == noun.flags
    return pattern.flags & ~re.MULTILINE == noun.flags & ~re.MULTILINE


# How the kind noun's pattern opens: after no word character nor hyphen (what `_NounStarts` checks by hand).
_NOUN_START = r"(?<![\w\-])("


class _NounStarts:
    """Every offset where a kind noun starts, overlapping ones too ("luxury house" and its "house"), found on first
    use. A cue that opens with the kind noun can only match there: trying it at those few offsets finds what its
    scan of the whole text finds, and several such cues share one scan for the noun."""

    def __init__(self, text: str, lang: _Lang) -> None:
        self.text, self.lang = text, lang
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        if self._starts is None:
            # (the kind nouns the text's words allow, tried where their first words start: the same starts)
            text, (noun, places) = self.text, self.lang.nouns_in.places(self.text)
            if noun is None or places is not None:
                self._starts = [i for i in places if noun.match(text, i)] if noun is not None else []
                return self._starts
            out = []
            for m in noun.finditer(text):  # a noun starting inside another noun's match follows a non-word character
                out.append(m.start())
                out += [i for i in range(m.start() + 1, m.end())
                        if not (text[i - 1].isalnum() or text[i - 1] in "_-") and noun.match(text, i)]
            self._starts = out
        return self._starts


@by_identity  # (a pattern's hash reads all its code: see `by_identity`)
def _needs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    return requirements(pattern.pattern, pattern.flags)


def coordinated(text: str, language: str) -> list[list[tuple[int, int]]]:
    """Lists of three or more capitalised names joined by commas and a final "and"."""
    lang = _lang(language)
    return [list(_items(m.group(0), m.start(), lang)) for m in lang.coordination.finditer(text)]


def _items(span: str, offset: int, lang: _Lang) -> list[tuple[int, int]]:
    out = []
    pos = 0
    while pos < len(span):
        m = lang.name.match(span, pos)
        if not m:
            break
        out.append((offset + m.start(), offset + m.end()))
        sep = lang.item_sep.match(span, m.end())
        if not sep:
            break
        pos = sep.end()
    return out


def _names(text: str, lang: _Lang) -> tuple[re.Match[str], ...]:
    """Every capitalised name of the text, as `lang.name.finditer` finds them: scanned once for its two readers
    (company words, kind words)."""
    return _matches(lang.name, text)


@functools.lru_cache(maxsize=2)
def _matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    return tuple(pattern.finditer(text))


def _company_names(text: str, lang: _Lang) -> list[Found]:
    """ "Velluto Fashion Group", "Tallvik Commerce Group", "Gruppo Lanterna", "Velluto SpA", "Corlan Duty Free"."""
    out = []
    for m in _names(text, lang):
        if not lang.company_word.search(m.group(0)):
            continue
        tailed = _tailed_name(text, m, lang)
        if tailed is not None:
            out.append(tailed)
            continue
        words = list(re.finditer(r"\S+", m.group(0)))
        bare = [w.group(0).rstrip(".") for w in words]
        cut = max((i for i, w in enumerate(bare) if w in lang.group_suffixes or w in lang.body_suffixes), default=None)
        if cut is not None and cut > 0:
            found = _found(text, m.start(), m.start() + words[cut].end(), "group", "orgs.cue_suffix", lang)
            if found and found.name.split()[0] not in lang.group_suffixes:
                out.append(found)
            continue
        cut = max((i for i, w in enumerate(bare) if w in lang.brand_suffixes), default=None)
        if cut is not None and cut > 0:  # "Maurelle Frères": a family house
            out.append(_found(text, m.start(), m.start() + words[cut].end(), "brand", "orgs.cue_suffix", lang))
            continue
        if len(words) > 1 and lang.prefixes.get(bare[0]) == "group":  # "Gruppo X", not "Capital Ideas Forum"
            out.append(_found(text, m.start(), m.end(), "group", "orgs.cue_suffix", lang))
            continue
        legal = next((i for i, w in enumerate(bare) if w in lang.legal), None)
        if legal:
            found = _found(text, m.start(), m.start() + words[legal - 1].end(), "group", "orgs.cue_legal", lang)
            out.append(found)
    return [f for f in out if f is not None]


_ELIDED_AT = re.compile(r"\w['’][a-zà-ÿ]")


def _tailed_name(text: str, m: re.Match[str], lang: _Lang) -> Found | None:
    """ "Corlan Duty Free", "Veranne Hotels & Residences", "Ferval Store": a trade word that ends the name is part of
    it; the kind is the trade's (a duty-free operator is a company, a chain of stores a house's)."""
    tail = lang.tail.search(m.group(0))
    if tail is None or tail.start() == 0:
        return None
    start = m.start()
    while _ELIDED_AT.match(text, start):  # "L'opérateur Corlan Duty Free": an elided article and a noun before
        space = re.compile(r"\S+[ \t]+").match(text, start, m.end())
        start = space.end() if space else m.end()
    head = text[start : m.start() + tail.start()].split()
    if not head:
        return None
    if head[0] in lang.prefixes or head[-1] in lang.group_suffixes or head[-1] in lang.legal:
        return None  # "Gruppo Ferval Store", "Ferval Group Store": another rule names the company
    kind = lang.tails[tail.group(1)]
    if kind == "chain" and not _stands_elsewhere(text, " ".join(head), tail.group(1)):
        return None  # "the Flagship Store concept": a common noun capitalised, not the name of a chain
    return _found(text, start, m.end(), "brand" if kind == "chain" else kind, "orgs.cue_tail", lang, strict=True)


def _stands_elsewhere(text: str, head: str, tail: str) -> bool:
    """The name before a trade word is written without it too ("il gruppo Ferval", "Anna Ferval"): a name."""
    return re.search(rf"(?<![\w\-]){re.escape(head)}(?![\w\-]|[ \t]+{re.escape(tail)})", text) is not None


def _prefixed_names(text: str, lang: _Lang) -> list[Found]:
    """ "Maison Ombrelune", "Casa Lanterna": a capitalised kind word and a capitalised name after it."""
    out = [Found(m.start(), m.end(), m.group(0), lang.prefixes[m.group(1) or m.group(3)], "orgs.cue_prefix")
           for m in _looking(lang.prefixed_of).finditer(text)  # capitalised kind words: most positions refused at once
           if (m.group(2) or m.group(4)).split()[0] not in lang.not_names and not _inside_name(text, m.start(), lang)]
    kinds = {**dict.fromkeys(lang.institutions, "group"), **lang.prefixes}
    prefixes = kinds.keys()
    for m in _names(text, lang):
        # "L'Institut Ardel ...": the article elided onto a school's kind word is not part of the name
        elided = _ELIDED_ARTICLE.match(m.group(0)) and m.group(0)[2:].split()[0] in lang.institutions
        # trimming keeps whole words of the match: without a kind word among them, none can start the name (most
        # names: spares the trim)
        if prefixes.isdisjoint(m.group(0).split()) and not elided:
            continue
        start, end, _ = (m.start() + 2, m.end(), True) if elided else _trim(text, m.start(), m.end(), lang)
        words = text[start:end].split()
        if len(words) < 2 or words[0] not in kinds or not words[1][:1].isupper():
            continue  # "Casa & Design" names a section, not a house
        # stop at a title or a function word run into the name: "Maison Ombrelune CEO"
        keep = next((i for i, w in enumerate(words[1:], 1)
                     if w in lang.not_names or w.casefold() in lang.function_words), len(words))
        if keep < 2:
            continue
        end = start + len(" ".join(words[:keep])) if " ".join(words) == text[start:end] else end
        out.append(Found(start, end, text[start:end], kinds[words[0]], "orgs.cue_prefix"))
    out = [_with_institution_tail(text, f, lang) for f in out]
    # "l'Accademia dei Mestieri" after "Accademia Ferri dei Mestieri": the same school, named without its house
    full = [f.name.split(" ", 1) for f in out if f.rule == "orgs.cue_institution"]
    return [f for f in out if not any(f.name != " ".join(w) and f.name.startswith(w[0] + " ") and w[1].endswith(
        f.name.split(" ", 1)[1]) for w in full)]


_ELIDED_ARTICLE = re.compile(r"[LlDd]['’](?=[A-ZÀ-ÖØ-Þ])")
# A capitalised word and an "of" word right before: "Grand Prix d'", "Musée de la ".
_CAPITAL_THEN_OF = re.compile(rf"[{_UPPER}][\w\-]*[ \t]+(\w{{1,5}}['’]|\w{{1,5}}[ \t]+)$")


def _inside_name(text: str, start: int, lang: _Lang) -> bool:
    """ "Grand Prix d'Horlogerie de Genève": a kind word after a capitalised word and "de" continues a longer name (a
    prize's, a museum's), it starts none."""
    m = _CAPITAL_THEN_OF.search(text, max(0, start - 40), start)
    return bool(m) and m.group(1).strip().casefold() in {w.casefold() for w in lang.of_words}


def _with_institution_tail(text: str, found: Found, lang: _Lang) -> Found:
    """ "Institut Ardel des métiers d'art", "Accademia Ferri dei Mestieri": a school or foundation is named with the
    trade it serves, lower-case words and all; the name without it is the house that founded it."""
    if found.name.split()[0] not in lang.institutions:
        return found
    tail = lang.institution_tail.match(text, found.end)
    if tail is None or tail.group(0).split()[-1].casefold() in lang.function_words:
        return found
    return Found(found.start, tail.end(), text[found.start:tail.end()], "group", "orgs.cue_institution")


@functools.lru_cache(maxsize=1 << 14)  # pure, and asked again and again for the same names
def short_form(name: str, language: str) -> str | None:
    """The name without a leading kind word: "Maison Ombrelune" -> "Ombrelune", "Hôtel des Ventes Vaudelune" ->
    "Vaudelune"."""
    lang = _lang(language)
    first, _, rest = name.partition(" ")
    if rest and first in lang.prefixes:
        return rest
    return next((name[len(p) + 1:] for p in lang.phrase_prefixes if name.startswith(p + " ")), None)


@functools.lru_cache(maxsize=1 << 14)  # pure, and asked again and again for the same names
def short_forms(name: str, language: str) -> tuple[str, ...]:
    """The shorter names an organisation goes by: without a leading kind word ("Maison Ombrelune" ->
    "Ombrelune"), without a trailing company or kind word ("Brisk Cosmetics Group" -> "Brisk Cosmetics",
    "Ferlan Joaillier" -> "Ferlan"), and, for a company named with such a word, its first word alone
    ("Brisk"), the way the press shortens a group's name once it has been given in full."""
    lang = _lang(language)
    words = name.split()
    out = []
    if len(words) > 1 and words[0] in lang.prefixes:
        rest = words[2:] if len(words) > 2 and words[1] in lang.of_words else words[1:]  # "Cristallerie de Vauclair"
        out.append(" ".join(rest))
    out += [name[len(p) + 1:] for p in lang.phrase_prefixes if name.startswith(p + " ")]
    tail = lang.tail.search(name)
    if tail is not None and tail.start() > 0:  # "Corlan Duty Free" -> "Corlan"
        out.append(name[: tail.start()])
    trailing = len(words) > 1 and words[-1] not in lang.body_suffixes \
        and (words[-1] in lang.group_suffixes or words[-1].casefold() in lang.nouns)
    if trailing and words[0] not in lang.prefixes:
        out.append(" ".join(words[:-1]))
        if len(words) > 2:
            out.append(words[0])
    return tuple(f for f in out if f not in lang.not_names and len(f) > 2)


def tail_short(name: str, language: str) -> str | None:
    """The name without a trade word that ends it: "Corlan Duty Free" -> "Corlan"."""
    tail = _lang(language).tail.search(name)
    return name[: tail.start()] if tail is not None and tail.start() > 0 else None


@functools.lru_cache(maxsize=1 << 14)  # pure, and asked again and again for the same names
def canonical(name: str, language: str) -> str:
    """The name without a legal form: "Velluto Nero SpA" -> "Velluto Nero"."""
    lang = _lang(language)
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".") in lang.legal:
        words.pop()
    return " ".join(words)


def legal_form_after(text: str, end: int, language: str) -> str | None:
    """The legal form written right after a name ("Corporation" in "Hoshizora Corporation"), if any."""
    if not text[end + 1 : end + 2].isupper():  # most names have no capitalised word after them: no regex
        return None
    m = _LEGAL_AFTER.match(text, end, end + 24)
    return m.group(1) if m and m.group(1).rstrip(".") in _lang(language).legal else None


_LEGAL_AFTER = re.compile(r"[ \t]+([A-Z][\w.]*[\w.])(?![\w\-])")


def after_agent(text: str, start: int, language: str) -> bool:
    """The agent word of a passive a few words before: "founded by the glover X", "fondée par le gantier X"."""
    words = re.findall(r"[\w'’]+", text[max(0, start - 40) : start].casefold())
    return any(w in _lang(language).agent_words for w in words[-4:])


def founded_by(text: str, start: int, language: str) -> bool:
    """A passive participle and its agent word a few words before: "founded in 1938 by the goldsmith X"."""
    lang = _lang(language)
    words = list(re.finditer(r"\w+(?=['’])|[\w'’]+", text[max(0, start - 40) : start]))[-4:]  # "dall'orafo": "dall"
    agent = next((w for w in words if w.group(0).casefold() in lang.agent_words
                  or w.group(0).casefold() + "a" in lang.agent_words), None)
    if agent is None:
        return False
    at = max(0, start - 40) + agent.start()
    before = text[max(0, at - 60) : at]
    return bool(lang.passive.search(before))


def personal_cue(text: str, start: int, language: str) -> bool:
    """A brand's trade noun right before the name that a person is called by too: "the tailor X", "l'orafo X"."""
    m = _personal(language).search(text, max(0, start - 60), start)
    return bool(m) and not impersonal_cue(text, start, language)


@functools.cache
def _personal(language: str) -> re.Pattern[str]:
    nouns = [n for n, kind in _lang(language).nouns.items() if kind == "brand"]
    return re.compile(rf"(?<![\w\-])(?i:{_alternation(nouns) or '(?!)'})(?:[ \t]+[a-zà-öø-ÿ][\w\-]*){{0,3}}[ \t]+$")


def impersonal_cue(text: str, start: int, language: str) -> bool:
    """The kind noun before a name is one no person is called by ("il marchio Anna Neri"): the name is a house's,
    even where it is also its founder's."""
    return bool(_impersonal(language).search(text, max(0, start - 60), start))


@functools.cache
def _impersonal(language: str) -> re.Pattern[str]:
    nouns = lexicon.lookup(language, "orgs.impersonal_nouns", ())
    return re.compile(rf"(?<![\w\-])(?i:{_alternation(nouns) or '(?!)'})(?:[ \t]+[a-zà-öø-ÿ][\w\-]*){{0,2}}[ \t]+$")


def not_names(language: str) -> frozenset[str]:
    return _lang(language).not_names


def group_suffixes(language: str) -> frozenset[str]:
    return _lang(language).group_suffixes


def prefix_kind(name: str, language: str) -> str | None:
    """The kind a capitalised kind word starting the name gives it: "Consorzio X" a group, "Maison X" a brand."""
    return _prefix_kind(name, _lang(language))


def _prefix_kind(name: str, lang: _Lang) -> str | None:
    first = name.split(None, 1)[0] if name.strip() else ""
    return lang.prefixes.get(first)
