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
        if ta[0] != tb[0]:  # checked first: most pairs end here, without scoring (or importing rapidfuzz)
            return False
        from rapidfuzz import fuzz

        return fuzz.ratio(fa, fb) >= SPELLING_CUTOFF and fuzz.ratio(ta[-1], tb[-1]) >= 80
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
    # same_person(h, name) needs equal folded names, or (two tokens or more) the same surname or the
    # same first name: only heads sharing one of those keys are tried, in the order of `heads`,
    # so the answer is the one a scan of every head gives, without comparing every pair.
    by_key: dict[tuple[str, str], list[int]] = {}
    for name in ordered:
        keys = _keys(name)
        tried = sorted({i for k in keys for i in by_key.get(k, ())})
        head = next((heads[i] for i in tried if same_person(heads[i], name)), None)
        if head is None:
            for k in keys:
                by_key.setdefault(k, []).append(len(heads))
            heads.append(name)
            head = name
        out[name] = head
    return out


def _keys(name: str) -> list[tuple[str, str]]:
    folded = fold(name)
    tokens = folded.split()
    keys = [("name", folded)]
    if len(tokens) >= 2:
        keys += [("last", tokens[-1]), ("first", tokens[0])]
    return keys
