"""Units: what a figure counts, as a lowercase English noun, or an ISO 4217 code.

The language data lives in `lexicons/units/<lang>.toml`: counted nouns
("téléspectateurs" -> viewers), currencies ("milliards d'euros" -> EUR),
percent spellings, qualifiers and the small words around figures. `UnitData`
compiles one language's data once; `canonical_unit` maps what a user types on
the command line ("spettatori", "€", "Viewer") to the unit stored in the index.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.patterns import by_first_letter, compile_scan

_SP = "[ \u00a0\u202f\u2009]"


def _alternation(forms: list[str]) -> str:
    """Longest first; symbols and upper-case codes are matched as written, words in any case."""
    out = []
    for form in sorted(set(forms), key=len, reverse=True):
        pattern = re.escape(form).replace(r"\ ", rf"{_SP}+")
        exact = not form.isalpha() or form.isupper()
        out.append(pattern if exact and not _is_word(form) else f"(?i:{pattern})")
    return "|".join(out)


def _is_word(form: str) -> bool:
    """A currency word ("dollars", "francs suisses"), as opposed to a symbol or a code ("€", "RMB", "Rmb")."""
    return all(part.isalpha() for part in form.split()) and not form.isupper() and len(form) > 3


@dataclass(frozen=True)
class UnitData:
    lang: str
    nouns: dict[str, str]  # folded surface (one or more words) -> canonical unit
    longest_noun: int  # in words
    multiples: dict[str, float]
    verbs: dict[str, str]
    currencies: dict[str, str]  # surface -> ISO code (casefolded keys for words)
    currency_before: re.Pattern[str]  # searched at the end of the text before a number
    currency_after: re.Pattern[str]  # matched right after a number
    currency_lead: re.Pattern[str]  # matched right before the second number of a range
    percent_after: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    qualifiers: dict[str, str]
    between_before: re.Pattern[str]
    range_to: re.Pattern[str]
    range_and: re.Pattern[str]
    out_of: re.Pattern[str]
    connectors: frozenset[str]
    determiners: frozenset[str]
    and_words: frozenset[str]
    stop: frozenset[str]
    count_cues: tuple[tuple[str, ...], ...]
    workforce_cues: tuple[tuple[str, ...], ...]
    pronoun_before: tuple[tuple[str, ...], ...]
    pronoun_after: tuple[tuple[str, ...], ...]
    more_before: tuple[tuple[str, ...], ...]
    more_after: tuple[tuple[str, ...], ...]
    clitics: frozenset[str]
    definite: frozenset[str]
    inverted_before: frozenset[str]
    age_before: re.Pattern[str]
    furniture: frozenset[str]
    plural_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]
    own_words: frozenset[str]  # "own", "propres": between an owner and the counted noun
    possessive_endings: tuple[str, ...]  # "'s": a possessive between a determiner and the counted noun
    change_verbs: frozenset[str]  # "rose", "passer": "from X to Y" after one of them is two figures
    change_from: frozenset[str]  # "from", "de", "da"
    furniture_before: re.Pattern[str]
    clock_before: re.Pattern[str]
    ago_before: tuple[tuple[str, ...], ...]  # "il y a": before a duration that dates something
    ago_after: frozenset[str]  # "ago", "fa": after it
    money_nouns: frozenset[str]  # "fatturato", "ventes": what an amount without a currency may be of
    money_cue: re.Pattern[str]  # a word that makes a sentence about money
    compare_before: tuple[tuple[str, ...], ...]  # "contre", "up from": the number after counts the same thing
    head_first: bool  # a noun after a noun qualifies it ("vignerons partenaires")
    yen_cues: frozenset[str]  # words of an article about Japan, where "¥" is the yen
    yuan_cues: frozenset[str]  # words of an article about China, where "¥" is the yuan
    measures: frozenset[str]  # units of measure: "a 2,500 sq m flagship" measures, it counts no flagships
    other_words: frozenset[str] = frozenset()  # "autres", "altri": between a connector and the counted noun
    times_verbs: dict[str, str] | None = None  # verb beginning -> what its count of times counts
    times_verbs_pattern: re.Pattern[str] | None = None
    subset_after: tuple[tuple[str, ...], ...] = ()  # "of those": a number in words then picks out part of a set
    fraction_words: frozenset[str] = frozenset()  # "tiers", "thirds": a share, never what is counted

    def currency(self, surface: str) -> str | None:
        key = " ".join(surface.split())
        return self.currencies.get(key) or self.currencies.get(key.casefold())

    def singular(self, key: str) -> bool:
        """Whether a counted noun is written in the singular: another spelling of the same unit extends it
        ("store"/"stores", "mois" has none) or swaps its last vowel ("negozio"/"negozi", "anno"/"anni")."""
        known = self._singulars.get(key)
        if known is None:  # asked of the same few nouns again and again: each is worked out once
            unit = self.nouns.get(key)
            known = self._singulars[key] = any(
                other != key and self.nouns[other] == unit
                and (other.startswith(key) or (len(other) == len(key) and other[:-1] == key[:-1]
                                               and key[-1] in "oa" and other[-1] in "ie")
                     or (key.endswith("y") and other == key[:-1] + "ies"))  # "delivery"/"deliveries"
                for other in self._by_unit.get(unit, ()))
        return known

    @functools.cached_property
    def _singulars(self) -> dict[str, bool]:
        return {}

    @functools.cached_property
    def qualifier_words(self) -> frozenset[str]:
        """Every word of every qualifier ("more", "than", "più", "plus")."""
        return frozenset(w for q in self.qualifiers for w in q.replace("'", "' ").split())

    @functools.cached_property
    def money_noun_cues(self) -> tuple[tuple[str, ...], ...]:
        """The money nouns as cue phrases ("chiffre d' affaires")."""
        return _cue_tokens(sorted(self.money_nouns))

    def is_money(self, unit: str) -> bool:
        return unit in self._codes

    @functools.cached_property
    def _codes(self) -> frozenset[str]:
        return frozenset(self.currencies.values())

    @functools.cached_property
    def _by_unit(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for form, unit in self.nouns.items():
            out.setdefault(unit, []).append(form)
        return {u: tuple(f) for u, f in out.items()}

    def noun_at(self, words: list[str], i: int) -> tuple[str, str, int] | None:
        """(unit, surface key, words used) for the longest counted noun starting at words[i]."""
        for k in range(min(self.longest_noun, len(words) - i), 0, -1):
            # An elided article is its own token ("d'", "études") but written glued in the lexicon.
            key = " ".join(words[i : i + k]).casefold().replace("’", "'").replace("' ", "'")
            if key in self.nouns:
                return self.nouns[key], key, k
            if "-" in key and (spaced := key.replace("-", " ")) in self.nouns:  # "square-metre"
                return self.nouns[spaced], spaced, k
        return None


def _times_pattern(stems: list[str]) -> re.Pattern[str]:
    """A word opening with one of the verb beginnings of `times_verbs`, at most four words before the end of
    the text (the text before a count of times: "téléchargée plus de", "was viewed")."""
    if not stems:
        return re.compile("(?!x)x")
    alternation = "|".join(re.escape(s.casefold()) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![\w])({alternation})[\w'’-]*(?:\W+\w+){{0,4}}\W*$")


def _cue_tokens(cues: list[str]) -> tuple[tuple[str, ...], ...]:
    """Cue phrases as the figures tokenizer splits them: an elided article is a token of its own ("d' entre")."""
    return tuple(tuple(c.casefold().replace("’", "'").replace("'", "' ").split()) for c in cues)


@functools.cache
def unit_data(lang: str) -> UnitData:
    d = lexicon.lookup(lang, "units", None) or lexicon.lookup("en", "units", {})
    nouns = {k.casefold(): v for k, v in d.get("nouns", {}).items()}
    currencies: dict[str, str] = {}
    for form, code in d.get("currencies", {}).items():
        currencies[form if not _is_word(form) else form.casefold()] = code
    symbols = [f for f in d.get("currencies", {}) if not _is_word(f)]
    words = [f for f in d.get("currencies", {}) if _is_word(f)]
    connectors = [c for c in d.get("connectors", ())]
    conn = "|".join(re.escape(c) for c in sorted(connectors, key=len, reverse=True))
    qualifiers = {k.casefold(): v for k, v in d.get("qualifiers", {}).items()}
    dets = "|".join(re.escape(x) for x in sorted(d.get("determiners", ()), key=len, reverse=True))
    qdets = "|".join(re.escape(x) for x in sorted(d.get("qualifier_determiners", ()), key=len, reverse=True))
    # Searched before every number: grouped by first letter, `re` tries one group where a qualifier may start.
    qual_alt = by_first_letter([re.escape(q).replace(r"\ ", rf"{_SP}+")
                                for q in sorted(qualifiers, key=len, reverse=True)])
    elided = r"['’]"
    return UnitData(
        lang=lang,
        nouns=nouns,
        longest_noun=max((len(k.replace("'", "' ").split()) for k in nouns), default=1),
        multiples={k.casefold(): float(v) for k, v in d.get("multiples", {}).items()},
        verbs={k.casefold(): v for k, v in d.get("verbs", {}).items()},
        currencies=currencies,
        currency_before=compile_scan(rf"(?<![A-Za-z])(?:{_alternation(symbols)}){_SP}?$"),
        currency_lead=compile_scan(rf"(?<![A-Za-z])(?:{_alternation(symbols)}){_SP}?"),
        currency_after=compile_scan(
            rf"{_SP}*(?:(?i:{conn})(?:(?<={elided})|{_SP}+))?(?P<cur>{_alternation(symbols + words)})(?![\w])"),
        percent_after=compile_scan(rf"{_SP}?(?:{_alternation(list(d.get('percent', ['%'])))})(?![\w])"),
        qualifier_before=compile_scan(
            rf"(?i:(?:^|(?<=[^\w'’]))(?P<q>{qual_alt})(?:(?<={elided})|{_SP}+|$)(?:(?:{qdets})(?:(?<={elided})|{_SP}+))?)$"),
        qualifiers=qualifiers,
        between_before=compile_scan(
            rf"(?i:(?:^|(?<=\W))(?:{'|'.join(re.escape(w) for w in d.get('range_between', ()))}){_SP}+"
            rf"(?:(?:{dets})(?:(?<=['’])|{_SP}+))?)$"),
        range_to=compile_scan(
            rf"(?:-(?:{'|'.join(re.escape(w) for w in d.get('range_to', ()) if w.isalpha())})-|{_SP}*[-–—/]{_SP}*"
            rf"|{_SP}+(?i:{'|'.join(re.escape(w) for w in d.get('range_to', ()) if w.isalpha())}){_SP}+"
            rf"(?:(?:{dets}){_SP}+)?)"),
        range_and=compile_scan(
            rf"{_SP}+(?i:{'|'.join(re.escape(w) for w in d.get('range_and', ()))}){_SP}+"
            rf"(?:(?:{dets})(?:(?<=['’])|{_SP}+))?"),  # "tra il 6 e l'8%": an elided article is glued
        out_of=compile_scan(
            rf"{_SP}*(?i:{'|'.join(re.escape(w) for w in sorted(d.get('out_of', ()), key=len, reverse=True))})"
            rf"{_SP}+(?:(?:{dets}){_SP}+)?$"),
        connectors=frozenset(c.casefold().replace("’", "'") for c in connectors),
        determiners=frozenset(x.casefold().replace("’", "'") for x in d.get("determiners", ())),
        and_words=frozenset(x.casefold() for x in d.get("and_words", ())),
        stop=frozenset(x.casefold().replace("’", "'") for x in d.get("stop", ())),
        count_cues=_cue_tokens(d.get("count_cues", ())),
        workforce_cues=_cue_tokens(d.get("workforce_cues", ())),
        pronoun_before=_cue_tokens(d.get("pronoun_before", ())),
        pronoun_after=_cue_tokens(d.get("pronoun_after", ())),
        more_before=_cue_tokens(d.get("more_before", ())),
        more_after=_cue_tokens(d.get("more_after", ())),
        clitics=frozenset(w.casefold() for w in d.get("clitic_before", ())),
        definite=frozenset(w.casefold() for w in d.get("definite", ())),
        inverted_before=frozenset(w.casefold() for w in d.get("inverted_before", ())),
        age_before=compile_scan(
            rf"(?i:(?:^|(?<=\W))(?:{'|'.join(re.escape(w) for w in d.get('age_cues', ()))})){_SP}+"
            rf"(?:(?i:{'|'.join(re.escape(w) for w in d.get('range_between', ()))}){_SP}+)?$"),
        furniture=frozenset(x.casefold() for x in d.get("furniture", ())),
        plural_endings=tuple(d.get("plural_endings", ())),
        participle_endings=tuple(d.get("participle_endings", ())),
        own_words=frozenset(w.casefold() for w in d.get("own_words", ())),
        possessive_endings=tuple(e.replace("’", "'") for e in d.get("possessive_endings", ())),
        change_verbs=frozenset(w.casefold() for w in d.get("change_verbs", ())),
        change_from=frozenset(w.casefold() for w in d.get("change_from", ())),
        furniture_before=compile_scan(
            rf"(?i:(?:^|(?<=\W))(?:{'|'.join(re.escape(w) for w in d.get('furniture_before', ()))}))"
            rf"{_SP}*[:.]?{_SP}*$"),
        clock_before=compile_scan(
            rf"(?i:(?:^|(?<=\W))(?:{'|'.join(re.escape(w) for w in d.get('clock_before', ()))})){_SP}+$"),
        ago_before=_cue_tokens(d.get("ago_before", ())),
        ago_after=frozenset(w.casefold() for w in d.get("ago_after", ())),
        money_nouns=frozenset(w.casefold().replace("’", "'") for w in d.get("money_nouns", ())),
        compare_before=_cue_tokens(d.get("compare_before", ())),
        head_first=bool(d.get("head_first", False)),
        yen_cues=frozenset(w.casefold() for w in d.get("yen_cues", ())),
        yuan_cues=frozenset(w.casefold() for w in d.get("yuan_cues", ())),
        measures=frozenset(d.get("measures", ())),
        other_words=frozenset(w.casefold() for w in d.get("other_words", ())),
        times_verbs={k.casefold(): v for k, v in d.get("times_verbs", {}).items()},
        times_verbs_pattern=_times_pattern(list(d.get("times_verbs", {}))),
        subset_after=_cue_tokens(d.get("subset_after", ())),
        fraction_words=frozenset(w.casefold() for w in d.get("fraction_words", ())),
        money_cue=compile_scan(rf"(?i:(?<![\w])(?:{_alternation(d.get('money_cues', ['$^']))})s?(?![\w]))"),
    )


CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "CNY", "rmb": "CNY",
                    "yuan": "CNY", "euro": "EUR", "euros": "EUR", "dollars": "USD", "dollar": "USD",
                    "percent": "%", "per cent": "%", "pct": "%"}


@functools.cache
def _all_languages() -> tuple[dict[str, str], dict[str, str]]:
    """Every language's unit nouns and currency forms, read raw: `luxcli figures --unit` needs only
    these, not the compiled patterns of `unit_data` (about 100 ms at start-up)."""
    nouns: dict[str, str] = {}
    money: dict[str, str] = {}
    for lang in lexicon.languages():
        data = lexicon.data(f"units/{lang}")
        for form, unit in data.get("nouns", {}).items():
            nouns.setdefault(form.casefold(), unit)
            nouns.setdefault(unit.casefold(), unit)
        for form, code in data.get("currencies", {}).items():
            money.setdefault(form.casefold(), code)
        for form in data.get("percent", ()):
            money.setdefault(form.casefold(), "%")
    return nouns, money


def canonical_unit(text: str) -> str:
    """The stored unit for what a user typed: "téléspectateurs" and "spettatori" are viewers, "€" is EUR."""
    t = " ".join(text.split())
    key = t.casefold()
    nouns, money = _all_languages()
    if key in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[key]
    if key in money:
        return money[key]
    if len(t) == 3 and t.isalpha() and (t.isupper() or key in {"eur", "usd", "cny", "gbp", "chf", "hkd", "jpy"}):
        return t.upper()
    if key in nouns:
        return nouns[key].casefold() if not nouns[key].isupper() else nouns[key]
    if key + "s" in nouns:
        return nouns[key + "s"].casefold()
    return key
