"""Person-name candidates: runs of capitalised words, read from the text's own shape.

A candidate is 2-4 capitalised words ("Anna Rossi", "Jean-Marc Dupuis",
"Chiara D’Onofrio", "Mark T. Hale", "Sofia De La Cruz Moreno"), never a title word,
never starting with a sentence-initial common word or an organisation name. Single
capitalised words are kept too, but only where they repeat a part of a full
candidate of the same article ("Rossi said"), to serve as aliases.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from luxcli.extract.people_lexicon import PeopleLexicon
from luxcli.patterns import compile_scan
from luxcli.text import fold_keep_length

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
# "Jean-Marc", "D'Onofrio", "Sant'Angelo", and a romanised given name's lower-case syllable ("Min-jun")
# a lower-case syllable after a hyphen belongs to a name ("Min-jun"); a participle does not ("Geneva-based",
# "Milan-listed": the place describes the organisation named next)
_CAPITAL = re.compile(rf"^(?:[{UPPER}][{LOWER}]{{0,3}}['’])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?"
                      rf"(?:-[{UPPER}][{LOWER}]+)*(?:-(?![{LOWER}]+ed$)[{LOWER}]{{2,5}})?$")
# a long elided word ("Dell'Arte", "Sant'Angelo") is a surname only after a given name, never a name's first word
_LONG_ELISION = re.compile(rf"^[{UPPER}][{LOWER}]{{1,3}}['’]")
_INITIAL = re.compile(rf"^[{UPPER}]\.$")
# a few capitalised words quoted on their own: the name of a thing ("«Tardini Certificato», un programma")
_QUOTED_NAME = re.compile(rf"[«“\"]\s?([{UPPER}][^«»“”\"\n.,;:!?]{{1,40}}?)\s?[»”\"]")
_ELISION = re.compile(r"^[a-zà-ÿ]{1,4}['’]")


class SpanIndex:
    """Character spans sorted for overlap questions in logarithmic time (spans are short)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)
        # reach[k]: the furthest end among the first k + 1 spans, so that a yes/no question needs no list
        self.reach = list(itertools.accumulate((e for _, e in self.spans), max))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.starts, start - self.longest)
        j = bisect.bisect_left(self.starts, max(end, start + 1))
        return [sp for sp in self.spans[i:j] if sp[1] > start]

    def overlaps(self, start: int, end: int) -> bool:
        # a span starting before the end (or at `start` for an empty span) that ends after `start`
        j = bisect.bisect_left(self.starts, end if end > start else start + 1)
        return j > 0 and self.reach[j - 1] > start

    def inside(self, start: int, end: int) -> bool:
        # a span starting at or before `start` that ends at or after `end` (and after `start`)
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end and self.reach[k - 1] > start


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str
    words: tuple[str, ...]  # capitalised words, no particles or initials
    org_covered: bool  # every word lies inside an organisation mention ("Paul Smith")
    honorific: str | None  # written just before ("Sir", "Mr.")


@functools.cache
def _token_re(particles: frozenset[str]) -> re.Pattern[str]:
    # only words that can belong to a name: capitalised words, initials, particles (others just break runs)
    alt = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True)) or "(?!x)x"
    return compile_scan(rf"(?<![\w'’])(?:[{UPPER}]['’]?[^\W\d_]*(?:['’\-][^\W\d_]+)*\.?|(?:{alt})(?![\w'’\-]))")


# A capitalised word right after the elided "d'" or "qu'" ("la nomination d'Hélène Vatel", "annonce qu'Éloi
# Bramvil"), which the word pattern skips (other elisions open organisations: "l'Oréal").
_AFTER_ELIDED_D = re.compile(rf"(?<![\w'’])(?:d|[\w]*qu)['’]([{UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*)")
# The same words found from their apostrophe (`_after_elided_d`): `re` skips to the rare apostrophes at once,
# where the pattern above is tried at every character of the text.
_ELIDED_APOSTROPHE = re.compile(rf"['’](?<=[du]['’])(?=[{UPPER}])")
_WORD_CHAR = re.compile(r"\w")
_CAPITALISED = re.compile(rf"[{UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*")


def tokens(text: str, lex: PeopleLexicon) -> list[tuple[int, int, str]]:
    """The words of `text` that may belong to a name, with their spans."""
    out = []
    for m in _token_re(lex.particles).finditer(text):
        w = m.group()
        if w[-1] not in ".s":  # most words: nothing to trim
            out.append((m.start(), m.end(), w))
            continue
        s, e = m.span()
        if w.endswith(".") and not _INITIAL.match(w):
            w, e = w[:-1], e - 1
        for poss in ("’s", "'s"):
            if w.endswith(poss):
                w, e = w[: -len(poss)], e - len(poss)
        out.append((s, e, w))
    if "d'" in text or "d’" in text or "qu'" in text or "qu’" in text:
        elided = _after_elided_d(text)
        if elided:
            out = sorted(out + elided)
    return out


def _after_elided_d(text: str) -> list[tuple[int, int, str]]:
    """The spans and words of group 1 of `_AFTER_ELIDED_D.finditer(text)`, found from each apostrophe after a "d" or
    a "u" before a capital: its word (the run of word characters before it, not after another apostrophe) is "d"
    or ends in "qu"; matches do not overlap."""
    out: list[tuple[int, int, str]] = []
    end = 0
    for apostrophe in _ELIDED_APOSTROPHE.finditer(text):
        at = apostrophe.start()
        start = at
        while start > 0 and _WORD_CHAR.match(text, start - 1):
            start -= 1
        if start < end or (start > 0 and text[start - 1] in "'’"):
            continue
        word = text[start:at]
        if word != "d" and not word.endswith("qu"):
            continue
        m = _CAPITALISED.match(text, at + 1)
        if m:  # (always: a capital follows)
            out.append((m.start(), m.end(), m.group()))
            end = m.end()
    return out


def find_names(text: str, words: list[tuple[int, int, str]], lex: PeopleLexicon, blocked: SpanIndex,
               org_spans: SpanIndex, org_shaped_runs: list[tuple[int, int]] | None = None) -> list[NameSpan]:
    """Full name candidates in `text`. `blocked` spans (titles) never join a name. Runs shaped as an
    organisation's name ("Maisons Quvel") go to `org_shaped_runs`, if given."""

    # A run of name words grows only over single spaces: read only the chains of words one space apart (a
    # word alone makes no name). A chain starts a run afresh, as it would in one pass over all the words.
    linked = [s == e + 1 and text[e] == " " for (_, e, _), (s, _, _) in itertools.pairwise(words)]
    heads = [i for i, ok in enumerate(linked) if ok and (i == 0 or not linked[i - 1])]
    runs: list[list[tuple[int, int, str]]] = []
    for head in heads:
        tail = head + 1
        while tail < len(linked) and linked[tail]:
            tail += 1
        runs += _runs(text, words[head:tail + 1], lex.particles, blocked)

    # a name needs two capitalised words: a run (or part) of one word or none is no candidate (most runs)
    runs = [part for run in runs if len(run) > 1 for part in _split_at_particle(run, lex) if len(part) > 1]
    out: list[NameSpan] = []
    quoted = {m.group(1) for m in _QUOTED_NAME.finditer(text)} if runs else set()
    houses: set[str] = set()  # "Aurin" of "Aurin Yachts": the company's own name
    for run in runs:
        honorific = None
        while run and (_kind(run[0][2], lex) != "capital" or run[0][2] in lex.not_names
                       or run[0][2].lower() in lex.cue_words or run[0][2].rstrip(".") in lex.honorifics
                       or _LONG_ELISION.match(run[0][2]) or _region_before_name(run, lex)):
            if run[0][2].rstrip(".") in lex.honorifics:
                honorific = run[0][2]
            run = run[1:]
        while run and (_kind(run[-1][2], lex) != "capital" or run[-1][2] in lex.not_names):
            run = run[:-1]
        caps = [t for t in run if _kind(t[2], lex) == "capital"]
        if len(caps) < 2 or len(caps) > 4:
            continue
        if org_shaped([w for _, _, w in caps], lex):
            if len(caps) == 2 and (caps[1][2] in lex.org_name_ends or caps[1][2] in lex.org_suffixes):
                houses.add(caps[0][2])
            if org_shaped_runs is not None:
                org_shaped_runs.append((run[0][0], run[-1][1]))
            continue  # "Verdant Holdings", "Maison Quvel" name a company
        start, end = run[0][0], run[-1][1]
        covered = [org_spans.inside(s, e) for s, e, _ in caps]
        if covered[0] and not all(covered) and not (len(caps) == 2 and _first_name_shaped(text, start, caps)):
            continue  # an organisation followed by more words: "Tmall Sports"; but "Chloe Berg" may be a person
        if covered[-1] and not covered[0] and any(_kind(w, lex) == "particle" for _, _, w in run):
            # a capitalised word, then "da/de" and an organisation: "Arrivata da Gucci", not a name; but two words
            # before it are one: "Anna Rossi di Mediobanca" is Anna Rossi of Mediobanca
            cut = next(i for i, (_, _, w) in enumerate(run) if _kind(w, lex) == "particle")
            head = [t for t in run[:cut] if _kind(t[2], lex) == "capital"]
            family = len(head) == 1 and len(caps) == 2 and _mid_sentence(text, start) \
                and run[cut][2] in lex.particles and run[cut][2][:1].islower() \
                and not any(fold_keep_length(part) in lex.region_words for part in head[0][2].split("-"))
            if family:
                # "Sa sœur, Diane de Vernay": mid-sentence, one given name, a particle and the surname a house
                # is named after is a person's name (a sentence opening "Arrivata da Gucci" is not)
                out.append(NameSpan(start, end, text[start:end], tuple(w for _, _, w in caps), False, honorific))
                continue
            if len(head) < 2 or len(head) > 3 or any(org_spans.inside(s, e) for s, e, _ in head) \
                    or not all(org_spans.inside(s, e) for s, e, w in run[cut + 1:] if _kind(w, lex) == "capital"):
                continue
            run, caps, covered = run[:cut], head, [False] * len(head)
            start, end = run[0][0], run[-1][1]
        if text[start:end] in quoted:
            continue  # «Tardini Certificato», "Mirage Noir": a programme or a product called so, no person
        if honorific is None:
            before = text[max(0, start - 12):start]
            m = lex.honorific_re.search(before)
            honorific = m.group(0).strip() if m else None
        out.append(NameSpan(start, end, text[start:end], tuple(w for _, _, w in caps), all(covered), honorific))
    if houses:
        # "Aurin Yachts ... a line called Aurin Marina": two words opening with a company's own name are its line,
        # its branch or its boat, not a person
        out = [n for n in out if not (len(n.words) == 2 and n.words[0] in houses)]
    return out


def _mid_sentence(text: str, start: int) -> bool:
    """A word inside a sentence: the text before it on its line ends on a letter, a digit or a comma."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def org_shaped(words: list[str], lex: PeopleLexicon) -> bool:
    """Capitalised words shaped as an organisation's or a place's name: a kind word opens it ("Maison Quvel",
    "Calzaturificio Ombra"), a company or trade word ends it ("Verdant Holdings", "Kelso Mills", "Aurin Yachts"),
    or it is shaped as a place ("Nuova Delhi", "Medio Oriente"). No person is named so."""
    if not words:
        return False
    if words[0] in lex.org_prefixes or words[-1] in lex.org_suffixes:
        return True
    # a word alone is no name and its ending ("NV" is a speaker's initials as well as a legal form)
    return len(words) >= 2 and (words[-1] in lex.org_name_ends or place_shaped(words, lex))


def place_shaped(words: list[str], lex: PeopleLexicon) -> bool:
    """A place's name: a place's first word ("New", "Nuova", "Moyen") or a region's last word ("Medio Oriente",
    "Hong Kong"), unless that word is a compass point, which surnames are too ("Anna West")."""
    if words[0] in lex.place_first_words:
        return True
    last = fold_keep_length(words[-1])
    return last in lex.region_words and last not in lex.compass_words


def _runs(text: str, chain: list[tuple[int, int, str]], particles: frozenset[str],
          blocked: SpanIndex) -> list[list[tuple[int, int, str]]]:
    """Runs of name words in a chain of words one space apart; an apostrophe or a full stop after a word, a
    title, or a word that cannot be a name's ends a run."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for s, e, w in chain:
        kind = _word_kind(w, particles)
        if kind and blocked.overlaps(s, e):
            kind = ""
        if kind:
            current.append((s, e, w))
        else:
            if current:
                runs.append(current)
            current = []
        if text[e:e + 1] in ("’", "'") or (w.endswith(".") and kind != "initial"):
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def find_single_words(words: list[tuple[int, int, str]], parts: set[str], taken: SpanIndex,
                      org_spans: SpanIndex) -> list[tuple[int, int, str]]:
    """Capitalised words equal to a part of a full name, outside names and organisations."""
    out = []
    for s, e, w in words:
        if w in parts and not taken.overlaps(s, e) and not org_spans.overlaps(s, e):
            out.append((s, e, w))
    return out


def name_word(word: str, lex: PeopleLexicon) -> bool:
    """A capitalised word shaped as a name's word ("Luc", "Yoo-jin", "D'Arco")."""
    return _kind(word, lex) == "capital"


def _kind(word: str, lex: PeopleLexicon) -> str:
    return _word_kind(word, lex.particles)


@functools.lru_cache(maxsize=1 << 16)  # the same words recur in every article: three regexes once per word
def _word_kind(word: str, particles: frozenset[str]) -> str:
    if _CAPITAL.match(word):
        return "capital"
    if _INITIAL.match(word):
        return "initial"
    if word in particles and not _ELISION.match(word):
        return "particle"
    return ""


def _first_name_shaped(text: str, start: int, caps: list[tuple[int, int, str]]) -> bool:
    """Two capitalised words whose first is a one-word organisation written as a first name would be: the
    candidate stays a name, and becomes a person only with a cue of its own ("the designer Chloe Berg")."""
    first, last = caps[0][2], caps[1][2]
    return first.isalpha() and first[1:].islower() and all(  # "Berg", "Mensah-Hart"
        part[:1].isupper() and part[1:].islower() for part in last.split("-"))


def _region_before_name(run: list[tuple[int, int, str]], lex: PeopleLexicon) -> bool:
    """A region word glued to the name after it ("head for Korea Kim Min-jun"), when a full name remains."""
    if fold_keep_length(run[0][2]) not in lex.region_words:
        return False  # most first words: no need to count the others
    return sum(_kind(w, lex) == "capital" for _, _, w in run[1:]) >= 2


def _split_at_particle(run: list[tuple[int, int, str]], lex: PeopleLexicon) -> list[list[tuple[int, int, str]]]:
    """A particle followed by two capitalised words starts a new name ("fondata a Parma da Bruno Ferlisi")."""
    if not any(w in lex.particles for _, _, w in run[1:]):
        return [run]  # no particle after the first word (most runs): nothing to split at
    for i, (_, _, w) in enumerate(run):
        if i > 0 and _kind(w, lex) == "particle":
            after = [t for t in run[i + 1:] if _kind(t[2], lex) == "capital"]
            if len(after) >= 2:
                return [run[:i], *_split_at_particle(run[i + 1:], lex)]
    return [run]
