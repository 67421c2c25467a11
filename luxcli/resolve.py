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


def same_person(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    ta, tb = fa.split(), fb.split()
    if len(ta) < 2 or len(tb) < 2:
        return False
    if ta[-1] != tb[-1]:
        from rapidfuzz import fuzz

        return fuzz.ratio(fa, fb) >= SPELLING_CUTOFF and fuzz.ratio(ta[-1], tb[-1]) >= 80 and ta[0] == tb[0]
    first_a, first_b = ta[0], tb[0]
    if first_a == first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    from rapidfuzz import fuzz

    return fuzz.ratio(first_a, first_b) >= SPELLING_CUTOFF


def cluster_names(names: Iterable[str]) -> dict[str, str]:
    """name -> the fullest spelling of the person it names."""
    ordered = sorted(set(names), key=lambda n: (-len(n.split()), -len(n), n))
    heads: list[str] = []
    out: dict[str, str] = {}
    for name in ordered:
        head = next((h for h in heads if same_person(h, name)), None)
        if head is None:
            heads.append(name)
            head = name
        out[name] = head
    return out
