"""Cue patterns of `lexicons/relations/<lang>.toml` (and the kind nouns of `orgs`), compiled once per language."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from luxcli import lexicon
from luxcli.extract.cue_choice import Choice, choice
from luxcli.patterns import compile_scan
from luxcli.text import trie_pattern


@dataclass(frozen=True)
class _Cues:
    sells: re.Pattern[str]
    negation: re.Pattern[str]
    venue_start: re.Pattern[str]
    venue_verb: re.Pattern[str]  # at the end of the text before a platform: "joined (the) X"
    venue_before: re.Pattern[str]  # preposition + up to 4 words, at the end of the text before a platform
    audience: re.Pattern[str]  # "followers on ", "2.1m on " (not "since 2025 on "), right before a platform
    store_after: re.Pattern[str]
    store_before: re.Pattern[str]  # "une boutique WeChat", "un negozio WeChat": a store on the platform after it
    host_after: re.Pattern[str]
    child_of: re.Pattern[str]
    parent_of: re.Pattern[str]
    within: re.Pattern[str]
    owned_suffix: re.Pattern[str] | None
    # ", il marchio di maglieria del gruppo" / ", the group's knitwear label": a brand noun and the group anaphor
    group_brand_apposition: re.Pattern[str]
    its_noun: re.Pattern[str]
    own_platform: re.Pattern[str]  # "its own bidding app, ", "the house's own site, ": before the platform it runs
    noun_of: re.Pattern[str]  # ", the/la ... platform/house ... of/de" between a child and its owner
    owner_noun: re.Pattern[str]  # "'s (words) platform/house" after an owner
    group_labels: re.Pattern[str]  # "(words) labels" after an owner: "the LVMH labels A, B"
    rival: re.Pattern[str]
    partner: re.Pattern[str]
    undecided: re.Pattern[str]  # "is under discussion": a partnership not made yet
    apposition_det: re.Pattern[str]  # ", the ": an apposition opening on a determiner (not ", which supplies")
    # "the licence " right before "held by X": a participle said of a thing, no organisation (no kind noun, no anaphor)
    thing_before: re.Pattern[str]
    thing_agent: re.Pattern[str]  # "the licence held by ": a thing, its participle and the agent's preposition
    section_before: re.Pattern[str]  # "the section " right before a platform: a part of the platform named before
    unknown_agent: re.Pattern[str]  # "made by Brivane, a": an agent's capitalised name and an apposition
    pair_anaphor: re.Pattern[str]  # "both brands": the last two brands named
    partner_relative: re.Pattern[str]  # "X, with which (the house) Y ...": the whole gap from X to Y
    agreement: re.Pattern[str]  # "... Y signed an agreement": right after Y
    relative_open: re.Pattern[str]  # ", a Geneva workshop with which": the relative after X and a short apposition
    operates: re.Pattern[str]
    founded: re.Pattern[str]
    launched: re.Pattern[str]
    joiners: re.Pattern[str]
    list_cue: re.Pattern[str]
    of_end: re.Pattern[str]  # a creation cue that ends with "of": "opened the doors of X"
    of: re.Pattern[str]  # the whole gap between a platform and its owner: "le Pavilion d'Alibaba"
    works_at: re.Pattern[str]  # the whole gap between a person and their organisation: "Jane Doe of X"
    group_suffixes: frozenset[str]
    division_suffixes: frozenset[str]  # "Kering Beauté": a division of Kering, not its owner
    division_noun: re.Pattern[str]  # "the division": a division named before
    # one scan for six cues, told apart by the group that matched (_STRUCTURE): CHILD ... <child> PARENT
    # ("owned since 2015 by"), PARENT <parent> CHILD ("which holds 70% of"), SUBJECT <compete> OBJECTS
    # ("competes with", "face à"), <group_anaphor> PLATFORM ("the group's platform X"), PARTNER, <partner_of> the
    # house ("X, partner of the house"), PLATFORM <operated_by> COMPANY ("operated by")
    structure: re.Pattern[str]
    anaphor: re.Pattern[str]  # "the house", "la maison": a brand named before
    anaphor_noun: re.Pattern[str]  # the noun of an anaphor alone, after a contracted article: "della maison"
    pronoun: re.Pattern[str]  # "it", "elle": the subject of the sentence before
    employer: re.Pattern[str]  # "at" before a person's employer
    owner_before: re.Pattern[str]  # at the end of the text before a well-known parent: "of"
    owner_after: re.Pattern[str]  # at the start of the text after it: "'s", "-owned"
    owned_start: re.Pattern[str]  # "-owned" right after an owner's name
    along: re.Pattern[str]  # "alongside": a second thing launched at the same date
    rejoin: re.Pattern[str]  # between items of a list, a repeated preposition allowed: "A and with B"
    platform_anaphor: re.Pattern[str]  # "on the platform": the platform named just before
    competition: re.Pattern[str]  # "Competition is fierce.": the next sentence names the rivals
    minority: re.Pattern[str]  # "minority stake", "participation minoritaire"
    joined_noun: re.Pattern[str]  # between items of a list, a kind noun repeated: "A and the shoe label B"
    object_before: re.Pattern[str]  # at the end of the text before an object: "with (the)", "avec", "con"
    collab: re.Pattern[str]  # the whole gap between two brands of a joint product: "A x B"
    platform_noun_before: re.Pattern[str]  # at the end of the text before a platform: "the app ", "l'application "
    platform_noun_after: re.Pattern[str]  # at the start of the text after a platform: " app"
    site_after: re.Pattern[str]  # after a retailer's name: "'s website": it is a venue though not a platform
    site_before: re.Pattern[str]  # at the end of the text before a retailer's name: "le site de"
    between: re.Pattern[str]  # at the end of a partner cue: "a collaboration between" names both partners after it
    hired: re.Pattern[str]  # right before a person: "has hired", "a recruté", "ha assunto"
    born: re.Pattern[str]  # "born", "née", "nata": a creation word only right after the name it is said of
    kind_gap: re.Pattern[str]  # the whole gap before a name that its kind noun announces: "the specialist platform "
    # right after a platform, in its clause: "Instagram, where it has 2.1m followers", "son compte Instagram réunit
    # 310 000 abonnés": an audience there, no sale
    audience_after: re.Pattern[str]
    family: re.Pattern[str]  # at the end of the text before an owner: "la famille", "la famiglia del"
    family_after: re.Pattern[str]  # right after an owner: " family" ("the Dussel family")
    family_company: re.Pattern[str]  # right before a family word: "holding di " (a family's company, which owns)
    # "cites X as its main rival": the whole gap between the rival named first and the rival cue
    rival_as: re.Pattern[str]
    owner_anaphor: re.Pattern[str]  # "the owner of": the article's group, when no owner is named before it
    its_section: re.Pattern[str]  # "and its section ", "e con la sua sezione ": right before a platform it holds
    counted: re.Pattern[str]  # "the three brands", "les trois marques": group `count` holds the count word
    count_words: tuple[str, ...]  # "two", "three", ...: the count is the index + 2
    # "The group, which also owns the jeweller ", "le groupe avait racheté ": the article's group owns what follows
    group_owns: re.Pattern[str]
    mutual: re.Pattern[str]  # "se disputent", "compete for the same": the two named right before are rivals
    both: re.Pattern[str]  # right after a competition cue: "both", "les deux", "entrambi"
    where_after: re.Pattern[str]  # ", where (we) opened": right after a platform, a relative that sells there
    we: re.Pattern[str]  # "we", "nous", "abbiamo": the organisation the article is about speaks
    possessive_end: re.Pattern[str]  # "its main ", "son principal ", "il suo principale ": before a rival cue
    # a lower-case word right before a name that is no determiner, joiner nor kind noun ("lascerà X", "leaves X"):
    # the name is a verb's object, not the subject
    verb_before: re.Pattern[str]
    # the whole gap between a competition word and the first rival named: "s, it says, are ", " sul cashmere è forte: ",
    # " sono i marchi cinesi emergenti, come "
    competition_gap: re.Pattern[str]
    partner_among: re.Pattern[str]  # "among its partners": the organisation right before it partners with the subject
    # the cues scanned through whole articles (found.py), each rebuilt per article from the lexicon items it can match
    choices: dict[str, Choice] = field(default_factory=dict)


def _phrase_choice(words: Iterable[str]) -> Choice:
    return choice(_phrase, (words, True, True))


def _words(words: Iterable[str]) -> str:
    return trie_pattern(words, " ")


def _phrase(words: Iterable[str]) -> re.Pattern[str]:
    return compile_scan(rf"(?<![\w\-])(?:{_words(words)})(?![\w\-])", re.IGNORECASE)


def _anaphors(phrases: Iterable[str]) -> re.Pattern[str]:
    """ "the house", and with lower-case words inside: "the family-owned company", "la storica maison"."""
    forms = []
    for phrase in phrases:
        head, _, rest = phrase.partition(" ")
        forms.append(rf"{re.escape(head)}\s+(?-i:[a-zà-öø-ÿ][\w\-]*\s+){{0,2}}{re.escape(rest)}" if rest
                     else re.escape(phrase))
    return compile_scan(rf"(?<![\w\-])(?:{'|'.join(forms) or '(?!)'})(?![\w\-])", re.IGNORECASE)


def _structure(child: Iterable[str], parent: Iterable[str], compete: Iterable[str], group_anaphor: Iterable[str],
               partner_of: Iterable[str], operated_by: Iterable[str]) -> re.Pattern[str]:
    return compile_scan(
        rf"(?<![\w\-])(?:(?P<child>{_alternatives(child)})"
        rf"|(?P<parent>{_alternatives(parent)})"
        rf"|(?P<compete>{_alternatives(compete)})"
        rf"|(?P<group_anaphor>{_words(group_anaphor)})"
        rf"|(?P<partner_of>{_alternatives(partner_of)})"
        rf"|(?P<operated_by>{_words(operated_by)}))(?![\w\-])", re.IGNORECASE)


def _partner(patterns: Iterable[str]) -> re.Pattern[str]:
    # (each cue opens a word: the look-behind lets the scan skip most positions at once)
    return compile_scan(rf"(?<![\w\-])(?:{_alternatives(patterns)})", re.IGNORECASE)


def _mutual(patterns: Iterable[str]) -> re.Pattern[str]:
    return compile_scan(rf"(?<![\w\-])(?:{_alternatives(patterns)})(?![\w\-])", re.IGNORECASE)


@functools.cache
def _cues(lang: str) -> _Cues:
    rel = lexicon.lookup(lang, "relations", {})
    org = lexicon.lookup(lang, "orgs", {})
    choices = {
        **{name: _phrase_choice(rel.get(key, ())) for name, key in (
            ("sells", "sells_cues"), ("rival", "rival_words"), ("operates", "operates_patterns"),
            ("founded", "founded_words"), ("launched", "launched_words"), ("platform_anaphor", "platform_anaphors"),
            ("competition", "competition_words"), ("born", "born_words"), ("owner_anaphor", "owner_anaphors"),
            ("partner_among", "partner_among"))},
        "partner": choice(_partner, (rel.get("partner_patterns", ()), False, False)),
        "mutual": choice(_mutual, (rel.get("mutual_compete_patterns", ()), False, True)),
        "structure": choice(_structure, *((rel.get(key, ()), key in ("group_anaphors", "operated_by_patterns"), True)
                                           for key in ("child_patterns", "parent_patterns", "compete_patterns",
                                                       "group_anaphors", "partner_of_patterns",
                                                       "operated_by_patterns"))),
    }
    kind_nouns = _words([*org.get("brand_nouns", ()), *org.get("platform_nouns", ()), *org.get("group_nouns", ())])
    brand_nouns = _words(org.get("brand_nouns", ()))
    owned = rel.get("owned_suffixes", ())
    # a determiner and a common noun that names no organisation ("the licence", "la quota"): no kind noun, no anaphor
    thing = (rf"(?<![\w\-'’])(?:{_words(org.get('determiners', ()))})(?:(?<=['’])|\s+)"
             rf"(?!(?:{kind_nouns}|{_words(a.split()[-1] for a in rel.get('anaphors', ()))}|"
             rf"{_words([*rel.get('company_nouns', ()), *rel.get('group_nouns', ())])})(?![\w\-]))"
             rf"(?-i:[a-zà-öø-ÿ][\w\-]{{3,}})")
    return _Cues(
        sells=choices["sells"].full,
        negation=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('negations', ()))})(?:(?<=['’])|(?![\w\-]))",
                            re.IGNORECASE),
        venue_verb=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('venue_verbs', ()))})"
                              rf"(?:\s+(?:{_words(org.get('determiners', ()))}))?\s*$", re.IGNORECASE),
        venue_start=compile_scan(rf"^\s*(?:{_words(rel.get('venue_preps', ()))})\s", re.IGNORECASE),
        # (a number then a short word: "2.1m on", not "in March 2023, and on")
        audience=compile_scan(rf"(?:(?<![\w\-])(?:{_words(rel.get('audience_nouns', ()))})|\d(?:[\d.,]*\d)?\s?"
                              rf"(?!(?:{_words(org.get('list_joiners', ()))})(?![\w\-]))[^\W\d_]{{1,8}})"
                              rf"\s+(?:{_words(rel.get('venue_preps', ()))})\s+$", re.IGNORECASE),
        venue_before=compile_scan(rf"(?<![\w\-])(?i:{_words(rel.get('venue_preps', ()))})"
                                rf"(?:\s+(?:[a-zà-ÿ][\w\-'’]*|[A-Z]\w*['’]s)){{0,5}}?\s*$"),
        store_after=compile_scan(rf"^\s+(?:{_words(rel.get('store_nouns', ()))})(?![\w\-])"),
        store_before=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('store_nouns', ()))})\s+$", re.IGNORECASE),
        host_after=compile_scan(rf"^(?:\s+\w+)?\s+(?:{_words(rel.get('host_verbs', ()))})(?![\w\-])", re.IGNORECASE),
        child_of=compile_scan(rf"^\s*,?(?:\s+[\w\-]+){{0,3}}?\s+(?:{_words(rel.get('child_of', ()))})"
                            rf"\s+(?:\S+\s+){{0,1}}?$", re.IGNORECASE),
        parent_of=compile_scan(rf"^\s*,?\s*(?:[\w\-']+\s+){{0,6}}?(?:{_words(rel.get('parent_of', ()))})"
                             rf"(?P<tail>\s+(?:\S+\s+){{0,5}}?)$", re.IGNORECASE),
        within=compile_scan(rf"(?:{_words(rel.get('within', ()))})\s+$", re.IGNORECASE),
        owned_suffix=compile_scan(rf"^(?:{_words(owned)})(?:\s+[\w\-]+){{0,3}}?\s+$", re.IGNORECASE) if owned else None,
        group_brand_apposition=re.compile(
            # (", il marchio di maglieria di lusso del gruppo", ", the group's streetwear label launched in 2016,")
            # (a brand noun before the group word or right after it: not ", qui a pris la tête du groupe")
            rf"\s*,\s+(?:(?:[^\W\d_][\w'’\-]*\s+){{0,4}}?(?:{brand_nouns})\s+(?:[^\W\d_][\w'’\-]*\s+){{0,4}}?"
            rf"(?:{_words(rel.get('group_anaphors', ()))})"
            rf"|(?:[^\W\d_][\w'’\-]*\s+){{0,2}}?(?:{_words(rel.get('group_anaphors', ()))})"
            rf"(?:\s+[^\W\d_][\w'’\-]*){{0,2}}?\s+(?:{brand_nouns}))"
            rf"(?-i:\s+[a-zà-ÿ0-9][\w\-]*){{0,5}}?\s*(?=[,.;:)]|\s+(?:{_words(org.get('list_joiners', ()))})\s)",
            re.IGNORECASE),
        own_platform=compile_scan(rf"(?<![\w\-])(?:(?:{_words(rel.get('anaphors', ()))})['’]s|"
                                  rf"{_words(rel.get('possessives', ()))})\s+(?:[\w\-]+\s+){{0,3}}?"
                                  rf"(?:{_words(org.get('platform_nouns', ()))}),\s+$", re.IGNORECASE),
        its_noun=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('possessives', ()))})\s+(?:[\w\-]+\s+){{0,3}}?"
                            rf"(?:{brand_nouns}|{_words(rel.get('vehicle_nouns', ()))})\s+$", re.IGNORECASE),
        noun_of=compile_scan(rf"^\s*,\s+(?:\w+['’]?\s*){{1}}(?:[\w\-]+\s+){{0,3}}?(?:{kind_nouns})(?:\s+[\w\-]+){{0,3}}?"
                           rf"\s+(?:{_words(rel.get('of_words', ()))})\s*$", re.IGNORECASE),
        owner_noun=compile_scan(rf"^['’]s\s+(?:[\w\-]+\s+){{0,3}}?(?:{kind_nouns})\b", re.IGNORECASE),
        # (not "A et du chausseur B": a list of two owned labels)
        group_labels=compile_scan(rf"^\s+(?!(?:{_words(org.get('list_joiners', ()))})\s)(?:[\w\-]+\s+){{0,2}}?"
                                  rf"(?:{brand_nouns})\s+$", re.IGNORECASE),
        rival=choices["rival"].full,
        pair_anaphor=_phrase(rel.get("pair_anaphors", ())),
        partner_relative=compile_scan(rf"\s*,\s*(?:{_words(rel.get('partner_relatives', ()))})\s+"
                                    rf"(?:[a-zà-öø-ÿ'’]+\s+){{0,3}}", re.IGNORECASE),
        relative_open=compile_scan(rf"\s*,\s*(?:[^,;.()]{{0,40}}?\s)?(?:{_words(rel.get('partner_relatives', ()))})\s+",
                                   re.IGNORECASE),
        agreement=compile_scan(rf"\s+(?:{_alternatives(rel.get('agreement_patterns', ()))})(?![\w\-])", re.IGNORECASE),
        partner=choices["partner"].full,
        operates=choices["operates"].full,
        founded=choices["founded"].full,
        launched=choices["launched"].full,
        joiners=compile_scan(rf"^\s*(?:,\s*)?(?:(?:{_words(org.get('list_joiners', ()))})\s+)?$", re.IGNORECASE),
        list_cue=_phrase(org.get("list_cues", ())),
        of_end=compile_scan(rf"(?<!\w)(?:{_words(rel.get('of_words', ()))})$", re.IGNORECASE),
        of=compile_scan(rf"\s*(?:{_words(rel.get('of_words', ()))})(?:(?<=['’])|\s+)", re.IGNORECASE),
        works_at=compile_scan(rf"\s*,?\s*(?:{_words(rel.get('works_at', ()))})(?:(?<=['’])|\s+)", re.IGNORECASE),
        # (and the words of a family's or founder's holding: "Castrel Partecipazioni" owns Castrel, not the reverse)
        group_suffixes=(frozenset(org.get("group_suffixes", ())) | frozenset(rel.get("holding_suffixes", ())))
        - frozenset(rel.get("division_suffixes", ())),
        division_suffixes=frozenset(rel.get("division_suffixes", ())),
        division_noun=_phrase(rel.get("division_nouns", ())),
        structure=choices["structure"].full,
        anaphor=_anaphors(rel.get("anaphors", ())),
        anaphor_noun=_phrase({a.split()[-1] for a in rel.get("anaphors", ()) if " " in a}),
        pronoun=_phrase(rel.get("pronouns", ())),
        employer=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('employer_preps', ()))})\s+$", re.IGNORECASE),
        owner_before=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('owner_before', ()))})\s*$", re.IGNORECASE),
        # "X's", "X-owned", "X moved first: its ...", "the X jewelry house"
        owner_after=compile_scan(rf"^(?:[\s,:]*[\w\-]+){{0,2}}?[\s,:]*"
                               rf"(?:{_words(rel.get('owner_after', ()))}|{brand_nouns})(?![\w])", re.IGNORECASE),
        owned_start=compile_scan(rf"(?:{_words(owned)})(?![\w])", re.IGNORECASE),
        along=_phrase(rel.get("launched_along", ())),
        platform_anaphor=choices["platform_anaphor"].full,
        competition=choices["competition"].full,
        minority=_phrase(rel.get("minority_words", ())),
        # "A, Milanese shoemaker B and British label C": a comma alone joins too, before a kind noun
        # (but not "A, a brand of the group B": a word "of" makes the comma an apposition)
        joined_noun=compile_scan(rf"^\s*(?:,\s*(?:(?:{_words(org.get('list_joiners', ()))})\s+)?"
                               rf"|(?:{_words(org.get('list_joiners', ()))})\s+)"
                               rf"(?:(?:{_words(org.get('determiners', ()))})(?:(?<=['’])|\s+))?"
                               rf"(?:(?!(?:{_words(rel.get('of_words', ()))})(?![\w\-]))[\w\-]+\s+){{0,2}}?"
                               rf"(?:{kind_nouns})(?:\s+(?!(?:{_words(rel.get('of_words', ()))})(?![\w\-]))"
                               rf"(?-i:[a-zà-ÿ][\w\-]*)){{0,2}}"
                               # "e il marchio di cachemire B", "et la marque de soins B" (not "marque du groupe B")
                               rf"(?:\s*(?:{_words(rel.get('of_words', ()))})(?:(?<=['’])|\s+)"
                               rf"(?!(?:{kind_nouns}|{_words(org.get('determiners', ()))})(?![\w\-]))"
                               rf"(?-i:[a-zà-ÿ][\w\-]*))?\s+$", re.IGNORECASE),
        object_before=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('object_preps', ()))})"
                                 rf"(?:\s+(?:{_words(org.get('determiners', ()))}))?\s*$", re.IGNORECASE),
        platform_noun_before=compile_scan(rf"(?<![\w\-])(?:{_words(org.get('platform_nouns', ()))})\s+$",
                                          re.IGNORECASE),
        platform_noun_after=compile_scan(rf"\s+(?:{_words(org.get('platform_nouns', ()))})(?![\w\-])", re.IGNORECASE),
        site_after=compile_scan(rf"['’]s\s+(?:[\w\-]+\s+)?(?:{_words(rel.get('site_nouns', ()))})(?![\w\-])",
                              re.IGNORECASE),
        site_before=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('site_nouns', ()))})(?:\s+[\w\-]+)?"
                               rf"\s*(?:{_words(rel.get('of_words', ()))})(?:(?<=['’])|\s+)$", re.IGNORECASE),
        between=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('between_words', ()))})$", re.IGNORECASE),
        hired=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('hired_words', ()))})\s+$", re.IGNORECASE),
        born=choices["born"].full,
        kind_gap=compile_scan(rf"\s*(?:(?:{_words(org.get('determiners', ()))})\s*)?(?:[\w\-]+\s+){{0,2}}?"
                            rf"(?:{kind_nouns})(?:\s+[\w\-]+){{0,2}}?\s+", re.IGNORECASE),
        collab=compile_scan(rf"\s+(?:{_words(rel.get('collab_joiners', ()))})\s+"),
        audience_after=compile_scan(rf"^(?:(?!\s(?:{_words(org.get('list_joiners', ()))})\s)[^,;.:()]){{0,40}}?"
                                    rf"\d[\d.,\u00a0\u202f ]*(?:[^\W\d_]{{1,3}}(?![\w\-]))?\s*"
                                    rf"(?:[^\W\d_]+['’]?\s*){{0,2}}?"
                                    rf"(?:{_words(rel.get('audience_nouns', ()))})(?![\w\-])", re.IGNORECASE),
        # "la famille Bercier", "alla famiglia del presidente X" before the owner, "the Dussel family" after it; not
        # "the family holding X", "the X family office": a family's company owns (nor "la holding di famiglia X":
        # family_company)
        family=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('family_words', ()))})"
                            rf"(?:\s+(?!(?:{_words(org.get('group_nouns', ()))})(?![\w\-]))"
                            rf"[a-zà-öø-ÿ'’\-]+){{0,2}}?\s*$",
                            re.IGNORECASE),
        family_after=compile_scan(rf"^\s+(?:{_words(rel.get('family_words', ()))})(?![\w\-])"
                                  rf"(?!\s+(?:{_words(org.get('group_nouns', ()))})(?![\w\-]))", re.IGNORECASE),
        family_company=compile_scan(rf"(?<![\w\-])(?:{_words(org.get('group_nouns', ()))})\s+(?:[a-zà-ÿ]{{1,3}}\s+)?$",
                                    re.IGNORECASE),
        owner_anaphor=choices["owner_anaphor"].full,
        section_before=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('section_nouns', ()))})\s+$", re.IGNORECASE),
        its_section=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('possessives', ()))})\s+(?:[\w\-]+\s+){{0,2}}?"
                                 rf"(?:{_words([*rel.get('section_nouns', ()), *org.get('platform_nouns', ())])})\s+$",
                                 re.IGNORECASE),
        counted=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('count_determiners', ()))})\s+"
                             rf"(?P<count>{_words(rel.get('count_words', ()))})\s+(?:[\w\-]+\s+)?"
                             rf"(?:{_words(rel.get('count_nouns', ()))})(?![\w\-])", re.IGNORECASE),
        count_words=tuple(w.lower() for w in rel.get("count_words", ())),
        group_owns=compile_scan(rf"(?<![\w\-])(?-i:{_words(rel.get('group_nouns', ()))})"
                                rf"(?:\s+(?-i:[a-zà-ÿ][\w\-]*)){{0,2}}"
                                rf"\s*,?\s*(?:[\w\-'’]+\s+){{0,3}}?(?:{_words(rel.get('parent_of', ()))})"
                                rf"\s+(?:\S+\s+){{0,5}}?$", re.IGNORECASE),
        mutual=choices["mutual"].full,
        both=compile_scan(rf"^\s*(?:{_words(rel.get('both_words', ()))})(?![\w\-])", re.IGNORECASE),
        where_after=compile_scan(rf"^\s*,?\s*(?:{_words(rel.get('where_words', ()))})\s+(?:[\w'’\-]+\s+){{0,3}}?"
                                 rf"(?:{_words(rel.get('sells_cues', ()))})(?![\w\-])", re.IGNORECASE),
        we=compile_scan(rf"(?<![\w\-’'])(?:{_alternatives(rel.get('we_patterns', ()))})(?![\w\-])", re.IGNORECASE),
        possessive_end=compile_scan(rf"(?<![\w\-])(?:{_words(rel.get('possessives', ()))})(?:\s+[^\W\d_]+){{0,2}}?\s+$",
                                    re.IGNORECASE),
        rival_as=compile_scan(rf"\s+(?:{_words(rel.get('rival_as', ()))})\s+(?:{_words(rel.get('possessives', ()))})"
                              rf"(?:\s+[^\W\d_]+){{0,2}}?\s+$", re.IGNORECASE),
        verb_before=compile_scan(rf"(?<![\w\-'’])(?!(?:{_words(org.get('determiners', ()))}|{kind_nouns}|"
                                 rf"{_words(org.get('list_joiners', ()))}|{_words(rel.get('of_words', ()))})\s+$)"
                                 rf"(?-i:[a-zà-öø-ÿ][\w\-]*)\s+$",
                                 re.IGNORECASE),
        competition_gap=re.compile(rf"[\s,]*(?:(?-i:[a-zà-öø-ÿ][\w'’\-]*)(?:[\s,]+|(?=:))){{0,8}}?"
                                   rf"(?::\s*|(?:{_words(rel.get('copulas', ()))})\s+)"
                                   rf"(?:(?-i:[a-zà-öø-ÿ][\w'’\-]*)[\s,]+){{0,6}}?", re.IGNORECASE),
        partner_among=choices["partner_among"].full,
        undecided=_phrase(rel.get("undecided", ())),
        thing_before=compile_scan(rf"{thing}\s+$", re.IGNORECASE),
        thing_agent=compile_scan(rf"{thing}\s+(?:[^\W\d_][\w\-]*\s+){{1,2}}"
                                 rf"(?:{_words(rel.get('agent_preps', ()))})(?:(?<=['’])|\s+)$", re.IGNORECASE),
        unknown_agent=compile_scan(rf"(?<![\w\-'’])(?:{_words(rel.get('agent_preps', ()))})(?:(?<=['’])|\s+)"
                                   rf"(?-i:[A-ZÀ-ÖØ-Þ][\w\-'’&]+)\s*,\s+(?-i:[a-zà-öø-ÿ])", re.IGNORECASE),
        apposition_det=compile_scan(rf"\s*,\s*(?:{_words(org.get('determiners', ()))})(?:(?<=['’])|\s)",
                                    re.IGNORECASE),
        rejoin=compile_scan(rf"^\s*(?:,\s*)?(?:(?:{_words(org.get('list_joiners', ()))})\s+)?"
                            rf"(?:[a-zà-ÿ]{{1,5}}\s+){{0,2}}$", re.IGNORECASE),
        choices=choices,
    )


def _alternatives(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


_STRUCTURE = ("child", "parent", "compete", "group_anaphor", "partner_of", "operated_by")
