"""What the people extractor knows of one article, and lookups by position.

The name occurrences (full names and single words), the title phrases and the organisation mentions, each
sorted by offset so the passes (titles, cues, merging) find what lies between two offsets by bisection.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from luxcli.extract.orgs import Mention
from luxcli.extract.people_lexicon import PeopleLexicon, people_lexicon
from luxcli.extract.people_names import NameSpan, SpanIndex, find_names, find_single_words, tokens
from luxcli.model import Article, Role
from luxcli.patterns import Lowered, by_identity, requirements
from luxcli.text import fold_keep_length

STOP = re.compile(r"[,;:()\"“”«»—–]|\s-\s")


@dataclass
class Found:
    """What is known of one name occurrence (a full name or a single word)."""

    start: int
    end: int
    text: str
    sentence: int
    full: bool
    span: NameSpan | None = None
    cue: str | None = None  # rule that makes it a person
    interviewee: bool = False
    label: bool = False  # an interview speaker label ("AB:")
    org_like: bool = False  # a capitalised pair read as an organisation ("analyst at Verity Research")
    roles: list[tuple[Role, str]] = field(default_factory=list)  # role, rule


@dataclass
class TitleGroup:
    start: int
    end: int
    titles: list[tuple[int, int]]  # the title phrases of a combined title


# the word after a title: a possessive, or a lower-case word
_NEXT_WORD = re.compile(r"(['’]s\b)|[ \t]+([a-zß-öø-ÿ][\w\-]*['’]?)")


class PeopleState:
    """The article's names, titles and organisation mentions, sorted by offset."""

    # set by the label pass (people_cues), read when attaching titles
    labels: list[Found]
    line_label: dict[int, Found]

    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        self.a = article
        self.text = article.text
        self.folded = fold_keep_length(article.text)
        self._lowered: Lowered | None = None  # made on first use (`_may_match`)
        self.lex: PeopleLexicon = people_lexicon(article.language)
        self.starts = [s.start for s in article.sentences]
        org_spans = SpanIndex([(m.start, m.end) for m in mentions])
        # a title word right after a family noun is an adjective ("la famille fondatrice"), after praise a talent
        # ("the best cutter of his generation"): no position either way
        titles = [(m.start(), m.end()) for m in self.lex.title_re.finditer(self.folded)
                  if not org_spans.overlaps(m.start(), m.end())
                  and not self.lex.adjective_after_re.search(self.folded, max(0, m.start() - 16), m.start())
                  and not (m.group(0) in self.lex.lead_titles and self._compound_object(m.end()))]
        words = tokens(self.text, self.lex)
        shaped: list[tuple[int, int]] = []  # "Maisons Quvel": no name, and "Quvel" in it no surname either
        self.names = find_names(self.text, words, self.lex, SpanIndex(titles), org_spans, shaped)
        name_spans = SpanIndex([(n.start, n.end) for n in self.names] + shaped)
        person_spans = SpanIndex([(n.start, n.end) for n in self.names if not n.org_covered])
        # an organisation inside a person's name ("Anna Gucci", the person) is not an organisation there
        self.mentions = sorted((m for m in mentions if not person_spans.inside(m.start, m.end)),
                               key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.titles = [t for t in titles if not name_spans.overlaps(t[0], t[0] + 1)]
        self.title_starts = [s for s, _ in self.titles]
        parts = {w for n in self.names if not n.org_covered for w in (n.words[0], n.words[-1])}
        singles = find_single_words(words, parts, name_spans, org_spans)
        self.found: list[Found] = [Found(n.start, n.end, n.text, self._sentence(n.start), True, n)
                                    for n in self.names]
        self.found += [Found(s, e, w, self._sentence(s), False) for s, e, w in singles]
        self.found.sort(key=lambda f: f.start)
        self.surnames = {n.words[-1] for n in self.names if not n.org_covered}
        self.found_starts = [f.start for f in self.found]
        self._mark_places()
        self.last: tuple[int, list[Found]] | None = None  # the previous title's tail end and its people
        self.last_orgs: list[str] = []  # the organisations the previous title named outright

    def _mark_places(self) -> None:
        """A name followed by a place relative ("A, where he ran sales", "B, dove era responsabile") is a
        workplace or a place: a person never takes "where"; nor is a name followed by an organisation's head
        noun ("A's Quill Lane network", "the Acme stores") a person's."""
        for m in self.lex.place_relative_re.finditer(self.folded):
            i = bisect.bisect_right(self.found_starts, m.start()) - 1
            f = self.found[i] if i >= 0 else None
            if f and f.full and f.end == m.start() and not (f.span and (f.span.org_covered or f.span.honorific)):
                f.org_like = True
        if not self.lex.org_nouns_after:
            return
        for f in self.found:
            if f.full and not (f.span and (f.span.org_covered or f.span.honorific)):
                nxt = _NEXT_WORD.match(self.folded, f.end)
                if nxt and nxt.group(2) in self.lex.org_nouns_after:
                    f.org_like = True

    def _compound_object(self, end: int) -> bool:
        """A lead verb's kind noun that only qualifies the next word ("runs the company archive", "runs the house's
        museum"): a unit, not the organisation, is run."""
        nxt = _NEXT_WORD.match(self.folded, end)
        if not nxt:
            return False
        if nxt.group(1):
            return True  # "'s"
        word = nxt.group(2)
        return word not in self.lex.lead_object_followers and word not in self.lex.stopwords

    def _sentence(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def _sentence_span(self, index: int) -> tuple[int, int]:
        if not self.a.sentences:
            return 0, len(self.text)
        s = self.a.sentences[index]
        return s.start, s.end

    def _names_between(self, start: int, end: int) -> list[Found]:
        i = bisect.bisect_left(self.found_starts, start)
        out = []
        while i < len(self.found) and self.found[i].start < end:
            if self.found[i].end <= end and not self.found[i].org_like:
                out.append(self.found[i])
            i += 1
        return out

    def _orgs_between(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        j = bisect.bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def _recent_subject(self, pos: int, reach: int = 2) -> list[Found]:
        """The person the last sentences are about: the first person named in one of the `reach` before `pos`."""
        sent = self._sentence(pos)
        for back in range(1, reach + 1):
            if sent - back < 0:
                break
            lo, hi = self._sentence_span(sent - back)
            # a full name, or a surname alone ("Ms Orvane spent 14 years at A. She is now ...")
            named = [f for f in self._names_between(lo, hi)
                     if (f.full and not f.span.org_covered) or (not f.full and f.text in self.surnames)]
            if named:
                return [named[0]]
        return []

    def _prev_name_end(self, pos: int, floor: int) -> int:
        names = self._names_between(floor, pos)
        return names[-1].end if names else floor

    def eponymous(self, sent: int) -> bool:
        s, e = self._sentence_span(sent)
        return self._may_match(self.lex.eponymous_re) and bool(self.lex.eponymous_re.search(self.folded[s:e]))

    def _may_match(self, pattern: re.Pattern[str]) -> bool:
        """False where the folded text lacks the words every match of the pattern (read on it) holds: a cue absent
        from the article matches in none of its stretches. Most cues are absent from most articles, and a look for
        a few words costs far less than a scan of the whole text."""
        if self._lowered is None:
            self._lowered = Lowered(self.folded)
        return self._lowered.may_match(_needs(pattern))

    def _finditer(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """`pattern.finditer(self.folded)`, skipped where it cannot match (`_may_match`): the same matches."""
        return pattern.finditer(self.folded) if self._may_match(pattern) else ()


@by_identity  # (a pattern's hash reads all its code: see `by_identity`)
def _needs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    return requirements(pattern.pattern, pattern.flags)
