"""`luxcli eval`: score extraction against gold annotations.

The corpus is indexed into a temporary knowledge base and exported, exactly as
a user's would be, and the export is compared article by article with the gold
(format: tests/data/gold/SCHEMA.md). Matching is lenient on spelling (accents,
case, hyphens, small typos) and strict on meaning: a figure needs the same
value within 0.5 %, a relation the same predicate.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from luxcli.errors import UsageError
from luxcli.text import fold

MEASURES = ("people", "person_org", "orgs", "org_kinds", "figures_value", "figures", "events", "relations")
UNIT_SYNONYMS = {
    "rmb": "cny",
    "yuan": "cny",
    "¥": "cny",
    "renminbi": "cny",
    "$": "usd",
    "us$": "usd",
    "dollars": "usd",
    "dollar": "usd",
    "€": "eur",
    "euro": "eur",
    "euros": "eur",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "percentage": "%",
    "year": "years",
    "yrs": "years",
    "month": "months",
}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def row(self, measure: str) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "measure": measure,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def evaluate_corpus(gold_path: str | Path, corpus: str | Path) -> dict[str, Any]:
    from luxcli.api import index_into, open_kb
    from luxcli.query.export import export

    gold_path, corpus = Path(gold_path), Path(corpus)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"{gold_path}: cannot read gold annotations ({exc})") from exc
    if not corpus.is_dir():
        raise UsageError(f"{corpus}: not a folder of articles")
    with tempfile.TemporaryDirectory() as tmp:
        kb_file = Path(tmp) / "eval.sqlite"
        index_into(kb_file, [corpus], jobs=1)
        with open_kb(kb_file) as kb:
            data = export(kb)
    return score(data, gold)


def similar(a: str | None, b: str | None, cutoff: float = 88.0) -> bool:
    fa, fb = _norm(a), _norm(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(fa, fb) >= cutoff


def _norm(text: Any) -> str:
    return fold(str(text)) if text else ""


def _names_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    golds = [gold.get("name"), *(gold.get("aliases") or [])]
    return any(similar(pred.get("name"), g, 90) for g in golds) or any(
        similar(a, gold.get("name"), 90) for a in pred.get("aliases") or []
    )


def _unit(u: Any) -> str:
    x = _norm(u) if u not in ("%", "€", "$", "¥") else str(u)
    x = UNIT_SYNONYMS.get(x, x)
    return x[:-1] if x.endswith("s") and not x.endswith("ss") and len(x) > 3 else x


def _units_match(pred: Any, gold: Any) -> bool:
    """As the official scorer: the same unit, a close spelling, or one unit a word of the other
    ("flagship stores" is "stores")."""
    p, g = _unit(pred), _unit(gold)
    if p == g:
        return True
    if not p or not g:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(p, g) >= 80 or p in g.split() or g in p.split()


def _value(p: Any, g: Any) -> bool:
    try:
        pv, gv = float(p), float(g)
    except (TypeError, ValueError):
        return False
    return pv == gv if gv == 0 else abs(pv - gv) / abs(gv) <= 0.005


def _align(preds: list[Any], golds: list[Any], match: Callable[[Any, Any], bool]) -> tuple[int, int, list, list]:
    used: set[int] = set()
    tp = 0
    extras = []
    order = sorted(range(len(golds)), key=lambda i: bool(golds[i].get("optional")))
    for p in preds:
        hit = next((i for i in order if i not in used and match(p, golds[i])), None)
        if hit is None:
            extras.append(p)
            continue
        used.add(hit)
        tp += not golds[hit].get("optional")
    misses = [g for i, g in enumerate(golds) if i not in used and not g.get("optional")]
    return tp, len(extras), misses, extras


def _furniture_hits(false_finds: list[dict[str, Any]], negatives: list[str]) -> int:
    """False finds whose text or name lies inside (or contains) a span of page furniture."""
    def words(x: Any) -> str:
        return " ".join(re.sub(r"[^\w%]+", " ", _norm(x)).split())

    spans = [f" {words(n)} " for n in negatives if words(n)]
    hits = 0
    for record in false_finds:
        text = words(record.get("text") or record.get("name"))
        if len(text) >= 3 and any(f" {text} " in n or n.strip() in f" {text} " for n in spans):
            hits += 1
    return hits


def score(export: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    by_article: dict[str, dict[str, list[Any]]] = {}
    for kind in ("people", "entities", "figures", "events", "relations"):
        for rec in export.get(kind) or []:
            by_article.setdefault(Path(str(rec.get("article"))).name, {}).setdefault(kind, []).append(rec)
    tallies = {m: Tally() for m in MEASURES}
    role_ok = role_total = noise = 0

    def tally(measure: str, name: str, preds: list, golds: list, match: Callable, label: Callable) -> list:
        tp, fp, misses, extras = _align(preds, golds, match)
        t = tallies[measure]
        t.tp, t.fp, t.fn = t.tp + tp, t.fp + fp, t.fn + len(misses)
        t.misses += [f"{name}: {label(g)}" for g in misses]
        t.extras += [f"{name}: {label(p)}" for p in extras]
        return extras

    for art in gold.get("articles", []):
        name = Path(art["file"]).name
        pred = by_article.get(name, {})
        false_people = tally(
            "people", name, pred.get("people", []), art.get("people", []), _names_match, lambda x: x.get("name")
        )

        def pairs(people: list, gold_side: bool) -> list[dict[str, Any]]:
            return [
                {
                    "person": p,
                    "org": r.get("org"),
                    "role": r.get("role"),
                    "optional": bool(p.get("optional")) and gold_side,
                }
                for p in people
                for r in p.get("roles") or []
                if r.get("org")
            ]

        def pair_match(p: dict, g: dict) -> bool:
            return _names_match(p["person"], g["person"]) and similar(p["org"], g["org"], 85)

        pp, gp = pairs(pred.get("people", []), False), pairs(art.get("people", []), True)
        tally("person_org", name, pp, gp, pair_match, lambda x: f"{x['person'].get('name')} @ {x['org']}")
        for p in pp:
            matches = [g for g in gp if not g["optional"] and pair_match(p, g)]
            if matches:
                role_total += 1
                role_ok += any(p["role"] == g["role"] for g in matches)

        gold_orgs = [
            ({**o, "kind": kind} if isinstance(o, dict) else {"name": o, "kind": kind})
            for kind, key in (("brand", "brands"), ("group", "groups"), ("platform", "platforms"))
            for o in art.get(key) or []
        ]

        def org_match(p: dict, g: dict) -> bool:
            return similar(p.get("name"), g["name"]) or any(similar(a, g["name"]) for a in p.get("aliases") or [])

        entities = pred.get("entities", [])
        tally("orgs", name, entities, gold_orgs, org_match, lambda x: f"{x.get('name')} ({x.get('kind')})")
        tally(
            "org_kinds",
            name,
            entities,
            gold_orgs,
            lambda p, g: org_match(p, g) and p.get("kind") == g["kind"],
            lambda x: f"{x.get('name')} ({x.get('kind')})",
        )

        figures = pred.get("figures", [])
        label = lambda x: f"{x.get('value')} {x.get('unit')} «{x.get('text')}»"  # noqa: E731
        tally(
            "figures_value",
            name,
            figures,
            art.get("figures", []),
            lambda p, g: _value(p.get("value"), g.get("value")),
            label,
        )
        false_figures = tally(
            "figures",
            name,
            figures,
            art.get("figures", []),
            lambda p, g: _value(p.get("value"), g.get("value")) and _units_match(p.get("unit"), g.get("unit")),
            label,
        )
        tally(
            "events",
            name,
            pred.get("events", []),
            art.get("events", []),
            lambda p, g: bool(g.get("date")) and str(p.get("date") or "")[:7] == str(g["date"])[:7],
            lambda x: f"{x.get('date')} {x.get('what')}",
        )
        tally(
            "relations",
            name,
            pred.get("relations", []),
            art.get("relations", []),
            lambda p, g: (
                p.get("predicate") == g.get("predicate")
                and similar(p.get("subject"), g.get("subject"), 85)
                and similar(p.get("object"), g.get("object"), 85)
            ),
            lambda x: f"{x.get('subject')} {x.get('predicate')} {x.get('object')}",
        )

        noise += _furniture_hits([*false_people, *false_figures], art.get("negatives") or [])

    table = [tallies[m].row(m) for m in MEASURES]
    role_accuracy = round(role_ok / role_total, 3) if role_total else None
    table.append({"measure": "role_accuracy", "f1": role_accuracy, "tp": role_ok, "fp": role_total - role_ok})
    table.append({"measure": "furniture_hits", "fp": noise})
    details = [
        {"measure": m, "outcome": outcome, "item": item}
        for m in MEASURES
        for outcome, items in (("missed", tallies[m].misses), ("false", tallies[m].extras))
        for item in items
    ]
    return {
        "table": table,
        "details": details,
        "scores": {r["measure"]: r for r in table if r["measure"] in MEASURES},
        "role_accuracy": role_accuracy,
        "furniture_hits": noise,
        "articles": len(gold.get("articles", [])),
    }
