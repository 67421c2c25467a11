"""Figures: quantities stated in an article, with their unit, qualifier and subject.

Per sentence, the number tokenizer (`numbers.number_pattern`) proposes numbers;
each is read outwards: left for a currency symbol, a qualifier ("more than",
"près de", "circa") or "between"; right for a range ("20-25%", "tra i 200 e i
300 milioni"), a currency ("millions de dollars"), a percent sign, then what is
counted ("700 million Chinese consumers" -> consumers, skipping adjectives).
Numbers that are not quantities are dropped: dates and bare years, days next to
a month, times, phone numbers, names of models and versions ("Tank MC 1904",
"Shop 3.0"), numbers glued to letters ("B2C", "Covid-19") and page furniture.
A number left without a unit borrows one from the sentence ("17 sur 20", "105
millions" after "128 millions d'euros", "contre 65 aujourd'hui" after "180
artisans", "doors from about 640 to 410") or is dropped; an amount in millions in
a sentence about money ("un Ebitda di 118 milioni") takes the currency the article
counts in. Per article, "¥" is read as the yen when the article is about Japan.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace

from luxcli import lexicon
from luxcli.dates import find_dates
from luxcli.extract.figure_nouns import half_after, partitive_subset, times_verb_unit, unknown_head
from luxcli.extract.figure_repeats import drop_repeats, is_heading
from luxcli.extract.numbers import number_pattern, parse_number, spec
from luxcli.extract.orgs import Mention
from luxcli.extract.units import UnitData, unit_data
from luxcli.model import Article, Evidence, Figure
from luxcli.patterns import Lowered, compile_scan, requirements

# Word tokens after a number: elided articles ("d'", "dell'") stand alone, hyphenated words stay whole.
# (The look at the first letter spares the elision test at most positions.)
_TOKEN = re.compile(r"(?i:(?=[dlsnjcmqau])(?:[dlsnjcm]|qu|dell|dall|nell|all|sull|un|quell)['’](?=[^\W\d_]))"
                    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\s\w]")
_TIME_AFTER = re.compile(r"[ \u00a0\u202f]?(?:[hH][ \u00a0\u202f]?\d\d(?!\d)|[hH](?![\w])|:\d\d(?!\d))")
_TIME_BEFORE = re.compile(r"\d[ \u00a0\u202f]?[hH:][ \u00a0\u202f]?$")
_PHONE = compile_scan(r"\+?\(?\d{1,4}\)?(?:[ .\-\u00a0]\d{2,4}){3,}")
_DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds"})
_NO_BORROW = _DURATIONS | {"%"}
_MAX_ADJECTIVES = 3
_BRACKET_CLOSED_FIRST = re.compile(r"[^()]*\)")  # from inside brackets: a closing one comes before any opening one
_FURNITURE = "-"  # the unit _counted gives page furniture ("412 words"), which is dropped
# A year not inside a longer number. The look back comes after the first two digits (it looks at the one before
# them) so that the pattern opens with the digits: `re` then skips straight to a "1" or a "2" in every sentence.
_YEAR = re.compile(r"(?:1[89]|20)(?<!\d..)\d\d(?!\d)")
_FOUR_DIGITS = re.compile(r"\d{4}")
_MULTIPLIER = "times"
_PEOPLE, _STAFF = "people", "employees"  # "people" counted where the clause is about work are staff
ARTICLE_CURRENCY = "$article"  # an amount whose currency is the one the article counts in, resolved per article
_MAX_AGE = 100  # "shoppers between 30 and 44" are ages; "between 2 and 3 million" are not
_CUE_WINDOW = 4  # words before a number searched for a workforce or pronoun cue
_CHANGE_WINDOW = 8  # words before "from" searched for a verb of change


@dataclass
class _Found:
    start: int  # sentence-relative span of the whole figure
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str | None
    value_max: float | None = None
    qualifier: str | None = None
    in_words: bool = False
    rule: str = "figure"
    scale: float = 1.0  # the scale word's factor ("million"), for the other end of a range
    guessed: bool = False  # the unit is an unknown plural word taken as written
    anaphoric: bool = False  # counts what a pronoun stands for ("six of them"): the unit comes from before
    antecedent_before: int = -1  # where to look back for the pronoun's noun from, when not `start`
    to_next: bool = False  # the start of a change ("from 40 to 65"): it counts what the next figure counts


def extract_figures(article: Article, mentions: list[Mention]) -> list[Figure]:
    if not article.supported:
        return []
    lang = article.language
    figures: list[Figure] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    previous: list[str] = []
    cues = Cues.of(article.text, lang)
    for sentence in article.sentences:
        # Every date find_dates knows has a year in it: only those sentences need the (slower) date search.
        masked = ([(d.start, d.end) for d in find_dates(sentence.text)] if _YEAR.search(sentence.text) else [])
        found = sentence_figures(sentence.text, lang, masked, previous, cues)
        previous = [f.unit for f in found if f.unit and f.unit != ARTICLE_CURRENCY]
        # (only a figure in words asks whether its sentence is a heading: most sentences need not be looked at)
        heading = any(f.in_words for f in found) and is_heading(sentence.text)
        for f in found:
            if f.in_words and heading:
                continue  # "Trois canaux, trois logiques": a section heading's words, not a count
            start, end = sentence.start + f.start, sentence.start + f.end
            figures.append(Figure(
                value=f.value, unit=f.unit or "", text=article.text[start:end],
                evidence=Evidence(sentence.index, start, end, f.rule), value_max=f.value_max,
                qualifier=f.qualifier,
                subject=_subject(by_sentence.get(sentence.index, []), sentence.start + f.num_start)))
    return drop_repeats(article, _yen(article, _article_currency(figures), unit_data(lang)))


_WORD = re.compile(r"[^\W\d_]+")


def _yen(article: Article, figures: list[Figure], data: UnitData) -> list[Figure]:
    """"¥" stands for the yuan unless the article is about Japan: more of its words name Japan or the yen
    than China or the yuan ("¥18.5 billion" in a piece on Ginza is in yen)."""
    if not any(f.unit == "CNY" and "¥" in f.text for f in figures):
        return figures
    words = [w.casefold() for w in _WORD.findall(article.text)]
    japan = sum(w in data.yen_cues for w in words)
    if japan <= sum(w in data.yuan_cues for w in words):
        return figures
    return [replace(f, unit="JPY") if f.unit == "CNY" and "¥" in f.text else f for f in figures]


def _article_currency(figures: list[Figure]) -> list[Figure]:
    """Amounts left without a currency take the one the article uses most (the first on a tie), or go."""
    if not any(f.unit == ARTICLE_CURRENCY for f in figures):
        return figures
    codes = [f.unit for f in figures if len(f.unit) == 3 and f.unit.isupper()]
    if not codes:
        return [f for f in figures if f.unit != ARTICLE_CURRENCY]
    currency = max(dict.fromkeys(codes), key=codes.count)
    return [replace(f, unit=currency) if f.unit == ARTICLE_CURRENCY else f for f in figures]


def _subject(mentions: list[Mention], position: int) -> str | None:
    """The organisation named nearest before the number in its sentence, else the first one after it."""
    before = [m for m in mentions if m.end <= position]
    if before:
        return max(before, key=lambda m: m.end).entry.name
    after = [m for m in mentions if m.start >= position]
    return min(after, key=lambda m: m.start).entry.name if after else None


@functools.cache
def _months(lang: str) -> frozenset[str]:
    return frozenset(n.casefold() for n in lexicon.lookup(lang, "months", {}))


@functools.cache
def _month_names(lang: str) -> tuple[str, ...]:
    return tuple(_months(lang))


def _last_chunk(text: str, lo: int, hi: int) -> str:
    """The end of text[lo:hi] from its last space on, once the spaces and "_" (which no token holds) at its end
    are cut: the last token of the stretch ends it (no token holds a space). A look at it is far cheaper than
    tokenising the stretch before every number."""
    tail = text[lo:hi].replace("_", " ").rstrip()
    return tail[tail.rfind(" ") + 1 :]


def _may_end_with_month(text: str, lo: int, hi: int, lang: str) -> bool:
    """False when the last token of text[lo:hi] cannot be a month name (case-folding never shortens a word)."""
    return _last_chunk(text, lo, hi).casefold().endswith(_month_names(lang))


def _may_end_capitalised(text: str, lo: int, hi: int) -> bool:
    """False when the last token of text[lo:hi] cannot open with a capital (its chunk is all in lower case)."""
    return not _last_chunk(text, lo, hi).islower()


def sentence_figures(text: str, lang: str, masked: list[tuple[int, int]] | None = None,
                     previous: list[str] | None = None, cues: Cues | None = None) -> list[_Found]:
    """Figures in one sentence; `masked` are spans (dates) that hold no figure; `previous` the units of the
    sentence before, which a number left without its own may take ("Of these, nine ...", "52 million more");
    `cues` those the article holds (by default, those the sentence holds)."""
    candidates = list(number_pattern(lang).finditer(text))
    if not candidates:
        return []  # most sentences: no number, nothing more to look at
    cues = cues or Cues.of(text, lang)
    data = unit_data(lang)
    phones = [(m.start(), m.end()) for m in _PHONE.finditer(text) if parse_number(m.group(0), lang) is None]
    blocked = [*(masked or ()), *phones]
    found: list[_Found] = []
    consumed = 0
    for m in candidates:
        if m.start() < consumed:
            continue
        if any(s < m.end() and m.start() < e for s, e in blocked):
            continue
        f = _read(text, m, lang, data, blocked, cues)
        if f is not None:
            found.append(f)
            consumed = f.end
    _borrow_units(text, found, data, previous or [])
    return [f for f in found if f.unit]


@dataclass(frozen=True)
class Cues:
    """For two cues searched before every number ("Page 3", "between 10 and 20"): whether the text holds the
    strings they need. A cue whose strings the article lacks cannot match in any of its sentences, so its
    search is skipped. (Asked of the whole article: asking each sentence costs more than it spares.)"""

    furniture: bool
    between: bool

    @staticmethod
    def of(text: str, lang: str) -> Cues:
        lowered = Lowered(text)
        return Cues(*(lowered.may_match(needs) for needs in _cue_needs(lang)))


@functools.cache
def _cue_needs(lang: str) -> tuple[tuple[tuple[str, ...], ...] | None, ...]:
    data = unit_data(lang)
    return tuple(requirements(p.pattern, p.flags) for p in (data.furniture_before, data.between_before))


def _read(text: str, m: re.Match[str], lang: str, data: UnitData, blocked: list[tuple[int, int]],
          cues: Cues) -> _Found | None:
    raw = m.group(0)
    value = parse_number(raw, lang)
    if value is None:
        return None
    start, end = m.start(), m.end()
    in_words = m.group("words") is not None
    if _is_year(raw, value, in_words) and not _may_count_year(text, start, end, data):
        return None  # a calendar year, told at once: the year checks further down would drop it all the same
    if in_words and abs(value) <= 1 and not _has_scale(raw, lang):
        return None  # "one of", "un client", "a second": the article, not a count
    if in_words and _picks_subset(text, end, lang):
        return None  # "four of those transactions": part of a set told before
    if _not_a_quantity(text, start, end, raw, lang, in_words):
        return None
    if cues.furniture and data.furniture_before.search(text, max(0, start - 30), start):
        return None  # "Reading time: 4 min", "Page 3"
    left = start
    unit: str | None = None
    cur = data.currency_before.search(text, max(0, start - 8), start)
    if cur:
        unit = data.currency(cur.group(0).strip())
        left = cur.start()
    between = data.between_before.search(text, max(0, left - 16), left) if cues.between else None
    qual_end = between.start() if between else left
    q = data.qualifier_before.search(text, max(0, qual_end - 40), qual_end)
    qualifier = data.qualifiers.get(" ".join(q.group("q").casefold().split())) if q else None
    if q:
        left = q.start("q")
    elif between:
        left = between.start()
    right = end
    unit, right = _unit_right(text, right, data, unit)
    found = _Found(left, right, start, end, value, unit, qualifier=qualifier, in_words=in_words,
                   scale=_scale_of(m, value, lang))
    # A range: "20-25%", "7% to 9%", "between 10 and 15 per cent", "tra i 200 e i 300 milioni".
    joint = (data.range_and.match(text, right) if between else None) or data.range_to.match(text, right)
    if joint and unit is None and _is_year(raw, value, in_words):
        joint = None  # "rose 9% in 2024 to €80 million": a year, then an amount, not a range
    if joint:
        upper = _range_end(text, joint.end(), lang, data, blocked, unit)
        if upper == "date":
            return None  # "from 18 to 24 February": days
        if upper is not None and upper.value > value:
            if not between and _change_from(text, left, data):
                found.to_next = True  # "staff will grow from 40 to 65": where it starts, then where it ends
            else:
                found = _merge_range(found, upper)
        elif upper is not None and not between and _after_from(text, left, data):
            found.to_next = True  # "cut its doors from about 640 to 410": a fall, never a range
    elif text.startswith("/", right):
        return None  # "20/07": a date without its year
    direct = False
    explicit = found.unit is not None  # a currency or a percent sign
    if not explicit and _after_name(text, start, data):
        return None
    if found.unit is None:
        found.unit, found.end, found.value, direct, found.guessed = _counted(text, found.end, data, found.value,
                                                                             in_words)
    if found.unit == _FURNITURE:
        return None  # page furniture: "(412 words)", "3 min read"
    if found.guessed and found.unit.casefold() in data.fraction_words:
        return None  # "deux tiers des ventes": a share in words
    if found.unit and found.value_max is None and (half := half_after(lang).match(text, found.end)):
        found.value, found.end = found.value + 0.5, half.end()  # "deux ans et demi", "tre anni e mezzo"
    if found.unit is None and data.inverted_before and \
            any(w in data.inverted_before for w in _words_before(text, left)[-1:]):
        found.unit, found.end = _inverted(text, found.end, data)
        if found.unit is None:
            found.unit = _subject_of_copula(_words_before(text, left), data)  # "i dipendenti sono 410"
    if found.guessed and in_words and _idiom(text, left, found.end, data):
        found.unit, found.end, found.guessed = None, end, False
    if _is_year(raw, value, in_words) and not (explicit or direct):
        return None  # a calendar year ("in 2019", "2019 sales"), unless it counts something ("2000 employees")
    if _is_year(raw, value, in_words) and not explicit and (before := _words_before(text, left)) \
            and (before[-1] in data.definite or _ends_with(before, data.money_noun_cues, 1)
                 or (len(before) > 1 and before[-1] in data.and_words and _YEAR.fullmatch(before[-2]))):
        return None  # "il fatturato 2024 sale a", "the 2024 and 2025 editions": a year, not 2,024 of anything
    if (found.unit is None and (found.value_max or found.value) < _MAX_AGE
            and data.age_before.search(text, max(0, left - 40), between.end() if between else left)):
        found.unit = "years"
    if found.unit is None or found.guessed:
        _anaphora(text, left, end, found, data)
    if found.unit == _PEOPLE and _about_work(text, left, found.end, data):
        found.unit = _STAFF  # "employs around 300 people", "400 people work there"
    if in_words and found.unit not in _DURATIONS and (before := _words_before(text, left)) and \
            before[-1] in data.definite:
        return None  # "the two partners", "les deux fondateurs": a known set, not a count ("the six months" is)
    if found.unit is None and in_words and not found.anaphoric \
            and not _ends_with(_words_before(text, left), data.compare_before, 1):
        return None  # a number in words with nothing counted ("one, four or six"), unless compared ("up from nine")
    if in_words and found.unit in _DURATIONS and _time_ago(text, left, found.end, data):
        return None  # "three years ago", "il y a deux ans": a time reference ("more than 100 years ago" is kept)
    if found.unit == "hours" and data.clock_before.search(text, max(0, start - 12), start):
        return None  # "à 20 heures", "at 8 hours": a time of day
    if found.unit == _MULTIPLIER and (counted := times_verb_unit(text[max(0, left - 60) : left], data)):
        found.unit = counted  # "téléchargée plus de 650 000 fois": downloads
    if in_words and found.unit == _MULTIPLIER:
        return None  # "about three times the size": a comparison in words, not a measured figure ("50 times" is)
    return found


def _picks_subset(text: str, end: int, lang: str) -> bool:
    """Whether "of those" + a noun follows the number ("four of those transactions")."""
    data = unit_data(lang)
    if not data.subset_after:
        return False
    after = [w.casefold().replace("’", "'") for w in _TOKEN.findall(text, end, min(len(text), end + 40))[:4]]
    return partitive_subset(after, data)


def _time_ago(text: str, left: int, end: int, data: UnitData) -> bool:
    """Whether the duration counts back from now: "ago" / "fa" right after it, "il y a" right before it."""
    after = _TOKEN.findall(text, end, min(len(text), end + 12))[:1]
    if after and after[0].casefold() in data.ago_after:
        return True
    return bool(data.ago_before) and _ends_with(_words_before(text, left), data.ago_before, 1)


def _change_from(text: str, left: int, data: UnitData) -> bool:
    """Whether the number follows "from" ("da", "de") in a clause whose verb says a quantity changes
    ("increase headcount from", "passer de", "portare il personale da"): the two ends are two figures."""
    words = _TOKEN.findall(text, max(0, left - 100), left)
    clause: list[str] = []
    for w in reversed(words):
        if not w[0].isalnum() or len(clause) == _CHANGE_WINDOW:
            break
        clause.append(w.casefold().replace("’", "'"))
    return bool(clause) and clause[0] in data.change_from and any(w in data.change_verbs for w in clause[1:])


def _after_from(text: str, left: int, data: UnitData) -> bool:
    """Whether the number comes right after "from" ("de", "da"), a qualifier aside ("from about 640")."""
    before = _words_before(text, left)
    return bool(before) and before[-1] in data.change_from


def _has_scale(raw: str, lang: str) -> bool:
    s = spec(lang)
    return any(s.scale(w) is not None for w in re.split(r"[\s\u00a0\u202f-]+", raw))


def _words_before(text: str, pos: int) -> list[str]:
    """The last few words before `pos` in its clause, folded: a punctuation mark ends the clause."""
    words = _TOKEN.findall(text, max(0, pos - 60), pos)
    out: list[str] = []
    for w in reversed(words):
        if not w[0].isalnum() or len(out) == _CUE_WINDOW:
            break
        out.append(w.casefold().replace("’", "'"))
    return out[::-1]


def _ends_with(words: list[str], cues: tuple[tuple[str, ...], ...], within: int) -> bool:
    """Whether one of the cue phrases ends among the last `within` words."""
    for cue in cues:
        n = len(cue)
        for stop in range(len(words), max(len(words) - within, 0), -1):
            if stop >= n and tuple(words[stop - n : stop]) == cue:
                return True
    return False


def _inverted(text: str, pos: int, data: UnitData) -> tuple[str | None, int]:
    """ "sono 52 i negozi", "saranno tre le aperture": the noun the lexicon knows after one article."""
    spans = list(itertools.islice(_TOKEN.finditer(text, pos, min(len(text), pos + 80)), 6))
    words = [t.group(0) for t in spans]
    if len(words) < 2 or words[0].casefold().replace("’", "'") not in data.determiners:
        return None, pos
    for i in range(1, min(len(words), 1 + _MAX_ADJECTIVES)):
        hit = data.noun_at(words, i)
        if hit:
            return hit[0], spans[i + hit[2] - 1].end()
    return None, pos


def _subject_of_copula(before: list[str], data: UnitData) -> str | None:
    """The counted noun shortly before the verb before the number ("i dipendenti sono 410")."""
    head = before[:-1]
    for i in range(len(head) - 1, -1, -1):  # the nearest, past a complement ("i dipendenti di Brunaldi sono")
        hit = data.noun_at(head, i)
        if hit:
            return hit[0]
    return None


def _idiom(text: str, left: int, end: int, data: UnitData) -> bool:
    """A number in words before an unknown word is not a count when it opens the sentence (a headline's "Two
    Words With ..."), follows a preposition ("growth in double digits", "à deux chiffres") or a possessive,
    or is a fraction ("two thirds of", "deux tiers des")."""
    before = _words_before(text, left)
    after = _TOKEN.findall(text, end, min(len(text), end + 20))[:1]
    previous = before[-1] if before else ""
    # After a possessive ("the brand's two founders", "ses deux fils") it names a known set.
    possessive = previous in data.determiners or previous.endswith("'s")
    return (not text[:left].strip() or previous in data.stop or possessive
            or (bool(after) and after[0].casefold().replace("’", "'") in data.connectors))


def _about_work(text: str, left: int, end: int, data: UnitData) -> bool:
    """A workforce cue just before the figure ("employs", "impiega") or right after it ("work", "travaillent")."""
    if _ends_with(_words_before(text, left), data.workforce_cues, _CUE_WINDOW):
        return True
    after = [w.casefold().replace("’", "'") for w in _TOKEN.findall(text, end, min(len(text), end + 40))[:5]]
    while after and after[0] in data.stop and len(after) > 3:
        after = after[1:]  # "people who work", "personnes qui y travaillent", "persone che lavorano"
    return any(tuple(after[: len(cue)]) == cue for cue in data.workforce_cues)


def _anaphora(text: str, left: int, end: int, found: _Found, data: UnitData) -> None:
    """Mark a figure whose noun is left out as counting what an earlier one does: after a pronoun ("six of
    them", "dont six", "di cui sei"), which wins over a guessed unit ("dont six nouveaux"), or with "more"
    and no noun after it ("three more.", "altre due entro", but not "deux autres ateliers")."""
    before = _words_before(text, left)
    clitic = len(before) >= 2 and before[-2] in data.clitics and before[-1] not in data.stop
    if clitic:
        # "la maison en ouvre dix": the clitic's noun comes before the clause's subject, so the two words
        # before the clitic are skipped.
        spans = list(_TOKEN.finditer(text, max(0, left - 80), left))
        found.antecedent_before = spans[-4].start() if len(spans) >= 4 else 0
    stop_at = end if clitic or _ends_with(before, data.pronoun_before, 1) else None
    if stop_at is None and (cue := _cue_after(text, end, data.pronoun_after)):
        stop_at = cue[0]
    if stop_at is None:
        more = _cue_after(text, end, data.more_after)
        cue_word = bool(more) and found.guessed and found.end == _first_word_end(text, end)
        if more and cue_word:
            found.unit, found.guessed = None, False  # the guess was "autres" itself
        if found.unit is None and (more or _ends_with(before, data.more_before, 1)):
            next_word = more[1] if more else _next_word(text, found.end)
            if not _plural_word(next_word, data):
                stop_at = more[0] if more else end
    if stop_at is not None:
        if (more := _cue_after(text, end, data.more_after)) and not _plural_word(more[1], data):
            stop_at = max(stop_at, more[0])  # "en prévoit trois autres"
        kept = end if found.guessed else found.end  # a guessed unit is dropped from the text, a range is kept
        found.unit, found.guessed, found.anaphoric, found.end = None, False, True, max(stop_at, kept)


def _cue_after(text: str, pos: int, cues: tuple[tuple[str, ...], ...]) -> tuple[int, str] | None:
    """(where the cue right after `pos` ends, the word after it) for the first cue found there."""
    spans = [(t.group(0), t.end()) for t in itertools.islice(_TOKEN.finditer(text, pos, min(len(text), pos + 60)), 6)]
    words = [w.casefold().replace("’", "'") for w, _ in spans]
    for cue in cues:
        if tuple(words[: len(cue)]) == cue:
            return spans[len(cue) - 1][1], spans[len(cue)][0] if len(spans) > len(cue) else ""
    return None


def _first_word_end(text: str, pos: int) -> int:
    t = _TOKEN.search(text, pos)
    return t.end() if t else pos


def _next_word(text: str, pos: int) -> str:
    t = _TOKEN.search(text, pos, min(len(text), pos + 40))
    return t.group(0) if t else ""


def _plural_word(word: str, data: UnitData) -> bool:
    """A lowercase word that could be a plural noun ("ateliers", "negozi"), not a function word."""
    folded = word.casefold()
    return (len(word) > 2 and word.isalpha() and word.islower() and word.endswith(data.plural_endings)
            and folded not in data.stop and folded not in data.connectors and folded not in data.determiners)


def _may_count_year(text: str, start: int, end: int, data: UnitData) -> bool:
    """Whether a year ("2019") may still be kept by `_read`: only with a currency or percent sign of its own
    (no range is read from a year without one) or a counted noun right after it ("2000 employees",
    "2000-strong" via the hyphen), as `_counted` reads them. Years are many of the numbers in news; this spares
    them the cues searched around every number."""
    if data.currency_before.search(text, max(0, start - 8), start) or data.currency_after.match(text, end) \
            or data.percent_after.match(text, end):
        return True
    words = [t.group(0) for t in itertools.islice(_TOKEN.finditer(text, end, min(len(text), end + 120)),
                                                   min(12, data.longest_noun))]
    return bool(words) and (words[0] == "-" or data.noun_at(words, 0) is not None)


def _is_year(raw: str, value: float, in_words: bool) -> bool:
    return not in_words and len(raw) == 4 and _FOUR_DIGITS.fullmatch(raw) is not None and 1800 <= value <= 2100


def _not_a_quantity(text: str, start: int, end: int, raw: str, lang: str, in_words: bool) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    # Glued to letters: "B2C", "Q1", "1904MC", "08h12", "1er", "3rd", "Covid-19", "1°".
    data = unit_data(lang)
    if before.isalpha() and data.currency_before.search(text, max(0, start - 4), start):
        pass  # "CHF1.2bn", "Rmb10bn": a currency code written against its number
    elif before.isalnum() or (before in "-/." and start > 1 and text[start - 2].isalnum()):
        return True
    if after.isalpha() or after in "°º":
        return True
    if raw[0] in "+-−" and start and text[start - 1].isalnum():
        return True
    if _TIME_AFTER.match(text, end) or _TIME_BEFORE.search(text, max(0, start - 6), start):
        return True
    if not in_words and after == "." and end + 1 < len(text) and text[end + 1].isdigit():
        return True  # "2.0.1", dotted dates
    months = _months(lang)
    if _may_end_with_month(text, max(0, start - 40), start, lang):
        prev_words = _TOKEN.findall(text, max(0, start - 40), start)
        if prev_words and prev_words[-1].casefold().rstrip(".") in months:
            return True  # "June 3", "October 19"
    # "24 marzo", "5 of May": the first of the next three words that is no connector (only those three are read)
    for token in itertools.islice(_TOKEN.finditer(text, end, min(len(text), end + 40)), 3):
        word = token.group().casefold()
        if word not in data.connectors:
            return word.rstrip(".") in months
    return False


def _after_name(text: str, start: int, data: UnitData) -> bool:
    """A capitalised word right before the number makes it part of a name ("Shop 3.0", "Vela 2",
    "Series 5"), unless it opens the sentence or is a qualifier or currency ("Over 1,700", "RMB 3 million")."""
    if not start or text[start - 1] != " " or not _may_end_capitalised(text, max(0, start - 40), start):
        return False
    prev_words = _TOKEN.findall(text, max(0, start - 40), start)
    if not prev_words or not prev_words[-1][:1].isupper():
        return False
    word = prev_words[-1]
    folded = word.casefold()
    opens = text[:start].strip() == word
    return not opens and not data.currency(word) and folded not in data.qualifiers and folded not in data.stop


def _unit_right(text: str, pos: int, data: UnitData, unit: str | None) -> tuple[str | None, int]:
    """Currency or percent written right after the number."""
    if unit is None:
        cur = data.currency_after.match(text, pos)
        if cur:
            return data.currency(cur.group("cur")), cur.end()
        pct = data.percent_after.match(text, pos)
        if pct:
            return "%", pct.end()
    return unit, pos


def _range_end(text: str, pos: int, lang: str, data: UnitData, blocked: list[tuple[int, int]],
               unit: str | None) -> _Found | str | None:
    left = pos
    cur_unit = None
    cur = data.currency_lead.match(text, pos)
    if cur:
        cur_unit = data.currency(cur.group(0).strip())
        pos = cur.end()
    m = number_pattern(lang).match(text, pos)
    if not m:
        return None
    if any(s < m.end() and m.start() < e for s, e in blocked):
        return "date"
    nxt = _TOKEN.findall(text, m.end(), min(len(text), m.end() + 30))
    if nxt and nxt[0].casefold().rstrip(".") in _months(lang):
        return "date"
    value = parse_number(m.group(0), lang)
    if value is None or (text[m.end():m.end() + 1].isalpha()):
        return None
    upper_unit, right = _unit_right(text, m.end(), data, cur_unit)
    if unit and upper_unit and unit != upper_unit:
        return None  # "fell 23% to €217 billion": two figures
    return _Found(left, right, m.start(), m.end(), value, upper_unit or unit, in_words=m.group("words") is not None,
                  scale=_scale_of(m, value, lang))


def _scale_of(m: re.Match[str], value: float, lang: str) -> float:
    if not m.group("digits") or not m.group("scale"):
        return 1.0
    bare = parse_number(m.group("digits"), lang)
    return value / bare if bare else 1.0


def _merge_range(low: _Found, high: _Found) -> _Found:
    value = low.value
    if low.scale == 1.0 and high.scale > 1.0 and value * high.scale <= high.value:
        value *= high.scale  # "20 to 25 million", "tra i 200 e i 300 milioni": both ends are millions
    return replace(low, end=high.end, value=value, value_max=high.value, unit=low.unit or high.unit,
                   rule="range")


def _counted(text: str, pos: int, data: UnitData, value: float, in_words: bool
             ) -> tuple[str | None, int, float, bool, bool]:
    """What the number counts: the counted noun after it, skipping a connector ("of its", "de", "di")
    and up to three adjectives ("700 million Chinese consumers", "26 home-made movements").
    Returns (unit, end, value, whether the noun follows the number directly, whether the unit is a guess)."""
    spans = [(t.group(0), t.start(), t.end())
             for t in itertools.islice(_TOKEN.finditer(text, pos, min(len(text), pos + 120)), 12)]
    words = [w for w, _, _ in spans]
    folded = [w.casefold().replace("’", "'") for w in words]
    if in_words and len(words) > 1 and words[0] in "'’" and spans[0][1] == pos:
        # An elided number word: "trent'anni", "vent'anni": the noun is glued by the apostrophe.
        spans, words, folded = spans[1:], words[1:], folded[1:]
    if not words:
        return None, pos, value, False, False
    # "two-hour show", "48-hour", "three-to-five-year": a hyphen glues the unit to the number.
    if words[0] == "-" and len(words) > 1:
        hit = data.noun_at(words, 1)
        if hit and spans[0][1] == pos:
            return (*_with_multiple(hit, data, value, spans[hit[2]][2]), True, False)
        return None, pos, value, False, False
    for k in (2, 1):
        verb = " ".join(folded[:k])
        if verb in data.verbs:
            return data.verbs[verb], pos, value, False, False
    first = data.noun_at(words, 0)
    if first and first[1] in data.furniture:
        return _FURNITURE, pos, value, False, False
    furniture = " ".join(folded[:2])
    if furniture in data.furniture or (folded[0] in data.furniture and not first):
        return _FURNITURE, pos, value, False, False
    i = 0
    if folded[i] in data.connectors:
        i += 1
        # "45 of the house's own stores", "dix de ses propres boutiques": an owner and "own" sit before the noun.
        while i < len(folded) and (folded[i] in data.determiners or folded[i] in data.own_words
                                   or (i > 1 and folded[i].endswith(data.possessive_endings))):
            i += 1
    adjectives = 0
    while i < len(words) and adjectives <= _MAX_ADJECTIVES:
        hit = data.noun_at(words, i)
        if hit and i > 0 and value > 1 and hit[0] in _DURATIONS and data.singular(hit[1]):
            break  # "124 milioni dell'anno precedente", "10 million of the year": a period, not what is counted
        if hit:
            # The head of a compound is its last noun: "designer brands", "luxury watch boutiques".
            # French and Italian put the head first: "vignerons partenaires", "marche partner".
            while not data.head_first and hit[0] not in data.measures and i + hit[2] < len(words) \
                    and (later := data.noun_at(words, i + hit[2])):
                i, hit = i + hit[2], later
            unit, _, used = hit
            end_i = i + used
            # "400,000 movement photographs": a known noun in the singular before a plural the lexicon lacks
            # qualifies it; the plural is the head.
            if not data.head_first and end_i < len(words) and data.singular(hit[1]) and words[end_i].islower() \
                    and unknown_head(words[end_i : end_i + 1], folded[end_i : end_i + 1], data, in_words) == 0:
                return words[end_i], spans[end_i][2], value, False, True
            # "stylists and labels", "créateurs et artisans": one unit for both, unless the second noun
            # has a number of its own ("1 million viewers and orders worth $5m" counts viewers).
            if end_i + 1 < len(words) and folded[end_i] in data.and_words:
                other = data.noun_at(words, end_i + 1)
                # ... both plural: "1.250 addetti e consegna a domicilio" counts staff, not deliveries.
                if other and other[0] != unit and not data.singular(other[1]) \
                        and not _numbered(text, spans[end_i + other[2]][2], data):
                    return f"{unit} and {other[0]}", spans[end_i + other[2]][2], value, i == 0, False
            unit, end, value = _with_multiple(hit, data, value, spans[end_i - 1][2])
            return unit, end, value, i == 0 and not data.singular(hit[1]), False
        w = folded[i]
        if not words[i][0].isalpha() or w in data.stop or w in data.connectors:
            break
        if w in data.and_words and i > 0 and _plural_word(words[i - 1], data):
            break  # "212 machinists and pattern cutters": the unknown plural before "and" is what is counted
        if in_words and adjectives >= 1:
            break
        i += 1
        adjectives += 1
    # A plural noun the lexicon lacks is what is counted, as written: right after the number ("45 pendulums",
    # "twelve pendulums"), at the head of a noun group ("1,400 new parking bays") or after a connector
    # ("une trentaine de techniciens").
    head = unknown_head(words, folded, data, in_words) if value > 1 else None
    if head is not None and parse_number(words[head], data.lang) is None:
        known = data.noun_at(words, head)  # "une dizaine d'autres maisons": a known noun past "autres"
        return (known[0], spans[head + known[2] - 1][2], value, False, False) if known else \
            (words[head], spans[head][2], value, False, True)
    return None, pos, value, False, False


def _numbered(text: str, pos: int, data: UnitData) -> bool:
    """Whether a number other than a calendar year follows `pos` with only small words or a currency between
    ("orders for more than 18 million", "orders worth $5m")."""
    for w in _TOKEN.findall(text, pos, min(len(text), pos + 40))[:5]:
        if w[0].isdigit():
            return not _YEAR.fullmatch(w)
        folded = w.casefold().replace("’", "'")
        if not (folded in data.stop or folded in data.connectors or folded in data.determiners
                or folded in data.qualifier_words or data.currency(w)):
            return False
    return False


def _with_multiple(hit: tuple[str, str, int], data: UnitData, value: float, end: int) -> tuple[str, int, float]:
    unit, key, _ = hit
    return unit, end, value * data.multiples.get(key, 1.0)


def _borrow_units(text: str, found: list[_Found], data: UnitData, previous: list[str]) -> None:
    """Numbers written without their unit take it from the sentence: "21 des 34 marques", "17 sur 20",
    "128 millions d'euros, contre 105 millions", "26 movements ..., 8 of which"; or from "the number of";
    or, for a pronoun ("six of them") or an amount in millions, from the sentence before."""
    for i, f in enumerate(found):
        if f.to_next and not f.unit and i + 1 < len(found) and found[i + 1].unit:
            f.unit, f.rule = found[i + 1].unit, "change-from"
            nxt = found[i + 1]
            if f.scale == 1.0 and nxt.scale > 1.0 and f.value * nxt.scale <= nxt.value:
                f.value *= nxt.scale  # "passato da 310 a 655 milioni": both ends are millions
            continue
        if f.to_next and not f.unit and i + 1 < len(found) and not found[i + 1].unit:
            # "cut its wholesale doors from about 640 to 410": what changes is named before "from".
            noun = _last_noun(text, f.start, data)
            if noun and noun[1] not in _NO_BORROW and len(_TOKEN.findall(text, noun[0], f.start)) <= 3:
                f.unit = found[i + 1].unit = noun[1]
                f.rule = found[i + 1].rule = "change-of"
                continue
        if not f.unit and _ends_with(_words_before(text, f.start), data.compare_before, 1) \
                and not _noun_follows(text, f.end, data):
            # Any unit, a duration or a share too ("took 600 hours, against 400"), but not one told in brackets:
            # "38 artisans (... two enamellers) now, up from nine" compares 38.
            earlier = [g.unit for g in found[:i] if g.unit and not _BRACKET_CLOSED_FIRST.match(text, g.end, f.start)]
            # "8,4 millions de bouteilles sur six mois, contre 9,6 millions": millions compare with millions.
            same_scale = [g.unit for g in found[:i] if g.unit and f.scale > 1.0 and round(g.scale) == round(f.scale)
                          and not _BRACKET_CLOSED_FIRST.match(text, g.end, f.start)]
            earlier = same_scale or earlier
            if earlier:
                f.unit, f.rule = earlier[-1], "compared"  # "180 artisans, contre 65 aujourd'hui"
                continue
        if f.unit or (f.in_words and not f.anaphoric):
            continue
        if not f.anaphoric and (named := _counts_something_else(text, f.end, data)):
            if f.scale > 1.0 and not f.in_words and named in data.money_nouns:
                f.unit, f.rule = _money(found[:i], previous, data), "money-noun"  # "200 milioni di fatturato"
            continue  # "2 mld di ricavi": what it counts is named, just not known
        if i + 1 < len(found) and found[i + 1].unit and data.out_of.search(text, f.end, found[i + 1].start):
            gap = text[f.end : found[i + 1].start]
            if len(gap.split()) <= 3 and "," not in gap:  # "costa 350 Playcoin, l'equivalente di 4 euro": two
                f.unit, f.rule = found[i + 1].unit, "shared-unit"
                continue
        cue = _count_cue(text, f, data)
        if cue:
            f.unit, f.rule = cue, "number-of"
            continue
        if f.anaphoric:
            # The antecedent is the nearest counted noun before, in a figure or not ("a single store, while
            # the house opens ten of them a year").
            limit = f.start if f.antecedent_before < 0 else f.antecedent_before
            # Money is what "of them" stands for only for an amount ("€30m, of which 4 million", not "une
            # trentaine d'entre eux"); a figure's own unit wins over its noun as written ("employs 1,400
            # people, 230 of them": employees).
            amount = f.scale > 1.0 and not f.in_words
            nearest = [(g.end, 1, g.unit) for g in found[:i] if g.unit and g.unit not in _NO_BORROW
                       and (amount or not data.is_money(g.unit)) and g.end <= limit]
            noun = _last_noun(text, limit, data)
            if noun and noun[1] not in _NO_BORROW and (amount or not data.is_money(noun[1])):
                nearest.append((noun[0], 0, noun[1]))
            if nearest:
                f.unit, f.rule = max(nearest)[2], "pronoun"
                continue
        if _noun_follows(text, f.end, data) and not f.anaphoric:
            continue  # "$2bn in sales and 5 million Chinese tourists": it counts a noun the lexicon lacks
        if not f.anaphoric and f.scale > 1.0 and not f.in_words and _about_money(text, f.start, data):
            f.unit, f.rule = _money(found[:i], previous, data), "money-cue"  # "40 stores, sales of 500 million"
            continue
        earlier = [g.unit for g in found[:i] if g.unit and g.unit not in _NO_BORROW
                   and not (f.anaphoric and f.scale == 1.0 and data.is_money(g.unit))]  # "une trentaine d'entre eux"
        if earlier:
            f.unit, f.rule = earlier[-1], "elided-unit"
        elif f.anaphoric or (f.scale > 1.0 and not f.in_words):
            # "Revenue reached €480m. Net profit was 52 million." (but not "5 million Chinese tourists")
            # An amount borrows a currency; a pronoun any unit but money, unless it is an amount itself.
            before = [u for u in previous if u not in _NO_BORROW
                      and (data.is_money(u) if not f.anaphoric else f.scale > 1.0 or not data.is_money(u))]
            if before:
                f.unit, f.rule = before[-1], "elided-unit"
            elif not f.anaphoric and _about_money(text, f.start, data):
                # "un Ebitda di 118 milioni", "a capital increase of about 90 million": an amount in millions
                # in a sentence about money is in the currency the article counts in.
                f.unit, f.rule = ARTICLE_CURRENCY, "article-currency"


def _about_money(text: str, pos: int, data: UnitData) -> bool:
    """A word of money shortly before `pos` with no other counted noun after it ("Ebitda di 118 milioni",
    not "sales grew and its Weibo followers reached 2 million")."""
    cues = list(data.money_cue.finditer(text, max(0, pos - 100), pos))
    if not cues:
        return False
    noun = _last_noun(text, pos, data)
    return noun is None or noun[0] <= cues[-1].start() or data.is_money(noun[1])


def _money(earlier: list[_Found], previous: list[str], data: UnitData) -> str:
    """The currency of the sentence so far, else of the sentence before, else the article's."""
    for unit in [*(g.unit for g in reversed(earlier)), *reversed(previous)]:
        if unit and data.is_money(unit):
            return unit
    return ARTICLE_CURRENCY


def _noun_follows(text: str, pos: int, data: UnitData) -> bool:
    """Whether the word right after `pos` may be a noun: a word that is neither a function word nor a
    participle ("52 million earmarked for")."""
    t = _TOKEN.search(text, pos, min(len(text), pos + 40))
    if not t or not t.group(0)[0].isalpha():
        return False
    w = t.group(0).casefold().replace("’", "'")
    return not (w in data.stop or w in data.connectors or w in data.determiners or w in data.qualifier_words
                or w in data.and_words or w.endswith(data.participle_endings))


def _last_noun(text: str, pos: int, data: UnitData) -> tuple[int, str] | None:
    """(end, unit) of the last counted noun the lexicon knows before `pos` in the sentence."""
    spans = list(_TOKEN.finditer(text, max(0, pos - 200), pos))
    words = [t.group(0) for t in spans]
    for i in range(len(words) - 1, -1, -1):
        hit = data.noun_at(words, i)
        if hit:
            return spans[i + hit[2] - 1].end(), hit[0]
    return None


def _counts_something_else(text: str, pos: int, data: UnitData) -> str | None:
    """The word after a connector right after `pos` ("di ricavi"), when it may be a noun."""
    words = [w.casefold().replace("’", "'") for w in _TOKEN.findall(text, pos, min(len(text), pos + 40))[:2]]
    if (len(words) == 2 and words[0] in data.connectors and words[1][:1].isalpha()
            and words[1] not in data.stop and words[1] not in data.determiners):
        return words[1]
    return None


def _count_cue(text: str, f: _Found, data: UnitData) -> str | None:
    """ "a porté à 40 le nombre de magasins", "the number of stores rose to 25"."""
    window_start, window_end = max(0, f.start - 80), min(len(text), f.end + 60)
    words = [w for w in _TOKEN.findall(text, window_start, window_end)]
    folded = [w.casefold().replace("’", "'") for w in words]
    for cue in data.count_cues:
        n = len(cue)
        for i in range(len(folded) - n):
            if tuple(folded[i : i + n]) == cue:
                # "the number of private salon appointments": past a few modifiers to the noun.
                for k in range(i + n, min(len(words), i + n + _MAX_ADJECTIVES)):
                    if (hit := data.noun_at(words, k)) and not (k + 1 < len(words) and data.noun_at(words, k + 1)):
                        return hit[0]
                    if (folded[k] in data.stop or folded[k] in data.connectors) and folded[k] not in data.determiners:
                        break
                head = unknown_head(words[i + n :], folded[i + n :], data, False)
                if head is not None:
                    return words[i + n + head]
    return None
