"""What a figure counts when the unit lexicon does not name it (pure helpers of `figures`).

- The head of a noun group the lexicon lacks: English puts it last ("1,400 new parking bays", "400,000
  movement photographs": bays, photographs), French and Italian first ("une trentaine de techniciens", "una
  ventina di scafi"), after a connector when the number is a collective one ("dozens of", "une dizaine de").
- A count of times after a verb that names what is counted ("downloaded 650,000 times", "vue plus de 2
  millions de fois": downloads, views).
- A half after the counted noun ("deux ans et demi", "tre anni e mezzo").
- A number in words before "of those"/"de ces" + noun picks out part of a set told before ("four of those
  transactions"): no new count.
"""

from __future__ import annotations

import functools
import re

from luxcli import lexicon
from luxcli.extract.units import UnitData

# At most this many words of a noun group are read after a number (modifiers, then the head).
GROUP_WORDS = 3


def _content(word: str, folded: str, data: UnitData) -> bool:
    """A lowercase word that may belong to a noun group: no function word, no participle ("sold", "vendus")."""
    return (word.isalpha() and word.islower() and folded not in data.stop and folded not in data.connectors
            and folded not in data.determiners and folded not in data.and_words
            and folded not in data.qualifier_words and not folded.endswith(data.participle_endings))


def _plural(word: str, folded: str, data: UnitData) -> bool:
    return len(word) > 2 and folded.endswith(data.plural_endings) and folded not in data.money_nouns


def unknown_head(words: list[str], folded: list[str], data: UnitData, in_words: bool) -> int | None:
    """The index of the plural noun a number counts when the lexicon knows no noun after it: after an
    optional connector and the words for "other" ("d'autres", "altri"), the first word in French and
    Italian; in English the first plural of the noun group that no other plural follows ("new parking bays",
    "sales associates" -> associates, "workers making bags" -> workers)."""
    i = 0
    if folded and folded[0] in data.connectors:
        i = 1
        while i < len(folded) and (folded[i] in data.determiners or folded[i] in data.other_words):
            i += 1
    if i >= len(words) or not _content(words[i], folded[i], data):
        return None
    if data.head_first:
        return i if _plural(words[i], folded[i], data) else None
    limit = min(len(words), i + (2 if in_words else GROUP_WORDS))
    j = i
    while j < limit and _content(words[j], folded[j], data):
        if _plural(words[j], folded[j], data):
            nxt = j + 1
            if not (nxt < limit and _content(words[nxt], folded[nxt], data)
                    and _plural(words[nxt], folded[nxt], data)):
                return j
        j += 1
    return None


def times_verb_unit(before: str, data: UnitData) -> str | None:
    """What a count of times counts, by the verb shortly before it ("téléchargée plus de 650 000 fois":
    downloads; "viewed 2 million times": views)."""
    m = data.times_verbs_pattern.search(before.casefold()) if data.times_verbs else None
    return data.times_verbs[m.group(1)] if m else None


def partitive_subset(after: list[str], data: UnitData) -> bool:
    """Whether the words after a number open "of those + noun" ("four of those transactions", "quatre de ces
    ventes", "quattro di queste vendite"): part of a set told before, not a new count."""
    for cue in data.subset_after:
        n = len(cue)
        if tuple(after[:n]) == cue and len(after) > n and after[n][:1].isalpha():
            return True
    return False



@functools.cache
def half_after(lang: str) -> re.Pattern[str]:
    """ "et demi", "e mezzo" right after a counted noun (`numbers.half_after`): half a unit more."""
    words = lexicon.lookup(lang, "numbers.half_after", [])
    if not words:
        return re.compile("(?!x)x")
    alternation = "|".join(re.escape(w).replace(r"\ ", " +") for w in words)
    return re.compile(rf"(?i:[ \u00a0]+(?:{alternation}))(?![\w])")
