"""Staying on in a new capacity: "X will stay on as an adviser", "X restera conseiller", "X resterà come consulente".

The title after such a verb is held where the person already works: the organisation of a role the article gave
them before, else the one the passage is about. An adviser's title names no organisation of its own, so without
this the role would have none.
"""

from __future__ import annotations

import functools
import re

from luxcli import lexicon
from luxcli.extract.people_lexicon import article_pattern, phrase_alternation
from luxcli.extract.people_orgs import OrgChooser
from luxcli.extract.people_state import Found


@functools.cache
def _stay_re(lang: str) -> re.Pattern[str] | None:
    """A staying verb, maybe an article, right before a title (the window ends where the title starts)."""
    words = lexicon.lookup(lang, "people.stays.before_title", []) or []
    if not words:
        return None
    return re.compile(rf"(?<![\w'’-])(?:{phrase_alternation(words)})\s+{article_pattern(lang)}$")


class StayReader(OrgChooser):
    """The organisation of a title taken on while staying on."""

    def _stays_on(self, s_start: int, title_start: int) -> bool:
        stay = _stay_re(self.a.language)
        return stay is not None and stay.search(self.folded, max(s_start, title_start - 40), title_start) is not None

    def _stay_org(self, person: Found, title_start: int, sent: int) -> str | None:
        """Where the person already works: the organisation of the last role the article gave them (by full name
        or surname) before the title, else the one the passage is about."""
        surname = person.text.split()[-1]
        same = [f for f in self.found if f.start < title_start and (
            f.text == person.text or (f.text.split()[-1] == surname and not (f.full and person.full)))]
        held = [r.org for f in same for r, _ in f.roles if r.org and r.org != f.text]
        return held[-1] if held else self._subject_org(title_start, sent)
