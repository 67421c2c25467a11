"""Dated events: one event per date mention, with the clause around it and who it is about.

Dates come from `luxcli.dates` (absolute, partial and relative mentions, resolved
in text order against the dates before them and the article's own date). A
mention is kept as an event unless it only dates a figure ("up from €2.1
billion in 2018", "some 40% plan to spend more next year", "between 2015 and
2020 prices rose 30%"): the period of a quantity is not a happening, unless a
verb of a happening governs the figure ("acquired 70% in 2021"); or it is a
plan said not to happen ("will not pay a dividend this year"), the horizon of
a need told about a market ("the trade needs 500 tailors by 2030") or the date
of a byline ("By Jane Doe - 3 June 2026 - 4 min read"); or it tells again a
happening already kept (same date said twice in a sentence, same year and
subject in similar words, a bare repeat of a date, the same day told again a
sentence or two later), or ends a span of days ("from 15 May to 30 June" is one
happening, dated by its first day), or counts years back inside a quotation
("what we did ten years ago," he said). A month without a year told in a past
tense ("joined in January") is the last such month. A plan or a target with
its date ("a second line is planned for 2028", "entro il 2028 apriranno 12
boutique", "aims for 30% of sales online by 2028") is an event. An article
without a date of its own is dated by the first full date of its lead ("said
on Tuesday 4 June 2024"), which relative dates ("last week", "in May") count
from.

The subject is the organisation or person the clause is about: the first name
in the stretch of the clause leading to the date, else the name opening the
clause; when the sentence's subject is a pronoun ("In 2019 it signed ...",
lexicons/events/<lang>.toml), the name that last opened a sentence."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence

from luxcli import lexicon
from luxcli.dates import (
    ABSOLUTE,
    ARTICLE_SHIFT,
    HORIZON,
    PARTIAL,
    RECENT_WEEKDAY,
    DateMention,
    find_date_mentions,
    resolve_dates,
)
from luxcli.extract.orgs import Mention
from luxcli.model import Article, Event, Evidence, Person, Sentence
from luxcli.patterns import by_first_letter
from luxcli.text import fold_keep_length

# A figure's period: a number (not a year) among the few words before the date, or a share anywhere in the
# stretch of the clause before it ("some 40% said they would spend more next year": a statistic's period).
FIGURE_WINDOW_WORDS = 4
_PERCENT = re.compile(r"\d\s?%")
_QUANTITY_END = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\W*$)\d[\d.,]*(?:\s?%)?\s+$")
_NUMBER_TOKEN = re.compile(r"\d")
_YEAR_TOKEN = re.compile(r"^\W*(?:1[89]|20)\d\d\W*$")
# Clause boundaries inside a sentence.
_CLAUSE_BREAK = re.compile(r"\s*(?:;|:\s|\s[—–-]\s|\(|\))\s*")
MAX_WHAT = 160
# A day told again within this many sentences is the same happening told again.
SAME_DAY_SENTENCES = 2
MIN_WHAT = 40


def _fold_slice(text: str, start: int, end: int) -> str:
    """`fold_keep_length(text[start:end])`, cut from the folded copy of the whole text (folded once per article,
    not once per clause and cue)."""
    whole = _folded(text)
    return whole[start:end] if whole is not None else fold_keep_length(text[start:end])


@functools.lru_cache(maxsize=4)
def _folded(text: str) -> str | None:
    """The folded text, when each stretch of it folds as its cut: folding goes character by character but for
    "`", which a stretch all in ASCII keeps and a text with any other character turns into "'"."""
    return None if "`" in text else fold_keep_length(text)


def _word_start(text: str, at: int, limit: int) -> int:
    """The first word start at or after `at` (not past `limit`)."""
    if at == 0 or not text[at - 1].isalnum():
        return at
    space = text.find(" ", at, limit)
    return space + 1 if space >= 0 else at


def _word_end(text: str, at: int, limit: int) -> int:
    """The last word end at or before `at` (not before `limit`)."""
    if at >= len(text) or not text[at].isalnum():
        return at
    space = text.rfind(" ", limit, at)
    return space if space >= 0 else at


def extract_events(article: Article, mentions: list[Mention], people: list[Person]) -> list[Event]:
    if not article.sentences:
        return []
    found = find_date_mentions(article.text, article.language)
    if not found:
        return []
    starts = [s.start for s in article.sentences]
    sentence_of = [max(0, bisect.bisect_right(starts, d.start) - 1) for d in found]
    reference = article.date or _lead_date(found, sentence_of)
    since = [d.kind == PARTIAL and _since(article.text, article.sentences[i], d, article.language, "since_words")
             for d, i in zip(found, sentence_of, strict=True)]
    # Whether a plan is told matters only to a month without a year and a weekday (which one is meant) and to
    # them alone here: only they are asked (a date of another kind is never planned: the same dates come out).
    planned = [not began and d.kind in _PLANNED_KINDS and _planned(article.text, article.sentences[i], d,
                                                                    article.language)
               for d, i, began in zip(found, sentence_of, since, strict=True)]
    # "da marzo abbiamo un accordo": from a month on, unless a plan is told ("da aprile sarà disponibile") or a
    # day is named (a schedule: "dal 3 marzo al 10 aprile").
    since = [began or (not plan and d.kind == PARTIAL and d.day is None
                       and _since(article.text, article.sentences[i], d, article.language, "from_words"))
             for d, i, plan, began in zip(found, sentence_of, planned, since, strict=True)]
    past = [began or (not plan and d.kind == PARTIAL
                      and _told_in_past(article.text, article.sentences[i], d, article.language))
            for d, i, plan, began in zip(found, sentence_of, planned, since, strict=True)]
    values = resolve_dates(found, sentence_of, reference, planned, _asides(article, found, sentence_of), past)
    named = _named_spans(article, mentions, people)
    topics = _sentence_topics(article, named)
    pronoun = _pronouns(article.language)
    headline = bool(article.title) and article.sentences[0].text.strip() == article.title.strip()
    told_in_body = {v for v, index in zip(values, sentence_of, strict=True) if index > 0}
    events: list[Event] = []
    seen_in_sentence: set[tuple[int, str]] = set()
    seen: dict[str, list[tuple[str | None, frozenset[str]]]] = {}
    for i, (mention, index, value) in enumerate(zip(found, sentence_of, values, strict=True)):
        sentence = article.sentences[index]
        clause = _clause(article.text, sentence, mention)
        if mention.kind == HORIZON and mention.year is not None \
                and not _needed(article.text, (clause[0], mention.start), article.language):
            value = str(mention.year)  # "will open 12 boutiques by 2028": the plan's date
        if value is None or _season_told_precisely(i, found, sentence_of, values):
            continue
        if index == 0 and headline and value in told_in_body:
            continue  # the headline's date told again in the body ("X closes 2024 at €486m")
        if _byline(article.text, sentence, article.language):
            continue
        if _span_end(article.text, found, i, sentence_of, article.language):
            continue  # "du 15 mai au 30 juin": one happening, dated by its first day
        if _quoted_years_ago(article.text, sentence, mention):
            continue  # "what Hermès did ten years ago," he said: a manner of speaking, not a dated happening
        if _dates_a_figure(article.text, sentence, clause, mention, article.language):
            continue
        if _denied(article.text, (clause[0], mention.start), value, reference, article.language):
            continue
        if (index, value) in seen_in_sentence:
            continue  # "ten days later, on 24 March": one date, said twice
        if len(value) == 10 and any((index - k, value) in seen_in_sentence for k in range(1, SAME_DAY_SENTENCES + 1)):
            continue  # "X arrived on Tuesday. X opened its salon on 5 May": one day, told again
        seen_in_sentence.add((index, value))
        spans = named.get(index, [])
        subject = _subject(article.text, spans, clause, mention, article.language)
        said_by_pronoun = _pronoun_subject_at(pronoun, article.text, sentence, spans)
        if said_by_pronoun >= 0 and not _own_subject(article.text, spans, clause, mention, said_by_pronoun):
            subject = topics[index - 1] if index else None  # "In 2019 it signed ...": the name in focus
        what = " ".join(article.text[clause[0] : clause[1]].split())
        words = _content_words(article.text, clause)
        earlier = seen.setdefault(value, [])
        if any(subject is None or (subject == s and len(value) == 4 and _restates(words, w)) for s, w in earlier):
            continue  # the same happening told again (same year, same subject, same words) or a bare repeat
        earlier.append((subject, words))
        events.append(Event(date=value, what=what, subject=subject,
                            evidence=Evidence(index, mention.start, mention.end, f"date.{mention.rule}")))
    return events


# The kinds of date mention whose resolution reads whether a plan is told (`resolve_dates`' `future`).
_PLANNED_KINDS = frozenset({PARTIAL, RECENT_WEEKDAY})


# A clause break between two dates of a sentence: a comma, semicolon, colon or dash.
_ASIDE_BREAK = re.compile(r"[,;:]|\s[—–-]\s")


def _asides(article: Article, found: Sequence[DateMention], sentence_of: Sequence[int]) -> list[bool]:
    """For each month without a year: whether the date before it in its sentence is a bare year told aside, in
    another clause, and not as the time frame opening the sentence ("Owned since 2011 by a fund, it signed on
    3 May" vs "In 2011, on 3 May, it signed")."""
    out = [False]
    for i in range(1, len(found)):
        before, mention = found[i - 1], found[i]
        sentence = article.sentences[sentence_of[i]]
        out.append(mention.kind == PARTIAL and sentence_of[i - 1] == sentence_of[i]
                   and before.kind == ABSOLUTE and before.month is None
                   and bool(_ASIDE_BREAK.search(article.text, before.end, mention.start))
                   and bool(_DATELINE.sub("", article.text[sentence.start : before.start]).strip()))
    return out


# A dateline opening a sentence ("ROME — ", "LYON (RHÔNE) – "): no words of the sentence itself.
_DATELINE = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý .'’()-]*\s[—–-]\s")


def _named_spans(article: Article, mentions: list[Mention], people: list[Person]) -> dict[int, list[tuple[int, str]]]:
    """Per sentence: (start offset, canonical name) of every organisation and person named in it."""
    out: dict[int, list[tuple[int, str]]] = {}
    for m in mentions:
        out.setdefault(m.sentence, []).append((m.start, m.entry.name))
    starts = [sentence.start for sentence in article.sentences]
    for person in people:
        # In each sentence, the first place of the person's first form (in the order of their forms) found in it:
        # each form is looked for once in the whole text (each sentence is a stretch of it).
        first: dict[int, int] = {}  # sentence index -> offset
        for form in dict.fromkeys((person.name, *person.aliases)):
            if len(form) < 3:
                continue
            found_by_form: dict[int, int] = {}
            at = article.text.find(form)
            while at >= 0:
                index = bisect.bisect_right(starts, at) - 1
                if index >= 0 and at + len(form) <= article.sentences[index].end and index not in first:
                    found_by_form.setdefault(index, at)
                at = article.text.find(form, at + 1)
            first.update(found_by_form)
        for index, at in first.items():
            out.setdefault(index, []).append((at, person.name))
    for spans in out.values():
        spans.sort()
    return out


# A name opens a sentence when at most this many words come before it ("The Italian brand Prada ...").
OPENING_WORDS = 3
# A pronoun is the clause's subject when it comes this early in the sentence, before any name.
PRONOUN_WORDS = 6


@functools.cache
def _pronouns(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w']){_alternation(lexicon.lookup(lang, 'events.subject_pronouns', []))}(?!\w)")


def _sentence_topics(article: Article, named: dict[int, list[tuple[int, str]]]) -> list[str | None]:
    """For each sentence, the name that last opened a sentence (up to and including this one)."""
    topics: list[str | None] = []
    current: str | None = None
    for sentence in article.sentences:
        spans = named.get(sentence.index)
        if spans and len(article.text[sentence.start : spans[0][0]].split()) <= OPENING_WORDS:
            current = spans[0][1]
        topics.append(current)
    return topics


def _pronoun_subject_at(pronoun: re.Pattern[str], text: str, sentence: Sentence,
                        named: Sequence[tuple[int, str]]) -> int:
    """Where the sentence's subject is a pronoun ("It opened ...", "In 2019 it signed ..."): one among its
    first words, before any name; -1 when there is none."""
    first_name = named[0][0] if named else sentence.end
    words = text[sentence.start : sentence.end].split()
    head_end = sentence.start + len(" ".join(words[:PRONOUN_WORDS]))
    m = pronoun.search(_fold_slice(text, sentence.start, min(first_name, head_end, sentence.end)))
    return sentence.start + m.start() if m else -1


def _stretch_start(text: str, clause: tuple[int, int], mention: DateMention) -> int:
    """Where the stretch of the clause leading to the date begins: after its last comma, colon or semicolon."""
    lo, hi = clause[0], mention.start
    return max(lo, text.rfind(", ", lo, hi), text.rfind(": ", lo, hi), text.rfind("; ", lo, hi))


def _own_subject(text: str, named: Sequence[tuple[int, str]], clause: tuple[int, int], mention: DateMention,
                 pronoun_at: int) -> bool:
    """Whether the date sits in a later stretch with a name of its own (", which Yoox founded in 2000")."""
    stretch = _stretch_start(text, clause, mention)
    return stretch > pronoun_at and any(stretch < at < mention.start for at, _ in named)


def _dates_a_figure(text: str, sentence: Sentence, clause: tuple[int, int], mention: DateMention, lang: str) -> bool:
    """A year (or relative year) right after a quantity, or after a share in the stretch of the clause leading
    to it, is that quantity's period, unless the stretch has a verb of a happening ("bought 40% in 2019", "a 40%
    stake held since 2019"); a span of years is a quantity's span when its clause holds one ("between 2015 and
    2020 prices rose 30%")."""
    if mention.kind == HORIZON:
        return False  # "30% by 2028" is a target's date
    if mention.kind == ABSOLUTE and mention.month is not None and mention.rule != "year_end":
        return False  # "in May 2021" names no figure's year ("up from 380,000 at the end of 2023" does)
    if mention.kind == PARTIAL:
        # A named month is a happening's date ("polled 900 buyers in 12 cities during May") unless a quantity
        # stands right before it and its cue ("fell 18% since May", "reculé de 18 % depuis mai").
        return bool(_QUANTITY_END.search(text, max(sentence.start, mention.start - 24), mention.start))
    if mention.rule == "year_range":  # a span of years with a quantity in its clause is that quantity's span
        words = text[clause[0] : clause[1]].split()
        return any(_NUMBER_TOKEN.search(w) and not _YEAR_TOKEN.match(w) for w in words) \
            and not _event_verbs(lang).search(_fold_slice(text, clause[0], clause[1]))
    start = _stretch_start(text, clause, mention)
    if _targets(lang).search(_fold_slice(text, start, mention.start)):
        return False  # "vise un chiffre d'affaires de 150 M€ en 2030": a target's date
    near = text[sentence.start : mention.start].split()[-FIGURE_WINDOW_WORDS:]
    if not any(_NUMBER_TOKEN.search(w) and not _YEAR_TOKEN.match(w) for w in near) \
            and not _PERCENT.search(text, start, mention.start):
        return False
    stretch = _fold_slice(text, start, mention.start)
    return not _event_verbs(lang).search(stretch)


@functools.cache
def _targets(lang: str) -> re.Pattern[str]:
    """Whole words of `events.target_words`, after an elided article too ("l'objectif", "l'obiettivo")."""
    return re.compile(rf"(?<![\w]){_alternation(lexicon.lookup(lang, 'events.target_words', []))}(?![\w'])")


@functools.cache
def _event_verbs(lang: str) -> re.Pattern[str]:
    """Any word starting with one of `events.figure_event_verbs`."""
    return re.compile(rf"(?<!\w){_alternation(lexicon.lookup(lang, 'events.figure_event_verbs', []))}")  # "l'apertura"


def _span_end(text: str, found: Sequence[DateMention], i: int, sentence_of: Sequence[int], lang: str) -> bool:
    """Whether a day is the end of a span of days opened by the date just before it in its sentence ("from 15
    May to 30 June", "dal 19 al 23 novembre", "on 9 and 10 May")."""
    mention = found[i]
    if i == 0 or mention.day is None or sentence_of[i - 1] != sentence_of[i]:
        return False
    before = found[i - 1]
    if before.day is None or before.end > mention.start or mention.start - before.end > 16:
        return False
    return bool(_span_link(lang).fullmatch(_fold_slice(text, before.end, mention.start).strip()))


@functools.cache
def _span_link(lang: str) -> re.Pattern[str]:
    return re.compile(_alternation(lexicon.lookup(lang, "events.span_links", [])))


# Quotation marks that open and close a quote; a straight double quote does both.
_OPENING_QUOTES, _CLOSING_QUOTES = "“«„", "”»"


def _quoted_years_ago(text: str, sentence: Sentence, mention: DateMention) -> bool:
    """A count of years back from now ("ten years ago", "cinque anni fa") said inside a quotation."""
    if mention.kind != ARTICLE_SHIFT or mention.unit != "year" or mention.shift > -2:
        return False
    lead = text[sentence.start : mention.start]
    opened = sum(lead.count(q) for q in _OPENING_QUOTES) - sum(lead.count(q) for q in _CLOSING_QUOTES)
    return opened > 0 or lead.count('"') % 2 == 1


def _denied(text: str, lead: tuple[int, int], value: str, reference: str | None, lang: str) -> bool:
    """A date from the article's own year on, after a negation in its clause (`lead`: from the clause's start to
    the date; "will not pay a dividend this year"), is a plan said not to happen."""
    if reference is None or value[:4] < reference[:4]:
        return False
    return bool(_word_list(lang, "negations").search(_fold_slice(text, lead[0], lead[1])))


def _needed(text: str, lead: tuple[int, int], lang: str) -> bool:
    """A horizon after words of a need ("the trade needs 500 more tailors by 2030") dates no one's plan; a
    target of one's own ("aims to double its sales by 2030") does."""
    return bool(_word_starts(lang, "need_words").search(_fold_slice(text, lead[0], lead[1])))


def _byline(text: str, sentence: Sentence, lang: str) -> bool:
    """A short line naming the author ("By Jane Doe - 3 June 2026") or the reading time ("4 min read",
    "Lecture : 4 min"): the article's own date, not a happening."""
    line = text[sentence.start : sentence.end]
    if len(line.split()) > BYLINE_WORDS:
        return False
    if _byline_opening(lang).search(line):
        return True
    return bool(_READ_TIME.search(line)
                and _word_list(lang, "byline_words").search(_fold_slice(text, sentence.start, sentence.end)))


# A byline is a short line; its reading time is a number of minutes.
BYLINE_WORDS = 14
_READ_TIME = re.compile(r"\d+\s*min\b", re.IGNORECASE)


@functools.cache
def _byline_opening(lang: str) -> re.Pattern[str]:
    """ "By Jane Doe -", "Par Jeanne Dupont |": an opener, a capitalised name, a separator."""
    openers = "|".join(re.escape(w) for w in lexicon.lookup(lang, "events.byline_openers", [])) or "(?!x)x"
    return re.compile(rf"^\W*(?i:{openers})\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{1,3}}\s*[-–—|,•·]")


@functools.cache
def _word_list(lang: str, key: str) -> re.Pattern[str]:
    """Whole words of `events.<key>`."""
    return re.compile(rf"(?<![\w']){_alternation(lexicon.lookup(lang, f'events.{key}', []))}(?![\w'])")


@functools.cache
def _word_starts(lang: str, key: str) -> re.Pattern[str]:
    """Words starting with one of `events.<key>`."""
    return re.compile(rf"(?<![\w']){_alternation(lexicon.lookup(lang, f'events.{key}', []))}")


def _planned(text: str, sentence: Sentence, mention: DateMention, lang: str) -> bool:
    """Whether words of a plan come before the date in its sentence ("will open in May", "ouvrira en mai",
    "debutterà ad aprile": the next May), or right after it in its stretch ("In September it plans to open"),
    unless a verb of saying stands between in the date's own stretch ("will open twelve stores, its chief said
    on Monday": the Monday just past)."""
    stretch_start = max(sentence.start, text.rfind(", ", sentence.start, mention.start))
    stretch = _fold_slice(text, stretch_start, mention.start)
    if _word_starts(lang, "reporting_verbs").search(stretch):
        return False  # "told investors in March that it would": the saying's date
    # A marker word plans over the sentence ("will open twelve stores in May"); a verb's future ending over the
    # date's own stretch (not "sarà Vintrelli, nominata a luglio").
    return bool(_word_list(lang, "future_markers").search(_fold_slice(text, sentence.start, mention.start))
                or _future_form(lang).search(text, stretch_start, mention.start)
                or _future_after(text, sentence, mention, lang))


# Words after a date searched for a plan told after it ("In September it plans to open"): the stretch up to
# the next comma, at most this many words.
FUTURE_AFTER_WORDS = 4
_STRETCH_END = re.compile(r"[,;:()]|\s[—–-]\s")


def _future_after(text: str, sentence: Sentence, mention: DateMention, lang: str) -> bool:
    """A plan told right after the date in its stretch: "In September it plans to open", "En mai, elle
    ouvrira" is not (the comma ends the date's stretch), "a settembre presenterà"."""
    # A date opening the sentence ("In October, the brand will launch") is followed by its main clause.
    fronted = len(text[sentence.start : mention.start].split()) <= 1
    stop = _STRETCH_END.search(text, mention.end + 2 if fronted else mention.end, sentence.end)
    end = stop.start() if stop else sentence.end
    words = list(itertools.islice(_WORD_SPANS.finditer(text, mention.end, end), FUTURE_AFTER_WORDS + fronted))
    if not words:
        return False
    end = words[-1].end()
    return bool(_word_list(lang, "future_markers").search(_after_stretch(text, sentence, mention))
                or _future_form(lang).search(text, mention.end, end))


_WORD_SPANS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@functools.cache
def _future_form(lang: str) -> re.Pattern[str]:
    """A verb in the future tense, by its ending as written (accents kept: Italian "aprirà", never "era"):
    `events.future_endings`, on lowercase words of at least four letters."""
    endings = lexicon.lookup(lang, "events.future_endings", [])
    if not endings:
        return re.compile("(?!x)x")
    alternation = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?=[a-zà-ÿ]{{4}})[a-zà-ÿ]+(?:{alternation})(?![\w])")


_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@functools.cache
def _past_forms(lang: str) -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str], bool]:
    get = functools.partial(lexicon.lookup, lang)
    return (frozenset(fold_keep_length(w) for w in get("events.past_auxiliaries", [])),
            tuple(fold_keep_length(w) for w in get("events.past_endings", [])),
            re.compile(rf"(?<![\w']){_alternation(get('events.past_verbs', []))}(?![\w'])"),
            bool(get("events.past_needs_auxiliary", True)))


def _told_in_past(text: str, sentence: Sentence, mention: DateMention, lang: str) -> bool:
    """Whether the stretch of the clause leading to a month without a year is in a past tense ("who joined from
    Asos in January", "après avoir été lancée en mars", "ha aperto a marzo"), or the few words right after it
    ("In August, the brand shut", "a marzo è arrivata"): then it is the last such month."""
    stretch = _fold_slice(text, max(sentence.start, text.rfind(", ", sentence.start, mention.start)), mention.start)
    return _past_in(stretch, lang) or _past_in(_after_stretch(text, sentence, mention), lang)


def _after_stretch(text: str, sentence: Sentence, mention: DateMention) -> str:
    """The few words right after a date in its stretch (past the comma of a date opening the sentence), folded."""
    fronted = len(text[sentence.start : mention.start].split()) <= 1
    stop = _STRETCH_END.search(text, mention.end + 2 if fronted else mention.end, sentence.end)
    end = stop.start() if stop else sentence.end
    words = list(itertools.islice(_WORD_SPANS.finditer(text, mention.end, end), FUTURE_AFTER_WORDS + fronted))
    return _fold_slice(text, mention.end, words[-1].end()) if words else ""


def _past_in(stretch: str, lang: str) -> bool:
    auxiliaries, endings, verbs, needs_auxiliary = _past_forms(lang)
    if verbs.search(stretch):
        return True
    words = [w.replace("’", "'") for w in _WORDS.findall(stretch)]
    for j, word in enumerate(words):
        if needs_auxiliary:
            # "a ouvert", "est arrivée", "ha poi aperto": an auxiliary, then a participle within two words.
            if word in auxiliaries and any(len(w) > 3 and w.endswith(endings) for w in words[j + 1 : j + 3]):
                return True
        elif len(word) > 4 and "-" not in word and word.endswith(endings) and word != "hundred":
            return True  # "joined", "launched"
    return False


# How far before a month's own cue a word of "since" may stand ("fornitore sin da gennaio").
SINCE_REACH = 10


def _since(text: str, sentence: Sentence, mention: DateMention, lang: str, key: str) -> bool:
    """Whether a month without a year is when a state began ("partner since January", "partenaire depuis
    janvier", "fornitore sin da gennaio"): the last such month, whatever the tense or plans around it
    (`events.since_words`), or unless a plan is told (`events.from_words`: "da marzo")."""
    window = _fold_slice(text, max(sentence.start, mention.start - SINCE_REACH), mention.end)
    return bool(_word_list(lang, key).search(window))


def _season_told_precisely(i: int, found: Sequence[DateMention], sentence_of: Sequence[int],
                           values: Sequence[str | None]) -> bool:
    """A season ("last summer", dated to its year) is a vaguer name for a date in it told in the same or a
    neighbouring sentence ("... last summer. On 2 July it opened ...")."""
    mention, value = found[i], values[i]
    if mention.precision != "year" or mention.month is None or value is None:
        return False
    middle = int(value) * 12 + mention.month - 1
    return any(j != i and other and len(other) >= 7 and abs(sentence_of[j] - sentence_of[i]) <= 1
               and abs(int(other[:4]) * 12 + int(other[5:7]) - 1 - middle) <= 1 for j, other in enumerate(values))


# An article without a date of its own takes the first full date among its first sentences (title, dateline, lead):
# news tells its news first.
LEAD_SENTENCES = 4


def _lead_date(found: Sequence[DateMention], sentence_of: Sequence[int]) -> str | None:
    for mention, index in zip(found, sentence_of, strict=True):
        if index >= LEAD_SENTENCES:
            break
        if mention.kind == ABSOLUTE and mention.day is not None:
            assert mention.year is not None and mention.month is not None
            return f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"
    return None


def _clause(text: str, sentence: Sentence, mention: DateMention) -> tuple[int, int]:
    """The span of the clause holding the date: the sentence, cut at ; : dashes and brackets when long."""
    start, end = sentence.start, sentence.end
    if end - start <= MAX_WHAT:
        return start, end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= mention.start:
            start = m.end()
        elif m.start() >= mention.end:
            end = m.start()
            break
    if end - start > MAX_WHAT:  # still long: a comma-bounded stretch around the date, whole words
        lo, hi = max(start, mention.start - MAX_WHAT // 2), min(end, mention.end + MAX_WHAT // 2)
        left = text.rfind(", ", lo, mention.start)
        start = left + 2 if left >= 0 else _word_start(text, lo, mention.start)
        right = text.find(", ", max(mention.end, start + MIN_WHAT), hi)
        end = right if right >= 0 else _word_end(text, hi, mention.end)
    return start, end


# Two clauses about the same subject and year tell the same happening when they share at least
# this share of the content words of the shorter one.
RESTATED_SHARE = 0.5
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The content words of a stretch (the same as of its text with the spaces evened out: a space folds to a
    space, and words hold none)."""
    return frozenset(_CONTENT_WORD.findall(_fold_slice(text, *span)))


def _restates(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) >= RESTATED_SHARE * min(len(a), len(b))


@functools.cache
def _word_pattern(lang: str, key: str, last: bool) -> re.Pattern[str]:
    """Words of `events.<key>`: at the end of a text, maybe with an article ("on the ", "sur le ", "d'"),
    when `last`; else as its first word."""
    body = _alternation(lexicon.lookup(lang, f"events.{key}", []))
    if last:
        articles = _alternation(lexicon.lookup(lang, "events.articles", []))
        sep = r"(?:\s+|(?<='))"  # spaces after a word, nothing after an elided one ("d'", "l'")
        return re.compile(rf"(?<![\w'])(?:{body}){sep}(?:{articles}{sep})?$")
    return re.compile(rf"^\W*(?:{body})(?![\w'])")


def _alternation(words: Sequence[str]) -> str:
    if not words:
        return "(?!x)x"
    # Grouped by first letter: these lists are searched around every date, and `re` then tries one group where
    # a word may start instead of every word.
    return "(?:" + by_first_letter([re.escape(fold_keep_length(w)).replace(r"\ ", r"\s+")
                                    for w in sorted(words, key=len, reverse=True)]) + ")"


def _subject(text: str, named: Sequence[tuple[int, str]], clause: tuple[int, int], mention: DateMention,
             lang: str) -> str | None:
    """Who the date is about: the first name in the stretch of the clause leading to the date (after its
    last comma) that is not an object ("opened on Tmall"); when that stretch has none, the name just before
    it if it opens with a relative pronoun (", which ..."), else the name opening the clause ("X, the son of
    Y, joined in 2017" is about X); else the first name in the clause or the sentence."""
    in_clause = [(at, name) for at, name in named if clause[0] <= at < clause[1]]
    stretch = _stretch_start(text, clause, mention)
    before = [(at, name) for at, name in in_clause if at < mention.start]
    objects = _word_pattern(lang, "object_markers", last=True)
    leading = [name for at, name in before
               if at >= stretch and not objects.search(_fold_slice(text, max(stretch, at - 20), at))]
    if leading:
        return leading[0]
    outside = [name for at, name in before if at < stretch]
    if outside and _word_pattern(lang, "relative_pronouns", last=False).search(
            _fold_slice(text, stretch, mention.start).lstrip(",:; ")):
        return outside[-1]
    if before:
        return before[0][1]
    if in_clause:
        return in_clause[0][1]
    return named[0][1] if named else None
