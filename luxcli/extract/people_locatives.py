"""A place word standing for the organisation just named: "Former Chanel executive X, who was head of retail there",
"ancienne de Chanel, X, qui y était directrice", "ex di Chanel, X vi era responsabile": the title is at that
organisation (the last one named before the title in its sentence, not an owner in apposition), not at the article's
subject an anaphor would otherwise choose.
"""

from __future__ import annotations

import functools
import re

from luxcli import lexicon
from luxcli.extract.people_lexicon import article_pattern, phrase_alternation
from luxcli.extract.people_orgs import OrgChooser


@functools.cache
def _locative_res(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The place word right after a title's tail, and the clitic and verb right before a title, of a language."""

    def compiled(key: str, template: str) -> re.Pattern[str] | None:
        words = lexicon.lookup(lang, f"people.locatives.{key}", []) or []
        if not words:
            return None
        return re.compile(template.format(phrase_alternation(words)))

    # the place word after the title's unit: "head of retail there", "head there"
    article = article_pattern(lang).replace("{", "{{").replace("}", "}}")  # a template: braces doubled
    return (compiled("after_title", r"(?:\s+[^\W\d_][\w\-]*){{0,3}}?\s+(?:{})(?![\w'’-])"),
            compiled("before_title", r"(?<![\w'’-])(?:{})\s+" + article + "$"))


class LocativeReader(OrgChooser):
    """The organisation a place word after or before a title stands for."""

    def _locative_org(self, s_start: int, title_start: int, title_end: int) -> str | None:
        after, before = _locative_res(self.a.language)
        said = (after is not None and after.match(self.folded, title_end) is not None) or (
            before is not None and before.search(self.folded, max(s_start, title_start - 40), title_start) is not None)
        if not said:
            return None
        # the last one named before the title, in its sentence or else in the one before in its paragraph
        sent = self._sentence(s_start)
        lo = self._sentence_span(sent - 1)[0] if sent > 0 else s_start
        lo = max(lo, self.text.rfind("\n", 0, s_start) + 1)
        for start in (s_start, lo):
            named = [m for m in self._orgs_between(start, title_start)
                     if not (self._owner_aside(m) and self._in_apposition(m))]
            if named:
                return named[-1].entry.name
        return None
