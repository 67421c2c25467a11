"""Merging mentions of one person across articles (pure).

Names are compared case-, accent- and hyphen-insensitively, then with rapidfuzz
for small spelling differences; two names merge only when their surnames (last
tokens) agree and their first names agree or one is an initial, so that members
of one family ("Anna Rossi", "Marco Rossi", "Luca Rossi") stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from luxcli.text import fold

SPELLING_CUTOFF = 92.0
SURNAME_CUTOFF = 80.0  # two spellings of one name differ a little in the surname too


def same_person(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    ta, tb = fa.split(), fb.split()
    if len(ta) < 2 or len(tb) < 2:
        return False
    if ta[-1] != tb[-1]:
        if ta[0] != tb[0]:  # checked first: most pairs end here, without scoring (or importing rapidfuzz)
            return False
        from rapidfuzz import fuzz

        return fuzz.ratio(fa, fb) >= SPELLING_CUTOFF and fuzz.ratio(ta[-1], tb[-1]) >= SURNAME_CUTOFF
    first_a, first_b = ta[0], tb[0]
    if first_a == first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return _respelled(first_a, first_b)


def cluster_names(names: Iterable[str]) -> dict[str, str]:
    """name -> the fullest spelling of the person it names.

    Each name goes to the first head (a fuller spelling seen before) that `same_person` accepts, or becomes
    a head. Comparing with every head is quadratic: 60,000 names took minutes. Heads are indexed by what
    `same_person` needs to say yes (the folded name; the surname; the first name), and a crowded index
    is scored by rapidfuzz in one call, so the answer is the same as scanning every head in order.
    """
    ordered = sorted(set(names), key=lambda n: (-len(n.split()), -len(n), n))
    heads = _Heads()
    return {name: heads.place(name) for name in ordered}


_CROWDED = 16  # below this many candidates, plain `same_person` calls are cheaper than rapidfuzz


class _Heads:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.by_folded: dict[str, int] = {}
        # surname -> (first name -> first head index), (first letter -> first head index),
        # (one-letter first name -> first head index)
        self.by_last: dict[str, tuple[dict[str, int], dict[str, int], dict[str, int]]] = {}
        # first name -> surname -> head indexes
        self.by_first: dict[str, dict[str, list[int]]] = {}

    def place(self, name: str) -> str:
        folded = fold(name)
        tokens = folded.split()
        found = [i for i in (self.by_folded.get(folded),) if i is not None]
        if len(tokens) >= 2:
            found += self._same_surname(tokens[0], tokens[-1]) + self._respelled_surname(name, tokens[0], tokens[-1])
        if found:
            return self.names[min(found)]
        index = len(self.names)
        self.names.append(name)
        self.by_folded.setdefault(folded, index)
        if len(tokens) >= 2:
            first, last = tokens[0], tokens[-1]
            firsts, letters, initials = self.by_last.setdefault(last, ({}, {}, {}))
            firsts.setdefault(first, index)
            letters.setdefault(first[0], index)
            if len(first) == 1:
                initials.setdefault(first, index)
            self.by_first.setdefault(first, {}).setdefault(last, []).append(index)
        return name

    def _same_surname(self, first: str, last: str) -> list[int]:
        """Heads with this surname whose first name is this one, an initial of it, or a respelling."""
        if last not in self.by_last:
            return []
        firsts, letters, initials = self.by_last[last]
        if len(first) == 1:
            return [letters[first]] if first in letters else []
        found = [initials[first[0]]] if first[0] in initials else []
        if len(firsts) < _CROWDED:
            return found + [i for other, i in firsts.items()
                            if other == first or (len(other) > 1 and _respelled(first, other))]
        from rapidfuzz import fuzz, process

        hits = process.extract(first, list(firsts), scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF, limit=None)
        return found + [firsts[other] for other, _, _ in hits]

    def _respelled_surname(self, name: str, first: str, last: str) -> list[int]:
        """Heads with this first name and another surname, when the whole name is a respelling."""
        surnames = self.by_first.get(first)
        if not surnames:
            return []
        if len(surnames) < _CROWDED:
            close = [other for other in surnames if other != last]
        else:
            from rapidfuzz import fuzz, process

            close = [other for other, _, _ in process.extract(last, list(surnames), scorer=fuzz.ratio,
                                                              score_cutoff=SURNAME_CUTOFF, limit=None) if other != last]
        return [i for other in close for i in surnames[other] if same_person(self.names[i], name)]


def _respelled(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= SPELLING_CUTOFF
