"""Numbers as written in English, French and Italian (pure).

`parse_number("2,5 milliards", "fr")` is 2500000000.0; `parse_number("1,200", "en")`
is 1200.0 and `parse_number("1.200", "it")` too; `parse_number("mezzo milione", "it")`
is 500000.0. Everything language-specific (number words, scale words, which mark
groups thousands and which marks decimals) is data in `lexicons/numbers/<lang>.toml`.

`number_pattern(lang)` is the matching tokenizer: one compiled regular expression
that finds candidate numbers (digits with separators and an optional scale word,
or numbers in words) so the figures extractor never scans text character by
character.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.text import trie_pattern

SPACES = " \u00a0\u202f\u2009"
_SPACE_CLASS = "[ \u00a0\u202f\u2009]"
_SIGNS = {"+": 1.0, "-": -1.0, "−": -1.0, "–": -1.0}
# Scale abbreviations of one letter ("5m", "10k", "2M€") only count glued to the
# digits: "5 m" is more often five metres than five million.
_GLUED_ONLY = 1


@dataclass(frozen=True)
class NumberSpec:
    lang: str
    words: dict[str, float]  # lowercase number word -> value
    scales: dict[str, float]  # full scale words lowercase; abbreviations as written
    joiners: frozenset[str]
    articles: frozenset[str]
    thousands: tuple[str, ...]
    decimal: str

    def scale(self, word: str) -> float | None:
        if word in self.scales and len(word) <= 3:
            return self.scales[word]
        low = word.casefold()
        return self.scales.get(low) if len(low) > 3 else None


@functools.cache
def spec(lang: str) -> NumberSpec:
    data = lexicon.lookup(lang, "numbers", {}) or lexicon.lookup("en", "numbers", {})
    scales: dict[str, float] = {}
    for word, value in data.get("scales", {}).items():
        scales[word if len(word) <= 3 else word.casefold()] = float(value)
    joiners = data.get("joiners", {})
    return NumberSpec(
        lang=lang,
        words={w.casefold(): float(v) for w, v in data.get("words", {}).items()},
        scales=scales,
        joiners=frozenset(w.casefold() for w in joiners.get("words", ())),
        articles=frozenset(w.casefold() for w in joiners.get("articles", ())),
        thousands=tuple(data.get("thousands", (",",))),
        decimal=data.get("decimal", "."),
    )


def parse_number(text: str, lang: str) -> float | None:
    """The value of a number written in digits or words, with an optional scale word; None if it is not one."""
    s = spec(lang)
    t = text.strip().replace("’", "'")
    if not t:
        return None
    sign = 1.0
    if t[0] in _SIGNS and len(t) > 1 and (t[1].isdigit()):
        sign, t = _SIGNS[t[0]], t[1:]
    m = _DIGIT_RUN.match(t)
    if m:
        digits = _digits(m.group(0), s)
        rest = t[m.end():]
        if digits is None:
            return None
        if not rest.strip():
            return sign * digits
        factor = _scale_run(rest, s)
        return None if factor is None else sign * digits * factor
    value = _words(t, s)
    return None if value is None else sign * value


_DIGIT_RUN = re.compile(r"\d(?:[\d.,'" + SPACES + r"]*\d)?")
_SPACE_RUN = re.compile(f"{_SPACE_CLASS}+")


def _digits(raw: str, s: NumberSpec) -> float | None:
    """Digits with the language's marks: the last of two different marks is decimal;
    a lone mark is the language's decimal, or a thousands mark when three digits follow."""
    if raw.isdecimal():
        return float(raw)  # no mark, no space: most numbers
    spaced = [p for p in _SPACE_RUN.split(raw)]
    if len(spaced) > 1:
        if not re.fullmatch(r"\d{1,3}", spaced[0]) or any(not re.match(r"\d{3}(?!\d)", p) for p in spaced[1:]):
            return None
        if any(c in ".," for p in spaced[:-1] for c in p):
            return None
        raw = "".join(spaced)
        # The space groups thousands; a mark left in the last group is the decimal one.
        tail = re.fullmatch(r"(\d+)(?:([.,])(\d+))?", raw)
        if not tail:
            return None
        return float(tail.group(1) + ("." + tail.group(3) if tail.group(3) else ""))
    if "'" in raw:
        raw = raw.replace("'", "") if re.fullmatch(r"\d{1,3}(?:'\d{3})+(?:[.,]\d+)?", raw) else ""
        if not raw:
            return None
    marks = [c for c in raw if c in ".,"]
    if not marks:
        return float(raw)
    if len(set(marks)) == 2:
        dec = marks[-1]
        other = "," if dec == "." else "."
        if marks.count(dec) != 1:
            return None
        whole, frac = raw.rsplit(dec, 1)
        if not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(other)}\d{{3}})+", whole):
            return None
        return float(whole.replace(other, "") + "." + frac)
    mark = marks[0]
    if len(marks) > 1:
        if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+", raw):
            return float(raw.replace(mark, ""))
        return None
    whole, frac = raw.split(mark)
    thousands = mark in s.thousands and mark != s.decimal
    if thousands and len(frac) == 3 and len(whole) <= 3 and whole != "0":
        return float(whole + frac)
    return float(whole + "." + frac)


def _scale_run(rest: str, s: NumberSpec) -> float | None:
    factor = 1.0
    for word in rest.replace("-", " ").split():
        value = s.scale(word.rstrip("."))
        if value is None:
            return None
        factor *= value
    return factor


@functools.cache
def _atoms(lang: str) -> re.Pattern[str]:
    """Number words that may be written joined together ("ventitré", "duemila", "trecento")."""
    s = spec(lang)
    words = sorted({*s.words, *(w for w in s.scales if len(w) > 3)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def _split_compound(word: str, s: NumberSpec) -> list[str] | None:
    """A written-together number as its parts, longest parts first, backtracking when stuck."""
    if word in s.words or s.scale(word) is not None:
        return [word]
    pattern = _atoms(s.lang)

    def walk(i: int) -> list[str] | None:
        if i == len(word):
            return []
        candidates = sorted({m.group(0) for w in [word[i:]] for m in [pattern.match(w)] if m}
                            | {a for a in s.words if word.startswith(a, i)}
                            | {a for a in s.scales if len(a) > 3 and word.startswith(a, i)}, key=len, reverse=True)
        for atom in candidates:
            rest = walk(i + len(atom))
            if rest is not None:
                return [atom, *rest]
        return None

    return walk(0)


def _words(text: str, s: NumberSpec) -> float | None:
    tokens = [t for t in re.split(r"[\s\u00a0\u202f\u2009]+", text.casefold()) if t]
    parts: list[str] = []
    for token in tokens:
        if token in s.joiners or token in s.articles:
            parts.append(token)
            continue
        pieces = token.split("-")
        i = 0
        while i < len(pieces):
            # Hyphenated entries of their own first ("quatre-vingt").
            for k in range(len(pieces) - i, 0, -1):
                joined = "-".join(pieces[i : i + k])
                if k > 1 and joined in s.words:
                    parts.append(joined)
                    i += k
                    break
            else:
                if not pieces[i]:
                    i += 1
                    continue
                split = _split_compound(pieces[i], s)
                if split is None:
                    return None
                parts += split
                i += 1
    return _compose(parts, s)


def _compose(parts: list[str], s: NumberSpec) -> float | None:
    total = current = 0.0
    seen = False
    for i, part in enumerate(parts):
        if part in s.joiners and 0 < i < len(parts) - 1:
            continue
        if part in s.articles and 0 < current < 1:  # "half a million"
            continue
        if part in s.articles and 0 < i < len(parts) - 1 and parts[i - 1] in s.joiners:
            continue  # "three and a half"
        if part in s.articles and i == 0 and part not in s.words and len(parts) > 1:
            current, seen = 1.0, True
            continue
        scale = s.scale(part)
        # "mille" alone is a number; after another number it multiplies ("deux mille").
        if scale is not None and (current or part not in s.words):
            total += (current or 1.0) * scale
            current, seen = 0.0, True
            continue
        value = s.words.get(part)
        if value is None:
            if part in s.articles and i == 0 and len(parts) > 1:
                current, seen = 1.0, True
                continue
            return None
        if value == 100:
            current = (current or 1.0) * 100
        else:
            current += value
        seen = True
    return total + current if seen else None


def _words_pattern(words: list[str]) -> str:
    """The words as one group; a space in a word is a space."""
    return "(?:" + trie_pattern(words, " ") + ")"


@functools.cache
def number_pattern(lang: str) -> re.Pattern[str]:
    """Candidate numbers: group `digits` (with an optional `scale`) or group `words`."""
    s = spec(lang)
    abbrevs = sorted((w for w in s.scales if len(w) <= 3), key=len, reverse=True)
    glued = [w for w in abbrevs if len(w) == _GLUED_ONLY]
    spaced = [w for w in abbrevs if len(w) > _GLUED_ONLY]
    full = sorted((w for w in s.scales if len(w) > 3), key=len, reverse=True)
    full_alt = _words_pattern(full)
    scale = (
        # A full scale word may be glued to its digits: Italian writes "12mila", "3mila".
        rf"(?:(?:{_SPACE_CLASS}+|-)?(?i:{full_alt})(?![\w])"
        + (rf"|{_SPACE_CLASS}?(?:{'|'.join(re.escape(w) for w in spaced)})(?![\w])" if spaced else "")
        + (rf"|(?:{'|'.join(re.escape(w) for w in glued)})(?![\w])" if glued else "")
        # spaced, a one-letter abbreviation is a scale only before a currency sign: "18,3 M€", not "5 m"
        + (rf"|{_SPACE_CLASS}(?:{'|'.join(re.escape(w) for w in glued)})(?=[€$£¥])" if glued else "")
        + ")"
    )
    digits = (
        rf"(?<![\d])[+\-−]?(?:\d{{1,3}}(?:(?:,|\.|'|{_SPACE_CLASS})\d{{3}})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
    )
    atoms = _words_pattern(sorted(s.words))
    # A lone "one" ("un", "uno") is an article far more often than a count: only before another number word.
    ones = _words_pattern(sorted(w for w, v in s.words.items() if v == 1))
    # A number word may be several atoms written together (Italian) or hyphenated (French, English).
    word = rf"(?:(?:{atoms}|{full_alt})*(?:{atoms})(?:{atoms}|{full_alt})*)" if s.lang == "it" else rf"(?:{atoms})"
    word_or_scale = rf"(?:{word}|{full_alt})"
    joiner = "|".join(re.escape(w) for w in s.joiners)
    articles = "|".join(re.escape(w) for w in sorted(s.articles, key=len, reverse=True))
    # ... or before a joiner and another number word ("one and a half").
    then = rf"(?:{word_or_scale}|(?:{joiner}){_SPACE_CLASS}+(?:(?:{articles}){_SPACE_CLASS}+)?{word})"
    not_lone_one = rf"(?!{ones}(?![\w-])(?!{_SPACE_CLASS}+{then}))"
    # "three and a half": an article may stand between a joiner and the next word.
    chain = (rf"{not_lone_one}{word}(?:(?:-|{_SPACE_CLASS}+(?:(?:{joiner}){_SPACE_CLASS}+"
             rf"(?:(?:{articles}){_SPACE_CLASS}+(?={word}))?)?){word_or_scale})*")
    in_words = rf"(?i:(?<![\w'’])(?:(?:{articles}){_SPACE_CLASS}+(?:{full_alt})|{chain})(?![\w]))"
    # Where a number may start: a sign or a digit, or a word's first letter that opens a number word (or an
    # article, or in Italian a scale word). The look in front rejects every other position at once, a letter
    # inside a word too (`compile_scan`'s look only knows the letters, so it tries the pattern mid-word).
    openers = {*s.words, *s.articles, *(w for w in s.scales if len(w) > 3 and s.lang == "it")}
    letters = "".join(sorted({re.escape(w[0]) for w in openers if w}))
    look = rf"(?=[+\-−\d]|(?<![\w'’])(?i:[{letters}]))" if letters else r"(?=[+\-−\d])"
    return re.compile(rf"{look}(?:(?P<digits>{digits})(?P<scale>{scale})?|(?P<words>{in_words}))")
