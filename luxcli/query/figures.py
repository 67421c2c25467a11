"""`luxcli figures`: numbers with their unit, subject and evidence."""

from __future__ import annotations

import re
from typing import Any

from luxcli.errors import UsageError
from luxcli.query.common import best_names, distinct_values
from luxcli.store import KnowledgeBase
from luxcli.text import fold


def parse_bound(text: str, option: str) -> float:
    """A number for --min/--max in any of en/fr/it's conventions: 1e6, 1,5, 1.200.000, 2 500,
    and with a scale word as articles write them: "2.5bn", "2,5 milliards", "mezzo milione"."""
    t = re.sub(r"[\s\u00a0\u202f_']", "", text.strip())
    if re.fullmatch(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?", t, re.IGNORECASE):
        return float(t)
    if re.fullmatch(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    if re.fullmatch(r"[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    if re.fullmatch(r"[-+]?\d+,\d+", t):
        return float(t.replace(",", "."))
    from luxcli.extract.numbers import parse_number

    for lang in ("en", "fr", "it"):
        value = parse_number(text, lang)
        if value is not None:
            return value
    raise UsageError(f"{option} {text!r} is not a number")


def figures(kb: KnowledgeBase, query: str | None = None, *, unit: str | None = None,
            minimum: float | None = None, maximum: float | None = None,
            subject: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    if unit:
        units = _units(kb, unit)
        if not units:
            return []
        where.append(f"f.unit IN ({','.join('?' * len(units))})")
        params += units
    if minimum is not None:
        where.append("coalesce(f.value_max, f.value) >= ?")
        params.append(minimum)
    if maximum is not None:
        where.append("f.value <= ?")
        params.append(maximum)
    if subject:
        subjects = _subjects(kb, subject)
        if not subjects:
            return []
        where.append(f"f.subject_norm IN ({','.join('?' * len(subjects))})")
        params += subjects
    if query:
        units = _units(kb, query)
        # instr, not LIKE: a pasted paragraph is a fine query, but too long a LIKE pattern is an error.
        clause = "(instr(f.subject_norm, ?) > 0 OR instr(lower(f.text), ?) > 0"
        params += [fold(query), query.lower()]
        if units:
            clause += f" OR f.unit IN ({','.join('?' * len(units))})"
            params += units
        where.append(clause + ")")
    # A few rows of a common unit: walk the articles in file order and stop at the limit, rather than
    # sorting every figure of the unit (on a large knowledge base, most of the time).
    walk = bool(limit) and not subject and _common(kb, where, params)
    source = ("articles a CROSS JOIN figures f ON f.article_id = a.id" if walk
              else "figures f JOIN articles a ON a.id = f.article_id")
    rows = kb.rows(
        "SELECT f.id, f.value, f.value_max, f.unit, f.qualifier, f.subject, f.text, a.file AS article, "
        f"s.text AS sentence FROM {source} "
        "LEFT JOIN sentences s ON s.article_id = f.article_id AND s.idx = f.sentence"
        + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.file, f.start, f.id"
        + (" LIMIT ?" if limit else ""), [*params, limit] if limit else params)
    return rows


# Above this many matching figures, reading articles in order finds the first few sooner than sorting them all.
_COMMON = 5000


def _common(kb: KnowledgeBase, where: list[str], params: list[Any]) -> bool:
    found = kb.rows("SELECT count(*) AS n FROM (SELECT 1 FROM figures f"
                    + (" WHERE " + " AND ".join(where) if where else "") + f" LIMIT {_COMMON})", params)
    return found[0]["n"] >= _COMMON


def _units(kb: KnowledgeBase, unit: str) -> list[str]:
    """Indexed units matching what the user typed: "viewer", "Viewers", "eur", "€"."""
    known = distinct_values(kb, "figures", "unit")
    typed = unit.strip().casefold()
    # A unit of several words is also found by its last one, its head ("flagship stores" by "stores").
    exact = [u for u in known if u.casefold() == typed or u.casefold().endswith(" " + typed)]
    if exact:  # a stored unit as typed: no need to read the unit lexicons
        return exact
    from luxcli.extract.units import canonical_unit

    wanted = canonical_unit(unit)
    exact = [u for u in known if u.casefold() == wanted.casefold()]
    return exact or best_names(wanted, known, cutoff=88)


def _subjects(kb: KnowledgeBase, subject: str) -> list[str]:
    known = {r["subject"]: r["subject_norm"] for r in kb.rows(
        "SELECT DISTINCT subject, subject_norm FROM figures WHERE subject IS NOT NULL")}
    return sorted({known[n] for n in best_names(subject, known, cutoff=85)})
