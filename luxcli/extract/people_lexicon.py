"""The people lexicon (luxcli/lexicons/people/*.toml) compiled once per language.

Phrases are matched on `fold_keep_length` text (lower case, no accents, straight
apostrophes, same length as the article), so spans carry over to the original.
English titles are also tried in French and Italian text, which borrows them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.patterns import compile_scan
from luxcli.text import fold_keep_length, trie_pattern


@dataclass(frozen=True)
class PeopleLexicon:
    titles: dict[str, str]  # folded title phrase -> canonical role
    title_re: re.Pattern[str]
    modifier_re: re.Pattern[str]
    post_modifier_re: re.Pattern[str]  # " internationale" right after a title: the title's tail goes on after it
    refine: dict[str, tuple[str, ...]]
    scoped: dict[str, str]  # folded title -> its role when held for a region or a unit
    refine_re: tuple[tuple[str, re.Pattern[str]], ...]  # each refined role and its cue words, compiled once
    past_before_re: re.Pattern[str]
    past_after_re: tuple[re.Pattern[str], ...]
    honorific_re: re.Pattern[str]  # at the end of the text before a name
    honorifics: frozenset[str]
    verbs_after_re: re.Pattern[str]  # at the start of the text after a name
    verbs_before_re: re.Pattern[str]  # at the end of the text before a name
    speech_re: re.Pattern[str]  # a speech verb anywhere
    said_re: re.Pattern[str]  # a verb only people do ("said", "joined") anywhere
    interview_re: re.Pattern[str]
    question_labels: frozenset[str]
    copula_re: re.Pattern[str]  # gap between a name and a title that follows
    copula_end_re: re.Pattern[str]  # a longer gap that ends with a copula ("X, arrived from Y as")
    connector_re: re.Pattern[str]  # at the start of a title's tail
    connector_anywhere_re: re.Pattern[str]  # "of the ", "del ", "de la ", "dell'": a connector and maybe an article
    workplace_re: re.Pattern[str]  # "at", "chez", "presso" (with an article) and nothing else
    workplace_end_re: re.Pattern[str]  # "at", "chez", "presso" (with an article) ending a stretch
    connector_end_re: re.Pattern[str]  # at the end of a unit before the organisation ("of sales at")
    scope_re: re.Pattern[str]
    region_at_re: re.Pattern[str]  # "for the ", "pour la ", "per l'" anywhere: a region may follow
    article_re: re.Pattern[str]
    anaphor_re: re.Pattern[str]
    eponymous_re: re.Pattern[str]
    group_word_re: re.Pattern[str]  # "the group", "group sales": the article speaks of a group
    kin_re: re.Pattern[str]  # "the granddaughter of its" right before a title
    kin_after_re: re.Pattern[str]  # "'s daughter" right after a title: the title is the relative's
    kin_name_re: re.Pattern[str]  # "his daughter, " / "sua figlia " right before a name
    board_re: re.Pattern[str]  # "sits on the board", "siede nel consiglio": a seat on a board
    agent_words: frozenset[str]  # "by", "par", "da": the agent of a passive ("founded by X")
    relative_of_re: re.Pattern[str]  # "di cui è stata", "dont elle a été", "of which she was" right before a title
    led_by: dict[str, str]  # folded "led by", "guidato da" -> the role of the person named after it
    subjectless_re: re.Pattern[str]  # "Oggi è ...": a copula opening a sentence, the subject left unsaid
    duration_re: re.Pattern[str]  # "years", "anni": a stint at an employer
    ours_re: re.Pattern[str]  # "our", "notre", "il nostro" right before a title
    joined_re: re.Pattern[str]  # "joined", "a rejoint", "è entrato in": the organisation after it is joined
    new_post_re: re.Pattern[str]  # "to become", "pour devenir": the title after it is a position taken next
    joined_when_re: re.Pattern[str]  # "le 1er janvier prochain ", "a maggio ": a time right after that verb
    led_by_re: re.Pattern[str]  # any of them, right before a name
    clause_break_re: re.Pattern[str]  # ", while" / ", mentre": a new clause with its own subject
    founded_by: tuple[re.Pattern[str], ...]
    founded_active_re: re.Pattern[str]
    joiner_re: re.Pattern[str]
    particles: frozenset[str]
    org_suffixes: frozenset[str]
    org_designators: frozenset[str]
    org_prefixes: frozenset[str]  # "Maison", "Calzaturificio", "Groupe": a name opening with one is no person
    org_name_ends: frozenset[str]  # "Holdings", "Mills", "Yachts", "Sartoria": a name ending with one is no person
    place_first_words: frozenset[str]  # "New", "Nuova", "Moyen": a place's first word ("Nuova Delhi")
    compass_words: frozenset[str]  # folded "west", "nord": region words that are surnames too ("X West")
    family_pair_re: re.Pattern[str]  # "brothers", "frère et sœur", "i fratelli": people sharing a surname
    surname_kin_re: re.Pattern[str]  # " and his son ", " et sa sœur ": the next given name takes the surname before
    not_names: frozenset[str]
    article_end_re: re.Pattern[str]  # an article ending the text before a title
    cap_run_re: re.Pattern[str]  # a capitalised run naming an organisation ("Tmall Beauty and Home")
    kin_of_re: re.Pattern[str]  # "la figlia dei fondatori, ": a kin noun, its relative, a comma before a name
    pronoun_word_re: re.Pattern[str]  # a subject pronoun anywhere ("she")
    pronoun_re: re.Pattern[str]  # "she was appointed", "elle est devenue": a subject pronoun and a copula
    descriptors: frozenset[str]
    descriptor_suffixes: tuple[str, ...]  # endings of a nationality or city adjective ("torinese")
    first_person_re: re.Pattern[str]  # "I worked as an ..." before a title
    nominal_re: re.Pattern[str]  # ", l'Italien, " : a one-word nominal subject before a title
    joiner_word_re: re.Pattern[str]  # "and" anywhere in a short gap
    house_titles: frozenset[str]  # folded titles of role "other" held inside an organisation ("cellar master")
    helm_titles: frozenset[str]  # folded "at the helm of", "alla guida di": leading, not a title of its own
    since_re: re.Pattern[str]  # "since 2019", "depuis mars 2020", "dal 2020": when a position started
    reverse_copula_re: re.Pattern[str]  # "(in China) is the", between a title and the name it describes
    cue_words: frozenset[str]  # lower-case one-word cues ("said", "selon"): never the first word of a name
    stopwords: frozenset[str]  # the language's function words: never part of a title's description
    present_re: re.Pattern[str]  # "now", "oggi": the position after it is the present one
    past_patterns_re: re.Pattern[str]  # "after six years as a": at the end of the text before a past title
    group_words: frozenset[str]  # folded words of an anaphor standing for a group ("the group")
    brand_words: frozenset[str]  # ... for a brand ("the house", "la maison")
    kind_nouns: frozenset[str]  # folded one-word nouns of any organisation's kind ("house", "jeweller", "app")
    firm_words: frozenset[str]  # group words never said of a brand's own company ("the firm", "le cabinet")
    region_words: frozenset[str]  # folded last words of a region ("Southeast Asia", "Gulf")
    came_from_re: re.Pattern[str]  # "joined last year from": an earlier employer follows
    came_from_title_re: re.Pattern[str]  # ", where she was": the title held at that employer follows
    came_from_adjunct_re: re.Pattern[str]  # "after": an earlier-employer cue that is an adjunct of the clause
    investor_words: frozenset[str]  # folded last words of an investor's name ("Capital", "Ventures")
    partner_titles: frozenset[str]  # folded titles of a partner ("partner", "associée")
    byline_re: re.Pattern[str]  # "by ", "par ", "di " opening a line of the page's head
    byline_units: frozenset[str]  # folded "desk", "redazione": a byline's last word naming a desk, no publication
    region_noun_re: re.Pattern[str]  # "area ", "région " before a region's name
    verb_titles: frozenset[str]  # folded titles opening with a verb ("chairs the board", "préside le conseil ...")
    led_verb_re: re.Pattern[str]  # "led", "dirigé", "guidato": having headed a unit
    board_nouns: tuple[str, ...]  # folded "board", "conseil": one is in every board phrase
    board_join_re: re.Pattern[str]  # "joins", "rejoint", "entra" inside a board phrase: a director's seat
    relative_end_re: re.Pattern[str]  # " who ", " qui ", " che " ending a stretch
    relative_start_re: re.Pattern[str]  # " who ", " qui ", " che " opening a stretch
    region_end_re: re.Pattern[str]  # "for the ", "pour le ", "per il " ending a stretch: what follows is served
    workplace_start_re: re.Pattern[str]  # " at ", " chez ", " presso " opening a stretch
    adjective_after_re: re.Pattern[str]  # "famille ", "best " right before a title word: no position there
    person_relative_re: re.Pattern[str]  # " who " opening a stretch: a relative pronoun only a person takes
    lead_titles: frozenset[str]  # folded "runs the house", "guida il gruppo": a lead verb and a kind noun
    lead_object_followers: frozenset[str]  # "until", "depuis", "dal": words that may follow "runs the house"
    past_titles: frozenset[str]  # folded verb titles in a past tense ("led the company", "guidava l'azienda")
    affiliation_re: re.Pattern[str]  # " of ", " chez ", " di " right after a name, before its organisation
    promotion_verb_re: re.Pattern[str]  # "promoted ", "promu " right before a name
    promotion_to_re: re.Pattern[str]  # " to ", " au poste de ", " a " between that name and the title
    owner_cue_re: re.Pattern[str]  # "owner", "propriétaire", "controlla": a group owning the house named next
    owned_by_re: re.Pattern[str]  # "owned by", "contrôlée par", "controllata da": the owner is named next
    succeeds_re: re.Pattern[str]  # "succeeds", "succède à", "succede a": the predecessor is named next
    place_nouns: frozenset[str]  # folded "store", "boutique", "negozio": a unit naming a place, not an employer
    verb_title_gap_re: re.Pattern[str]  # between a name and a verb title: " ", ", who ", ", che "
    unit_lead_re: re.Pattern[str]  # "heads ", "dirige ", "guida ": a lead verb in a present tense
    unit_refine: tuple[tuple[str, re.Pattern[str]], ...]  # a unit's words naming a role ("leads design")
    unit_article_re: re.Pattern[str]  # "the ", "la ", "l'": the definite article a unit may open with
    not_units: frozenset[str]  # folded "ranking", "classement": a lead verb's object that is no unit
    place_relative_re: re.Pattern[str]  # ", where ", ", dove ": a place relative after a name, which is no person's
    org_nouns_after: frozenset[str]  # folded "network", "stores": an organisation's head noun right after its name
    peer_re: re.Pattern[str]  # "colleague", "confrère", "collega": a peer of the person named before
    peer_words: tuple[str, ...]  # the same, folded: a cheap substring gate before the scan


def _phrase(p: str) -> str:
    """A folded phrase as a pattern where a space or hyphen matches either."""
    parts = re.split(r"[\s\-]+", fold_keep_length(p).strip())
    return r"[\s\-]+".join(re.escape(x) for x in parts if x)


def _alternation(phrases: list[str] | tuple[str, ...]) -> str:
    ordered = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(_phrase(p) for p in ordered) or r"(?!x)x"


def phrase_alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """Folded phrases as one alternation, longest first, a space or hyphen matching either (for folded text)."""
    return _alternation(phrases)


@functools.cache
def article_pattern(lang: str) -> str:
    r"""An optional article of the language after which a title follows ("stay on as an adviser", "restera
    l'ambassadrice"), for folded text: `(?:(?:an|a|...)\s*)?`."""
    words = _words(lang, "articles")
    forms = "|".join(re.escape(fold_keep_length(w)).replace("'", "['’]")
                     for w in sorted(set(words), key=len, reverse=True))
    return rf"(?:(?:{forms})\s*)?" if forms else ""


def _trie(phrases: list[str] | tuple[str, ...]) -> str:
    """`_alternation` with shared prefixes factored out (`trie_pattern`): the same matches, the longest phrase
    still first, but each position of the text tries a few first letters, not every phrase (the title
    pattern runs over every article's whole text)."""
    keys = {" ".join(x for x in re.split(r"[\s\-]+", fold_keep_length(p).strip()) if x) for p in phrases if p.strip()}
    keys.discard("")
    return trie_pattern(keys) if keys else r"(?!x)x"


def _exact(words: list[str]) -> str:
    """Case-sensitive alternation, longest first (honorifics are matched on the original text)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _copulas(lang: str) -> str:
    """The copulas, and any verb (a word or two) with a post noun: "keeps the post of", "manterrà la carica di",
    "reprend ses fonctions de" say the title that follows is the subject's as "is" does."""
    post = (rf"[\w'’]+(?:\s+[\w'’]+)?\s+(?:(?:{_alternation(_words(lang, 'post_determiners'))})(?:\s+|(?<=')))?"
            rf"(?:{_alternation(_words(lang, 'post_nouns'))})\s+(?:{_alternation(_words(lang, 'post_connectors'))})")
    return rf"{_alternation(_words(lang, 'copulas'))}|{post}"


def _words(lang: str, key: str, with_english: bool = False) -> list[str]:
    own = list(lexicon.lookup(lang, f"people.cues.{key}", []) or [])
    if with_english and lang != "en":
        own += list(lexicon.lookup("en", f"people.cues.{key}", []) or [])
    return own


@functools.cache
def _org_prefixes() -> frozenset[str]:
    """Words opening an organisation's name, in every language: an article in one language names houses of
    others ("la Maison Tessard", "the Calzaturificio Ombra")."""
    words: set[str] = set()
    for lang in ("en", "fr", "it"):
        words.update(lexicon.lookup(lang, "people.cues.org_prefixes", []) or [])
        for key in ("orgs.brand_prefixes", "orgs.group_prefixes"):
            words.update(lexicon.lookup(lang, key, []) or [])
    return frozenset(words)


def _every_language(key: str) -> list[str]:
    """A people word list of every language: an article in one language names places and firms of others."""
    return [w for lang in ("en", "fr", "it") for w in lexicon.lookup(lang, f"people.cues.{key}", []) or []]


@functools.cache
def _org_name_ends() -> frozenset[str]:
    """Words ending an organisation's name, in every language: the company words ("Holdings", "SpA"), the trade
    words ("Mills", "Yachts", "Luxe") and the organisation lexicon's name endings ("Partners", "Sartoria")."""
    words = set(_every_language("org_suffixes")) | set(_every_language("trade_name_ends"))
    for lang in ("en", "fr", "it"):
        for key in ("legal_suffixes", "group_suffixes", "body_suffixes", "brand_tails", "chain_tails",
                    "brand_suffixes"):
            words.update(lexicon.lookup(lang, f"orgs.{key}", []) or [])
    return frozenset(words)


def _lead_titles(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """A lead verb with the organisation's kind noun as object ("runs the house", "dirigeait la maison"): each
    pair is a chief executive's title, (present, past)."""
    objects = _folded_words(lang, "lead_objects")

    def combine(key: str) -> frozenset[str]:
        return frozenset(" ".join(f"{v} {o}".split()) for v in _folded_words(lang, key) for o in objects)

    return combine("lead_verbs"), combine("lead_verbs_past")


def _months(lang: str, all_lengths: bool = False) -> list[str]:
    return [fold_keep_length(w) for w in (lexicon.lookup(lang, "months", {}) or {}) if all_lengths or len(w) > 3]


def _joined_when(lang: str) -> re.Pattern[str]:
    """A time phrase on folded text: "in May", "le 1er janvier prochain", "a maggio", "next March 2026"."""
    modifiers = _alternation(_words(lang, "joined_when_modifiers"))
    return re.compile(rf"\s*(?:(?:{_alternation(_words(lang, 'joined_when_openers'))})\s+)?"
                      rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+)?(?:(?:{modifiers})\s+)?"
                      rf"(?:{_alternation(_months(lang, all_lengths=True))})"
                      rf"(?:\s+\d{{4}})?(?:\s+(?:{modifiers}))?\s+")


def _past_ends(lang: str) -> str:
    """ "until 2024", "jusqu'en juin", "fino allo scorso anno": the end of a position written before its title."""
    months = _alternation(_months(lang, all_lengths=True))
    return "|".join(f"(?:{p.replace('{months}', f'(?:{months})')})" for p in _words(lang, "past_before_patterns")) \
        or r"(?!x)x"


def _folded_words(lang: str, key: str) -> list[str]:
    return [fold_keep_length(w) for w in _words(lang, key)]


def _led_by(lang: str) -> dict[str, str]:
    return dict(lexicon.lookup(lang, "people.cues.led_by", {}) or {})


@functools.cache
def people_lexicon(lang: str) -> PeopleLexicon:
    lang = lang if lang in lexicon.languages() else "en"
    titles: dict[str, str] = {}
    for source in ("en", lang) if lang != "en" else ("en",):
        for phrase, role in (lexicon.lookup(source, "people.titles", {}) or {}).items():
            titles[" ".join(re.split(r"[\s\-]+", fold_keep_length(phrase)))] = role
    lead_now, lead_past = _lead_titles(lang)
    not_title_before = _folded_words(lang, "adjective_after") + _folded_words(lang, "praise_before")
    for phrase in lead_now | lead_past:
        titles.setdefault(" ".join(re.split(r"[\s\-]+", phrase)), "ceo")
    mods = _alternation(_words(lang, "title_modifiers", True))
    title_re = re.compile(rf"(?<![\w])(?:co-?)?(?:(?:{_trie(_words(lang, 'title_modifiers', True))})\s+)*"
                          rf"(?:{_trie(list(titles))})(?![\w])")
    refine = {k: tuple(fold_keep_length(w) for w in v)
              for k, v in (lexicon.lookup(lang, "people.refine", {}) or {}).items()}
    honorifics = _words(lang, "honorifics", True)
    return PeopleLexicon(
        titles=titles,
        title_re=title_re,
        modifier_re=re.compile(rf"^(?:co-?)?(?:(?:{mods})\s+)*"),
        post_modifier_re=re.compile(rf"[ \t]+(?:{_alternation(_words(lang, 'post_modifiers'))})(?=\s)"),
        refine=refine,
        scoped={" ".join(fold_keep_length(k).split()): v
                for k, v in (lexicon.lookup(lang, "people.scoped", {}) or {}).items()},
        refine_re=tuple((k, re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(c) for c in v) or '(?!x)x'})"))
                        for k, v in refine.items()),
        past_before_re=re.compile(
            rf"(?<![\w])(?:{_alternation(_words(lang, 'past_before'))}|{_past_ends(lang)})(?![\w])"),
        past_after_re=tuple(re.compile(fold_keep_length(p)) for p in _words(lang, "past_after")),
        honorific_re=re.compile(rf"(?<![\w])(?:{_exact(honorifics)})\s+$" if honorifics else r"(?!x)x"),
        honorifics=frozenset(h.rstrip(".") for h in honorifics),
        verbs_after_re=re.compile(rf"^\s*(?:{_alternation(_words(lang, 'verbs_after'))})(?![\w])"),
        verbs_before_re=re.compile(
            rf"(?<![\w])(?:{_alternation(_words(lang, 'verbs_before'))})(?:\s+[\w']+){{0,2}}\s*,?\s+$"),
        said_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'verbs_after'))})(?![\w])"),
        speech_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'verbs_before'))})(?![\w])"),
        interview_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'interview', True))})(?![\w])"),
        question_labels=frozenset(fold_keep_length(w) for w in _words(lang, "question_labels", True)),
        copula_re=re.compile(rf"^\s+(?:{_copulas(lang)})\s+$"),
        # "qui en est toujours le": a copula, then maybe "still" and an article
        copula_end_re=re.compile(rf"\s(?:{_copulas(lang)})\s+"
                                 rf"(?:(?:{_alternation(_words(lang, 'present_before'))})\s+)?"
                                 rf"(?:(?:{_alternation(_words(lang, 'articles'))})(?:\s+|(?<=')))?$"),
        connector_anywhere_re=re.compile(
            rf"(?<![\w'’])(?:{_alternation(_words(lang, 'org_connectors', True))})(?:\s+|(?<='))"
            rf"(?:(?:{_alternation(_words(lang, 'articles', True))})(?:\s+|(?<=')))?"),
        connector_re=re.compile(rf"^\s*(?:(?:{_alternation(_words(lang, 'joiners'))})\s+)?"
                                rf"(?:{_alternation(_words(lang, 'org_connectors', True))})(?:\s+|(?<='))"),
        workplace_re=re.compile(rf"^\s*(?:{_alternation(_words(lang, 'workplace_connectors', True))})\s+"
                                rf"(?:(?:{_alternation(_words(lang, 'articles', True))})(?:\s+|(?<=')))?$"),
        workplace_end_re=re.compile(rf"\s(?:{_alternation(_words(lang, 'workplace_connectors', True))})\s+"
                                    rf"(?:(?:{_alternation(_words(lang, 'articles', True))})(?:\s+|(?<=')))?$"),
        connector_end_re=re.compile(rf"\s(?:{_alternation(_words(lang, 'org_connectors', True))})"
                                    rf"(?:\s+(?:{_alternation(_words(lang, 'articles', True))}))?\s*$"),
        scope_re=re.compile(rf"^\s*(?:{_alternation(_words(lang, 'scope_connectors'))})\s+"),
        region_at_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'scope_connectors'))})\s+"
                                rf"(?:(?:{_alternation(_words(lang, 'articles'))})(?:\s+|(?<=')))?"),
        article_re=re.compile(rf"^(?:{_alternation(_words(lang, 'articles', True))})(?:\s+|(?<='))"),
        anaphor_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'anaphors'))})(?![\w])"),
        clause_break_re=re.compile(rf"[,;]\s*(?:{_alternation(_words(lang, 'clause_breaks'))})\s"),
        group_word_re=re.compile(rf"(?<![\w\-])(?:{_alternation(_words(lang, 'group_words'))})(?![\w\-])"),
        duration_re=re.compile(rf"(?<![\w])(?:{_alternation(_folded_words(lang, 'durations'))})(?![\w])"),
        ours_re=re.compile(rf"(?<![\w])(?:{_alternation(_folded_words(lang, 'first_person_possessives'))})"
                           rf"\s+(?:[\w\-]+\s+)?$"),
        joined_re=re.compile(rf"(?<![\w])(?:{_alternation(_folded_words(lang, 'joined'))})\s+"),
        joined_when_re=_joined_when(lang),
        new_post_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'new_post_copulas'))})(?![\w])"),
        led_by={" ".join(fold_keep_length(k).split()): v for k, v in _led_by(lang).items()},
        # "led by X", and by a relative of the family: "presieduta dalla figlia X", "dirigée par sa petite-fille X"
        led_by_re=re.compile(rf"(?<![\w])({_alternation(fold_keep_length(k) for k in _led_by(lang))})\s+"
                             rf"(?:(?:[\w'’]+\s+){{0,2}}(?:{_alternation(_words(lang, 'kin'))})\s*,?\s+)?$"),
        relative_of_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'relative_of'))})"
                                  rf"(?:\s+[\w'’]+){{0,4}}\s+$"),
        agent_words=frozenset(w.casefold() for w in lexicon.lookup(lang, "orgs.agent_words", ())),
        board_re=re.compile("|".join(f"(?:{p})" for p in _words(lang, "board_patterns")) or r"(?!x)x"),
        kin_name_re=re.compile(rf"(?<![\w\-])(?:{_alternation(_words(lang, 'kin'))})\s*,?\s*$"),
        kin_of_re=re.compile(rf"(?<![\w\-])(?:{_alternation(_words(lang, 'kin'))})(?:\s+[\w'’]+){{1,3}}\s*,\s*$"),
        kin_re=re.compile(rf"(?<![\w\-])(?:{_alternation(_words(lang, 'kin'))})\s+(?:[\w'’]+\s+){{0,2}}$"),
        kin_after_re=re.compile(rf"['’]s\s+(?:{_alternation(_words(lang, 'kin'))})(?![\w\-])"),
        eponymous_re=compile_scan(rf"(?<![\w])(?:{_alternation(_words(lang, 'eponymous'))})(?![\w])"),
        founded_by=tuple(re.compile(fold_keep_length(p)) for p in _words(lang, "founded_by")),
        founded_active_re=re.compile(rf"^\s+(?:{_alternation(_words(lang, 'founded_active'))})(?![\w])"),
        joiner_re=re.compile(rf"^\s*,?\s*(?:{_alternation(_words(lang, 'joiners'))})\s+$"),
        particles=frozenset(_words(lang, "particles", True)),
        org_suffixes=frozenset(_words(lang, "org_suffixes", True)),
        org_designators=frozenset(_words(lang, "org_designators", True)),
        org_prefixes=_org_prefixes(),
        org_name_ends=_org_name_ends(),
        place_first_words=frozenset(_every_language("place_first_words")),
        compass_words=frozenset(fold_keep_length(w) for w in _every_language("compass_words")),
        surname_kin_re=re.compile(rf"\s*,?\s*(?:{_alternation(_words(lang, 'joiners'))})\s+(?:[\w'’]+\s+)?"
                                  rf"(?:{_alternation(_words(lang, 'surname_kin'))})\s*,?\s+"),
        family_pair_re=compile_scan(rf"(?<![\w\-])(?:{_alternation(_words(lang, 'family_pairs'))})(?![\w\-])"),
        not_names=frozenset(_words(lang, "not_names", True)),
        article_end_re=re.compile(rf"(?:^|\s)(?:{_alternation(_words(lang, 'articles', True))})\s*$"),
        cap_run_re=re.compile(rf"[A-ZÀ-ÖØ-Þ][\w&’'.\-]*(?:\s+(?:&\s+|(?:{_exact(_words(lang, 'joiners', True))})\s+)?"
                              rf"[A-ZÀ-ÖØ-Þ0-9][\w&’'.\-]*)*"),
        pronoun_word_re=re.compile(rf"(?<![\w'])(?:{_alternation(_words(lang, 'pronouns'))})(?![\w'])"),
        pronoun_re=re.compile(rf"(?:^|[\s,])(?:{_alternation(_words(lang, 'pronouns'))})"
                              rf"(?:\s+[\w']+){{0,2}}?\s+(?:{_alternation(_words(lang, 'copulas'))})\s+"
                              rf"(?:(?:{_alternation(_words(lang, 'present_before'))})\s+)?"
                              rf"(?:(?:{_alternation(_words(lang, 'articles'))})\s*)?(?:[a-z]+\s+){{0,2}}$"),
        # a sentence with no subject but a copula before the title ("Oggi è direttrice creativa di A")
        subjectless_re=re.compile(rf"^[\s\"“«]*(?:(?:{_alternation(_words(lang, 'present_before'))})[\s,]+)?"
                                  rf"(?:{_alternation(_words(lang, 'copulas'))})\s+"
                                  rf"(?:(?:{_alternation(_words(lang, 'articles'))})\s*)?$"),
        joiner_word_re=re.compile(rf"(?:^|[\s,])(?:{_alternation(_words(lang, 'joiners'))})[\s,]"),
        house_titles=frozenset(" ".join(fold_keep_length(w).split()) for w in _words(lang, "house_titles", True)),
        helm_titles=frozenset(" ".join(fold_keep_length(w).split()) for w in _words(lang, "helm_titles", True)),
        # "since 2019", "depuis mars 2020", and a month alone: "since January"
        since_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'since'))})(?:\s+|(?<='))"
                            rf"(?:(?:[^\W\d_]+\s+)?\d{{4}}\b|(?:{_alternation(_months(lang))})\b)"),
        reverse_copula_re=re.compile(rf"(?:\s*[\w'’]+)?\s+(?:{_alternation(_words(lang, 'copulas'))})\s+"
                                     rf"(?:(?:{_alternation(_words(lang, 'articles'))})\s*)?\s*"),
        first_person_re=re.compile(rf"(?:^|[\s,])(?:{_alternation(_words(lang, 'first_person'))})(?:\s*[\w']+){{0,6}}?"
                                   rf"\s+(?:{_alternation(_words(lang, 'copulas'))})\s+"
                                   rf"(?:(?:{_alternation(_words(lang, 'articles'))})\s*)?(?:[a-z]+\s+){{0,3}}$"),
        nominal_re=re.compile(rf"(?:^|,)\s*((?:{_alternation(_words(lang, 'articles'))})\s*[^\W\d_]+)\s*,\s*"
                              rf"(?:(?:{_alternation(_words(lang, 'articles'))})\s*)?$"),
        descriptors=frozenset(fold_keep_length(w) for w in _words(lang, "descriptors")),
        descriptor_suffixes=tuple(fold_keep_length(w) for w in _words(lang, "descriptor_suffixes")),
        # lower case but with accents: Italian "sarà" is a cue, the first name "Sara" is not
        cue_words=frozenset(w.lower() for key in ("verbs_before", "verbs_after", "interview", "copulas")
                            for w in _words(lang, key, True) if " " not in w),
        stopwords=frozenset(fold_keep_length(w) for w in lexicon.words(lang, "stopwords")),
        present_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'present_before'))})(?![\w])"),
        past_patterns_re=re.compile("|".join(f"(?:{p})" for p in _words(lang, "past_patterns")) or r"(?!x)x"),
        group_words=frozenset(fold_keep_length(w) for w in _words(lang, "group_words")),
        brand_words=frozenset(fold_keep_length(w) for w in _words(lang, "brand_words")),
        kind_nouns=frozenset(fold_keep_length(w) for key in ("brand_nouns", "group_nouns", "platform_nouns")
                             for w in lexicon.lookup(lang, f"orgs.{key}", []) or [] if " " not in w.strip())
        | {fold_keep_length(w) for key in ("brand_words", "group_words", "firm_words") for w in _words(lang, key)},
        firm_words=frozenset(fold_keep_length(w) for w in _words(lang, "firm_words")),
        region_words=frozenset(fold_keep_length(w) for w in _words(lang, "region_words", True)),
        # (searched before every organisation mention: the look at a match's first characters skips most positions)
        came_from_re=compile_scan("|".join(f"(?:{p})" for p in _words(lang, "came_from")) or r"(?!x)x"),
        came_from_title_re=re.compile("|".join(f"(?:{p})" for p in _words(lang, "came_from_title")) or r"(?!x)x"),
        came_from_adjunct_re=re.compile(rf"(?:{_alternation(_words(lang, 'came_from_adjuncts'))})(?![\w])"),
        investor_words=frozenset(fold_keep_length(w) for w in _words(lang, "investor_words", True)),
        partner_titles=frozenset(fold_keep_length(w) for w in _words(lang, "partner_titles", True)),
        verb_titles=frozenset(" ".join(fold_keep_length(w).split()) for w in _words(lang, "verb_titles"))
        | lead_now | lead_past,
        lead_titles=lead_now | lead_past,
        lead_object_followers=frozenset(_folded_words(lang, "lead_object_followers")),
        promotion_verb_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'promotion_verbs'))})\s+$"),
        # "named X chief executive": nothing but a space may stand between the appointed name and the title
        promotion_to_re=re.compile(rf"\s+(?:(?:{_alternation(_words(lang, 'promotion_to'))})\s+)?"),
        place_nouns=frozenset(_folded_words(lang, "place_nouns")),
        succeeds_re=compile_scan(rf"(?<![\w])(?:{_alternation(_words(lang, 'succeeds'))})(?:\s+|(?<='))"),
        owned_by_re=compile_scan(rf"(?<![\w])(?:{_alternation(_words(lang, 'owned_by'))})(?:\s+|(?<='))"),
        owner_cue_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'owner_words'))})(?![\w])"),
        affiliation_re=re.compile(rf"[ \t]+(?:{_alternation(_words(lang, 'affiliation_connectors'))})[ \t]+"),
        led_verb_re=re.compile(rf"(?<![\w])(?:{_alternation(_folded_words(lang, 'led_verbs'))})(?![\w])"),
        board_nouns=tuple(_folded_words(lang, "board_nouns")),
        board_join_re=re.compile(rf"(?<![\w])(?:{_alternation(_folded_words(lang, 'board_join_words'))})(?![\w])"),
        relative_end_re=re.compile(rf"\s(?:{_alternation(_words(lang, 'relative_pronouns'))})\s+$"),
        relative_start_re=re.compile(rf"\s*(?:{_alternation(_words(lang, 'relative_pronouns'))})\s"),
        region_end_re=re.compile(rf"(?<![\w])(?:{_alternation(_words(lang, 'scope_connectors'))})\s+"
                                 rf"(?:(?:{_alternation(_words(lang, 'articles'))})(?:\s+|(?<=')))?$"),
        workplace_start_re=re.compile(rf"^\s+(?:{_alternation(_words(lang, 'workplace_connectors', True))})\s"),
        adjective_after_re=re.compile(rf"(?<![\w])(?:{_alternation(not_title_before)})\s+$"),
        person_relative_re=re.compile(rf"\s*(?:{_alternation(_words(lang, 'person_relatives'))})\s"
                                      if _words(lang, "person_relatives") else r"(?!x)x"),
        past_titles=frozenset(" ".join(fold_keep_length(w).split()) for w in _words(lang, "past_titles")) | lead_past,
        verb_title_gap_re=re.compile(rf"\s|\s*,\s*(?:{_alternation(_words(lang, 'relative_pronouns'))})\s+"),
        # (a present tense only: "led the study", "a piloté le projet" speak of a task done, not a unit held)
        unit_lead_re=compile_scan(
            rf"(?<![\w'’])(?:{_alternation(_words(lang, 'lead_verbs') + _words(lang, 'unit_lead_verbs'))})\s+"),
        unit_refine=tuple((role, re.compile(rf"(?<![\w])(?:{_alternation(cues)})(?![\w])"))
                          for role, cues in (lexicon.lookup(lang, "people.cues.unit_refine", {}) or {}).items()),
        unit_article_re=re.compile(rf"(?:{_alternation(_words(lang, 'unit_articles'))})(?:\s+|(?<='))"),
        not_units=frozenset(_folded_words(lang, "not_units")),
        place_relative_re=compile_scan(rf",\s*(?:{_alternation(_words(lang, 'place_relatives'))})\s"),
        org_nouns_after=frozenset(_folded_words(lang, "org_nouns_after")),
        peer_re=compile_scan(rf"(?<![\w])(?:{_alternation(_words(lang, 'peer_nouns'))})(?![\w])"),
        peer_words=tuple(_folded_words(lang, "peer_nouns")),
        region_noun_re=re.compile(rf"(?:{_alternation(_words(lang, 'region_nouns'))})\s+"),
        byline_re=re.compile(rf"^[ \t]*(?:{_alternation(_words(lang, 'byline_words'))})[ \t]+"),
        byline_units=frozenset(_folded_words(lang, "byline_units")),
    )


def canonical_role(lex: PeopleLexicon, title: str, scope: str | None = None) -> str:
    """The canonical role of one title phrase, refined by the words of its scope."""
    folded = fold_keep_length(title)
    bare = " ".join(re.split(r"[\s\-]+", lex.modifier_re.sub("", folded).strip()))
    role = lex.titles.get(bare) or lex.titles.get(" ".join(re.split(r"[\s\-]+", folded))) or "other"
    if role == "director":
        words = folded + " " + fold_keep_length(scope or "")
        for refined, cue in lex.refine_re:
            if cue.search(words):
                return refined
    return role


def scoped_role(lex: PeopleLexicon, title: str, role: str) -> str:
    """The role of a title held for a region or a unit ("directrice générale Asie-Pacifique": a general manager)."""
    bare = " ".join(re.split(r"[\s\-]+", lex.modifier_re.sub("", fold_keep_length(title)).strip()))
    return lex.scoped.get(bare, role)
